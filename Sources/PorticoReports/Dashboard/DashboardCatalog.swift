import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// Every report the staff dashboard shows, in the order of its menu, with the charts drawn from each. The reports
/// are the ones `portico-admin report` prints (a test keeps the two lists and their capabilities equal).
public enum DashboardCatalog {
    public static let reports: [DashboardReport] = [membership, revenue, cpd, events, courses, jobs, directory, leads, resources, sponsors, support]

    static let membership = DashboardReport(
        name: "membership", title: "Membership", summary: "Members current, joining, renewing and lapsing; retention by the year they joined.",
        capability: .reportsView,
        figures: [.init("Members current", chart: "current"), .init("New members", chart: "joining", series: "New")],
        make: { input in
            // The membership report groups by month, quarter or year: finer periods are shown by month.
            let by = [.month, .quarter, .year].contains(input.period) ? input.period.rawValue : "month"
            return try MembershipReport.make(store: input.store, from: input.from, to: input.to, by: by, today: input.today)
        },
        chartsOf: { report, _ in
            let periods = report.section("by_period")
            let lastPeriod = periods?.rows.last?.first?.text
            return [
                ChartData.chart("current", .line, "Members current at the end of each period", unit: "members",
                                ChartData.series(periods, category: "period", columns: [("current", "Current")]), merge: .last),
                ChartData.chart("joining", .stackedBar, "New members and renewals", unit: "members",
                                ChartData.series(periods, category: "period", columns: [("new", "New"), ("renewals", "Renewals")])),
                ChartData.chart("plans", .horizontalBar, "Members current by plan" + (lastPeriod.map { " in \($0)" } ?? ""), unit: "members",
                                ChartData.series(report.section("current_by_plan"), category: "plan", columns: [("current", "Current")],
                                                 where: { $0["period"]?.text == lastPeriod })),
                ChartData.chart("retention", .bar, "Still members today, by the year they joined", unit: "%",
                                ChartData.series(report.section("retention_by_cohort"), category: "cohort", columns: [("retained_today", "Retained")]),
                                merge: .last, decimals: 1),
            ]
        })

    static let revenue = DashboardReport(
        name: "revenue", title: "Revenue", summary: "Issued invoices less credit notes, and event tickets, by source over time.",
        capability: .reportsFinancial,
        figures: [.init("Revenue", chart: "by-source-")],
        make: { input in try RevenueReport.make(store: input.store, from: input.from, to: input.to, by: input.period.rawValue) },
        chartsOf: { report, _ in
            let totals = report.section("revenue")
            return ChartData.currencies(totals).flatMap { currency -> [Chart] in
                let mine = { (record: [String: DatabaseValue]) in record["currency"]?.text == currency }
                let periods = ChartData.series(totals, category: "period", columns: [("gross", "Gross")], where: mine).categories
                let bySource = ChartData.pivot(report.section("by_period_and_source"), categories: periods, category: "period", seriesColumn: "source",
                                               value: "gross", order: Invoice.sources, where: mine)
                let slug = currency.lowercased()
                return [
                    ChartData.chart("by-source-\(slug)", .stackedBar, "Revenue by source, \(currency) (gross)", unit: currency, bySource, decimals: 2),
                    ChartData.chart("sources-\(slug)", .horizontalBar, "Revenue by source over the period, \(currency) (gross)", unit: currency,
                                    (bySource.series.map(\.name), [Chart.Series("Gross", bySource.series.map { $0.values.reduce(0, +) })]), decimals: 2),
                ]
            }
        })

    static let cpd = DashboardReport(
        name: "cpd", title: "CPD compliance", summary: "Members who have earned their plan's CPD points this cycle, and those behind.",
        capability: .reportsView,
        figures: [],
        make: { input in try CPDReport.make(store: input.store) },
        chartsOf: { report, _ in [
            ChartData.chart("compliance", .horizontalBar, "CPD this cycle: complete and behind, by plan and the year cycles end", unit: "members",
                            ChartData.series(report.section("compliance"), category: "plan", columns: [("complete", "Complete"), ("behind", "Behind")],
                                             label: { "\($0["plan"]?.text ?? "") (\($0["cycles_ending"]?.text ?? ""))" })),
        ] })

    static let events = DashboardReport(
        name: "events", title: "Events", summary: "Seats sold and attended, and ticket revenue, by the month events start.",
        capability: .reportsFinancial,
        figures: [.init("Event seats sold", chart: "seats", series: "Sold")],
        make: { input in try EventsReport.make(store: input.store, from: input.from, to: input.to, by: input.period.rawValue, now: input.now) },
        chartsOf: { report, _ in
            let periods = report.section("by_period")
            return [ChartData.chart("seats", .bar, "Seats sold and attended, by when the event starts", unit: "seats",
                                    ChartData.series(periods, category: "period", columns: [("sold", "Sold"), ("attended", "Attended")]))]
                + ChartData.currencies(periods).map { currency in
                    ChartData.chart("revenue-\(currency.lowercased())", .bar, "Ticket revenue, \(currency)", unit: currency,
                                    ChartData.series(periods, category: "period", columns: [("revenue", "Revenue")], where: { $0["currency"]?.text == currency }),
                                    decimals: 2)
                }
                + [ChartData.chart("by-event", .horizontalBar, "Seats sold per event", unit: "seats",
                                   ChartData.series(report.section("events"), category: "event", columns: [("sold", "Sold")]))]
        })

