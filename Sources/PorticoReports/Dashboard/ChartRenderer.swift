import Foundation
import PorticoMustache

/// Draws a `Chart` as inline SVG that needs no script: `role="img"` named by its `<title>` and described by a
/// `<desc>` stating the trend; round ticks; category labels thinned so none overlaps another; each series a colour
/// with at least 3:1 contrast on white and, as colour must not be the only difference, its own hatching (bars) or
/// dashes and marker shape (lines). Elements carry classes and `data-` attributes a test (or a stylesheet) can find.
public enum ChartRenderer {
    /// Series colours, each at least 3:1 against white (WCAG 1.4.11 for graphics) and told apart by pattern too.
    public static let palette = ["#1f5f99", "#b34700", "#2e7d32", "#7b3294", "#8a6100"]
    /// The width of one character of 11 px text, generously (digits and most letters are narrower), for layout.
    static let characterWidth = 6.6
    static let width = 720.0

    /// The chart's SVG, aggregated to fit (`Chart.aggregated`) before drawing.
    public static func svg(_ chart: Chart) -> String {
        let chart = chart.aggregated()
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(chart.kind.rawValue)\" role=\"img\" aria-labelledby=\"\(chart.id)-title \(chart.id)-desc\" "
        let height = chart.kind == .horizontalBar ? 40 + Double(max(chart.categories.count, 1)) * 28 : 320
        out += "viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"system-ui, sans-serif\" font-size=\"11\">"
        out += "<title id=\"\(chart.id)-title\">\(e(chart.title))</title><desc id=\"\(chart.id)-desc\">\(e(chart.summary))</desc>"
        out += patterns(chart)
        if chart.categories.isEmpty || chart.series.isEmpty {
            out += "<text class=\"empty\" x=\"\(Int(width / 2))\" y=\"\(Int(height / 2))\" text-anchor=\"middle\" fill=\"#444\">No data for this period</text></svg>"
            return out
        }
        out += chart.kind == .horizontalBar ? horizontal(chart, height: height) : vertical(chart, height: height)
        return out + "</svg>"
    }

    /// The legend: a swatch of each series' colour and pattern (or dash) beside its name.
    public static func legend(_ chart: Chart) -> String {
        guard chart.series.count > 1 else { return "" }
        var out = "<ul class=\"legend\">"
        for (index, series) in chart.series.enumerated() {
            out += "<li><svg width=\"28\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">"
            if chart.kind == .line {
                out += "<line x1=\"2\" y1=\"7\" x2=\"26\" y2=\"7\" stroke=\"\(palette[index % palette.count])\" stroke-width=\"3\"\(dash(index))/>"
            } else {
                out += patternDefinition(id: "\(chart.id)-legend-p\(index)", index: index)
                out += "<rect x=\"1\" y=\"1\" width=\"26\" height=\"12\" fill=\"\(fill(chart.id + "-legend", index))\" stroke=\"#222\" stroke-width=\"0.5\"/>"
            }
            out += "</svg> \(e(series.name))</li>"
        }
        return out + "</ul>"
    }

    // MARK: - Vertical charts (line, bar, stacked bar)

