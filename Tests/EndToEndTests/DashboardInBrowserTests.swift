import Foundation
import Testing
import PorticoReports
import PorticoFormats
import PorticoTestSupport

/// The staff dashboard as Chromium lays it out: every page drawn to PNG; every chart's structure measured in the
/// browser (`Tools/chart-probe.js`): an accessible name and description, named series, one bar per category and
/// series, a data-table row per category, no two labels overlapping and none outside the chart, also for long plan
/// names, 36 long labels and 10,000 days; and axe-core finding no serious or critical issue.
@Suite(.serialized) struct DashboardInBrowserTests {
    /// Charts at the edges of what a dashboard meets, on a page of their own.
    static func stressPage() -> String {
        let long = (1...14).map { "Corporate membership band \($0) for organisations with more than \($0 * 10) engineers" }
        let start = CalendarDate("2000-01-01")!
        let days = (0..<10_000).map { ReportPeriod.day.label(start.adding(days: Int64($0))) }
        let charts = [
            Chart(id: "long-plans", kind: .horizontalBar, title: "Members by plan (long names)", unit: "members", categories: long,
                  series: [.init("Current", long.indices.map { Double($0 * 37 % 50 + 1) })]),
            Chart(id: "long-labels", kind: .bar, title: "Thirty-six long labels", unit: "members", categories: (1...36).map { "Chapter number \($0)" },
                  series: [.init("Members", (1...36).map { Double($0) })]),
            Chart(id: "ten-thousand-days", kind: .bar, title: "10,000 days of visits", unit: "visits", categories: days,
                  series: [.init("Views", days.indices.map { Double($0 % 17) }), .init("Downloads", days.indices.map { Double($0 % 5) })]),
            Chart(id: "ten-thousand-line", kind: .line, title: "10,000 days as a line", unit: "members", categories: days,
                  series: [.init("Current", days.indices.map { Double($0 / 10) })], merge: .last),
            Chart(id: "one-point", kind: .bar, title: "A single month", unit: "GBP", categories: ["2026-12"], series: [.init("Gross", [1234.5])], decimals: 2),
        ]
        let body = charts.map { chart in
            let drawn = chart.aggregated()
            let rows = drawn.categories.indices.map { i in "<tr><th scope=\"row\">\(i)</th>" + drawn.series.map { "<td>\($0.values[i])</td>" }.joined() + "</tr>" }.joined()
            return "<section><h2>\(chart.title)</h2><div class=\"chart-and-table\"><figure>\(ChartRenderer.svg(chart))\(ChartRenderer.legend(drawn))</figure>"
                + "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(chart.title) data\" tabindex=\"0\"><table><caption>Data</caption><thead><tr><th scope=\"col\">Category</th>"
                + drawn.series.map { "<th scope=\"col\">\($0.name)</th>" }.joined() + "</tr></thead><tbody>\(rows)</tbody></table></div></div></section>"
        }.joined(separator: "\n")
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Chart edges</title><link rel=\"stylesheet\" href=\"../style.css\"></head>"
            + "<body><main><h1>Chart edges</h1>\(body)</main></body></html>"
    }

    /// Chromium's screenshot of a page, as PNG bytes.
    static func screenshot(_ url: String) throws -> [UInt8] { try render(url, as: "png", ["--window-size=1280,2000"]) }

    /// The page printed by Chromium (its own print dialog's output, with the page's print stylesheet), as PDF bytes.
    static func printed(_ url: String) throws -> [UInt8] { try render(url, as: "pdf", ["--no-pdf-header-footer"]) }

