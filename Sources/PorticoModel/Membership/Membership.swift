import PorticoFormats
import PorticoSQLite

/// A membership: who holds it (a member, or a company for its people), on which plan, from when to when, whether it
/// is paid, cancelled or renews itself. Its status is derived (`MembershipStatus`). End dates are inclusive: a
/// membership from 2026-01-01 on an annual plan ends 2026-12-31 and its renewal starts 2027-01-01.
public struct Membership: Sendable, Equatable {
    /// Who holds a membership.
    public enum Holder: Sendable, Hashable {
        case member(Int64)
        case company(Int64)
    }

    public let id: Int64
    public let holder: Holder
    public let planID: Int64
    public let startsOn: CalendarDate
    /// Nil for lifetime plans.
    public let endsOn: CalendarDate?
    public let paidOn: CalendarDate?
    public let cancelledOn: CalendarDate?
    public let autoRenew: Bool

    /// The `memberships` table. An import is checked for overlapping memberships like any other write.
    public static let entity = Entity(table: "memberships", auditName: "membership", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("member_id", .integer, nullable: true, references: "members", onDelete: .cascade),
        .init("company_id", .integer, nullable: true, references: "companies"),
        .init("plan_id", .integer, references: "plans"),
        .init("starts_on", .text, normalize: { try Validate.date($0, field: "starts_on") }),
        .init("ends_on", .text, nullable: true, normalize: { try Validate.date($0, field: "ends_on") }),
        .init("paid_on", .text, nullable: true, normalize: { try Validate.date($0, field: "paid_on") }),
        .init("cancelled_on", .text, nullable: true, normalize: { try Validate.date($0, field: "cancelled_on") }),
        .init("auto_renew", .boolean, defaultValue: .integer(0)),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "memberships", view: .recordsView, edit: .recordsEdit, invariant: { store in
        if let clash = try MembershipRecords.firstOverlap(in: store) {
            throw ModelError.conflict("memberships \(clash.0) and \(clash.1) overlap: a holder cannot have two memberships of one plan at once")
        }
    }))

    init(record: Record) throws {
        id = try record.integer("id")
        if record.values["member_id"]?.isNull == false {
            holder = .member(try record.integer("member_id"))
        } else {
            holder = .company(try record.integer("company_id"))
        }
        planID = try record.integer("plan_id")
        startsOn = try Self.date(record, "starts_on")!
        endsOn = try Self.date(record, "ends_on")
        paidOn = try Self.date(record, "paid_on")
        cancelledOn = try Self.date(record, "cancelled_on")
        autoRenew = try record.bool("auto_renew")
    }

    private static func date(_ record: Record, _ column: String) throws -> CalendarDate? {
        guard let text = try record.optionalText(column) else { return nil }
        guard let date = CalendarDate(text) else {
            throw RecordError.wrongValue(table: "memberships", column: column, row: record.auditID, reason: "'\(text)' is not a date")
        }
        return date
    }

    public func status(graceDays: Int64, today: CalendarDate) -> MembershipStatus {
        MembershipStatus.of(startsOn: startsOn, endsOn: endsOn, paidOn: paidOn, cancelledOn: cancelledOn, graceDays: graceDays, today: today)
    }

    /// The last day the membership counts: its end, or the day before it was cancelled, whichever is first.
    public var effectiveEnd: CalendarDate? {
        let cancelledEnd = cancelledOn?.adding(days: -1)
        switch (endsOn, cancelledEnd) {
        case let (end?, cancelled?): return min(end, cancelled)
        case let (end, cancelled): return end ?? cancelled
        }
    }

    /// The end of a term on `plan` starting on `start`: the day before its next anniversary; nil for lifetime.
    ///
    /// The next anniversary is the same day a month or a year later; when that month has no such day (a term from
    /// 31 January, or from 29 February in a leap year), it is the first day of the month after, so the term keeps
    /// every day of its last month: 31 January runs to 28 (or 29) February, and 29 February 2028 to 28 February
    /// 2029, where clamping the anniversary to the month's end would have cut the term a day short.
    public static func end(of plan: Plan, startingOn start: CalendarDate) -> CalendarDate? {
        let months: Int64
        switch plan.period {
        case "monthly": months = 1
        case "annual": months = 12
        default: return nil
        }
        let clamped = start.adding(months: months)
        let anniversary = clamped.components.day < start.components.day ? clamped.adding(days: 1) : clamped
        return anniversary.adding(days: -1)
    }
}

extension Membership.Holder {
    /// The memberships column naming this holder.
    var column: String {
        switch self {
        case .member: return "member_id"
        case .company: return "company_id"
        }
    }

    var id: Int64 {
        switch self {
        case .member(let id), .company(let id): return id
        }
    }
}
