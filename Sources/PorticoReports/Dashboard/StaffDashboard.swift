import Foundation
import PorticoFormats
import PorticoModel
import PorticoMustache

/// The staff dashboard (`portico report-site`): an overview of key figures with their change from the previous
/// period, then a page per report with its charts, each beside its data table, and the report and each chart's data
/// as CSV (and the report as JSON) to download. Plain files: no server, no script, legible on paper. Only the reports
/// the actor's role may run are made; the overview names the ones left out and what they need.
public struct StaffDashboard {
    public let input: DashboardInput
    public let role: Role
    public let organization: String

    public init(input: DashboardInput, role: Role, organization: String) {
        self.input = input
        self.role = role
        self.organization = organization
    }

    /// One file of the dashboard, its path relative to the dashboard's folder.
    public struct File: Sendable {
        public let path: String
        public let bytes: [UInt8]
    }

    /// Every file, in a fixed order; the same data and clock give the same bytes.
    public func files() throws -> [File] {
        let shown = DashboardCatalog.reports.filter { PermissionMatrix.allows(role, $0.capability) }
        let hidden = DashboardCatalog.reports.filter { !PermissionMatrix.allows(role, $0.capability) }
        var files: [File] = [File(path: "style.css", bytes: Array(DashboardStyle.css.utf8))]
        var figures: [Figure] = []
        for entry in shown {
            let report = try entry.report(input)
            let charts = entry.charts(report, input)
            for figure in entry.figures {
                for chart in charts where chart.id.hasPrefix(figure.chart) {
                    let drawn = chart.aggregated()
                    let values = drawn.series.filter { figure.series == nil || $0.name == figure.series }
                    guard drawn.categories.count > 1, !values.isEmpty else { continue }
                    let sum = { (index: Int) in values.reduce(0) { $0 + $1.values[index] } }
                    let last = drawn.categories.count - 1
                    figures.append(Figure(report: entry, label: figure.label + (drawn.decimals == 2 ? ", \(drawn.unit)" : ""), chart: drawn,
                                          now: sum(last), before: sum(last - 1)))
                }
            }
            files.append(File(path: "\(entry.name)/index.html", bytes: Array(page(entry, report, charts, menu: shown).utf8)))
            files.append(File(path: "\(entry.name)/\(entry.name).csv", bytes: Array(report.csv().utf8)))
            files.append(File(path: "\(entry.name)/\(entry.name).json", bytes: Array(report.json().utf8)))
            for chart in charts {
                let drawn = chart.aggregated()
                files.append(File(path: "\(entry.name)/\(chart.id).csv", bytes: Array(drawn.csv(categoryName: categoryName(drawn)).utf8)))
            }
        }
        files.insert(File(path: "index.html", bytes: Array(overview(figures, hidden: hidden, menu: shown).utf8)), at: 1)
        return files
    }

    // MARK: - Pages

    /// A key figure as the overview shows it: the latest period's value and the one before.
    struct Figure {
        let report: DashboardReport
        let label: String
        let chart: Chart
        let now: Double
        let before: Double
    }

    func overview(_ figures: [Figure], hidden: [DashboardReport], menu: [DashboardReport]) -> String {
        var body = "<h1>Staff dashboard</h1>\n<p class=\"lede\">\(e(organization)): \(e(rangeText)), by \(input.period.rawValue). "
            + "Figures compare the latest period with the one before; the latest may still be running.</p>\n"
        body += "<h2>Key figures</h2>\n<ul class=\"figures\">\n"
        for figure in figures {
            let (report, chart, now, before) = (figure.report, figure.chart, figure.now, figure.before)
            let last = chart.categories.count - 1
            let unit = chart.unit == "%" ? "%" : " " + chart.unit
            let change: String
            if now == before { change = "no change on \(chart.categories[last - 1])" }
            else {
                let difference = ChartScale.format(abs(now - before), decimals: chart.decimals)
                let percent = before == 0 ? "" : " (\(ChartScale.format(abs(now - before) / before * 100, decimals: 1))%)"
                change = "\(now > before ? "up" : "down") \(difference)\(unit)\(percent) on \(chart.categories[last - 1])"
            }
            body += "<li><a href=\"\(report.name)/\"><span class=\"figure-label\">\(e(figure.label))</span> "
                + "<span class=\"figure-value\">\(ChartScale.format(now, decimals: chart.decimals))\(e(unit))</span> "
                + "<span class=\"figure-period\">in \(e(chart.categories[last]))</span> <span class=\"figure-change\">\(e(change))</span></a></li>\n"
        }
        body += "</ul>\n<h2>Reports</h2>\n<ul class=\"reports\">\n"
        for report in menu { body += "<li><a href=\"\(report.name)/\">\(e(report.title))</a>: \(e(report.summary))</li>\n" }
        body += "</ul>\n"
        if !hidden.isEmpty {
            body += "<p class=\"note\">Not shown to \(role.rawValue): " + hidden.map { "\(e($0.title)) (needs \($0.capability.rawValue))" }.joined(separator: ", ") + ".</p>\n"
        }
        return document(title: "Staff dashboard", root: "", body: body, menu: menu, current: nil)
    }