    static let courses = DashboardReport(
        name: "courses", title: "Courses", summary: "Enrollments and completions over time; enrollments per course.",
        capability: .reportsView,
        figures: [.init("Course enrollments", chart: "activity", series: "Enrolled")],
        make: { input in try CoursesReport.make(store: input.store, from: input.from, to: input.to, by: input.period.rawValue, today: input.today) },
        chartsOf: { report, _ in [
            ChartData.chart("activity", .bar, "Enrollments and completions", unit: "enrollments",
                            ChartData.series(report.section("by_period"), category: "period", columns: [("enrolled", "Enrolled"), ("completed", "Completed")])),
            ChartData.chart("per-course", .horizontalBar, "Enrollments per course, by status", unit: "enrollments",
                            ChartData.series(report.section("courses"), category: "course",
                                             columns: Enrollment.statuses.map { ($0, $0.prefix(1).uppercased() + $0.dropFirst()) })),
        ] })

    static let jobs = DashboardReport(
        name: "jobs", title: "Jobs", summary: "Jobs posted, filled and expired over time, and by category.",
        capability: .reportsView,
        figures: [.init("Jobs posted", chart: "posted", series: "Posted")],
        make: { input in try JobsReport.make(store: input.store, from: input.from, to: input.to, by: input.period.rawValue, today: input.today) },
        chartsOf: { report, _ in [
            ChartData.chart("posted", .bar, "Jobs posted, filled and expired, by when they were posted", unit: "jobs",
                            ChartData.series(report.section("by_period"), category: "period",
                                             columns: [("posted", "Posted"), ("filled", "Filled"), ("expired", "Expired")])),
            ChartData.chart("categories", .horizontalBar, "Jobs posted by category", unit: "jobs",
                            ChartData.series(report.section("by_period_and_category"), category: "category", columns: [("posted", "Posted")])),
        ] })

    static let directory = DashboardReport(
        name: "directory", title: "Business directory", summary: "Companies listed, by tier, industry and country.",
        capability: .reportsView,
        figures: [],
        make: { input in try DirectoryReport.make(store: input.store) },
        chartsOf: { report, _ in ["tier", "industry", "country"].map { name in
            ChartData.chart(name, .horizontalBar, "Companies listed by \(name)", unit: "companies",
                            ChartData.series(report.section(name), category: name, columns: [("companies", "Companies")]))
        } })

    static let leads = DashboardReport(
        name: "leads", title: "Leads", summary: "Leads sent to companies over time, by their status now.",
        capability: .leadsWork,
        figures: [.init("Leads received", chart: "received")],
        make: { input in try LeadsReport.make(store: input.store, from: input.from, to: input.to, by: input.period.rawValue) },
        chartsOf: { report, _ in [
            ChartData.chart("received", .stackedBar, "Leads received, by status now", unit: "leads",
                            ChartData.series(report.section("by_period"), category: "period",
                                             columns: Lead.statuses.map { ($0, $0.prefix(1).uppercased() + $0.dropFirst()) })),
            ChartData.chart("companies", .horizontalBar, "Leads per company", unit: "leads",
                            ChartData.series(report.section("by_company_and_period"), category: "company", columns: [("leads", "Leads")])),
        ] })

    static let resources = DashboardReport(
        name: "resources", title: "Resources", summary: "Views and downloads from the access logs (COUNTER rules); the most used.",
        capability: .reportsView,
        figures: [.init("Resource uses", chart: "use")],
        make: { input in try ResourcesReport.make(store: input.store, from: input.from, to: input.to, today: input.today, by: input.period.rawValue) },
        chartsOf: { report, _ in [
            ChartData.chart("use", .line, "Resource views and downloads", unit: "uses",
                            ChartData.series(report.section("by_period"), category: "period", columns: [("views", "Views"), ("downloads", "Downloads")])),
            ChartData.chart("top", .horizontalBar, "Most used resources", unit: "uses",
                            ChartData.series(report.section("top"), category: "title", columns: [("views", "Views"), ("downloads", "Downloads")])),
        ] })

    static let sponsors = DashboardReport(
        name: "sponsors", title: "Sponsors", summary: "Active sponsors and contract value by tier; views and clicks of placements.",
        capability: .reportsFinancial,
        figures: [],
        make: { input in try SponsorsReport.make(store: input.store, from: input.from, to: input.to, today: input.today) },
        chartsOf: { report, _ in [
            ChartData.chart("tiers", .horizontalBar, "Active sponsors by tier", unit: "sponsors",
                            ChartData.series(report.section("active_by_tier"), category: "tier", columns: [("sponsors", "Sponsors")])),
            ChartData.chart("placements", .horizontalBar, "Sponsor page views and clicks", unit: "visits",
                            ChartData.series(report.section("placements"), category: "sponsor", columns: [("page_views", "Page views"), ("clicks", "Clicks")])),
        ] })

    static let support = DashboardReport(
        name: "support", title: "Support", summary: "Tickets opened and solved over time; the backlog by age.",
        capability: .reportsView,
        figures: [.init("Support tickets opened", chart: "volume", series: "Opened")],
        make: { input in try SupportReport.make(store: input.store, from: input.from, to: input.to, by: input.period, now: input.now) },
        chartsOf: { report, _ in [
            ChartData.chart("volume", .line, "Tickets opened and solved", unit: "tickets",
                            ChartData.series(report.section("volume"), category: "period", columns: [("opened", "Opened"), ("solved", "Solved")])),
            ChartData.chart("backlog", .bar, "Unsolved tickets by age", unit: "tickets",
                            ChartData.series(report.section("backlog"), category: "age", columns: [("unsolved", "Unsolved")])),
        ] })
}
