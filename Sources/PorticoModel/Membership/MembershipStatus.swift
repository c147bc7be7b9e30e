import PorticoFormats

/// Where a membership stands on a given day, derived from its dates and payment (never stored, so it cannot go stale):
///
/// | status | when |
/// |---|---|
/// | `cancelled` | cancelled on or before the day, or cancelled before it was to start |
/// | `upcoming` | paid, and starts after the day (a renewal paid in advance) |
/// | `pending` | not yet paid, and not yet ended (it may start later) |
/// | `active` | paid, started, and not ended (a lifetime membership never ends) |
/// | `grace` | paid, ended, and within the plan's grace days after the end |
/// | `lapsed` | ended and past the grace days, or ended unpaid |
public enum MembershipStatus: String, CaseIterable, Sendable, Comparable {
    case active, grace, upcoming, pending, lapsed, cancelled

    /// Current memberships make someone a member: listed in the directory (when public), counted, sent reminders.
    public var isCurrent: Bool { self == .active || self == .grace }

    /// The status of a membership on `today`.
    public static func of(startsOn: CalendarDate, endsOn: CalendarDate?, paidOn: CalendarDate?, cancelledOn: CalendarDate?,
                          graceDays: Int64, today: CalendarDate) -> MembershipStatus {
        if let cancelledOn, cancelledOn <= today || cancelledOn <= startsOn { return .cancelled }
        if startsOn > today { return paidOn == nil ? .pending : .upcoming }
        let ended = endsOn.map { $0 < today } ?? false
        if paidOn == nil { return ended ? .lapsed : .pending }
        guard let endsOn, ended else { return .active }
        return today <= endsOn.adding(days: graceDays) ? .grace : .lapsed
    }

    /// Of several memberships, the one that says most about the person: active before grace, upcoming, pending,
    /// lapsed, cancelled.
    public static func < (lhs: MembershipStatus, rhs: MembershipStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
