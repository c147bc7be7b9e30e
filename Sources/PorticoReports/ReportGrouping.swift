import PorticoModel

/// What a report's `--by` names: a period of time, or one of the report's own groupings (plan, source, category…).
/// Every report that offers `--by` reads it here, so the same words mean the same everywhere and a word a report
/// cannot group by is refused with the ones it can, never ignored.
public enum ReportGrouping: Equatable, Sendable {
    case period(ReportPeriod)
    case field(String)

    /// The word as `--by` takes it.
    public var name: String {
        switch self {
        case .period(let period): return period.rawValue
        case .field(let field): return field
        }
    }

    /// The period, when grouping by time.
    public var period: ReportPeriod? {
        if case .period(let period) = self { return period }
        return nil
    }

    /// Reads `--by` for `report`: one of `periods` (all by default) or `fields`; nil is `fallback`, the first period unless given.
    public static func parse(_ text: String?, report: String, periods: [ReportPeriod] = ReportPeriod.allCases, fields: [String] = [],
                             fallback: ReportGrouping? = nil) throws -> ReportGrouping {
        guard let text else { return fallback ?? .period(periods.contains(.month) ? .month : periods[0]) }
        if let period = ReportPeriod(rawValue: text), periods.contains(period) { return .period(period) }
        if fields.contains(text) { return .field(text) }
        let allowed = periods.map(\.rawValue) + fields
        throw ModelError.invalid(field: "--by", value: text, reason: "the \(report) report groups by " + allowed.dropLast().joined(separator: ", ")
                                 + (allowed.count > 1 ? " or " : "") + allowed.last!)
    }
}
