import PorticoFormats
import PorticoSQLite

/// Memberships: joining, renewing, cancelling and changing plan, each audited; and each person's standing.
///
/// **Renewal** continues the latest membership on the same plan: the new term starts the day after the old one
/// ends while the old one is active or in grace (the anniversary is kept), or today once it has lapsed.
/// **Changing plan** keeps the renewal date: the old membership ends yesterday and the new one runs from today to
/// the old end. When both plans bill in the same period and currency, the price difference is prorated by days:
/// `(new price − old price) × days left ÷ days in the term`, rounded half up to the minor unit; a positive amount is
/// charged (the caller drafts an invoice), a negative one is not refunded automatically (staff issue a credit note
/// if they choose). Otherwise (monthly to annual, to or from lifetime, another currency) the new plan starts a full
/// term today and is charged in full.
public enum MembershipRecords {
    /// The person or company a command names: a member's email or number, or a company's slug.
    public static func holder(member: String?, company: String?, in store: Store) throws -> (holder: Membership.Holder, name: String) {
        switch (member, company) {
        case let (key?, nil):
            let record = try MemberRecords.find(key, in: store)
            return (.member(try record.integer("id")), try record.text("name"))
        case let (nil, slug?):
            let company = try CompanyRecords.find(slug: slug, in: store)
            return (.company(company.id), company.name)
        default:
            throw ModelError.invalid(field: "member/--company", value: "", reason: "name either a member (email or number) or --company SLUG")
        }
    }

    /// Every membership of a holder, oldest first.
    public static func list(_ holder: Membership.Holder, in store: Store) throws -> [Membership] {
        let (column, id) = holderColumn(holder)
        return try store.database.rows("SELECT * FROM memberships WHERE \(column) = ? ORDER BY starts_on, id", [id])
            .map { try Membership(record: Membership.entity.decode($0)) }
    }

    /// Every membership term of every holder, oldest start first (for reports over the whole register).
    public static func all(in store: Store) throws -> [Membership] {
        try store.database.rows("SELECT * FROM memberships ORDER BY starts_on, id").map { try Membership(record: Membership.entity.decode($0)) }
    }

    public static func find(id: Int64, in store: Store) throws -> Membership {
        guard let record = try Membership.entity.find(id: id, in: store) else { throw ModelError.notFound(entity: "membership", key: String(id)) }
        return try Membership(record: record)
    }

    /// Starts a membership. `startsOn` defaults to today; the end follows from the plan's period.
    @discardableResult
    public static func add(_ holder: Membership.Holder, plan slug: String, startsOn: CalendarDate? = nil, paid: Bool, autoRenew: Bool = false,
                           in context: WriteContext) throws -> Membership {
        let plan = try PlanRecords.find(slug: slug, in: context.store)
        let today = try context.store.today()
        let start = startsOn ?? today
        return try insert(holder, plan: plan, start: start, end: Membership.end(of: plan, startingOn: start),
                          paidOn: paid ? today : nil, autoRenew: autoRenew, in: context)
    }

    /// The holder's term on the plan that waits for payment (not paid, not cancelled, not ended), if there is one:
    /// what `memberships add --paid` settles instead of refusing to add a second term over the same dates.
    public static func waitingForPayment(_ holder: Membership.Holder, plan slug: String, in store: Store) throws -> Membership? {
        let plan = try PlanRecords.find(slug: slug, in: store)
        let today = try store.today()
        return try list(holder, in: store).first {
            $0.planID == plan.id && $0.paidOn == nil && $0.status(graceDays: plan.graceDays, today: today) == .pending
        }
    }

    /// Marks a term paid today (money received outside an invoice, or its invoice settled).
    static func markPaidToday(_ membership: Membership, in context: WriteContext) throws {
        try markPaid([membership.id], on: try context.store.today(), in: context)
    }

    /// Renews the holder's latest membership on its plan (see the type's rule for the start date).
    @discardableResult
    public static func renew(_ holder: Membership.Holder, paid: Bool, in context: WriteContext) throws -> Membership {
        let latest = try latestMembership(holder, in: context.store)
        let plan = try PlanRecords.find(id: latest.planID, in: context.store)
        guard let end = latest.effectiveEnd, latest.endsOn != nil else {
            throw ModelError.conflict("membership \(latest.id) is on the lifetime plan '\(plan.slug)' and never needs renewing")
        }
        let today = try context.store.today()
        // A renewal already added and waiting for payment is the renewal: a second would put the holder two terms ahead.
        if latest.startsOn > today && latest.paidOn == nil && latest.cancelledOn == nil && plan.price.minorUnits > 0 {
            throw ModelError.conflict("membership \(latest.id) (\(latest.startsOn) to \(end)) is already the renewal, waiting for payment; pay its invoice, or cancel it first")
        }
        let stillCurrent = today <= end.adding(days: plan.graceDays) && latest.cancelledOn == nil
        let start = stillCurrent ? end.adding(days: 1) : today
        return try insert(holder, plan: plan, start: start, end: Membership.end(of: plan, startingOn: start), paidOn: paid ? today : nil,
                          autoRenew: latest.autoRenew, in: context)
    }

