/// A sponsor as the site shows it: its name, its logo (with the name as alt text) at its tier's size, and its link,
/// which goes through the site's `sponsors/go/SPONSOR/` page so the access logs see the click.
struct SponsorLink: Encodable, Sendable {
    let name: String
    let url: String
    let logo: String?
    let size: String
    let description: String

    static let fieldDocs = "null when no sponsor is placed here; else `items`: `name`, `url` (through `/sponsors/go/SPONSOR/`; mark links `rel=\"sponsored\"`), `logo` (or null), `size` (`small`, `medium`, `large`), `description`"
    static let example = SponsorLink(name: "Tidewater Marine Insurance", url: "/sponsors/go/tidewater-marine-insurance/",
                                     logo: "https://tidewater-marine-insurance.example/logo.svg", size: "large", description: "Insurance for ports.")
}

/// `sponsors`: the sponsors page, by tier.
struct SponsorsPageData: LayoutData {
    static let layout = "sponsors"
    static let pages = "`/sponsors/`"

    struct Tier: Encodable, Sendable {
        let name: String
        let slug: String
        let sponsors: [SponsorLink]
    }
    let content: String
    let tiers: [Tier]

    static let fieldDocs = [
        "content": "the introduction (`content/sponsors/_index.md`), or empty",
        "tiers": "the tiers in rank order with a sponsor under contract today: `name`, `slug`, `sponsors` (`name`, `url`, `logo`, `size`, `description`)",
    ]
    static let example = SponsorsPageData(content: "<p>Thank you.</p>", tiers: [Tier(name: "Platinum", slug: "platinum", sponsors: [SponsorLink.example])])
}
