import Foundation
import PorticoModel

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
