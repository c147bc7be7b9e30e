import Foundation
import PorticoModel
import PorticoFormats

/// How a report groups time: by day, ISO week, month, quarter or year, in the site's time zone (times are stored in UTC; staff
/// read periods as their own calendar has them, so a ticket opened at 00:30 on 1 August in London, 23:30 UTC on
/// 31 July, counts in August).
public enum ReportPeriod: String, CaseIterable, Sendable {
    case day, week, month, quarter, year

    /// The label of the period holding `date` in `zone` (`2026-10-05`, `2026-W41`, `2026-10`, `2026-Q4`, `2026`).
    public func label(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = zone
        switch self {
        case .day:
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        case .week:
            let c = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
            return String(format: "%04d-W%02d", c.yearForWeekOfYear!, c.weekOfYear!)
        case .month:
            let c = calendar.dateComponents([.year, .month], from: date)
            return String(format: "%04d-%02d", c.year!, c.month!)
        case .quarter:
            let c = calendar.dateComponents([.year, .month], from: date)
            return String(format: "%04d-Q%d", c.year!, (c.month! - 1) / 3 + 1)
        case .year:
            return String(format: "%04d", calendar.component(.year, from: date))
        }
    }

    /// The label of the period holding a calendar day (a day has no time zone: it is the site's day already).
    public func label(_ day: CalendarDate) -> String {
        label(Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + 43_200)), in: Self.utc)
    }

    /// Every period from the one holding `first` to the one holding `last`, in order, with none missing: a chart
    /// needs a bar (of height nought) for the months nothing happened in. Linear in days; a decade is 3,653 steps.
    public func labels(from first: CalendarDate, through last: CalendarDate) -> [String] {
        var labels: [String] = []
        var day = first
        while day <= last {
            let text = label(day)
            if labels.last != text { labels.append(text) }
            day = day.adding(days: 1)
        }
        return labels
    }

    /// Every period between the earliest and latest of `labels` (this period's labels), filled in.
    public func filled(_ labels: some Collection<String>) -> [String] {
        guard let first = labels.min(), let last = labels.max(), let start = firstDay(of: first), let end = firstDay(of: last) else {
            return labels.sorted()
        }
        return self.labels(from: start, through: end)
    }

    /// The periods a report over `--from`/`--to` lists: every one of the range when both bounds are given (dates, or
    /// times whose date is taken), else every one between the first and the last of `labels`.
    public func labels(from: String?, to: String?, filling labels: some Collection<String>) -> [String] {
        if let start = from.flatMap({ CalendarDate(String($0.prefix(10))) }), let end = to.flatMap({ CalendarDate(String($0.prefix(10))) }), start < end {
            return self.labels(from: start, through: end.adding(days: -1))
        }
        return filled(labels)
    }

    /// The first day of the period a label names (`2026-W41` → Monday 5 October 2026), nil for a label of another period.
    public func firstDay(of label: String) -> CalendarDate? {
        let parts = label.split(separator: "-").map(String.init)
        guard let year = Int64(parts[0]) else { return nil }
        switch self {
        case .day: return CalendarDate(label)
        case .month: return parts.count == 2 ? Int64(parts[1]).flatMap { CalendarDate(year: year, month: $0, day: 1) } : nil
        case .quarter:
            guard parts.count == 2, parts[1].hasPrefix("Q"), let q = Int64(parts[1].dropFirst()), (1...4).contains(q) else { return nil }
            return CalendarDate(year: year, month: (q - 1) * 3 + 1, day: 1)
        case .year: return parts.count == 1 ? CalendarDate(year: year, month: 1, day: 1) : nil
        case .week:
            guard parts.count == 2, parts[1].hasPrefix("W"), let week = Int64(parts[1].dropFirst()), let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
            // ISO week 1 holds 4 January; its Monday is the week's first day (day number 0, 1970-01-01, was a Thursday).
            let weekday = ((jan4.dayNumber + 3) % 7 + 7) % 7  // 0 = Monday
            return jan4.adding(days: -weekday + (week - 1) * 7)
        }
    }

    static let utc = TimeZone(identifier: "UTC")!

    public static func named(_ text: String) throws -> ReportPeriod {
        guard let period = ReportPeriod(rawValue: text) else {
            throw ModelError.invalid(field: "--by", value: text, reason: "must be one of " + allCases.map(\.rawValue).joined(separator: ", "))
        }
        return period
    }
}

/// Order statistics used across reports.
public enum Statistics {
    /// The median: the middle value, or the mean of the two middle values.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The p-th percentile by the nearest-rank method: the smallest value with at least p% of values at or below it.
    public static func percentile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
