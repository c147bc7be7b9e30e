import PorticoFormats
import PorticoSQLite

/// Continuing professional development: an activity a member completed, worth whole points, from a manual log,
/// an event attended or a course finished.
public enum CPDRecord {
    public static let sources = ["manual", "event", "course"]

    /// The `cpd_records` table.
    public static let entity = Entity(table: "cpd_records", auditName: "cpd_record", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("member_id", .integer, references: "members", onDelete: .cascade),
        .init("activity", .text, normalize: { try Validate.text($0, field: "activity", maximum: 200) }),
        .init("category", .text, normalize: { try Validate.text($0, field: "category", maximum: 60) }),
        .init("points", .integer),
        .init("completed_on", .text, normalize: { try Validate.date($0, field: "completed_on") }),
        .init("evidence_url", .text, nullable: true, privacy: .personal, normalize: { try Validate.webURL($0, field: "evidence_url") }),
        .init("source", .text, allowed: sources, defaultValue: .text("manual")),
        .init("created_at", .text, generated: .createdAt),
    ], transfer: .init(name: "cpd", view: .recordsView, edit: .cpdLog))
}

/// A member's CPD progress in a cycle against their plan's requirement.
public struct CPDSummary: Sendable, Equatable {
    public let memberNumber: String
    public let name: String
    public let planName: String?
    public let cycleStart: CalendarDate
    public let cycleEnd: CalendarDate
    public let required: Int64
    public let earned: Int64
    public var shortfall: Int64 { max(0, required - earned) }
}

/// Logging CPD and measuring it. The **cycle** is the member's current membership year (its start to its end);
/// for a lifetime plan or without a membership it is the calendar year. The requirement is the plan's
/// `cpd_points` (none without a current membership).
public enum CPDRecords {
    @discardableResult
    public static func log(member key: String, activity: String, category: String, points: Int, completedOn: CalendarDate?, evidenceURL: String?,
                           source: String = "manual", in context: WriteContext) throws -> Record {
        let member = try MemberRecords.find(key, in: context.store)
        guard points > 0 else { throw ModelError.invalid(field: "--points", value: String(points), reason: "must be a whole number above zero") }
        let today = try context.store.today()
        let day = completedOn ?? today
        if day > today { throw ModelError.invalid(field: "--date", value: day.description, reason: "is in the future") }
        let values: [String: DatabaseValue] = [
            "member_id": member.values["id"]!, "activity": .text(try Validate.text(activity, field: "--activity", maximum: 200)),
            "category": .text(try Validate.text(category, field: "--category", maximum: 60)), "points": .integer(Int64(points)),
            "completed_on": .text(day.description), "evidence_url": try evidenceURL.map { .text(try Validate.webURL($0, field: "--evidence")) } ?? .null,
            "source": .text(try Validate.choice(source, field: "--source", allowed: CPDRecord.sources)),
        ]
        return try context.insert(CPDRecord.entity, CPDRecord.entity.completedForInsert(values, in: context.store))
    }

    /// One member's progress in their current cycle.
    public static func summary(member key: String, in store: Store) throws -> CPDSummary {
        let record = try MemberRecords.find(key, in: store)
        let id = try record.integer("id")
        let today = try store.today()
        let cycles = try currentCycles(today: today, in: store)
        let cycle = cycles[id] ?? defaultCycle(today, planName: nil, required: 0)
        let earned = try store.database.scalar("SELECT coalesce(sum(points), 0) FROM cpd_records WHERE member_id = ? AND completed_on BETWEEN ? AND ?",
                                               [id, cycle.start.description, cycle.end.description]).integer ?? 0
        return CPDSummary(memberNumber: try record.text("member_number"), name: try record.text("name"), planName: cycle.planName,
                          cycleStart: cycle.start, cycleEnd: cycle.end, required: cycle.required, earned: earned)
    }

