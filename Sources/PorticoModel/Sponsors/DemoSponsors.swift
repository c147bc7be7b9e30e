import Foundation
import PorticoFormats
import PorticoSQLite

/// The demo's sponsors: three tiers; five sponsors, four under contract today (one of them on the conference's page,
/// one on a course's, one on the job board) and one whose contract ended; benefits partly delivered; one sponsor's
/// logo missing past its due date. Dates are reckoned from the day the demo is made.
enum DemoSponsors {
    @Sendable static func seed(_ context: WriteContext) throws {
        let today = try context.store.today()
        func day(_ offset: Int64) -> String { today.adding(days: offset).description }
        try SponsorRecords.addTier(name: "Platinum", rank: 1, price: "15000", currency: "GBP",
                                   benefits: "Logo on every event page; Keynote slot at the conference; Four conference passes; Quarterly newsletter feature",
                                   requiredAssets: "logo,description,link", logoSize: "large", in: context)
        try SponsorRecords.addTier(name: "Gold", rank: 2, price: "7500", currency: "GBP", benefits: "Logo on the sponsors page; Two conference passes; Job board feature",
                                   requiredAssets: "logo,link", logoSize: "medium", in: context)
        try SponsorRecords.addTier(name: "Silver", rank: 3, price: "2500", currency: "GBP", benefits: "Logo on the sponsors page; One conference pass",
                                   requiredAssets: "logo", logoSize: "small", in: context)
        let sponsors: [(name: String, tier: String, start: Int64, end: Int64, logo: Bool, description: String)] = [
            ("Tidewater Marine Insurance", "platinum", -200, 165, true, "Insurance for ports, harbours and marine contractors."),
            ("Northsea Dredging", "gold", -90, 275, true, "Maintenance and capital dredging across the North Sea."),
            ("Quayside Instruments", "gold", -30, 335, false, "Tide gauges and structural monitoring for quays."),
            ("Harbourlight Software", "silver", -300, 60, true, "Asset management software for port authorities."),
            ("Breakwater Consulting", "silver", -500, -135, true, "Coastal engineering consultancy."),
        ]
        for sponsor in sponsors {
            let slug = Slug.make(sponsor.name)
            var fields = ["contract_start": day(sponsor.start), "contract_end": day(sponsor.end), "website": "https://\(slug).example",
                          "description": sponsor.description, "contact_name": "Partnerships team", "contact_email": "partners@\(slug).example",
                          "assets_due": day(sponsor.start + 14)]
            if sponsor.logo { fields["logo_url"] = "https://\(slug).example/logo.svg" }
            try SponsorRecords.add(organization: sponsor.name, tier: sponsor.tier, fields: fields, in: context)
        }
        if let conference = try context.database.rows("SELECT slug FROM events WHERE slug LIKE 'port-engineering-conference%' LIMIT 1").first {
            try SponsorRecords.place(sponsor: "tidewater-marine-insurance", on: "event", target: try conference.text("slug"), in: context)
        }
        if let course = try context.database.rows("SELECT slug FROM courses WHERE status = 'published' ORDER BY id LIMIT 1").first {
            try SponsorRecords.place(sponsor: "harbourlight-software", on: "course", target: try course.text("slug"), in: context)
        }
        try SponsorRecords.place(sponsor: "northsea-dredging", on: "jobs", target: "", in: context)
        try SponsorRecords.place(sponsor: "tidewater-marine-insurance", on: "widget", target: "", in: context)
        try SponsorRecords.setBenefit(sponsor: "tidewater-marine-insurance", benefit: "Logo on every event page", delivered: true, note: "Live since launch", in: context)
        try SponsorRecords.setBenefit(sponsor: "tidewater-marine-insurance", benefit: "Four conference passes", delivered: true, note: "Codes sent to the partnerships team", in: context)
        try SponsorRecords.setBenefit(sponsor: "northsea-dredging", benefit: "Job board feature", delivered: true, note: "", in: context)
        try SponsorRecords.setBenefit(sponsor: "breakwater-consulting", benefit: "Logo on the sponsors page", delivered: true, note: "", in: context)
        try SponsorRecords.setBenefit(sponsor: "breakwater-consulting", benefit: "One conference pass", delivered: true, note: "", in: context)

        // What the access logs would have counted on the placements' pages, and the clicks through to the sponsors.
        guard context.store.features.features.contains(where: { $0.name == "analytics" }) else { return }
        let since = today.adding(days: -120)
        for (kind, sql, popularity) in [("event", "SELECT slug FROM events WHERE slug LIKE 'port-engineering-conference%' LIMIT 1", Int64(9)),
                                        ("course", "SELECT slug FROM courses WHERE status = 'published' ORDER BY id LIMIT 1", 5),
                                        ("job", "SELECT slug FROM jobs ORDER BY id LIMIT 3", 4)] {
            let items = try context.database.rows(sql).map { (slug: try $0.text("slug"), since: since, popularity: popularity, files: false) }
            try UsageAnalytics.seedDemo(kind: kind, items: items, in: context)
        }
        let clicks = try SponsorRecords.list(in: context.store).filter { $0.isActive(on: today) }.map { (slug: $0.slug, since: max($0.contractStart, since), popularity: Int64(2), files: false) }
        try UsageAnalytics.seedDemo(kind: "sponsor", items: clicks, in: context)
    }
}
