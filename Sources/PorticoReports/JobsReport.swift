import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report jobs`: per month (of posting, or of creation for jobs never posted) and category, how many jobs were
/// posted, published (posted and not awaiting review), filled and expired (closed unfilled, by status or by date);
/// then the median days from posting to filled. A job in several categories counts in each.
public enum JobsReport {
    public static func make(store: Store, from: String?, to: String?, today: CalendarDate) throws -> Report {
        let fromDay = try from.map { try Validate.calendarDate(String($0.prefix(10)), field: "--from") }
        let toDay = try to.map { try Validate.calendarDate(String($0.prefix(10)), field: "--to") }
        var counts: [String: [Int64]] = [:]
        var fillDays: [Double] = []
        for job in try JobRecords.list(in: store) {
            guard let posted = job.postedOn else { continue }
            if let fromDay, posted < fromDay { continue }
            if let toDay, posted >= toDay { continue }
            let (year, month, _) = posted.components
            let period = String(format: "%04d-%02d", Int(year), Int(month))
            let expired = job.status == "expired" || (job.status == "published" && today > job.expiresOn)
            let row: [Int64] = [1, job.status == "published" || job.status == "filled" || job.status == "expired" ? 1 : 0, job.status == "filled" ? 1 : 0, expired ? 1 : 0]
            for category in job.categories.isEmpty ? ["(none)"] : job.categories {
                let key = period + "\u{1}" + category
                counts[key] = zip(counts[key] ?? [0, 0, 0, 0], row).map { $0 + $1 }
            }
            if job.status == "filled", let filled = job.filledOn { fillDays.append(Double(posted.days(until: filled))) }
        }
        let rows = counts.keys.sorted().map { key -> [DatabaseValue] in
            let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
            return [.text(parts[0]), .text(parts[1])] + counts[key]!.map { .integer($0) }
        }
        let median: DatabaseValue = Statistics.median(fillDays).map { .real($0) } ?? .null
        return Report(name: "jobs", title: "Jobs \(SupportReport.rangeLabel(from, to))", sections: [
            .init(name: "by_month_and_category", columns: ["month", "category", "posted", "published", "filled", "expired"], rows: rows),
            .init(name: "time_to_fill", columns: ["filled", "median_days"], rows: [[.integer(Int64(fillDays.count)), median]]),
            try ResourcesReport.viewsSection(kind: "job", store: store, from: from, to: to),
        ])
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

/// `report leads`: leads per company and month received (in the site's time zone), by status.
public enum LeadsReport {
    public static func make(store: Store, from: String?, to: String?) throws -> Report {
        let fromDate = try from.map { try SupportReport.date($0, flag: "--from") }
        let toDate = try to.map { try SupportReport.date($0, flag: "--to") }
        let zone = try store.setting("site.timezone").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        let slugs = Dictionary(uniqueKeysWithValues: try CompanyRecords.list(in: store).map { ($0.id, $0.slug) })
        var counts: [String: [Int64]] = [:]
        for lead in try LeadRecords.list(company: nil, in: store) {
            guard let received = Timestamp.parse(lead.receivedAt) else { continue }
            if let fromDate, received < fromDate { continue }
            if let toDate, received >= toDate { continue }
            let key = (slugs[lead.companyID] ?? "?") + "\u{1}" + ReportPeriod.month.label(received, in: zone)
            var row = counts[key] ?? [0, 0, 0, 0, 0]
            row[0] += 1
            if let index = Lead.statuses.firstIndex(of: lead.status) { row[index + 1] += 1 }
            counts[key] = row
        }
        let rows = counts.keys.sorted().map { key -> [DatabaseValue] in
            let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
            return [.text(parts[0]), .text(parts[1])] + counts[key]!.map { .integer($0) }
        }
        return Report(name: "leads", title: "Leads \(SupportReport.rangeLabel(from, to))", sections: [
            .init(name: "by_company_and_month", columns: ["company", "month", "leads"] + Lead.statuses, rows: rows),
        ])
    }
}
