import Foundation
import PorticoDigest
import PorticoFormats
import PorticoSQLite

/// Reading access logs into the usage counts, and reading the counts back for reports.
///
/// A log is known by the SHA-256 of its first 64 KiB (decompressed): reading it again skips the lines already
/// counted, so the same log twice counts nothing twice, a log that has grown since counts only its new lines, and a
/// gzip of a log already read plain counts nothing. A last line without its line break is left for the next read
/// (the server may be writing it). Files stream a chunk at a time: memory follows the number of items and days and
/// the clients of the last 30 seconds, never the size of the log.
public enum UsageAnalytics {
    /// Views and downloads per day and item (site days; `kind` and `slug` name the item as `UsageItem` does).
    public static let dailyEntity = Entity(table: "usage_daily", auditName: "usage count", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("day", .text),
        .init("kind", .text, allowed: UsageItem.kinds),
        .init("slug", .text),
        .init("views", .integer, defaultValue: .integer(0)),
        .init("downloads", .integer, defaultValue: .integer(0)),
    ], audited: false)

    public static let logEntity = Entity(table: "analytics_logs", auditName: "analytics log", auditKey: "identity", columns: [
        .init("id", .integer, generated: .rowID),
        .init("identity", .text, unique: true),
        .init("file", .text),
        .init("lines", .integer),
        .init("counted", .integer, defaultValue: .integer(0)),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ])

    /// What reading one file did.
    public struct FileResult: Sendable {
        public let file: String
        public let summary: UsageCounter.Summary
        /// Lines skipped because an earlier read counted them.
        public let alreadyRead: Int
        public let compressed: Bool
        public let incompleteLastLine: Bool
    }

    static let identityBytes = 1 << 16

    /// Reads each file (plain or gzip, told by its first bytes) and adds its counts, in one transaction: a file that
    /// cannot be read changes nothing. `basePath` is the site's path (`/`, `/guild/`); nil reads it from the
    /// setting `site.url`.
    public static func ingest(files: [String], basePath: String?, in context: WriteContext) throws -> [FileResult] {
        let store = context.store
        let base = try basePath ?? (try store.setting("site.url")).flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        guard base.hasPrefix("/") && base.hasSuffix("/") else { throw ModelError.invalid(field: "--base-path", value: base, reason: "must start and end with /") }
        let zone = try store.setting("site.timezone").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        var results: [FileResult] = []
        for file in files {
            let counter = UsageCounter(basePath: base, timeZone: zone)
            let reading = try read(file: file, counter: counter, store: store)
            for (key, tally) in counter.counts.sorted(by: { $0.key < $1.key }) {
                try add(day: key.day, kind: key.kind, slug: key.slug, views: Int64(tally.views), downloads: Int64(tally.downloads), in: context)
            }
            let lines = Int64(reading.skip + counter.summary.lines)
            if let record = try logEntity.find("identity", equals: .text(reading.identity), in: store) {
                if counter.summary.lines > 0 {
                    _ = try context.update(record, set: ["lines": .integer(lines), "counted": .integer((try record.integer("counted")) + Int64(counter.summary.counted))])
                }
            } else {
                _ = try context.insert(logEntity, logEntity.completedForInsert([
                    "identity": .text(reading.identity), "file": .text(URL(fileURLWithPath: file).lastPathComponent), "lines": .integer(lines),
                    "counted": .integer(Int64(counter.summary.counted))], in: store))
            }
            results.append(FileResult(file: file, summary: counter.summary, alreadyRead: reading.skip, compressed: reading.compressed,
                                      incompleteLastLine: reading.incomplete))
        }
        return results
    }

    private static func read(file: String, counter: UsageCounter, store: Store) throws -> (identity: String, skip: Int, compressed: Bool, incomplete: Bool) {
        guard let handle = FileHandle(forReadingAtPath: file) else { throw ModelError.invalid(field: "FILE", value: file, reason: "cannot be read") }
        defer { try? handle.close() }
        var first = [UInt8](try handle.read(upToCount: 2) ?? Data())
        let compressed = first == [0x1f, 0x8b]
        var head: [UInt8] = []
        var identity: String?
        var skip = 0
        var carry: [UInt8] = []
        var lineNumber = 0
        func lines(_ bytes: [UInt8]) {
            carry += bytes
            var start = 0
            carry.withUnsafeBufferPointer { buffer in
                var index = 0
                while index < buffer.count {
                    if buffer[index] == 0x0a {
                        lineNumber += 1
                        if lineNumber > skip {
                            var end = index
                            if end > start && buffer[end - 1] == 0x0d { end -= 1 }
                            counter.add(line: UnsafeBufferPointer(rebasing: buffer[start..<end]), number: lineNumber)
                        }
                        start = index + 1
                    }
                    index += 1
                }
            }
            carry.removeFirst(start)
        }
        func decided() throws {
            identity = Hex.encode(SHA256.hash(head))
            skip = Int(try logEntity.find("identity", equals: .text(identity!), in: store).map { try $0.integer("lines") } ?? 0)
            lines(head)
            head = []
        }
        func take(_ bytes: [UInt8]) throws {
            if identity != nil { lines(bytes); return }
            head += bytes
            if head.count >= identityBytes {
                let rest = Array(head[identityBytes...])
                head.removeLast(head.count - identityBytes)
                try decided()
                lines(rest)
            }
        }
        let readChunk: () throws -> [UInt8]? = {
            if !first.isEmpty { defer { first = [] }; return first }
            let data = try handle.read(upToCount: 1 << 20) ?? Data()
            return data.isEmpty ? nil : [UInt8](data)
        }
        do {
            if compressed {
                try GzipDecoder.decode(read: readChunk, write: { try take($0) })
            } else {
                while let chunk = try readChunk() { try take(chunk) }
            }
        } catch let error as GzipDecoder.DecodeError {
            throw ModelError.invalid(field: "FILE", value: file, reason: error.description)
        }
        if identity == nil { try decided() }
        return (identity!, skip, compressed, !carry.isEmpty)
    }

    /// Views and downloads per item over a period (days inclusive), most used first.
    public struct ItemUsage: Sendable, Equatable {
        public let kind: String
        public let slug: String
        public let views: Int64
        public let downloads: Int64
        public var uses: Int64 { views + downloads }
    }

    /// Adds uses of an item on a day to its counts. Counts are derived data (the logs are the record), so they are
    /// written without an audit entry each, as a log's thousands of lines would otherwise make.
    public static func add(day: CalendarDate, kind: String, slug: String, views: Int64, downloads: Int64, in context: WriteContext) throws {
        try context.database.execute("""
            INSERT INTO usage_daily (day, kind, slug, views, downloads) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, kind, slug) DO UPDATE SET views = views + excluded.views, downloads = downloads + excluded.downloads
            """, [day.description, kind, slug, views, downloads])
    }

    /// The demo's usage: a year of plausible daily views (and downloads, for files), busier on weekdays and growing
    /// through the year, for each item from the day it was published to yesterday. Deterministic: the same day gives
    /// the same counts.
    public static func seedDemo(kind: String, items: [(slug: String, since: CalendarDate, popularity: Int64, files: Bool)], in context: WriteContext) throws {
        let today = try context.store.today()
        for (index, item) in items.enumerated() {
            var day = max(item.since, today.adding(days: -365))
            while day < today {
                let weekday = ((day.dayNumber + 3) % 7 + 7) % 7   // 0 Monday … 6 Sunday
                let growth = 100 + (365 - day.days(until: today)) / 4   // 100 a year ago, ~190 yesterday
                let noise = (day.dayNumber &* 2_654_435_761 &+ Int64(index) &* 40_503) % 7
                let views = max(0, (item.popularity * growth / 100) / (weekday >= 5 ? 3 : 1) + noise - 3)
                if views > 0 { try add(day: day, kind: kind, slug: item.slug, views: views, downloads: item.files ? views / 3 : 0, in: context) }
                day = day.adding(days: 1)
            }
        }
    }

    public static func usage(from: CalendarDate, to: CalendarDate, kind: String? = nil, in store: Store) throws -> [ItemUsage] {
        var sql = "SELECT kind, slug, SUM(views) AS views, SUM(downloads) AS downloads FROM usage_daily WHERE day >= ? AND day <= ?"
        var arguments: [DatabaseValueConvertible] = [from.description, to.description]
        if let kind { sql += " AND kind = ?"; arguments.append(kind) }
        sql += " GROUP BY kind, slug ORDER BY SUM(views) + SUM(downloads) DESC, kind, slug"
        return try store.database.rows(sql, arguments).map {
            ItemUsage(kind: try $0.text("kind"), slug: try $0.text("slug"), views: try $0.integer("views"), downloads: try $0.integer("downloads"))
        }
    }

    /// Views and downloads per day (the site's days) over a period (days inclusive), oldest first; days nothing was used are absent.
    public static func daily(from: CalendarDate, to: CalendarDate, kind: String?, in store: Store) throws -> [(day: CalendarDate, views: Int64, downloads: Int64)] {
        var sql = "SELECT day, SUM(views) AS views, SUM(downloads) AS downloads FROM usage_daily WHERE day >= ? AND day <= ?"
        var arguments: [DatabaseValueConvertible] = [from.description, to.description]
        if let kind { sql += " AND kind = ?"; arguments.append(kind) }
        return try store.database.rows(sql + " GROUP BY day ORDER BY day", arguments).map { row in
            guard let day = CalendarDate(try row.text("day")) else {
                throw RecordError.wrongValue(table: "usage_daily", column: "day", row: try row.text("day"), reason: "is not a date")
            }
            return (day, try row.integer("views"), try row.integer("downloads"))
        }
    }

    /// An item's downloads over all time.
    public static func downloads(kind: String, slug: String, in store: Store) throws -> Int64 {
        try store.database.scalar("SELECT COALESCE(SUM(downloads), 0) FROM usage_daily WHERE kind = ? AND slug = ?", [kind, slug]).integer ?? 0
    }

    /// Uses (views and downloads) per item of one kind over all time: the library's 'most used' order.
    public static func totals(kind: String, in store: Store) throws -> [String: Int64] {
        var totals: [String: Int64] = [:]
        for row in try store.database.rows("SELECT slug, SUM(views + downloads) AS uses FROM usage_daily WHERE kind = ? GROUP BY slug", [kind]) {
            totals[try row.text("slug")] = try row.integer("uses")
        }
        return totals
    }
}