    static func vertical(_ chart: Chart, height: Double) -> String {
        let n = chart.categories.count
        let stacked = chart.kind == .stackedBar
        let values = stacked ? chart.categories.indices.map { i in chart.series.reduce(0) { $0 + max($1.values[i], 0) } } : chart.series.flatMap(\.values)
        let scale = ChartScale(values: values)
        let tickLabels = scale.ticks.map { scale.label($0) + (chart.unit == "%" ? "%" : "") }
        // Room at both ends for half the longest category label, centred under the first and last slots.
        let longest = Double(chart.categories.map(\.count).max() ?? 1) * characterWidth + 8
        let roughSlot = (width - 60) / Double(n)
        let overhang = max(0, longest / 2 - roughSlot / 2 + 2)
        let left = max(44, Double(tickLabels.map(\.count).max() ?? 1) * characterWidth + 16, overhang)
        let right = max(16, overhang), top = 14.0, bottom = 40.0
        let x0 = left, x1 = width - right, y0 = height - bottom, y1 = top
        let slot = (x1 - x0) / Double(n)
        func y(_ value: Double) -> Double { scale.position(value, from: y0, to: y1) }
        func center(_ index: Int) -> Double { x0 + slot * (Double(index) + 0.5) }
        var out = "<g class=\"grid\" stroke=\"#d0d0d0\" stroke-width=\"1\">"
        for tick in scale.ticks { out += "<line x1=\"\(f(x0))\" y1=\"\(f(y(tick)))\" x2=\"\(f(x1))\" y2=\"\(f(y(tick)))\"/>" }
        out += "</g><g class=\"axis y-axis\" fill=\"#333\" text-anchor=\"end\">"
        for (tick, label) in zip(scale.ticks, tickLabels) { out += "<text class=\"tick\" x=\"\(f(x0 - 6))\" y=\"\(f(y(tick) + 4))\">\(e(label))</text>" }
        out += "</g><g class=\"axis x-axis\" fill=\"#333\" text-anchor=\"middle\">"
        // Every k-th label, k chosen so a label (at the longest) fits its share of the axis with a gap.
        let every = max(1, Int((longest / slot).rounded(.up)))
        for (index, category) in chart.categories.enumerated() where index % every == 0 {
            out += "<text class=\"category\" x=\"\(f(center(index)))\" y=\"\(f(y0 + 18))\">\(e(category))</text>"
        }
        out += "<line class=\"baseline\" x1=\"\(f(x0))\" y1=\"\(f(y(0)))\" x2=\"\(f(x1))\" y2=\"\(f(y(0)))\" stroke=\"#333\"/></g>"

        var bases = [Double](repeating: 0, count: n)
        for (s, series) in chart.series.enumerated() {
            out += "<g class=\"series\" data-series=\"\(e(series.name))\">"
            switch chart.kind {
            case .line:
                let points = series.values.enumerated().map { "\(f(center($0.offset))),\(f(y($0.element)))" }
                out += "<path class=\"line\" d=\"M\(points.joined(separator: " L"))\" fill=\"none\" stroke=\"\(palette[s % palette.count])\" stroke-width=\"2.5\"\(dash(s))/>"
                if n <= 60 {
                    for (index, value) in series.values.enumerated() {
                        out += marker(s, x: center(index), y: y(value), title: "\(chart.categories[index]): \(series.name) \(number(chart, value))")
                    }
                }
            case .bar:
                let barWidth = slot * 0.72 / Double(chart.series.count)
                for (index, value) in series.values.enumerated() {
                    let x = center(index) - slot * 0.36 + barWidth * Double(s)
                    out += bar(chart, s, x: x, y: min(y(value), y(0)), width: barWidth, height: abs(y(0) - y(value)), category: chart.categories[index], value: value)
                }
            case .stackedBar, .horizontalBar:
                for (index, value) in series.values.enumerated() {
                    let top = y(bases[index] + max(value, 0))
                    out += bar(chart, s, x: center(index) - slot * 0.36, y: top, width: slot * 0.72, height: y(bases[index]) - top,
                               category: chart.categories[index], value: value)
                    bases[index] += max(value, 0)
                }
            }
            out += "</g>"
        }
        return out
    }

    // MARK: - Horizontal bars

    static let maximumLabel = 32

    static func horizontal(_ chart: Chart, height: Double) -> String {
        let totals = chart.categories.indices.map { i in chart.series.reduce(0) { $0 + max($1.values[i], 0) } }
        let scale = ChartScale(values: totals)
        let labels = chart.categories.map { $0.count > maximumLabel ? String($0.prefix(maximumLabel - 1)) + "…" : $0 }
        let left = Double(labels.map(\.count).max() ?? 1) * characterWidth + 16
        let x0 = left, x1 = width - 24, top = 8.0, row = 28.0
        let y0 = top + row * Double(chart.categories.count)
        func x(_ value: Double) -> Double { scale.position(value, from: x0, to: x1) }
        var out = "<g class=\"grid\" stroke=\"#d0d0d0\">"
        for tick in scale.ticks { out += "<line x1=\"\(f(x(tick)))\" y1=\"\(f(top))\" x2=\"\(f(x(tick)))\" y2=\"\(f(y0))\"/>" }
        out += "</g><g class=\"axis x-axis\" fill=\"#333\" text-anchor=\"middle\">"
        for tick in scale.ticks { out += "<text class=\"tick\" x=\"\(f(x(tick)))\" y=\"\(f(y0 + 16))\">\(e(scale.label(tick) + (chart.unit == "%" ? "%" : "")))</text>" }
        out += "</g><g class=\"axis y-axis\" fill=\"#333\" text-anchor=\"end\">"
        for (index, label) in labels.enumerated() {
            // A shortened name keeps the whole one as a tooltip; the table beside the chart has it too.
            let whole = label == chart.categories[index] ? "" : "<title>\(e(chart.categories[index]))</title>"
            out += "<text class=\"category\" x=\"\(f(x0 - 8))\" y=\"\(f(top + row * Double(index) + 18))\">\(whole)\(e(label))</text>"
        }
        out += "<line class=\"baseline\" x1=\"\(f(x0))\" y1=\"\(f(top))\" x2=\"\(f(x0))\" y2=\"\(f(y0))\" stroke=\"#333\"/></g>"
        var bases = [Double](repeating: 0, count: chart.categories.count)
        for (s, series) in chart.series.enumerated() {
            out += "<g class=\"series\" data-series=\"\(e(series.name))\">"
            for (index, value) in series.values.enumerated() {
                let start = x(bases[index])
                out += bar(chart, s, x: start, y: top + row * Double(index) + 5, width: x(bases[index] + max(value, 0)) - start, height: 18,
                           category: chart.categories[index], value: value)
                bases[index] += max(value, 0)
            }
            out += "</g>"
        }
        return out
    }

