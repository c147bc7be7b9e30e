import Foundation
import Testing
import PorticoFormats
import PorticoModel
@testable import PorticoReports
import PorticoTestSupport

/// The dashboard's charts as data and as drawn SVG: round ticks, aggregation from 1 to 10,000 points, the trend in
/// words, the SVG's accessible structure, long names, colours. (How Chromium lays them out is DashboardInBrowserTests.)
@Suite struct ChartTests {
    @Test func ticksAreRoundAndHoldEveryValue() {
        #expect(ChartScale(values: [0, 7]).ticks == [0, 2, 4, 6, 8])
        #expect(ChartScale(values: [1234]).ticks == [0, 500, 1000, 1500])
        #expect(ChartScale(values: [-30, 45]).ticks == [-40, -20, 0, 20, 40, 60])
        #expect(ChartScale(values: []).step == 0.2 && ChartScale(values: []).maximum == 1, "no data: nought to one")
        #expect(ChartScale(values: [0.3]).step == 0.1 && ChartScale(values: [0.3]).label(0.2) == "0.2" && ChartScale(values: [1_500_000]).label(1_500_000) == "1,500,000")
        // Any data: the step is 1, 2 or 5 times a power of ten, every tick a whole number of steps, the values inside, 3 to 11 ticks.
        var seed: UInt64 = 42
        for _ in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let high = Double(seed >> 40) / 1000, low = -Double((seed >> 20) & 0xfff) * (seed & 1 == 0 ? 0 : 1)
            let scale = ChartScale(values: [low, high])
            let mantissa = scale.step / pow(10, log10(scale.step).rounded(.down))
            #expect([1, 2, 5].contains { abs(mantissa - $0) < 1e-9 }, "step \(scale.step)")
            #expect(scale.minimum <= low && scale.maximum >= high && (3...11).contains(scale.ticks.count), "\(low)…\(high): \(scale.ticks)")
            #expect(scale.ticks.allSatisfy { abs(($0 / scale.step).rounded() - $0 / scale.step) < 1e-6 })
        }
        #expect(ChartScale.format(-1234567.5, decimals: 1) == "-1,234,567.5" && ChartScale.format(999, decimals: 0) == "999")
    }

    /// 10,000 days (27 years) in bars become 28 years, flows summed and levels taken at each year's end; 400 days in
    /// a line become 14 months; 20 plans become the 11 largest and "Other (9)".
    @Test func manyPointsAreMergedIntoLongerPeriods() {
        let start = CalendarDate("2000-01-01")!
        let days = (0..<10_000).map { ReportPeriod.day.label(start.adding(days: Int64($0))) }
        let flows = Chart(id: "f", kind: .bar, title: "T", unit: "x", categories: days, series: [.init("A", days.map { _ in 1 })]).aggregated()
        #expect(flows.categories.first == "2000" && flows.categories.last == "2027" && flows.categories.count == 28)
        #expect(flows.series[0].values.reduce(0, +) == 10_000 && flows.series[0].values[0] == 366, "2000 was a leap year")
        let levels = Chart(id: "l", kind: .bar, title: "T", unit: "x", categories: days, series: [.init("A", days.indices.map(Double.init))], merge: .last).aggregated()
        #expect(levels.series[0].values[0] == 365, "the level on 31 December 2000, the 366th day")
        let line = Chart(id: "d", kind: .line, title: "T", unit: "x", categories: Array(days.prefix(400)), series: [.init("A", Array(repeating: 2, count: 400))]).aggregated()
        #expect(line.categories == ReportPeriod.month.labels(from: start, through: start.adding(days: 399)) && line.categories.count == 14)
        let one = Chart(id: "o", kind: .bar, title: "T", unit: "x", categories: ["2026-12"], series: [.init("A", [3])])
        #expect(one.aggregated() == one)
        let plans = (1...20).map { "Plan \($0)" }
        let many = Chart(id: "p", kind: .horizontalBar, title: "T", unit: "x", categories: plans, series: [.init("A", (1...20).map(Double.init))]).aggregated()
        #expect(many.categories.count == 12 && many.categories.last == "Other (9)" && many.categories.first == "Plan 10")
        #expect(many.series[0].values.reduce(0, +) == 210 && many.series[0].values.last == 45)
    }

    @Test func theTrendIsSaidInWords() {
        let chart = Chart(id: "c", kind: .line, title: "Members", unit: "members", categories: ["2026-01", "2026-02", "2026-03"], series: [.init("Current", [40, 55, 50])])
        #expect(chart.summary == "Current rose from 40 members in 2026-01 to 50 members in 2026-03 (+25%); highest 55 members in 2026-02.")
        let plans = Chart(id: "p", kind: .horizontalBar, title: "By plan", unit: "members", categories: ["Student", "Full"], series: [.init("Current", [9, 28])])
        #expect(plans.summary == "2 items, largest first: Full 28 members; Student 9 members.")
        #expect(Chart(id: "e", kind: .bar, title: "T", unit: "x", categories: [], series: []).summary == "No data.")
    }

    /// One bar per period and series, an accessible name and description, series named, labels thinned.
    @Test func theSVGHasItsParts() throws {
        let months = ReportPeriod.month.labels(from: CalendarDate("2024-01-01")!, through: CalendarDate("2026-12-31")!)
        let chart = Chart(id: "joining", kind: .stackedBar, title: "New <members> & renewals", unit: "members", categories: months,
                          series: [.init("New", months.indices.map { Double($0 % 7) }), .init("Renewals", months.indices.map { Double($0 % 3) })])
        let svg = ChartRenderer.svg(chart)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-stacked-bar\" role=\"img\" aria-labelledby=\"joining-title joining-desc\""))
        #expect(svg.contains("<title id=\"joining-title\">New &lt;members&gt; &amp; renewals</title><desc id=\"joining-desc\">New held from 0 members in 2024-01 to 0 members in 2026-12; highest 6 members in 2024-07. Renewals rose"))
        #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 36 * 2)
        #expect(svg.contains("<g class=\"series\" data-series=\"New\">") && svg.contains("<g class=\"series\" data-series=\"Renewals\">"))
        #expect(svg.contains("fill=\"url(#joining-p1)\"") && svg.contains("<pattern id=\"joining-p1\""), "the second series is hatched, not only coloured")
        // 36 labels of 7 characters in 36 slots of about 18 px: every third one is drawn.
        let labels = svg.components(separatedBy: "<text class=\"category\"").count - 1
        #expect(labels == 12)
        #expect(ChartRenderer.legend(chart).contains("Renewals") && ChartRenderer.legend(chart).contains("url(#joining-legend-p1)"))
        #expect(ChartRenderer.svg(Chart(id: "n", kind: .bar, title: "T", unit: "x", categories: [], series: [])).contains("No data for this period"))
    }

    @Test func longNamesAreShortenedWithTheWholeNameKept() {
        let name = "Corporate membership for organisations with more than fifty engineers on staff"
        let svg = ChartRenderer.svg(Chart(id: "plans", kind: .horizontalBar, title: "Plans", unit: "members", categories: [name, "Student"], series: [.init("Current", [3, 9])]))
        #expect(svg.contains("<title>\(name)</title>Corporate membership for organi…</text>"))
        #expect(svg.contains(">Student</text>"))
    }

    @Test func seriesColoursHaveThreeToOneContrastOnWhite() {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            let channels: [Int] = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]
            let linear: [Double] = channels.map { (channel: Int) -> Double in
                let c = Double(channel) / 255
                return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        for colour in ChartRenderer.palette { #expect(1.05 / (luminance(colour) + 0.05) >= 3, "\(colour)") }
        #expect(Set(ChartRenderer.palette).count == ChartRenderer.palette.count)
    }
}