    func page(_ entry: DashboardReport, _ report: Report, _ charts: [Chart], menu: [DashboardReport]) -> String {
        var body = "<h1>\(e(entry.title))</h1>\n<p class=\"lede\">\(e(entry.summary)) \(e(rangeText)).</p>\n"
        body += "<p class=\"downloads\">Download the whole report: <a href=\"\(entry.name).csv\" download>CSV</a> · <a href=\"\(entry.name).json\" download>JSON</a></p>\n"
        for chart in charts {
            let drawn = chart.aggregated()
            body += "<section class=\"chart-block\" aria-labelledby=\"\(chart.id)-heading\">\n<h2 id=\"\(chart.id)-heading\">\(e(chart.title))</h2>\n"
            if drawn.categories.count != chart.categories.count {
                body += "<p class=\"note\">\(chart.categories.count) \(categoryName(chart))s shown as \(drawn.categories.count) \(categoryName(drawn))s.</p>\n"
            }
            body += "<div class=\"chart-and-table\"><figure>" + ChartRenderer.svg(chart) + ChartRenderer.legend(drawn) + "</figure>\n"
            body += table(drawn) + "</div>\n"
            body += "<p class=\"downloads\"><a href=\"\(chart.id).csv\" download>This chart's data (CSV)</a></p>\n</section>\n"
        }
        return document(title: entry.title, root: "../", body: body, menu: menu, current: entry.name)
    }

    func table(_ chart: Chart) -> String {
        var out = "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(e(chart.title)): data\" tabindex=\"0\"><table>\n<caption>\(e(chart.title)) (\(e(chart.unit)))</caption>\n"
        out += "<thead><tr><th scope=\"col\">\(e(categoryName(chart).prefix(1).uppercased() + categoryName(chart).dropFirst()))</th>"
        out += chart.series.map { "<th scope=\"col\">\(e($0.name))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, category) in chart.categories.enumerated() {
            out += "<tr><th scope=\"row\">\(e(category))</th>" + chart.series.map { "<td>\(ChartScale.format($0.values[index], decimals: chart.decimals))</td>" }.joined() + "</tr>\n"
        }
        if chart.categories.isEmpty { out += "<tr><td colspan=\"\(chart.series.count + 1)\">No data for this period.</td></tr>\n" }
        return out + "</tbody></table></div>"
    }

    func document(title: String, root: String, body: String, menu: [DashboardReport], current: String?) -> String {
        var nav = "<li><a href=\"\(root)index.html\"\(current == nil ? " aria-current=\"page\"" : "")>Overview</a></li>"
        for report in menu {
            nav += "<li><a href=\"\(root)\(report.name)/index.html\"\(current == report.name ? " aria-current=\"page\"" : "")>\(e(report.title))</a></li>"
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>\(e(title)) · \(e(organization)) staff dashboard</title>
        <link rel="stylesheet" href="\(root)style.css">
        </head>
        <body>
        <a class="skip" href="#main">Skip to the report</a>
        <header><p class="site">\(e(organization)) · staff dashboard</p>
        <nav aria-label="Reports"><ul>\(nav)</ul></nav></header>
        <main id="main">
        \(body)</main>
        <footer><p>Made by <code>portico report-site</code> on \(input.today) for \(role.rawValue). Figures as of \(e(Timestamp.format(input.now))).</p></footer>
        </body>
        </html>

        """
    }

    var rangeText: String {
        let last = CalendarDate(input.to).map { $0.adding(days: -1).description } ?? input.to
        return "\(input.from) to \(last)"
    }

    /// What a chart's categories are, for headings and the CSV: the period's name, or "category".
    func categoryName(_ chart: Chart) -> String { Chart.periodOf(chart.categories).map(\.rawValue) ?? "category" }

    func e(_ text: String) -> String { HTMLEscaping.escape(text) }
}
