import Foundation
import PorticoFormats

/// Counts views and downloads from access log lines by the COUNTER Release 5 rules: only successful GET requests
/// (200 and 304; 206 partial content for a file) count; robots and crawlers (the COUNTER robots list) do not; the
/// same item asked again by the same client (address and user agent) within 30 seconds of its last request counts
/// once, so a double click, or the many range requests of one file's download, is one use. Days are the site's.
public final class UsageCounter {
    /// A day's count for one item.
    public struct Tally: Equatable, Sendable {
        public var views: Int64 = 0
        public var downloads: Int64 = 0
    }
    public struct DayItem: Hashable, Sendable, Comparable {
        public let day: CalendarDate
        public let kind: String
        public let slug: String
        public static func < (a: DayItem, b: DayItem) -> Bool { (a.day, a.kind, a.slug) < (b.day, b.kind, b.slug) }
    }
    /// What happened to the lines read.
    public struct Summary: Equatable, Sendable {
        public var lines = 0
        public var malformed = 0
        /// The first malformed lines' numbers (at most ten), for the report.
        public var malformedExamples: [Int] = []
        public var robots = 0
        public var doubleClicks = 0
        public var counted = 0
    }

    static let doubleClickSeconds: Int64 = 30

    public private(set) var counts: [DayItem: Tally] = [:]
    public private(set) var summary = Summary()
    private let basePath: String
    private let zone: TimeZone
    private let robots = RobotFilter()
    private var lastSeen: [String: Int64] = [:]
    private var latest: Int64 = .min
    private var days: [Int64: CalendarDate] = [:]

    public init(basePath: String, timeZone: TimeZone) {
        self.basePath = basePath
        zone = timeZone
    }

    /// Reads one log line (without its line break); `number` is its line number in the file, for reports.
    public func add<Bytes: RandomAccessCollection>(line: Bytes, number: Int) where Bytes.Element == UInt8, Bytes.Index == Int {
        summary.lines += 1
        guard let request = AccessLogLine(line) else {
            if !line.isEmpty {
                summary.malformed += 1
                if summary.malformedExamples.count < 10 { summary.malformedExamples.append(number) }
            }
            return
        }
        guard request.method == "GET", let item = UsageItem.from(target: request.target, basePath: basePath) else { return }
        guard request.status == 200 || request.status == 304 || (request.status == 206 && item.isDownload) else { return }
        if robots.isRobot(request.userAgent) { summary.robots += 1; return }
        let key = request.client + "\u{0}" + request.userAgent + "\u{0}" + item.kind + "\u{0}" + item.slug + (item.isDownload ? "\u{0}d" : "")
        if let last = lastSeen[key], request.time >= last, request.time - last <= Self.doubleClickSeconds {
            lastSeen[key] = request.time
            summary.doubleClicks += 1
            return
        }
        lastSeen[key] = request.time
        if request.time > latest { latest = request.time }
        // Requests older than the window can no longer be repeated within it: let them go, so memory follows the
        // number of clients in the last 30 seconds, not the size of the log.
        if lastSeen.count > 20_000 { lastSeen = lastSeen.filter { latest - $0.value <= Self.doubleClickSeconds } }
        let day = self.day(request.time)
        var tally = counts[DayItem(day: day, kind: item.kind, slug: item.slug)] ?? Tally()
        if item.isDownload { tally.downloads += 1 } else { tally.views += 1 }
        counts[DayItem(day: day, kind: item.kind, slug: item.slug)] = tally
        summary.counted += 1
    }

    /// The site's day of a moment (cached by quarter hour: every zone's offset is a whole number of them).
    private func day(_ time: Int64) -> CalendarDate {
        let slot = time >= 0 ? time / 900 : (time - 899) / 900
        if let day = days[slot] { return day }
        let day = CalendarDate.day(of: Date(timeIntervalSince1970: TimeInterval(slot * 900)), in: zone)
        if days.count > 100_000 { days.removeAll() }
        days[slot] = day
        return day
    }
}