    /// Cancels the holder's latest membership today (or on `date`), or, with `atEnd`, on the day after its end
    /// (it stays current until then and does not renew).
    @discardableResult
    public static func cancel(_ holder: Membership.Holder, on date: CalendarDate? = nil, atEnd: Bool, in context: WriteContext) throws -> Membership {
        let latest = try latestMembership(holder, in: context.store)
        if let cancelled = latest.cancelledOn { throw ModelError.conflict("membership \(latest.id) is already cancelled from \(cancelled)") }
        let today = try context.store.today()
        let day: CalendarDate
        if atEnd {
            guard let end = latest.endsOn else { throw ModelError.conflict("membership \(latest.id) is lifetime: it has no end to cancel at") }
            day = end.adding(days: 1)
        } else {
            day = max(date ?? today, latest.startsOn)
        }
        let record = try context.update(Membership.entity, id: latest.id, set: [
            "cancelled_on": .text(day.description), "auto_renew": .integer(0)])
        return try Membership(record: record)
    }

    /// Moves the holder's current membership to another plan (see the type's rule). Returns the new membership
    /// and the prorated amount to charge, if any.
    public static func changePlan(_ holder: Membership.Holder, to slug: String, in context: WriteContext) throws -> (membership: Membership, charge: Money?) {
        let store = context.store
        let today = try store.today()
        let current = try latestMembership(holder, in: store)
        let oldPlan = try PlanRecords.find(id: current.planID, in: store)
        guard current.status(graceDays: oldPlan.graceDays, today: today) == .active else {
            throw ModelError.conflict("membership \(current.id) is not active today; renew it or add a new membership instead")
        }
        let newPlan = try PlanRecords.find(slug: slug, in: store)
        guard newPlan.id != oldPlan.id else { throw ModelError.conflict("the membership is already on '\(slug)'") }
        // The old membership stops: it ends yesterday, or, when it started today, is cancelled today.
        if current.startsOn < today {
            try context.update(Membership.entity, id: current.id, set: ["ends_on": .text(today.adding(days: -1).description), "auto_renew": .integer(0)])
        } else {
            try context.update(Membership.entity, id: current.id, set: ["cancelled_on": .text(today.description), "auto_renew": .integer(0)])
        }
        let prorate = oldPlan.period == newPlan.period && oldPlan.period != "lifetime" && oldPlan.price.currency == newPlan.price.currency
        if prorate, let end = current.endsOn {
            let membership = try insert(holder, plan: newPlan, start: today, end: end, paidOn: current.paidOn, autoRenew: current.autoRenew, in: context)
            let term = current.startsOn.days(until: end) + 1
            let left = today.days(until: end) + 1
            let difference = newPlan.price.minorUnits - oldPlan.price.minorUnits
            let amount = Money.prorate(difference, numerator: left, denominator: term)
            return (membership, amount > 0 ? Money(minorUnits: amount, currency: newPlan.price.currency) : nil)
        }
        let membership = try insert(holder, plan: newPlan, start: today, end: Membership.end(of: newPlan, startingOn: today), paidOn: nil,
                                    autoRenew: current.autoRenew, in: context)
        return (membership, newPlan.price.minorUnits > 0 ? newPlan.price : nil)
    }

    /// Marks the memberships an invoice paid for as paid (when its balance reaches zero).
    static func markPaid(_ ids: [Int64], on day: CalendarDate, in context: WriteContext) throws {
        for id in ids {
            let membership = try find(id: id, in: context.store)
            if membership.paidOn == nil {
                try context.update(Membership.entity, id: id, set: ["paid_on": .text(day.description)])
            }
        }
    }

    /// Takes back `markPaid` when the payment that paid for these terms is voided: they wait for payment again.
    static func markUnpaid(_ ids: [Int64], in context: WriteContext) throws {
        for id in ids where try find(id: id, in: context.store).paidOn != nil {
            try context.update(Membership.entity, id: id, set: ["paid_on": .null])
        }
    }

