import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report resources`: the most used resources (and jobs, events, courses and help articles: every item the access
/// logs count) over a period, with the period before it of the same length for the trend, and views and downloads per
/// day, week, month (the default), quarter or year (`--by`), every period of the range listed. The range is `--from`
/// (inclusive) to `--to` (exclusive), the last 30 days by default.
public enum ResourcesReport {
    public static func make(store: Store, from: String?, to: String?, today: CalendarDate, kind: String? = "resource", by: String? = nil,
                            limit: Int = 20) throws -> Report {
        let period = try ReportGrouping.parse(by, report: "resources").period!
        let end = try to.map { try Validate.calendarDate(String($0.prefix(10)), field: "--to") } ?? today.adding(days: 1)
        let start = try from.map { try Validate.calendarDate(String($0.prefix(10)), field: "--from") } ?? end.adding(days: -30)
        guard start < end else { throw ModelError.invalid(field: "--to", value: end.description, reason: "must be after --from") }
        let length = start.days(until: end)
        let current = try UsageAnalytics.usage(from: start, to: end.adding(days: -1), kind: kind, in: store)
        let previous = try UsageAnalytics.usage(from: start.adding(days: -length), to: start.adding(days: -1), kind: kind, in: store)
        let before = Dictionary(previous.map { ($0.kind + "/" + $0.slug, $0.uses) }, uniquingKeysWith: +)
        let titles = Dictionary(try ResourceRecords.list(in: store).map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        let top = current.prefix(limit).map { item -> [DatabaseValue] in
            let earlier = before[item.kind + "/" + item.slug] ?? 0
            let title = item.kind == "resource" ? titles[item.slug] ?? item.slug : item.slug
            return [.text(item.kind), .text(item.slug), .text(title), .integer(item.views), .integer(item.downloads), .integer(item.uses), .integer(earlier),
                    .integer(item.uses - earlier)]
        }
        var perPeriod: [String: (views: Int64, downloads: Int64)] = [:]
        for day in try UsageAnalytics.daily(from: start, to: end.adding(days: -1), kind: kind, in: store) {
            perPeriod[period.label(day.day), default: (0, 0)].views += day.views
            perPeriod[period.label(day.day), default: (0, 0)].downloads += day.downloads
        }
        let periodRows = period.labels(from: start, through: end.adding(days: -1)).map { label -> [DatabaseValue] in
            let used = perPeriod[label] ?? (0, 0)
            return [.text(label), .integer(used.views), .integer(used.downloads)]
        }
        let name = kind.map { $0 == "resource" ? "Resources" : $0.prefix(1).uppercased() + $0.dropFirst() + "s" } ?? "Items"
        return Report(name: "resources", title: "\(name) most used, \(start) to \(end.adding(days: -1)) (COUNTER rules, from access logs)", sections: [
            .init(name: "top", columns: ["kind", "slug", "title", "views", "downloads", "uses", "previous_period", "change"], rows: top),
            .init(name: "by_period", columns: ["period", "views", "downloads"], rows: periodRows),
        ])
    }

    /// The `views` section other sections' reports share: each item of `kind` with its views and downloads from the
    /// access logs over the report's period (`--from` inclusive, `--to` exclusive; all recorded days without them),
    /// most used first.
    public static func viewsSection(kind: String, store: Store, from: String?, to: String?) throws -> Report.Section {
        let start = try from.map { try Validate.calendarDate(String($0.prefix(10)), field: "--from") } ?? CalendarDate("1970-01-01")!
        let end = try to.map { try Validate.calendarDate(String($0.prefix(10)), field: "--to").adding(days: -1) } ?? CalendarDate("9999-12-31")!
        return .init(name: "views", columns: [kind, "views", "downloads"], rows: try UsageAnalytics.usage(from: start, to: end, kind: kind, in: store).map {
            [.text($0.slug), .integer($0.views), .integer($0.downloads)]
        })
    }
}