    // MARK: - Pieces

    static func bar(_ chart: Chart, _ series: Int, x: Double, y: Double, width: Double, height: Double, category: String, value: Double) -> String {
        "<rect class=\"bar\" data-category=\"\(e(category))\" data-value=\"\(number(chart, value, unit: false))\" x=\"\(f(x))\" y=\"\(f(y))\" "
            + "width=\"\(f(max(width, 0)))\" height=\"\(f(max(height, 0)))\" fill=\"\(fill(chart.id, series))\" stroke=\"\(palette[series % palette.count])\">"
            + "<title>\(e("\(category): \(chart.series[series].name) \(number(chart, value))"))</title></rect>"
    }

    static func marker(_ series: Int, x: Double, y: Double, title: String) -> String {
        let colour = palette[series % palette.count]
        let shape: String
        switch series % 4 {
        case 0: shape = "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3.5\""
        case 1: shape = "<rect x=\"\(f(x - 3.5))\" y=\"\(f(y - 3.5))\" width=\"7\" height=\"7\""
        case 2: shape = "<path d=\"M\(f(x)),\(f(y - 4.5)) L\(f(x + 4)),\(f(y + 3)) L\(f(x - 4)),\(f(y + 3)) Z\""
        default: shape = "<path d=\"M\(f(x)),\(f(y - 4.5)) L\(f(x + 4.5)),\(f(y)) L\(f(x)),\(f(y + 4.5)) L\(f(x - 4.5)),\(f(y)) Z\""
        }
        return "\(shape) class=\"marker\" fill=\"\(colour)\"><title>\(e(title))</title>" + (series % 4 == 0 ? "</circle>" : series % 4 == 1 ? "</rect>" : "</path>")
    }

    /// The hatchings that tell bar series apart without colour: solid, diagonal lines, dots, cross-hatch, across.
    static func patterns(_ chart: Chart) -> String {
        guard chart.kind != .line, chart.series.count > 1 else { return "" }
        return "<defs>" + chart.series.indices.dropFirst().map { patternDefinition(id: "\(chart.id)-p\($0)", index: $0) }.joined() + "</defs>"
    }

    static func patternDefinition(id: String, index: Int) -> String {
        guard index > 0 else { return "" }
        let colour = palette[index % palette.count]
        let marks: String
        switch (index - 1) % 4 {
        case 0: marks = "<path d=\"M0,8 L8,0\" stroke=\"#fff\" stroke-width=\"2\"/>"
        case 1: marks = "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#fff\"/>"
        case 2: marks = "<path d=\"M0,8 L8,0 M0,0 L8,8\" stroke=\"#fff\" stroke-width=\"1.5\"/>"
        default: marks = "<path d=\"M0,4 L8,4\" stroke=\"#fff\" stroke-width=\"2\"/>"
        }
        return "<pattern id=\"\(id)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"\(colour)\"/>\(marks)</pattern>"
    }

    static func fill(_ chartID: String, _ index: Int) -> String { index == 0 ? palette[0] : "url(#\(chartID)-p\(index))" }
    static func dash(_ index: Int) -> String { ["", " stroke-dasharray=\"8 4\"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"10 3 2 3\""][index % 4] }
    static func number(_ chart: Chart, _ value: Double, unit: Bool = true) -> String {
        let text = ChartScale.format(value, decimals: chart.decimals)
        guard unit else { return text.replacingOccurrences(of: ",", with: "") }
        return chart.unit == "%" ? text + "%" : text + " " + chart.unit
    }
    static func f(_ value: Double) -> String { String(format: "%.1f", value) }
    static func e(_ text: String) -> String { HTMLEscaping.escape(text) }
}