    /// Each member's standing on `today`: the best status among their own memberships and their company's, with
    /// that membership's plan. Members with no membership are absent. One pass over each table.
    public static func standings(on today: CalendarDate, in store: Store) throws -> [Int64: (status: MembershipStatus, planID: Int64)] {
        var byMember: [Int64: (status: MembershipStatus, planID: Int64)] = [:]
        var byCompany: [Int64: (status: MembershipStatus, planID: Int64)] = [:]
        let grace = Dictionary(uniqueKeysWithValues: try store.database.rows("SELECT id, grace_days FROM plans").map {
            (try $0.integer("id"), try $0.integer("grace_days"))
        })
        for row in try store.database.rows("SELECT * FROM memberships") {
            let membership = try Membership(record: Membership.entity.decode(row))
            let standing = (membership.status(graceDays: grace[membership.planID] ?? 0, today: today), membership.planID)
            func better(_ old: (status: MembershipStatus, planID: Int64)?) -> Bool { old.map { standing.0 < $0.status } ?? true }
            switch membership.holder {
            case .member(let id): if better(byMember[id]) { byMember[id] = standing }
            case .company(let id): if better(byCompany[id]) { byCompany[id] = standing }
            }
        }
        if !byCompany.isEmpty {
            for row in try store.database.rows("SELECT id, company_id FROM members WHERE company_id IS NOT NULL") {
                guard let member = try row["id"].integer, let company = try row["company_id"].integer, let standing = byCompany[company] else { continue }
                if byMember[member].map({ standing.status < $0.status }) ?? true { byMember[member] = standing }
            }
        }
        return byMember
    }

    /// One member's standing on `today` (as `standings` reckons it: the best of their own memberships and their
    /// company's), read with indexed lookups of that member's rows only: for one registration or one price, never a
    /// pass over every membership.
    public static func standing(ofMember id: Int64, on today: CalendarDate, in store: Store) throws -> (status: MembershipStatus, planID: Int64)? {
        var rows = try store.database.rows("SELECT * FROM memberships WHERE member_id = ?", [id])
        if let company = try store.database.scalar("SELECT company_id FROM members WHERE id = ?", [id]).integer {
            rows += try store.database.rows("SELECT * FROM memberships WHERE company_id = ?", [company])
        }
        var best: (status: MembershipStatus, planID: Int64)?
        for row in rows {
            let membership = try Membership(record: Membership.entity.decode(row))
            let grace = try store.database.scalar("SELECT grace_days FROM plans WHERE id = ?", [membership.planID]).integer ?? 0
            let standing = (status: membership.status(graceDays: grace, today: today), planID: membership.planID)
            if best.map({ standing.status < $0.status }) ?? true { best = standing }
        }
        return best
    }

    /// The first pair of memberships of one holder and plan whose dates overlap, if any (checked after imports).
    static func firstOverlap(in store: Store) throws -> (Int64, Int64)? {
        for column in ["member_id", "company_id"] {
            let row = try store.database.row("""
                SELECT a.id AS first, b.id AS second FROM memberships a JOIN memberships b
                  ON b.\(column) = a.\(column) AND b.plan_id = a.plan_id AND b.id > a.id
                WHERE a.starts_on <= \(effectiveEnd("b")) AND b.starts_on <= \(effectiveEnd("a")) LIMIT 1
                """)
            if let row, let first = try row["first"].integer, let second = try row["second"].integer { return (first, second) }
        }
        return nil
    }

    // MARK: - Helpers

    /// SQL for a membership's last counting day (its end, or the day before cancellation), far future when open.
    private static func effectiveEnd(_ alias: String) -> String {
        "min(coalesce(\(alias).ends_on, '9999-12-31'), coalesce(date(\(alias).cancelled_on, '-1 day'), '9999-12-31'))"
    }

    private static func holderColumn(_ holder: Membership.Holder) -> (String, DatabaseValue) { (holder.column, .integer(holder.id)) }

    private static func latestMembership(_ holder: Membership.Holder, in store: Store) throws -> Membership {
        guard let latest = try list(holder, in: store).last else {
            throw ModelError.notFound(entity: "membership", key: "for this holder (add one with memberships add)")
        }
        return latest
    }

    private static func insert(_ holder: Membership.Holder, plan: Plan, start: CalendarDate, end: CalendarDate?, paidOn: CalendarDate?,
                               autoRenew: Bool, in context: WriteContext) throws -> Membership {
        let (column, id) = holderColumn(holder)
        let overlapping = try context.database.row("""
            SELECT id, starts_on, ends_on FROM memberships AS m WHERE \(column) = ? AND plan_id = ?
              AND m.starts_on <= ? AND ? <= \(effectiveEnd("m")) LIMIT 1
            """, [id, .integer(plan.id), .text(end?.description ?? "9999-12-31"), .text(start.description)])
        if let overlapping {
            throw ModelError.conflict("membership \(try overlapping.integer("id")) on '\(plan.slug)' already covers \(try overlapping.text("starts_on")) to \(try overlapping["ends_on"].text ?? "lifetime"); a holder cannot have two memberships of one plan at once")
        }
        let values: [String: DatabaseValue] = [
            column: id, "plan_id": .integer(plan.id), "starts_on": .text(start.description), "ends_on": end.map { .text($0.description) } ?? .null,
            "paid_on": paidOn.map { .text($0.description) } ?? .null, "auto_renew": .integer(autoRenew ? 1 : 0),
        ]
        return try Membership(record: context.insert(Membership.entity, Membership.entity.completedForInsert(values, in: context.store)))
    }
}
