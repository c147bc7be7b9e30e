import Foundation
import Testing
import PorticoModel
import PorticoReports
import PorticoTestSupport

/// `portico report-site` run by the real binary on the demo: every report with data on any day, the roles, the
/// refusal to write into the public output, byte-identical output for the same clock; then the pages in headless
/// Chromium: drawn to PNG, the SVG's structure as laid out (series, one bar per period, no overlapping labels, even
/// for long plan names and 10,000 points), and axe-core.
@Suite(.serialized) struct DashboardTests {
    static let admin = DemoData.adminEmail

    /// The dashboard of the shared demo site (built by the README's command), written into a new folder.
    func dashboard(_ clock: DemoSite.Clock = .real, as actor: String = admin, extra: [String] = []) throws -> (folder: TemporaryDirectory, result: BinaryRunner.Result) {
        let folder = TemporaryDirectory("portico-staff")
        let site = try DemoSite.site(clock)
        let result = try BinaryRunner.run("portico", ["report-site", "--site", site.path, "--out", folder.url.appendingPathComponent("staff").path, "--as", actor] + extra,
                                          environment: clock.environment)
        return (folder, result)
    }

    func text(_ folder: TemporaryDirectory, _ path: String) -> String {
        (try? String(contentsOf: folder.url.appendingPathComponent("staff/" + path), encoding: .utf8)) ?? ""
    }