    static func render(_ url: String, as format: String, _ options: [String]) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dashboard-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: file) }
        try HeadlessBrowser.run(["--hide-scrollbars", format == "png" ? "--screenshot=\(file.path)" : "--print-to-pdf=\(file.path)"] + options + [url])
        return Array((try? Data(contentsOf: file)) ?? Data())
    }

    @Test func chartsAreDrawnWhole() throws {
        let folder = TemporaryDirectory("portico-staff-browser")
        let staff = folder.url.appendingPathComponent("staff")
        let run = try BinaryRunner.run("portico", ["report-site", "--site", try DemoSite.site().path, "--out", staff.path, "--as", DashboardTests.admin])
        try #require(run.exitCode == 0, "\(run.standardError)")
        try FileManager.default.createDirectory(at: staff.appendingPathComponent("__stress"), withIntermediateDirectories: true)
        try Self.stressPage().write(to: staff.appendingPathComponent("__stress/index.html"), atomically: true, encoding: .utf8)

        // Pictures first, from the pages as written.
        let server = try StaticServer(directory: staff)
        for page in ["", "membership/", "revenue/", "__stress/"] {
            let png = try Self.screenshot(server.baseURL + page)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(page) was not drawn")
            let width = png.count > 24 ? png[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
            // A page of charts is far from a blank PNG (a blank 1280×2000 page compresses to a few KB).
            #expect(width == 1280 && png.count > 40_000, "\(page): \(png.count) bytes")
        }

        // Printed, a report is a few A4 pages (595 × 842 points), not one shrunk strip or dozens.
        let pdf = String(decoding: try Self.printed(server.baseURL + "membership/"), as: UTF8.self)
        let boxes = pdf.components(separatedBy: "/MediaBox [").dropFirst().compactMap { $0.components(separatedBy: "]").first }
        #expect(!boxes.isEmpty && boxes.allSatisfy { box in
            let numbers = box.split(separator: " ").compactMap { Double($0) }
            return numbers.count == 4 && abs(numbers[2] - 595) < 2 && abs(numbers[3] - 842) < 2
        }, "\(boxes)")
        #expect((1...8).contains(boxes.count), "\(boxes.count) pages")

        // Then the measurements and axe, on copies with the scripts added.
        let tools = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools")
        try FileManager.default.createDirectory(at: staff.appendingPathComponent("__probe"), withIntermediateDirectories: true)
        for (from, to) in [("axe/axe.min.js", "axe.min.js"), ("axe/run-axe.js", "run-axe.js"), ("chart-probe.js", "chart-probe.js")] {
            try FileManager.default.copyItem(at: tools.appendingPathComponent(from), to: staff.appendingPathComponent("__probe/" + to))
        }
        let pages = TemporaryDirectory.files(in: staff).filter { $0.hasSuffix(".html") }
        #expect(pages.count == DashboardCatalog.reports.count + 2)
        for page in pages {
            let url = staff.appendingPathComponent(page)
            let html = try String(contentsOf: url, encoding: .utf8)
            try html.replacingOccurrences(of: "</body>", with: "<script src=\"/__probe/chart-probe.js\"></script><script src=\"/__probe/axe.min.js\"></script>"
                                          + "<script src=\"/__probe/run-axe.js\"></script></body>").write(to: url, atomically: true, encoding: .utf8)
        }
        let results = ResultsBox()
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            results.set(pages[index], (try? HeadlessBrowser.dumpDOM(server.baseURL + pages[index])) ?? "")
        }
        var chartsSeen = 0
        for page in pages {
            let dom = results.get(page)
            let probe = try #require(Self.json(in: dom, id: "chart-probe"), "\(page): the probe did not report")
            for chart in probe["charts"] as? [[String: Any]] ?? [] {
                chartsSeen += 1
                let id = "\(page) \(chart["id"] ?? "")"
                #expect(chart["role"] as? String == "img" && chart["titleIsChild"] as? Bool == true, "\(id)")
                #expect(!(chart["title"] as? String ?? "").isEmpty && (chart["desc"] as? String ?? "").count > 10, "\(id)")
                let series = chart["series"] as? [String] ?? []
                #expect(!series.contains(""), "\(id): an unnamed series")
                #expect((chart["clashes"] as? [String] ?? []).isEmpty, "\(id): overlapping labels \(chart["clashes"] ?? "")")
                #expect((chart["outside"] as? [String] ?? []).isEmpty, "\(id): labels outside the chart \(chart["outside"] ?? "")")
                let tableRows = chart["table"] as? Int ?? -1
                let kind = chart["kind"] as? String ?? ""
                if kind.contains("bar"), !series.isEmpty {
                    let perSeries = (chart["barCategories"] as? [String] ?? []).count
                    #expect(chart["bars"] as? Int == perSeries * series.count, "\(id): one bar per category and series")
                    #expect(tableRows == perSeries, "\(id): \(tableRows) table rows for \(perSeries) bars")
                    #expect(Set(chart["barCategories"] as? [String] ?? []).count == perSeries, "\(id): a category drawn twice")
                }
                if kind.contains("line"), !series.isEmpty { #expect(chart["lines"] as? Int == series.count, "\(id)") }
                #expect((chart["ticks"] as? [String] ?? []).count >= 2, "\(id): no axis")
            }
            let axe = try #require(Self.json(in: dom, id: "axe-result"), "\(page): axe did not report")
            #expect(axe["error"] == nil && (axe["ran"] as? Int ?? 0) > 10, "\(page): \(axe)")
            for violation in axe["violations"] as? [[String: Any]] ?? [] {
                Issue.record("\(page): \(violation["impact"] ?? "") \(violation["id"] ?? ""): \(violation["help"] ?? "") at \(violation["targets"] ?? "")")
            }
        }
        #expect(chartsSeen >= 25)
        // The stress page: 10,000 days drawn as 28 years of bars, each series; long names shortened.
        let stress = try #require(Self.json(in: results.get("__stress/index.html"), id: "chart-probe"))["charts"] as? [[String: Any]] ?? []
        let days = try #require(stress.first { $0["id"] as? String == "ten-thousand-days" })
        #expect(days["bars"] as? Int == 28 * 2)
    }

    static func json(in dom: String, id: String) -> [String: Any]? {
        guard let start = dom.range(of: "<pre id=\"\(id)\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else { return nil }
        let text = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }
}
