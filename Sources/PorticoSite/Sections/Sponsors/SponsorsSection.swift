import Foundation
import PorticoFormats
import PorticoModel
import PorticoMustache

/// Sponsors on the public site: `/sponsors/` grouped by tier in rank order, 'Supported by' blocks on the event and
/// course pages and the job board they are placed on, and a `sponsors/go/SPONSOR/` page per sponsor that sends the
/// visitor on to its website (so a click is a request the access logs count). Only sponsors under contract on the
/// build's day are shown anywhere; a contract that ends drops the sponsor at the next build.
struct SponsorsSection: SiteSection {
    static let name = "sponsors"
    static let contentFolder: String? = "sponsors"
    static let pageTypes: [any LayoutData.Type] = [SponsorsPageData.self]
    static let tables = ["sponsors", "sponsor_tiers", "sponsor_placements"]
    static let root = "sponsors/"

    struct Entry: Sendable {
        let sponsor: Sponsor
        let tier: SponsorTier
    }

    let entries: [Entry]
    let placements: [SponsorPlacement]
    let intro: ContentPage?

    var navigation: (title: String, path: String)? { onPage.isEmpty ? nil : ("Sponsors", Self.root) }

    init?(input: SectionInput) throws {
        let tiers = Dictionary(uniqueKeysWithValues: try SponsorRecords.tiers(in: input.store).map { ($0.id, $0) })
        entries = try SponsorRecords.list(in: input.store).filter { $0.isActive(on: input.today) }.compactMap { sponsor in
            tiers[sponsor.tierID].map { Entry(sponsor: sponsor, tier: $0) }
        }
        guard !entries.isEmpty else { return nil }
        let active = Set(entries.map(\.sponsor.id))
        placements = try SponsorRecords.placements(in: input.store).filter { active.contains($0.sponsorID) }
        intro = input.pages(in: "sponsors").first { $0.isIndex && $0.directory == "sponsors" }
    }

    /// Sponsors placed on the sponsors page.
    var onPage: [Entry] {
        let placed = Set(placements.filter { $0.place == "sponsors_page" }.map(\.sponsorID))
        return entries.filter { placed.contains($0.sponsor.id) }
    }

    /// Where a sponsor's link goes: its click-through page, or the sponsors page for a sponsor without a website.
    static func goPath(_ sponsor: Sponsor) -> String { sponsor.website == nil ? root : root + "go/" + sponsor.slug + "/" }

    func link(_ entry: Entry, context: PageContext) -> SponsorLink {
        SponsorLink(name: entry.sponsor.organization, url: context.link(Self.goPath(entry.sponsor)), logo: entry.sponsor.logoURL, size: entry.tier.logoSize,
                    description: entry.sponsor.description)
    }

    func jobs(context: PageContext) throws -> [RenderJob] {
        let shown = onPage
        guard !shown.isEmpty else { return [] }
        var tiers: [SponsorsPageData.Tier] = []
        for entry in shown {
            if tiers.last?.slug != entry.tier.slug { tiers.append(.init(name: entry.tier.name, slug: entry.tier.slug, sponsors: [])) }
            tiers[tiers.count - 1] = .init(name: entry.tier.name, slug: entry.tier.slug, sponsors: tiers[tiers.count - 1].sponsors + [link(entry, context: context)])
        }
        var frame = context.frame(path: Self.root, title: intro?.title ?? "Sponsors", description: intro?.summaryText ?? "The organizations that support our work.")
        frame.breadcrumbs = [Link(title: "Home", url: context.link(""))]
        return [RenderJob(outputPath: Self.root + "index.html", page: PageData(frame: frame, data: SponsorsPageData(content: intro?.html ?? "", tiers: tiers)),
                          sitemap: SitemapEntry(location: context.absolute(Self.root), lastModified: nil))]
    }

    /// The click-through pages: a meta refresh to the sponsor's website, `noindex`, and the link itself for those
    /// who do not follow refreshes.
    func files(context: PageContext) throws -> [StaticFile] {
        entries.compactMap { entry in
            guard let website = entry.sponsor.website else { return nil }
            let target = HTMLEscaping.escape(website), name = HTMLEscaping.escape(entry.sponsor.organization)
            let page = """
                <!DOCTYPE html>
                <html lang="\(HTMLEscaping.escape(context.config.language))">
                <head>
                <meta charset="utf-8">
                <title>\(name)</title>
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url=\(target)">
                </head>
                <body>
                <main><p>On to our sponsor <a href="\(target)" rel="sponsored">\(name)</a>.</p></main>
                </body>
                </html>

                """
            return StaticFile(outputPath: Self.goPath(entry.sponsor) + "index.html", bytes: Array(page.utf8))
        }
    }

    /// `api/v1/sponsors.json`: sponsors under contract placed in the widgets, by tier rank.
    func apiFeeds(context: PageContext) -> [APIFeed] {
        let placed = Set(placements.filter { $0.place == "widget" }.map(\.sponsorID))
        return [APIFeed(name: "sponsors", items: entries.filter { placed.contains($0.sponsor.id) }.map { entry in
            .record(["name": .string(entry.sponsor.organization), "path": .string(Self.goPath(entry.sponsor)), "logo": .text(entry.sponsor.logoURL),
                     "tier": .string(entry.tier.slug), "tier_name": .string(entry.tier.name), "rank": .int(entry.tier.rank), "size": .string(entry.tier.logoSize)])
        })]
    }

    func sponsorBlocks(context: PageContext) -> [String: [SponsorLink]] {
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.sponsor.id, $0) })
        var blocks: [String: [SponsorLink]] = [:]
        for placement in placements where placement.place != "sponsors_page" {
            guard let entry = byID[placement.sponsorID] else { continue }
            let key = placement.target.isEmpty ? placement.place : placement.place + ":" + placement.target
            blocks[key, default: []].append(link(entry, context: context))
        }
        return blocks
    }
}
