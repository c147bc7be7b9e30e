import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report membership`: the register over time, by month, quarter or year (`--by`; default month) from `--from`
/// (default: twelve months back) to `--to` (exclusive; default: the end of this month). Per period: holders current
/// (active or in grace) on its last day (today, for the period still running), new holders (their first term starts
/// in it), renewals (a later term starts in it), terms that ended in it, of those the ones followed by another term
/// and the ones lapsed (no term after, past grace today), and the renewal rate (followed over followed plus lapsed:
/// terms still in grace are not yet either). Then holders current per plan, and retention by join cohort: of those
/// who first joined in a year and have been members a year, how many were current a year on; and how many are
/// current today. Holders are members and companies alike.
public enum MembershipReport {
    public enum Grouping: String, Sendable { case month, quarter, year }

    public static func make(store: Store, from: String?, to: String?, by: String?, today: CalendarDate) throws -> Report {
        let grouping = Grouping(rawValue: try ReportGrouping.parse(by, report: "membership", periods: [.month, .quarter, .year]).name)!
        let months: Int64 = grouping == .month ? 1 : grouping == .quarter ? 3 : 12
        let (year, month, _) = today.components
        let thisMonth = CalendarDate("\(String(format: "%04d-%02d", Int(year), Int(month)))-01")!
        let end = try to.map { try Validate.calendarDate(String($0.prefix(10)), field: "--to") } ?? thisMonth.adding(months: 1)
        var start = try from.map { try Validate.calendarDate(String($0.prefix(10)), field: "--from") } ?? thisMonth.adding(months: -11)
        if grouping != .month && from == nil {
            // Whole quarters or years: back to the start of the one holding the default start.
            let (y, m, _) = start.components
            let first = grouping == .year ? 1 : ((m - 1) / 3) * 3 + 1
            start = CalendarDate(String(format: "%04d-%02d-01", Int(y), Int(first)))!
        }
        guard start < end else { throw ModelError.invalid(field: "--to", value: end.description, reason: "must be after --from") }

        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0) })
        let terms = try MembershipRecords.all(in: store)
        let byHolder = Dictionary(grouping: terms, by: \.holder)
        func current(_ holderTerms: [Membership], on day: CalendarDate) -> Membership? {
            holderTerms.last { $0.status(graceDays: plans[$0.planID]?.graceDays ?? 0, today: day).isCurrent }
        }
        // The same labels as every report's periods (`2026-10`, `2026-Q4`, `2026`).
        let period = ReportPeriod(rawValue: grouping.rawValue)!
        func label(_ day: CalendarDate) -> String { period.label(day) }

        var periodRows: [[DatabaseValue]] = []
        var planRows: [[DatabaseValue]] = []
        var periodStart = start
        while periodStart < end {
            let periodEnd = min(periodStart.adding(months: months), end)
            let last = periodEnd.adding(days: -1)
            let within = { (day: CalendarDate) in periodStart <= day && day < periodEnd }
            var currentCount: Int64 = 0, new: Int64 = 0, renewed: Int64 = 0, ended: Int64 = 0, followed: Int64 = 0, lapsed: Int64 = 0
            var perPlan: [Int64: Int64] = [:]
            // A period still running is read as of today, never of a day to come.
            let asOf = min(last, today)
            for (_, holderTerms) in byHolder {
                if asOf >= periodStart, let term = current(holderTerms, on: asOf) {
                    currentCount += 1
                    perPlan[term.planID, default: 0] += 1
                }
                for (index, term) in holderTerms.enumerated() {
                    if within(term.startsOn) && term.startsOn <= today { if index == 0 { new += 1 } else { renewed += 1 } }
                    guard let endsOn = term.endsOn, within(endsOn), endsOn < today else { continue }
                    ended += 1
                    if index < holderTerms.count - 1 { followed += 1 } else if current(holderTerms, on: today) == nil { lapsed += 1 }
                }
            }
            // The renewal rate counts the ended terms whose outcome is known: followed by another, or lapsed (past grace).
            let rate: DatabaseValue = followed + lapsed == 0 ? .null : .text(EventsReport.percent(followed, of: followed + lapsed))
            periodRows.append([.text(label(periodStart)), .integer(currentCount), .integer(new), .integer(renewed), .integer(ended), .integer(followed),
                               .integer(lapsed), rate])
            for (planID, count) in perPlan.sorted(by: { (plans[$0.key]?.name ?? "", $0.key) < (plans[$1.key]?.name ?? "", $1.key) }) {
                planRows.append([.text(label(periodStart)), .text(plans[planID]?.name ?? "plan \(planID)"), .integer(count)])
            }
            periodStart = periodEnd
        }

        var cohorts: [Int64: (members: Int64, yearPassed: Int64, afterOneYear: Int64, today: Int64)] = [:]
        for (_, holderTerms) in byHolder {
            guard let first = holderTerms.first, first.startsOn <= today else { continue }
            let cohort = first.startsOn.components.year
            var entry = cohorts[cohort] ?? (0, 0, 0, 0)
            entry.members += 1
            let anniversary = first.startsOn.adding(months: 12)
            if anniversary <= today {
                entry.yearPassed += 1
                if current(holderTerms, on: anniversary) != nil { entry.afterOneYear += 1 }
            }
            if current(holderTerms, on: today) != nil { entry.today += 1 }
            cohorts[cohort] = entry
        }
        let cohortRows = cohorts.keys.sorted().map { year -> [DatabaseValue] in
            let c = cohorts[year]!
            return [.text(String(year)), .integer(c.members), .integer(c.yearPassed), .integer(c.afterOneYear),
                    c.yearPassed == 0 ? .null : .text(EventsReport.percent(c.afterOneYear, of: c.yearPassed)),
                    .integer(c.today), .text(EventsReport.percent(c.today, of: c.members))]
        }
        return Report(name: "membership", title: "Membership \(start) to \(end.adding(days: -1)), by \(grouping.rawValue)", sections: [
            .init(name: "by_period", columns: ["period", "current", "new", "renewals", "ended", "followed", "lapsed", "renewal_rate"], rows: periodRows),
            .init(name: "current_by_plan", columns: ["period", "plan", "current"], rows: planRows),
            .init(name: "retention_by_cohort", columns: ["cohort", "joined", "a_year_since", "current_a_year_on", "retained_a_year_on", "current_today",
                                                         "retained_today"], rows: cohortRows),
        ])
    }
}
