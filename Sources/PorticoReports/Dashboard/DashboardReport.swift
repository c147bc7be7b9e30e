import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// What every dashboard report is made from: the database, one clock, and the period the dashboard covers.
public struct DashboardInput {
    public let store: Store
    public let today: CalendarDate
    public let now: Date
    /// First day (inclusive) and the day after the last (exclusive), as `--from` and `--to` take them.
    public let from: String
    public let to: String
    public let period: ReportPeriod

    public init(store: Store, today: CalendarDate, now: Date, from: String, to: String, period: ReportPeriod) {
        self.store = store
        self.today = today
        self.now = now
        self.from = from
        self.to = to
        self.period = period
    }
}

/// One report on the staff dashboard: the same report `portico-admin report NAME` prints, the capability it needs
/// (the permission matrix decides who sees it), and the charts drawn from its sections.
public struct DashboardReport: Sendable {
    public let name: String
    public let title: String
    public let summary: String
    public let capability: Capability
    /// The key figures it gives the overview: the latest period of a chart's series (nil: all series added).
    public let figures: [KeyFigure]
    let make: @Sendable (DashboardInput) throws -> Report
    let chartsOf: @Sendable (Report, DashboardInput) -> [Chart]

    /// A key figure: the chart (every chart whose id starts so: one per currency) and the series it reads.
    public struct KeyFigure: Sendable {
        public let label: String
        public let chart: String
        public let series: String?
        public init(_ label: String, chart: String, series: String? = nil) {
            self.label = label
            self.chart = chart
            self.series = series
        }
    }

    public func report(_ input: DashboardInput) throws -> Report { try make(input) }
    public func charts(_ report: Report, _ input: DashboardInput) -> [Chart] { chartsOf(report, input) }
}

/// Reading a report's sections as chart data.
enum ChartData {
    /// A cell as a number: integers, reals, and text such as `150.00` or `50.0%`; nothing is nought.
    static func number(_ value: DatabaseValue) -> Double {
        switch value {
        case .integer(let number): return Double(number)
        case .real(let number): return number
        case .text(let text): return Double(text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ",", with: "")) ?? 0
        default: return 0
        }
    }

    /// Categories from `category` (in first-seen order; rows of the same category add up) and a series per column.
    static func series(_ section: Report.Section?, category: String, columns: [(column: String, name: String)],
                       where keep: ([String: DatabaseValue]) -> Bool = { _ in true }, label: (([String: DatabaseValue]) -> String)? = nil)
        -> (categories: [String], series: [Chart.Series]) {
        guard let section, let categoryIndex = section.columns.firstIndex(of: category) else { return ([], []) }
        var categories: [String] = []
        var position: [String: Int] = [:]
        var values = columns.map { _ in [Double]() }
        for row in section.rows {
            let record = Dictionary(uniqueKeysWithValues: zip(section.columns, row))
            guard keep(record) else { continue }
            let name = label?(record) ?? row[categoryIndex].text ?? ""
            let index: Int
            if let known = position[name] { index = known } else {
                index = categories.count
                position[name] = index
                categories.append(name)
                for c in values.indices { values[c].append(0) }
            }
            for (c, column) in columns.enumerated() {
                if let at = section.columns.firstIndex(of: column.column) { values[c][index] += number(row[at]) }
            }
        }
        return (categories, zip(columns, values).map { Chart.Series($0.name, $1) })
    }

    /// A chart from `series(…)`.
    static func chart(_ id: String, _ kind: Chart.Kind, _ title: String, unit: String, _ data: (categories: [String], series: [Chart.Series]),
                      merge: Chart.Merge = .sum, decimals: Int = 0) -> Chart {
        Chart(id: id, kind: kind, title: title, unit: unit, categories: data.categories, series: data.series, merge: merge, decimals: decimals)
    }

    /// The currencies a section's `currency` column names, in order.
    static func currencies(_ section: Report.Section?) -> [String] {
        guard let section, let index = section.columns.firstIndex(of: "currency") else { return [] }
        return Array(Set(section.rows.compactMap { $0[index].text })).sorted()
    }
}

extension ChartData {
    /// A series per distinct value of `seriesColumn` (in `order` first, then as found), over `categories`: one of
    /// `value` per category, nought where a row is missing.
    static func pivot(_ section: Report.Section?, categories: [String], category: String, seriesColumn: String, value: String, order: [String] = [],
                      where keep: ([String: DatabaseValue]) -> Bool = { _ in true }) -> (categories: [String], series: [Chart.Series]) {
        guard let section else { return (categories, []) }
        let position = Dictionary(categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var names: [String] = []
        var values: [String: [Double]] = [:]
        for row in section.rows {
            let record = Dictionary(uniqueKeysWithValues: zip(section.columns, row))
            guard keep(record), let name = record[seriesColumn]?.text, let at = record[category]?.text.flatMap({ position[$0] }) else { continue }
            if values[name] == nil { names.append(name); values[name] = [Double](repeating: 0, count: categories.count) }
            values[name]![at] += number(record[value] ?? .null)
        }
        let ordered = order.filter { values[$0] != nil } + names.filter { !order.contains($0) }.sorted()
        return (categories, ordered.map { Chart.Series($0.prefix(1).uppercased() + $0.dropFirst(), values[$0]!) })
    }
}
