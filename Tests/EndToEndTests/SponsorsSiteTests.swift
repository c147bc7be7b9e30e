import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoReports
@testable import PorticoSite
import PorticoTestSupport

/// Sponsors as the site shows them and the report counts them: shown only while the contract runs (its first and
/// last days included, by the build's clock), on the pages they are placed on, with `rel="sponsored"` links that go
/// through a click-through page the access logs count; contacts never published; the report's figures exact.
@Suite struct SponsorsSiteTests {
    static let files = """
    -- portico.json --
    {"baseURL": "https://example.org/"}
    -- content/_index.md --
    # Home
    """

    static func seed(_ site: TinySite) throws {
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try SponsorRecords.addTier(name: "Gold", rank: 1, price: "5000", currency: "GBP", benefits: "Logo on the sponsors page; Two passes",
                                       requiredAssets: "logo,link", logoSize: "large", in: context)
            try SponsorRecords.addTier(name: "Silver", rank: 2, price: "1000.50", currency: "GBP", benefits: "Logo on the sponsors page",
                                       requiredAssets: "logo", logoSize: "small", in: context)
            try SponsorRecords.add(organization: "Anchor Bank", tier: "silver", fields: [
                "contract_start": "2026-01-01", "contract_end": "2026-12-31", "logo_url": "https://anchor.example/logo.png", "website": "https://anchor.example",
                "contact_email": "private-contact@anchor.example"], in: context)
            try SponsorRecords.add(organization: "Buoy Works", tier: "gold", fields: [
                "contract_start": "2026-06-01", "contract_end": "2027-05-31", "website": "https://buoy.example", "assets_due": "2026-06-15"], in: context)
            try SponsorRecords.add(organization: "Cable & Chain", tier: "gold", fields: [
                "contract_start": "2027-01-01", "contract_end": "2027-12-31", "logo_url": "https://cable.example/logo.png", "website": "https://cable.example"], in: context)
            try SponsorRecords.place(sponsor: "anchor-bank", on: "jobs", target: "", in: context)
            try SponsorRecords.setBenefit(sponsor: "buoy-works", benefit: "Two passes", delivered: true, note: "sent", in: context)
        }
    }

    static func build(_ site: TinySite, on day: String) throws {
        var options = site.options
        options.clock = { Timestamp.parse(day + "T12:00:00Z")! }
        _ = try Site(options: options).build()
    }

    @Test func contractDatesDecideWhoIsShownAtEachBuild() throws {
        let site = try TinySite(Self.files, theme: false)
        try Self.seed(site)
        try Self.build(site, on: "2026-12-31")
        var page = try #require(site.output("sponsors/index.html"))
        // Gold before Silver; Anchor's last day still shows it; Cable & Chain's contract has not started.
        let gold = try #require(page.range(of: "<h2 id=\"tier-gold\">Gold</h2>")), silver = try #require(page.range(of: "<h2 id=\"tier-silver\">Silver</h2>"))
        #expect(gold.lowerBound < silver.lowerBound)
        #expect(page.contains("<a href=\"/sponsors/go/anchor-bank/\" rel=\"sponsored\"><img src=\"https://anchor.example/logo.png\" alt=\"Anchor Bank\""))
        #expect(page.contains("<a href=\"/sponsors/go/buoy-works/\" rel=\"sponsored\">Buoy Works</a>"))
        #expect(!page.contains("Cable &amp; Chain"))
        let go = try #require(site.output("sponsors/go/anchor-bank/index.html"))
        #expect(go.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://anchor.example\">") && go.contains("noindex"))
        for file in site.outputFiles() { #expect(!(site.output(file) ?? "").contains("private-contact@anchor.example"), "\(file)") }

        // The next day Anchor's contract has ended and Cable & Chain's has begun: the next build says so.
        try Self.build(site, on: "2027-01-01")
        page = try #require(site.output("sponsors/index.html"))
        #expect(!page.contains("Anchor Bank") && page.contains("Cable &amp; Chain"))
        #expect(site.output("sponsors/go/anchor-bank/index.html") == nil)
        // When nobody is under contract, there is no sponsors page and no menu entry.
        try Self.build(site, on: "2028-01-01")
        #expect(site.output("sponsors/index.html") == nil)
        #expect(!(try #require(site.output("index.html"))).contains("/sponsors/"))
    }

    @Test func reportFiguresAreExact() throws {
        let site = try TinySite(Self.files, theme: false)
        try Self.seed(site)
        let log = site.directory.url.appendingPathComponent("access.log")
        let agent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"
        var lines: [String] = []
        for index in 0..<4 { lines.append("10.0.0.\(index) - - [10/Dec/2026:10:00:00 +0000] \"GET /jobs/port-engineer/ HTTP/1.1\" 200 1 \"-\" \"\(agent)\"") }
        for index in 0..<2 { lines.append("10.0.1.\(index) - - [11/Dec/2026:10:00:00 +0000] \"GET /sponsors/go/anchor-bank/ HTTP/1.1\" 200 1 \"-\" \"\(agent)\"") }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: log)
        try site.store.write(as: TestStores.admin, command: "analytics ingest") { _ = try UsageAnalytics.ingest(files: [log.path], basePath: "/", in: $0) }
        let report = try SponsorsReport.make(store: site.store, from: "2026-12-01", to: "2027-01-01", today: CalendarDate("2026-12-15")!)
        // Under contract on 15 December: Anchor (Silver) and Buoy Works (Gold); Cable & Chain not yet.
        #expect(report.section("active_by_tier")?.rows == [[.text("Gold"), .integer(1), .integer(1), .text("5000.00 GBP")],
                                                           [.text("Silver"), .integer(2), .integer(1), .text("1000.50 GBP")]])
        #expect(report.section("ending_within_60_days")?.rows == [[.text("Anchor Bank"), .text("Silver"), .text("2026-12-31"), .integer(16)]])
        // By tier rank, then name: Buoy Works' passes were delivered; Cable & Chain's contract is still to come.
        #expect(report.section("undelivered_benefits")?.rows.map { [$0[0], $0[1]] } == [
            [.text("Buoy Works"), .text("Logo on the sponsors page")], [.text("Cable & Chain"), .text("Logo on the sponsors page")],
            [.text("Cable & Chain"), .text("Two passes")], [.text("Anchor Bank"), .text("Logo on the sponsors page")]])
        // Buoy Works gave no logo, due 15 June.
        #expect(report.section("missing_assets")?.rows == [[.text("Buoy Works"), .text("logo"), .text("2026-06-15")]])
        // Anchor is on the job board (four job page views) and was clicked through twice.
        #expect(report.section("placements")?.rows.first { $0[0] == .text("Anchor Bank") } == [.text("Anchor Bank"), .text("sponsors_page, jobs"), .integer(4), .integer(2)])
    }
}
