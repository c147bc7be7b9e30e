import Foundation
import PorticoModel
import PorticoSQLite
import PorticoFormats

/// `report support`: volume per period (in the site's time zone), first-response and resolution times (median and 90th percentile, in hours),
/// the unsolved backlog by age, and per-assignee counts.
public enum SupportReport {
    /// Builds the report for tickets created in `[from, to)` (UTC dates or times; nil for no bound), as of `now`.
    public static func make(store: Store, from: String?, to: String?, by period: ReportPeriod, now: Date) throws -> Report {
        let tickets = try SupportDesk.list(SupportDesk.Filter(), in: store)
        let fromDate = try from.map { try date($0, flag: "--from") }
        let toDate = try to.map { try date($0, flag: "--to") }
        let inRange = tickets.filter { ticket in
            guard let created = Timestamp.parse(ticket.createdAt) else { return false }
            if let fromDate, created < fromDate { return false }
            if let toDate, created >= toDate { return false }
            return true
        }

        let zone = try store.setting("site.timezone").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        var volume: [String: (opened: Int, solved: Int)] = [:]
        for ticket in inRange {
            guard let created = Timestamp.parse(ticket.createdAt) else { continue }
            let label = period.label(created, in: zone)
            volume[label, default: (0, 0)].opened += 1
            if ticket.solvedAt != nil { volume[label, default: (0, 0)].solved += 1 }
        }
        // Every period from the first to the last, the quiet ones nought.
        let volumeRows = period.labels(from: from, to: to, filling: volume.keys).map { key -> [DatabaseValue] in
            [.text(key), .integer(Int64(volume[key]?.opened ?? 0)), .integer(Int64(volume[key]?.solved ?? 0))]
        }

        func hours(_ start: String, _ end: String?) -> Double? {
            guard let end, let a = Timestamp.parse(start), let b = Timestamp.parse(end) else { return nil }
            return b.timeIntervalSince(a) / 3600
        }
        let firstResponse = inRange.compactMap { hours($0.createdAt, $0.firstResponseAt) }
        let resolution = inRange.compactMap { hours($0.createdAt, $0.solvedAt) }
        func number(_ value: Double?) -> DatabaseValue { value.map { .real(($0 * 10).rounded() / 10) } ?? .null }
        let timeRows: [[DatabaseValue]] = [
            [.text("first_response"), .integer(Int64(firstResponse.count)), number(Statistics.median(firstResponse)), number(Statistics.percentile(firstResponse, 90))],
            [.text("resolution"), .integer(Int64(resolution.count)), number(Statistics.median(resolution)), number(Statistics.percentile(resolution, 90))],
        ]

        let buckets: [(String, Double)] = [("under 1 day", 1), ("1-3 days", 3), ("3-7 days", 7), ("1-4 weeks", 28), ("over 4 weeks", .infinity)]
        var backlog = [Int](repeating: 0, count: buckets.count)
        for ticket in tickets where ["new", "open", "pending"].contains(ticket.status) {
            guard let created = Timestamp.parse(ticket.createdAt) else { continue }
            let days = now.timeIntervalSince(created) / 86_400
            let index = buckets.firstIndex { days < $0.1 } ?? buckets.count - 1
            backlog[index] += 1
        }
        let backlogRows = zip(buckets, backlog).map { [DatabaseValue.text($0.0), .integer(Int64($1))] }

        var perAssignee: [String: (unsolved: Int, solved: Int)] = [:]
        let inRangeIDs = Set(inRange.map(\.id))
        for ticket in tickets {
            let key = ticket.assigneeEmail ?? "(unassigned)"
            if ["new", "open", "pending"].contains(ticket.status) { perAssignee[key, default: (0, 0)].unsolved += 1 }
            if inRangeIDs.contains(ticket.id) && ticket.solvedAt != nil { perAssignee[key, default: (0, 0)].solved += 1 }
        }
        let assigneeRows = perAssignee.keys.sorted().map { key -> [DatabaseValue] in
            [.text(key), .integer(Int64(perAssignee[key]!.unsolved)), .integer(Int64(perAssignee[key]!.solved))]
        }

        return Report(name: "support", title: "Support tickets" + rangeLabel(from, to), sections: [
            Report.Section(name: "volume", columns: ["period", "opened", "solved"], rows: volumeRows),
            Report.Section(name: "times", columns: ["measure", "tickets", "median_hours", "p90_hours"], rows: timeRows),
            Report.Section(name: "backlog", columns: ["age", "unsolved"], rows: backlogRows),
            Report.Section(name: "assignees", columns: ["assignee", "unsolved", "solved"], rows: assigneeRows),
        ])
    }

    static func date(_ text: String, flag: String) throws -> Date {
        guard let date = Timestamp.parse(text) else {
            throw ModelError.invalid(field: flag, value: text, reason: "not a date (use 2026-01-31 or 2026-01-31T09:00:00Z)")
        }
        return date
    }

    static func rangeLabel(_ from: String?, _ to: String?) -> String {
        switch (from, to) {
        case (nil, nil): return ""
        case (let f?, nil): return " from \(f)"
        case (nil, let t?): return " before \(t)"
        case (let f?, let t?): return " from \(f) to \(t)"
        }
    }
}
