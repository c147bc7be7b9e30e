import Foundation
import Testing
import PorticoFormats
@testable import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Usage from access logs by the COUNTER Release 5 rules: what counts (200 and 304, a 206 range request as part of
/// one download), what does not (errors, redirects, robots from the COUNTER list, repeats within 30 seconds), the
/// site's day, logs read twice or grown or gzipped counting nothing twice, and malformed lines reported, never fatal.
@Suite struct UsageAnalyticsTests {
    static let browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

    static func line(_ client: String, _ time: String, _ target: String, status: Int = 200, agent: String = browser) -> String {
        "\(client) - - [\(time) +0000] \"GET \(target) HTTP/1.1\" \(status) 512 \"https://example.org/\" \"\(agent)\""
    }

    static func line(_ time: String, _ target: String, status: Int = 200, agent: String = browser) -> String {
        line("203.0.113.5", time, target, status: status, agent: agent)
    }

    static func count(_ lines: [String], basePath: String = "/", zone: String = "UTC") -> UsageCounter {
        let counter = UsageCounter(basePath: basePath, timeZone: TimeZone(identifier: zone)!)
        for (index, text) in lines.enumerated() { counter.add(line: Array(text.utf8), number: index + 1) }
        return counter
    }

    static func tally(_ counter: UsageCounter, _ day: String, _ kind: String, _ slug: String) -> UsageCounter.Tally? {
        counter.counts[.init(day: CalendarDate(day)!, kind: kind, slug: slug)]
    }

    @Test func parsesNginxAndApacheLines() throws {
        let nginx = try #require(AccessLogLine(Array(#"2001:db8::1 - - [06/Dec/2026:09:15:02 +0100] "GET /jobs/port-engineer/?utm_source=x HTTP/2.0" 304 0 "-" "Mozilla/5.0 \x22quoted\x22""#.utf8)))
        #expect(nginx.client == "2001:db8::1" && nginx.method == "GET" && nginx.target == "/jobs/port-engineer/?utm_source=x" && nginx.status == 304)
        #expect(nginx.time == Int64(Timestamp.parse("2026-12-06T08:15:02Z")!.timeIntervalSince1970))
        #expect(nginx.userAgent == #"Mozilla/5.0 \x22quoted\x22"#)
        let apache = try #require(AccessLogLine(Array(#"198.51.100.2 - frank smith [29/Feb/2028:23:59:59 -0700] "GET /help/start/add-member/ HTTP/1.0" 200 2326 "http://x/\"a\"" "Lynx/2.8""#.utf8)))
        #expect(apache.time == Int64(Timestamp.parse("2028-03-01T06:59:59Z")!.timeIntervalSince1970))
        #expect(apache.userAgent == "Lynx/2.8")
        // The common log format (no referrer or agent) is read too.
        #expect(AccessLogLine(Array(#"10.0.0.1 - - [01/Jan/2027:00:00:00 +0000] "GET /courses/x/ HTTP/1.1" 200 1"#.utf8))?.userAgent == "")
        for bad in ["", "garbage", #"10.0.0.1 - - [31/Foo/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "x""#,
                    #"10.0.0.1 - - [01/Jan/2027:00:00:00 +0000] "GET /x/ HTTP/1.1" 20 1 "-" "x""#, #"10.0.0.1 - - [01/Jan/2027:00:00:00 +0000] "GET"#] {
            #expect(AccessLogLine(Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    @Test func mapsRequestsToItemsUnderTheBasePath() {
        #expect(UsageItem.from(target: "/guild/resources/cpd-log/", basePath: "/guild/") == UsageItem(kind: "resource", slug: "cpd-log", isDownload: false))
        #expect(UsageItem.from(target: "/guild/resources/files/cpd-log-0a1b2c3d.csv", basePath: "/guild/") == UsageItem(kind: "resource", slug: "cpd-log", isDownload: true))
        #expect(UsageItem.from(target: "/help/start/add-member/index.html", basePath: "/") == UsageItem(kind: "help", slug: "start/add-member", isDownload: false))
        #expect(UsageItem.from(target: "/events/agm-2027/#tickets", basePath: "/")?.slug == "agm-2027")
        for other in ["/resources/cpd-log/", "/resources/", "/resources/page/2/", "/resources/popular/", "/jobs/", "/jobs/x/feed.xml", "/resources/files/cpd-log.csv",
                      "/resources/files/cpd-log-0A1B2C3D.csv", "/help/start/", "/about/"] {
            #expect(UsageItem.from(target: other, basePath: other.hasPrefix("/resources/cpd") ? "/guild/" : "/") == nil, "\(other)")
        }
    }

    @Test func onlySuccessfulRequestsCountAndRepeatsWithinThirtySecondsCountOnce() {
        let counter = Self.count([
            Self.line("06/Dec/2026:10:00:00", "/resources/toolkit/"),
            Self.line("06/Dec/2026:10:00:20", "/resources/toolkit/"),          // a repeat within 30 s: once
            Self.line("06/Dec/2026:10:00:45", "/resources/toolkit/"),          // 25 s after the repeat: still once
            Self.line("06/Dec/2026:10:01:30", "/resources/toolkit/"),          // 45 s later: counts again
            Self.line("198.51.100.9", "06/Dec/2026:10:00:05", "/resources/toolkit/"), // another client counts
            Self.line("06/Dec/2026:10:02:00", "/resources/toolkit/", status: 404),
            Self.line("06/Dec/2026:10:02:00", "/resources/toolkit/", status: 301),
            Self.line("06/Dec/2026:10:02:00", "/resources/toolkit/", status: 500),
            Self.line("06/Dec/2026:10:03:00", "/jobs/port-engineer/", status: 304),
            Self.line("06/Dec/2026:10:03:00", "/jobs/port-engineer/", status: 206),  // 206 counts only for files
        ])
        #expect(Self.tally(counter, "2026-12-06", "resource", "toolkit") == .init(views: 3, downloads: 0))
        #expect(Self.tally(counter, "2026-12-06", "job", "port-engineer") == .init(views: 1, downloads: 0))
        #expect(counter.summary.doubleClicks == 2 && counter.summary.counted == 4)
    }

    @Test func rangeRequestsForOneFileAreOneDownload() {
        let file = "/resources/files/recording-0a1b2c3d.mp4"
        var lines = (0..<20).map { Self.line(String(format: "06/Dec/2026:10:00:%02d", $0 * 2), file, status: 206) }
        lines.append(Self.line("06/Dec/2026:11:00:00", file, status: 200))   // a new download an hour later
        lines.append(Self.line("06/Dec/2026:11:00:01", "/resources/recording/"))
        let counter = Self.count(lines)
        #expect(Self.tally(counter, "2026-12-06", "resource", "recording") == .init(views: 1, downloads: 2))
    }

    @Test func robotsFromTheCOUNTERListAreExcluded() {
        let robots = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Mozilla/5.0 (compatible; bingbot/2.0)",
                      "curl/8.5.0", "python-requests/2.31", "Wget/1.21", "facebookexternalhit/1.1", "", "-", "Scrapy/2.11 (+https://scrapy.org)",
                      "Mozilla/5.0 (compatible; YandexBot/3.0)", "Java/17.0.2"]
        let people = [Self.browser, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1",
                      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"]
        let counter = Self.count((robots + people).enumerated().map { Self.line("10.0.0.\($0.offset)", "06/Dec/2026:10:00:00", "/courses/tides/", agent: $0.element) })
        #expect(counter.summary.robots == robots.count)
        #expect(Self.tally(counter, "2026-12-06", "course", "tides")?.views == Int64(people.count))
        // The list is the COUNTER file as published, every pattern compiling.
        #expect(COUNTERRobotsList.patterns.split(separator: "\n").count == 283)
    }

    @Test func daysAreTheSitesDays() {
        // 23:30 UTC on 31 December is already 1 January in Auckland, and 30 March 2025 01:30 UTC is 02:30 BST in London.
        let counter = Self.count([Self.line("31/Dec/2026:23:30:00", "/events/agm/"), Self.line("30/Mar/2025:00:30:00", "/events/agm/")], zone: "Pacific/Auckland")
        #expect(Self.tally(counter, "2027-01-01", "event", "agm")?.views == 1)
        #expect(Self.tally(counter, "2025-03-30", "event", "agm")?.views == 1)
        let london = Self.count([Self.line("28/Feb/2028:23:59:59", "/events/agm/"), Self.line("29/Feb/2028:23:30:00", "/events/agm/")], zone: "Europe/London")
        #expect(Self.tally(london, "2028-02-28", "event", "agm")?.views == 1 && Self.tally(london, "2028-02-29", "event", "agm")?.views == 1)
    }

    @Test func ingestingTheSameLogTwiceGrownOrGzippedCountsNothingTwice() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        var lines = (0..<3000).map { Self.line("10.0.\($0 / 250).\($0 % 250)", "06/Dec/2026:10:00:00", "/resources/toolkit/") }
        lines.insert("this is not a log line", at: 10)
        let log = directory.url.appendingPathComponent("access.log")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: log)
        func ingest(_ file: URL) throws -> UsageAnalytics.FileResult {
            try store.write(as: TestStores.admin, command: "analytics ingest") { try UsageAnalytics.ingest(files: [file.path], basePath: "/", in: $0) }[0]
        }
        func views() throws -> Int64 { try UsageAnalytics.totals(kind: "resource", in: store)["toolkit"] ?? 0 }
        let first = try ingest(log)
        #expect(first.summary.malformed == 1 && first.summary.malformedExamples == [11] && first.summary.counted == 3000)
        #expect(try views() == 3000)
        #expect(try ingest(log).alreadyRead == 3001)
        #expect(try views() == 3000)
        // The same log gzipped: known by its content, nothing counted.
        let gz = directory.url.appendingPathComponent("access.log.1.gz")
        try Data(StoredGzip.compress(Array(try Data(contentsOf: log)))).write(to: gz)
        let again = try ingest(gz)
        #expect(again.compressed && again.summary.counted == 0)
        #expect(try views() == 3000)
        // The log grows by two lines, the last still being written: one more counted, the unfinished one left.
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((Self.line("192.0.2.1", "06/Dec/2026:11:00:00", "/resources/toolkit/") + "\n" + Self.line("192.0.2.2", "06/Dec/2026:11:00:00", "/resources").prefix(40)).utf8))
        try handle.close()
        let grown = try ingest(log)
        #expect(grown.summary.counted == 1 && grown.incompleteLastLine)
        #expect(try views() == 3001)
        // A damaged gzip file is refused naming it, and nothing of it is counted.
        let damaged = directory.url.appendingPathComponent("broken.gz")
        try Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255, 0x05]).write(to: damaged)
        #expect(throws: ModelError.self) { try ingest(damaged) }
        #expect(try views() == 3001)
        // The counts are derived from the logs, not audited row by row: the trail still verifies (it once reported
        // every count as "added with plain SQL"); the logs read are audited.
        #expect(try AuditLog(store: store).verify() == [])
        #expect(try !AuditLog(store: store).list(entity: "analytics log").isEmpty)
    }
}