    /// On today's clock and on a pinned leap-year's eve: a page per report, each with at least one chart of data
    /// that is not all nought, valid HTML5, and no script anywhere.
    @Test(arguments: DemoSite.Clock.allCases)
    func everyReportHasAPageWithData(_ clock: DemoSite.Clock) throws {
        let (folder, result) = try dashboard(clock)
        #expect(result.exitCode == 0, "\(result.standardError)")
        let overview = text(folder, "index.html")
        for report in DashboardCatalog.reports {
            let page = text(folder, "\(report.name)/index.html")
            #expect(page.contains("<h1>\(report.title)</h1>") && overview.contains("href=\"\(report.name)/\""), "\(report.name)")
            #expect(!text(folder, "\(report.name)/\(report.name).csv").isEmpty && text(folder, "\(report.name)/\(report.name).json").hasPrefix("{\"report\":\"\(report.name)\""))
            // Each chart's CSV: a header, then rows; some chart of the report has a value above nought.
            let charts = page.components(separatedBy: "<a href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }.filter { $0.hasSuffix(".csv") && $0 != "\(report.name).csv" }
            #expect(!charts.isEmpty, "\(report.name) has no chart")
            let values = charts.flatMap { text(folder, "\(report.name)/\($0)").split(separator: "\r\n").dropFirst().flatMap { $0.split(separator: ",").dropFirst() } }
            #expect(values.contains { (Double($0) ?? 0) > 0 }, "\(report.name): every chart is empty on \(clock)")
        }
        #expect(overview.contains("Members current") && overview.contains("Revenue, GBP"))
        let (status, report) = try PythonTool.validateHTML5(folder.url.appendingPathComponent("staff"))
        #expect(status == 0, "\(report)")
        for file in TemporaryDirectory.files(in: folder.url.appendingPathComponent("staff")) where file.hasSuffix(".html") {
            #expect(!text(folder, file).contains("<script"), "\(file) needs no script")
        }
    }

    /// A ROLE_CLIENT_USER's dashboard has no revenue, no events takings and no sponsor contracts, and says so.
    @Test func aClientUserSeesNoRevenue() throws {
        let (folder, result) = try dashboard(as: "ops@demo.portico.example")
        #expect(result.exitCode == 0, "\(result.standardError)")
        let written = TemporaryDirectory.files(in: folder.url.appendingPathComponent("staff"))
        for financial in ["revenue", "events", "sponsors"] { #expect(!written.contains { $0.hasPrefix(financial + "/") }, "\(financial)") }
        #expect(written.contains("membership/index.html") && written.contains("cpd/index.html"))
        #expect(text(folder, "index.html").contains("Not shown to ROLE_CLIENT_USER: Revenue (needs reports.financial)"))
        for file in written { #expect(!text(folder, file).contains("GBP") && !text(folder, file).contains("gross"), "\(file)") }
        let stranger = try dashboard(as: "nobody@example.org")
        #expect(stranger.result.exitCode != 0 && stranger.result.standardError.contains("nobody@example.org"))
    }

    /// Never into the public output, nor a folder holding it; nothing is written when refused.
    @Test func theDashboardIsNeverWrittenIntoThePublicOutput() throws {
        let site = try DemoSite.copy("portico-staff-refuse")
        try FileManager.default.createDirectory(at: site.url.appendingPathComponent("output"), withIntermediateDirectories: true)
        let db = try DemoSite.site().appendingPathComponent("portico.db").path
        for out in ["output/staff", "output", "."] {
            let result = try BinaryRunner.run("portico", ["report-site", "--db", db, "--out", out, "--as", Self.admin], in: site.url)
            #expect(result.exitCode != 0 && result.standardError.contains("--out") && result.standardError.contains("never published"), "\(out): \(result.standardError)")
        }
        #expect(TemporaryDirectory.files(in: site.url.appendingPathComponent("output")).isEmpty)
        // The default is output-staff/ beside it.
        let fine = try BinaryRunner.run("portico", ["report-site", "--db", db, "--as", Self.admin], in: site.url)
        #expect(fine.exitCode == 0 && FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output-staff/index.html").path), "\(fine.standardError)")
        let badPeriod = try BinaryRunner.run("portico", ["report-site", "--db", db, "--as", Self.admin, "--by", "fortnight"], in: site.url)
        #expect(badPeriod.exitCode != 0 && badPeriod.standardError.contains("--by"))
    }

    /// By day over a year: the revenue chart is drawn by month, says so, and its CSV (the data drawn) is headed month.
    @Test func dailyFiguresOverAYearAreDrawnByMonth() throws {
        let (folder, result) = try dashboard(.pinned, extra: ["--by", "day", "--from", "2028-03-01", "--to", "2029-03-01"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(text(folder, "revenue/index.html").contains("365 days shown as 12 months."))
        #expect(text(folder, "revenue/by-source-gbp.csv").hasPrefix("month,"))
        #expect(text(folder, "revenue/by-source-gbp.csv").split(separator: "\r\n").count == 13)
        #expect(text(folder, "revenue/revenue.csv").split(separator: "\r\n").count > 365, "the report itself keeps every day")
    }

    /// The same database and clock give the same bytes.
    @Test func theSameClockGivesTheSameFiles() throws {
        let first = try dashboard(.pinned), second = try dashboard(.pinned)
        let files = TemporaryDirectory.files(in: first.folder.url.appendingPathComponent("staff"))
        #expect(files.count > 30 && files == TemporaryDirectory.files(in: second.folder.url.appendingPathComponent("staff")))
        for file in files { #expect(text(first.folder, file) == text(second.folder, file), "\(file)") }
    }

    /// The dashboard's reports are `portico-admin report list`'s, with the same capabilities.
    @Test func theDashboardShowsTheReportsTheConsoleHas() throws {
        let db = try DemoSite.site().appendingPathComponent("portico.db").path
        let listed = try BinaryRunner.run("portico-admin", ["report", "list", "--json", "--db", db, "--as", Self.admin])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: String]], "\(listed.standardError)")
        let console = Dictionary(uniqueKeysWithValues: rows.map { ($0["report"]!, $0["needs"]!) })
        let dashboard = Dictionary(uniqueKeysWithValues: DashboardCatalog.reports.map { ($0.name, $0.capability.rawValue) })
        #expect(console == dashboard)
    }
}
