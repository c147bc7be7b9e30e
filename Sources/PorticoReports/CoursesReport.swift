import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report courses`: per course, enrollments by status, the completion rate (completed of those who did not
/// withdraw), median days from enrolling to completing; per credential, how many were issued, are valid, expire
/// within 90 days, expired and were revoked. Then enrollments and completions per period (`--from`, `--to`, `--by
/// day|week|month|quarter|year`, month by default; every period of the range, or from the first to the last).
public enum CoursesReport {
    public static func make(store: Store, from: String? = nil, to: String? = nil, by: String? = nil, today: CalendarDate) throws -> Report {
        let period = try ReportGrouping.parse(by, report: "courses").period!
        let fromDay = try from.map { try Validate.calendarDate(String($0.prefix(10)), field: "--from") }
        let toDay = try to.map { try Validate.calendarDate(String($0.prefix(10)), field: "--to") }
        let inRange = { (day: CalendarDate) in (fromDay.map { day >= $0 } ?? true) && (toDay.map { day < $0 } ?? true) }
        let enrollments = try LearningRecords.enrollments(in: store)
        var perPeriod: [String: (enrolled: Int64, completed: Int64)] = [:]
        for enrollment in enrollments {
            if let day = CalendarDate(enrollment.enrolledOn), inRange(day) { perPeriod[period.label(day), default: (0, 0)].enrolled += 1 }
            if enrollment.status == "completed", let day = enrollment.completedOn.flatMap(CalendarDate.init), inRange(day) {
                perPeriod[period.label(day), default: (0, 0)].completed += 1
            }
        }
        let labels = period.labels(from: from, to: to, filling: perPeriod.keys)
        let periodRows = labels.map { label -> [DatabaseValue] in
            let counts = perPeriod[label] ?? (0, 0)
            return [.text(label), .integer(counts.enrolled), .integer(counts.completed)]
        }
        var courseRows: [[DatabaseValue]] = []
        let byCourse = Dictionary(grouping: enrollments, by: \.courseID)
        for course in try LearningRecords.courses(in: store) {
            let mine = byCourse[course.id] ?? []
            let completed = mine.filter { $0.status == "completed" }
            let counted = mine.filter { $0.status != "withdrawn" }.count
            let days = completed.compactMap { e -> Double? in
                guard let start = CalendarDate(e.enrolledOn), let end = e.completedOn.flatMap(CalendarDate.init) else { return nil }
                return Double(start.days(until: end))
            }
            let rate: DatabaseValue = counted == 0 ? .null : .text(EventsReport.percent(Int64(completed.count), of: Int64(counted)))
            var row: [DatabaseValue] = [.text(course.slug), .text(course.status), .integer(Int64(mine.count))]
            for status in Enrollment.statuses { row.append(.integer(Int64(mine.filter { $0.status == status }.count))) }
            row.append(rate)
            row.append(Statistics.median(days).map { DatabaseValue.real($0) } ?? .null)
            courseRows.append(row)
        }
        var credentialRows: [[DatabaseValue]] = []
        let issued = Dictionary(grouping: try Certifications.list(in: store), by: \.definitionID)
        for (definition, record) in try Certifications.definitions(in: store).sorted(by: { $0.value.slug < $1.value.slug }) {
            let mine = issued[definition] ?? []
            let valid = mine.filter { $0.status(on: today) == "valid" }
            let soon = valid.filter { $0.expiresOn.map { today.days(until: $0) <= 90 } ?? false }
            credentialRows.append([.text(record.slug), .integer(Int64(mine.count)), .integer(Int64(valid.count)), .integer(Int64(soon.count)),
                                   .integer(Int64(mine.filter { $0.status(on: today) == "expired" }.count)),
                                   .integer(Int64(mine.filter { $0.status(on: today) == "revoked" }.count))])
        }
        return Report(name: "courses", title: "Courses and credentials on \(today)", sections: [
            .init(name: "courses", columns: ["course", "status", "enrollments"] + Enrollment.statuses + ["completion_rate", "median_days_to_complete"], rows: courseRows),
            .init(name: "credentials", columns: ["credential", "issued", "valid", "expiring_90_days", "expired", "revoked"], rows: credentialRows),
            .init(name: "by_period", columns: ["period", "enrolled", "completed"], rows: periodRows),
            try ResourcesReport.viewsSection(kind: "course", store: store, from: from, to: to),
        ])
    }
}
