import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report revenue`: revenue in a period, grouped by time (`--by day|week|month|quarter|year`, month by default),
/// plan or source (membership, events, courses, sponsorship, other), one row per group and currency. Revenue is
/// issued invoices less issued credit notes, by issue date, plus event tickets sold outside invoices (confirmed
/// registrations, by the day they were made in the site's time zone; ticket buyers pay at booking and get no
/// invoice). Drafts and void invoices are not revenue; refunded and cancelled registrations count for nothing.
/// Amounts are exact: `net`, `tax` and `gross` in the currency's decimals, and `*_minor` in minor units for machines.
/// Grouped by time, every period from the first to the last appears, nought where nothing was taken.
public enum RevenueReport {
    public static let fields = ["plan", "source"]

    /// The report for `[from, to)` (dates; nil for no bound).
    public static func make(store: Store, from: String?, to: String?, by: String?) throws -> Report {
        let grouping = try ReportGrouping.parse(by, report: "revenue", fields: fields)
        let fromDay = try from.map { try Validate.calendarDate(String($0.prefix(10)), field: "--from") }
        let toDay = try to.map { try Validate.calendarDate(String($0.prefix(10)), field: "--to") }
        if let fromDay, let toDay, toDay <= fromDay { throw ModelError.invalid(field: "--to", value: toDay.description, reason: "must be after --from") }
        let inRange = { (day: CalendarDate) in (fromDay.map { day >= $0 } ?? true) && (toDay.map { day < $0 } ?? true) }
        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0.slug) })
        var totals: [String: (net: Int64, tax: Int64, lines: Int64)] = [:]
        // By time, also per period and source: what a stacked chart of the sources over time needs.
        var bySource: [String: (net: Int64, tax: Int64, lines: Int64)] = [:]
        func add(group: String, currency: String, net: Int64, tax: Int64, source: String) {
            if grouping.period != nil {
                let key = group + "\u{0}" + currency + "\u{0}" + source
                bySource[key, default: (0, 0, 0)].net += net
                bySource[key, default: (0, 0, 0)].tax += tax
                bySource[key, default: (0, 0, 0)].lines += 1
            }
            let key = group + "\u{0}" + currency
            totals[key, default: (0, 0, 0)].net += net
            totals[key, default: (0, 0, 0)].tax += tax
            totals[key, default: (0, 0, 0)].lines += 1
        }
        func timeGroup(_ day: CalendarDate) -> String { grouping.period?.label(day) ?? "" }
        try Invoice.forEachIssuedLine(in: store) { issued in
            guard inRange(issued.issuedOn) else { return }
            let group: String
            switch grouping {
            case .period: group = timeGroup(issued.issuedOn)
            case .field("plan"): group = issued.line.planID.flatMap { plans[$0] } ?? "(no plan)"
            default: group = issued.line.source
            }
            add(group: group, currency: issued.currency, net: issued.sign * issued.line.net, tax: issued.sign * issued.line.tax, source: issued.line.source)
        }
        let zone = try store.setting("site.timezone").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        for registration in try Registrations.all(in: store) where registration.status == "confirmed" && registration.amount.minorUnits != 0 {
            guard let made = Timestamp.parse(registration.createdAt) else { continue }
            let day = CalendarDate.day(of: made, in: zone)
            guard inRange(day) else { continue }
            let group: String
            switch grouping {
            case .period: group = timeGroup(day)
            case .field("plan"): group = "(no plan)"
            default: group = "events"
            }
            add(group: group, currency: registration.amount.currency, net: registration.amount.minorUnits, tax: 0, source: "events")
        }
        if let period = grouping.period {
            // Every period in the range (or between the first and last takings), so a chart has a bar for each.
            let currencies = Set(totals.keys.map { String($0.split(separator: "\u{0}", omittingEmptySubsequences: false)[1]) })
            let labels = period.labels(from: from, to: to, filling: totals.keys.map { String($0.split(separator: "\u{0}", omittingEmptySubsequences: false)[0]) })
            for label in labels { for currency in currencies where totals[label + "\u{0}" + currency] == nil { totals[label + "\u{0}" + currency] = (0, 0, 0) } }
        }
        func rows(_ table: [String: (net: Int64, tax: Int64, lines: Int64)]) -> [[DatabaseValue]] {
            table.keys.sorted().map { key -> [DatabaseValue] in
                let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
                let (net, tax, lines) = table[key]!
                let money = { Money(minorUnits: $0, currency: parts[1]).amount }
                return parts.map { DatabaseValue.text($0) } + [.integer(lines), .text(money(net)), .text(money(tax)), .text(money(net + tax)),
                                                               .integer(net), .integer(tax), .integer(net + tax)]
            }
        }
        let period = "\(from ?? "the beginning") to \(to.map { "before " + $0 } ?? "now")"
        let column = grouping.period == nil ? grouping.name : "period"
        let amounts = ["lines", "net", "tax", "gross", "net_minor", "tax_minor", "gross_minor"]
        var sections: [Report.Section] = [.init(name: "revenue", columns: [column, "currency"] + amounts, rows: rows(totals))]
        if grouping.period != nil { sections.append(.init(name: "by_period_and_source", columns: ["period", "currency", "source"] + amounts, rows: rows(bySource))) }
        return Report(name: "revenue", title: "Revenue by \(grouping.name), \(period) (issued invoices less credit notes, and event tickets)", sections: sections)
    }
}

/// `report cpd`: compliance with each plan's CPD requirement in the members' current cycles, by plan and the year
/// the cycles end (a cycle runs a year from the member's term, so cycles ending in one year are compared together):
/// members asked for points, how many have earned them, how many are behind, the compliance rate and the points
/// earned; then the members behind, furthest behind first.
public enum CPDReport {
    public static func make(store: Store) throws -> Report {
        let summaries = try CPDRecords.current(in: store)
        var cycles: [String: (members: Int64, complete: Int64, points: Int64)] = [:]
        for summary in summaries {
            let key = [summary.planName ?? "(no plan)", String(summary.cycleEnd.year)].joined(separator: "\u{0}")
            cycles[key, default: (0, 0, 0)].members += 1
            cycles[key, default: (0, 0, 0)].points += summary.earned
            if summary.shortfall == 0 { cycles[key, default: (0, 0, 0)].complete += 1 }
        }
        let cycleRows = cycles.keys.sorted().map { key -> [DatabaseValue] in
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let c = cycles[key]!
            return [.text(parts[0]), .text(parts[1]), .integer(c.members), .integer(c.complete), .integer(c.members - c.complete),
                    .text(EventsReport.percent(c.complete, of: c.members)), .integer(c.points)]
        }
        let rows = summaries.filter { $0.shortfall > 0 }.sorted { ($1.shortfall, $0.memberNumber) < ($0.shortfall, $1.memberNumber) }.map { summary -> [DatabaseValue] in
            [.text(summary.memberNumber), .text(summary.name), summary.planName.map { .text($0) } ?? .null, .text(summary.cycleStart.description),
             .text(summary.cycleEnd.description), .integer(summary.required), .integer(summary.earned), .integer(summary.shortfall)]
        }
        return Report(name: "cpd", title: "CPD compliance in the current cycles, and the members behind (furthest behind first)", sections: [
            .init(name: "compliance", columns: ["plan", "cycles_ending", "members", "complete", "behind", "compliance_rate", "points_earned"], rows: cycleRows),
            .init(name: "behind", columns: ["member_number", "name", "plan", "cycle_start", "cycle_end", "required", "earned", "shortfall"], rows: rows),
        ])
    }
}
