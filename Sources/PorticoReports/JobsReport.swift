import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report jobs`: per period of posting (`--by day|week|month|quarter|year`, month by default; every period from the
/// first to the last) or per category (`--by category`), how many jobs were posted, published (posted and not
/// awaiting review), filled and expired (closed unfilled, by status or by date); by period, also per category; then
/// the median days from posting to filled. A job in several categories counts once in a period, and in each of its
/// categories.
public enum JobsReport {
    public static func make(store: Store, from: String?, to: String?, by: String? = nil, today: CalendarDate) throws -> Report {
        let grouping = try ReportGrouping.parse(by, report: "jobs", fields: ["category"])
        let fromDay = try from.map { try Validate.calendarDate(String($0.prefix(10)), field: "--from") }
        let toDay = try to.map { try Validate.calendarDate(String($0.prefix(10)), field: "--to") }
        var totals: [String: [Int64]] = [:]
        var counts: [String: [Int64]] = [:]
        var fillDays: [Double] = []
        func add(_ row: [Int64], to key: String, in table: inout [String: [Int64]]) { table[key] = zip(table[key] ?? [0, 0, 0, 0], row).map { $0 + $1 } }
        for job in try JobRecords.list(in: store) {
            guard let posted = job.postedOn else { continue }
            if let fromDay, posted < fromDay { continue }
            if let toDay, posted >= toDay { continue }
            let expired = job.status == "expired" || (job.status == "published" && today > job.expiresOn)
            let row: [Int64] = [1, job.status == "published" || job.status == "filled" || job.status == "expired" ? 1 : 0, job.status == "filled" ? 1 : 0, expired ? 1 : 0]
            let categories = job.categories.isEmpty ? ["(none)"] : job.categories
            if let period = grouping.period {
                add(row, to: period.label(posted), in: &totals)
                for category in categories { add(row, to: period.label(posted) + "\u{1}" + category, in: &counts) }
            } else {
                for category in categories { add(row, to: category, in: &totals) }
            }
            if job.status == "filled", let filled = job.filledOn { fillDays.append(Double(posted.days(until: filled))) }
        }
        var keys = totals.keys.sorted()
        if let period = grouping.period {
            keys = period.labels(from: from, to: to, filling: keys)
        }
        let rows = keys.map { [DatabaseValue.text($0)] + (totals[$0] ?? [0, 0, 0, 0]).map { .integer($0) } }
        let detail = counts.keys.sorted().map { key -> [DatabaseValue] in
            let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
            return [.text(parts[0]), .text(parts[1])] + counts[key]!.map { .integer($0) }
        }
        let median: DatabaseValue = Statistics.median(fillDays).map { .real($0) } ?? .null
        let counted = ["posted", "published", "filled", "expired"]
        var sections: [Report.Section] = [.init(name: grouping.period == nil ? "by_category" : "by_period",
                                                columns: [grouping.period == nil ? "category" : "period"] + counted, rows: rows)]
        if grouping.period != nil { sections.append(.init(name: "by_period_and_category", columns: ["period", "category"] + counted, rows: detail)) }
        sections.append(.init(name: "time_to_fill", columns: ["filled", "median_days"], rows: [[.integer(Int64(fillDays.count)), median]]))
        sections.append(try ResourcesReport.viewsSection(kind: "job", store: store, from: from, to: to))
        return Report(name: "jobs", title: "Jobs\(SupportReport.rangeLabel(from, to)), by \(grouping.name)", sections: sections)
    }
}

/// `report directory`: companies listed in the business directory per tier, industry and country.
public enum DirectoryReport {
    public static func make(store: Store) throws -> Report {
        let listed = try CompanyRecords.list(in: store).filter(\.isPublic)
        func section(_ name: String, _ key: (Company) -> String) -> Report.Section {
            let groups = Dictionary(grouping: listed, by: key)
            return .init(name: name, columns: [name, "companies"], rows: groups.keys.sorted().map { [.text($0), .integer(Int64(groups[$0]!.count))] })
        }
        return Report(name: "directory", title: "Business directory: \(listed.count) listed compan\(listed.count == 1 ? "y" : "ies")", sections: [
            section("tier") { $0.tier }, section("industry") { $0.industry ?? "(none)" }, section("country") { $0.country ?? "(none)" },
        ])
    }
}

/// `report leads`: leads received per period (in the site's time zone; `--by day|week|month|quarter|year`, month by
/// default, every period from the first to the last) with their status now, and per company and period; or per
/// company (`--by company`).
public enum LeadsReport {
    public static func make(store: Store, from: String?, to: String?, by: String? = nil) throws -> Report {
        let grouping = try ReportGrouping.parse(by, report: "leads", fields: ["company"])
        let fromDate = try from.map { try SupportReport.date($0, flag: "--from") }
        let toDate = try to.map { try SupportReport.date($0, flag: "--to") }
        let zone = try store.setting("site.timezone").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        let slugs = Dictionary(uniqueKeysWithValues: try CompanyRecords.list(in: store).map { ($0.id, $0.slug) })
        let width = Lead.statuses.count + 1
        var totals: [String: [Int64]] = [:]
        var counts: [String: [Int64]] = [:]
        for lead in try LeadRecords.list(company: nil, in: store) {
            guard let received = Timestamp.parse(lead.receivedAt) else { continue }
            if let fromDate, received < fromDate { continue }
            if let toDate, received >= toDate { continue }
            var row = [Int64](repeating: 0, count: width)
            row[0] = 1
            if let index = Lead.statuses.firstIndex(of: lead.status) { row[index + 1] = 1 }
            let company = slugs[lead.companyID] ?? "?"
            let add = { (key: String, table: inout [String: [Int64]]) in table[key] = zip(table[key] ?? row.map { _ in 0 }, row).map { $0 + $1 } }
            if let period = grouping.period {
                let label = period.label(received, in: zone)
                add(label, &totals)
                add(company + "\u{1}" + label, &counts)
            } else {
                add(company, &totals)
            }
        }
        let keys = grouping.period.map { $0.labels(from: from, to: to, filling: totals.keys) } ?? totals.keys.sorted()
        let rows = keys.map { [DatabaseValue.text($0)] + (totals[$0] ?? [Int64](repeating: 0, count: width)).map { .integer($0) } }
        let detail = counts.keys.sorted().map { key -> [DatabaseValue] in
            let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
            return [.text(parts[0]), .text(parts[1])] + counts[key]!.map { .integer($0) }
        }
        var sections: [Report.Section] = [.init(name: grouping.period == nil ? "by_company" : "by_period",
                                                columns: [grouping.period == nil ? "company" : "period", "leads"] + Lead.statuses, rows: rows)]
        if grouping.period != nil { sections.append(.init(name: "by_company_and_period", columns: ["company", "period", "leads"] + Lead.statuses, rows: detail)) }
        return Report(name: "leads", title: "Leads\(SupportReport.rangeLabel(from, to)), by \(grouping.name)", sections: sections)
    }
}
