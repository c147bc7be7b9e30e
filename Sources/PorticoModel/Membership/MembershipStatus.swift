import PorticoFormats

/// Where a membership stands on a given day, derived from its dates and payment (never stored, so it cannot go stale):
///
/// | status | when |
/// |---|---|
/// | `cancelled` | cancelled on or before the day |
/// | `pending` | starts after the day, or not yet paid and not yet ended |
/// | `active` | paid, started, and not ended (a lifetime membership never ends) |
/// | `grace` | paid, ended, and within the plan's grace days after the end |
/// | `lapsed` | ended and past the grace days, or ended unpaid |
public enum MembershipStatus: String, CaseIterable, Sendable, Comparable {
    case active, grace, pending, lapsed, cancelled

    /// Current memberships make someone a member: listed in the directory (when public), counted, sent reminders.
    public var isCurrent: Bool { self == .active || self == .grace }

    /// The status of a membership on `today`.
    public static func of(startsOn: CalendarDate, endsOn: CalendarDate?, paidOn: CalendarDate?, cancelledOn: CalendarDate?,
                          graceDays: Int64, today: CalendarDate) -> MembershipStatus {
        if let cancelledOn, cancelledOn <= today { return .cancelled }
        if startsOn > today { return .pending }
        let ended = endsOn.map { $0 < today } ?? false
        if paidOn == nil { return ended ? .lapsed : .pending }
        guard let endsOn, ended else { return .active }
        return today <= endsOn.adding(days: graceDays) ? .grace : .lapsed
    }

    /// Of several memberships, the one that says most about the person: active before grace, pending, lapsed, cancelled.
    public static func < (lhs: MembershipStatus, rhs: MembershipStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
