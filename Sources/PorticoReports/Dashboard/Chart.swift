import Foundation
import PorticoFormats

/// A chart of a report: categories along one axis (periods, plans, tiers…) and one or more named series of values.
/// Drawn as inline SVG by `ChartRenderer`; its data table and CSV come from the same values, so what is drawn, what
/// is read out and what is downloaded cannot differ.
public struct Chart: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Values over time, a line per series.
        case line
        /// One bar per category; series side by side.
        case bar
        /// One bar per category with the series stacked.
        case stackedBar = "stacked-bar"
        /// Bars across, for categories with long names (plans, tiers, companies).
        case horizontalBar = "horizontal-bar"
    }

    /// How a series' values merge when periods are merged: flows add up, levels (members current) take the last.
    public enum Merge: Sendable { case sum, last }

    /// One series: its name (the legend's and the table's column) and a value per category.
    public struct Series: Sendable, Equatable {
        public let name: String
        public let values: [Double]
        public init(_ name: String, _ values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// A slug, unique on its page: element ids and the CSV's name.
    public let id: String
    public let kind: Kind
    public let title: String
    /// What the values count (`members`, `GBP`, `%`), said in the description and the table's heading.
    public let unit: String
    public let categories: [String]
    public let series: [Series]
    public let merge: Merge
    /// Decimals shown in the table and the description (2 for money).
    public let decimals: Int

    public init(id: String, kind: Kind, title: String, unit: String, categories: [String], series: [Series], merge: Merge = .sum, decimals: Int = 0) {
        self.id = id
        self.kind = kind
        self.title = title
        self.unit = unit
        self.categories = categories
        self.series = series
        self.merge = merge
        self.decimals = decimals
    }

    /// The most categories drawn before merging: bars stay at least ~14 px wide, lines stay readable.
    public var maximumCategories: Int {
        switch kind {
        case .bar, .stackedBar: return 36
        case .line: return 120
        case .horizontalBar: return 12
        }
    }

    /// The chart as drawn: periods merged into longer ones (day → month → quarter → year; week → quarter) until
    /// they fit, or, for categories that are not periods, the largest kept and the rest summed as "Other".
    public func aggregated() -> Chart {
        guard categories.count > maximumCategories else { return self }
        if let period = Self.periodOf(categories) {
            var current = period
            var chart = self
            while chart.categories.count > maximumCategories, let coarser = current.coarser {
                chart = chart.merged(into: coarser, from: current)
                current = coarser
            }
            return chart
        }
        let totals = categories.indices.map { index in series.reduce(0) { $0 + $1.values[index] } }
        let keep = Array(categories.indices.sorted { (totals[$1], $0) < (totals[$0], $1) }.prefix(maximumCategories - 1)).sorted()
        let rest = Set(categories.indices).subtracting(keep)
        return Chart(id: id, kind: kind, title: title, unit: unit, categories: keep.map { categories[$0] } + ["Other (\(rest.count))"],
                     series: series.map { s in Series(s.name, keep.map { s.values[$0] } + [rest.reduce(0) { $0 + s.values[$1] }]) },
                     merge: merge, decimals: decimals)
    }

    /// The period all categories are labels of, if they are.
    static func periodOf(_ labels: [String]) -> ReportPeriod? {
        guard !labels.isEmpty else { return nil }
        return [ReportPeriod.day, .week, .month, .quarter, .year].first { period in labels.allSatisfy { period.firstDay(of: $0) != nil && Self.isLabel($0, of: period) } }
    }

    static func isLabel(_ text: String, of period: ReportPeriod) -> Bool {
        guard let day = period.firstDay(of: text) else { return false }
        return period.label(day) == text
    }

    func merged(into coarser: ReportPeriod, from period: ReportPeriod) -> Chart {
        var labels: [String] = []
        var groups: [[Int]] = []
        for (index, category) in categories.enumerated() {
            let label = coarser.label(period.firstDay(of: category)!)
            if labels.last != label { labels.append(label); groups.append([]) }
            groups[groups.count - 1].append(index)
        }
        let merged = series.map { s in
            Series(s.name, groups.map { group in merge == .sum ? group.reduce(0) { $0 + s.values[$1] } : s.values[group.last!] })
        }
        return Chart(id: id, kind: kind, title: title, unit: unit, categories: labels, series: merged, merge: merge, decimals: decimals)
    }

    /// The trend in words, for the chart's `<desc>` and for anyone who cannot see it.
    public var summary: String {
        guard !categories.isEmpty, !series.isEmpty else { return "No data." }
        let format = { (value: Double) in ChartScale.format(value, decimals: decimals) + (unit == "%" ? "%" : " " + unit) }
        if kind == .horizontalBar {
            let totals = categories.indices.map { index in series.reduce(0) { $0 + $1.values[index] } }
            let order = categories.indices.sorted { (totals[$1], $0) < (totals[$0], $1) }
            let top = order.prefix(3).map { "\(categories[$0]) \(format(totals[$0]))" }
            return "\(categories.count) \(categories.count == 1 ? "item" : "items"), largest first: " + top.joined(separator: "; ") + "."
        }
        return series.map { s in
            let first = s.values.first!, last = s.values.last!
            let high = s.values.indices.max { (s.values[$0], $1) < (s.values[$1], $0) }!
            guard categories.count > 1 else { return "\(s.name): \(format(last)) in \(categories[0])." }
            let direction = last > first ? "rose" : last < first ? "fell" : "held"
            let change = first != 0 && last != first ? " (\(last > first ? "+" : "")\(ChartScale.format((last - first) / first * 100, decimals: 0))%)" : ""
            return "\(s.name) \(direction) from \(format(first)) in \(categories.first!) to \(format(last)) in \(categories.last!)\(change); "
                + "highest \(format(s.values[high])) in \(categories[high])."
        }.joined(separator: " ")
    }

    /// The data as CSV: the category, then a column per series.
    public func csv(categoryName: String) -> String {
        var out = CSVWriter.record([categoryName] + series.map(\.name))
        for (index, category) in categories.enumerated() {
            out += CSVWriter.record([category] + series.map { ChartScale.format($0.values[index], decimals: decimals).replacingOccurrences(of: ",", with: "") })
        }
        return out
    }
}

extension ReportPeriod {
    /// The next longer period whose labels hold whole ones of this (weeks go to quarters by their Monday).
    var coarser: ReportPeriod? {
        switch self {
        case .day: return .month
        case .week: return .quarter
        case .month: return .quarter
        case .quarter: return .year
        case .year: return nil
        }
    }
}