    /// Every member with a current membership whose plan asks for CPD points and who has not yet earned them in this
    /// cycle, the furthest behind first.
    public static func behind(in store: Store) throws -> [CPDSummary] {
        try current(in: store).filter { $0.shortfall > 0 }.sorted { ($1.shortfall, $0.memberNumber) < ($0.shortfall, $1.memberNumber) }
    }

    /// Every member with a current membership whose plan asks for CPD points, with their current cycle and what they
    /// have earned in it, by member number. Linear: one pass over memberships, one over the cycle's records.
    public static func current(in store: Store) throws -> [CPDSummary] {
        let today = try store.today()
        let cycles = try currentCycles(today: today, in: store).filter { $0.value.required > 0 }
        var earned: [Int64: Int64] = [:]
        for row in try store.database.rows("SELECT member_id, completed_on, points FROM cpd_records") {
            guard let member = try row["member_id"].integer, let cycle = cycles[member], let day = try row["completed_on"].text.flatMap(CalendarDate.init),
                  day >= cycle.start, day <= cycle.end else { continue }
            earned[member, default: 0] += try row.integer("points")
        }
        var result: [CPDSummary] = []
        for row in try store.database.rows("SELECT id, member_number, name FROM members ORDER BY member_number") {
            guard let id = try row["id"].integer, let cycle = cycles[id] else { continue }
            let summary = CPDSummary(memberNumber: try row.text("member_number"), name: try row.text("name"), planName: cycle.planName,
                                     cycleStart: cycle.start, cycleEnd: cycle.end, required: cycle.required, earned: earned[id] ?? 0)
            result.append(summary)
        }
        return result
    }

    private struct Cycle {
        let start: CalendarDate
        let end: CalendarDate
        let planName: String?
        let required: Int64
    }

    private static func defaultCycle(_ today: CalendarDate, planName: String?, required: Int64) -> Cycle {
        Cycle(start: CalendarDate(year: today.year, month: 1, day: 1)!, end: CalendarDate(year: today.year, month: 12, day: 31)!,
              planName: planName, required: required)
    }

    /// Each member's current cycle, from the membership that gives them their standing today.
    private static func currentCycles(today: CalendarDate, in store: Store) throws -> [Int64: Cycle] {
        let standings = try MembershipRecords.standings(on: today, in: store).filter { $0.value.status.isCurrent }
        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0) })
        var companyOf: [Int64: Int64] = [:]
        for row in try store.database.rows("SELECT id, company_id FROM members WHERE company_id IS NOT NULL") {
            if let id = try row["id"].integer, let company = try row["company_id"].integer { companyOf[id] = company }
        }
        var terms: [String: (CalendarDate, CalendarDate?)] = [:]
        for row in try store.database.rows("SELECT member_id, company_id, plan_id, starts_on, ends_on FROM memberships WHERE starts_on <= ?", [today.description]) {
            guard let start = try row["starts_on"].text.flatMap(CalendarDate.init) else { continue }
            let end = try row["ends_on"].text.flatMap(CalendarDate.init)
            guard end.map({ today <= $0 }) ?? true else { continue }
            let holder = try row["member_id"].integer.map { "m\($0)" } ?? "c\(try row.integer("company_id"))"
            let key = holder + "/\(try row.integer("plan_id"))"
            terms[key] = (start, end)
        }
        var cycles: [Int64: Cycle] = [:]
        for (member, standing) in standings {
            guard let plan = plans[standing.planID] else { continue }
            let term = terms["m\(member)/\(plan.id)"] ?? companyOf[member].flatMap { terms["c\($0)/\(plan.id)"] }
            if let (start, end) = term, let end {
                cycles[member] = Cycle(start: start, end: end, planName: plan.name, required: plan.cpdPoints)
            } else {
                cycles[member] = defaultCycle(today, planName: plan.name, required: plan.cpdPoints)
            }
        }
        return cycles
    }
}
