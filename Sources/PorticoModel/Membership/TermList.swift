import PorticoFormats
import PorticoSQLite

/// The membership lists staff ask for ("who lapses this month?", "who is renewing?"): every holder's terms with
/// who holds them, filtered by end date and standing, computed from today in the site's time zone.
public enum TermList {
    /// What to list; every filter given must match.
    public struct Filter: Sendable, Equatable {
        /// Current terms (active or in grace) ending within this many days from today, today included.
        public var endingWithin: Int64?
        /// Current terms ending before this day.
        public var endingBefore: CalendarDate?
        /// Terms that lapsed on or after this day and have not been renewed.
        public var lapsedSince: CalendarDate?
        /// Only terms with a next term after them (paid: `upcoming`, or waiting for payment: `pending`).
        public var renewing: Bool

        public init(endingWithin: Int64? = nil, endingBefore: CalendarDate? = nil, lapsedSince: CalendarDate? = nil, renewing: Bool = false) {
            self.endingWithin = endingWithin
            self.endingBefore = endingBefore
            self.lapsedSince = lapsedSince
            self.renewing = renewing
        }

        /// True when no filter is given.
        public var isEmpty: Bool { self == Filter() }
    }

    /// One term with its holder, plan and standing today.
    public struct Term: Sendable {
        public let membership: Membership
        /// The member number, or the company's slug.
        public let holderKey: String
        public let holderName: String
        public let memberID: Int64?
        public let plan: Plan
        public let status: MembershipStatus
        /// The next term on the same plan, if one was added (a renewal), and its status.
        public let next: (membership: Membership, status: MembershipStatus)?

        /// The day the term lapses if not renewed: the day after its end and grace days; nil for lifetime.
        public var lapsesOn: CalendarDate? { membership.effectiveEnd.map { $0.adding(days: plan.graceDays + 1) } }

        public var fields: [(String, DatabaseValue)] {
            [("member", .text(holderKey)), ("name", .text(holderName)), ("plan", .text(plan.slug)),
             ("starts_on", .text(membership.startsOn.description)), ("ends_on", .text(membership.endsOn?.description ?? "lifetime")),
             ("status", .text(status.rawValue)), ("next", .text(next.map { "\($0.status.rawValue) from \($0.membership.startsOn)" } ?? "")),
             ("membership", .integer(membership.id))]
        }
    }

    /// The terms matching `filter`, each holder's latest term on a plan unless it was renewed (then the renewed one,
    /// with its next), by end date then holder. With no filter: every holder's latest term on each plan.
    public static func terms(_ filter: Filter, in store: Store) throws -> [Term] {
        let today = try store.today()
        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0) })
        var holders: [String: (key: String, name: String, memberID: Int64?)] = [:]
        for member in try MemberRecords.list(in: store) { holders[Membership.Holder.member(member.id).key] = (member.memberNumber, member.name, member.id) }
        for company in try CompanyRecords.list(in: store) { holders[Membership.Holder.company(company.id).key] = (company.slug, company.name, nil) }
        var byHolderPlan: [String: [Membership]] = [:]
        for record in try Membership.entity.records(in: store) {
            let membership = try Membership(record: record)
            byHolderPlan[membership.holder.key + "/\(membership.planID)", default: []].append(membership)
        }
        var terms: [Term] = []
        for (key, memberships) in byHolderPlan {
            let sorted = memberships.sorted { ($0.startsOn, $0.id) < ($1.startsOn, $1.id) }
            guard let plan = plans[sorted[0].planID], let holder = holders[String(key.prefix { $0 != "/" })] else { continue }
            func status(_ membership: Membership) -> MembershipStatus { membership.status(graceDays: plan.graceDays, today: today) }
            // The term that says where the holder stands: the last one that has begun (or the first, if none has),
            // with the term after it, if any, as its renewal.
            let begun = sorted.lastIndex { $0.startsOn <= today && status($0) != .cancelled } ?? 0
            let term = sorted[begun]
            let next = sorted[(begun + 1)...].first { status($0) != .cancelled }
            terms.append(Term(membership: term, holderKey: holder.key, holderName: holder.name, memberID: holder.memberID, plan: plan,
                              status: status(term), next: next.map { ($0, status($0)) }))
        }
        return terms.filter { matches($0, filter, today: today) }.sorted {
            ($0.membership.effectiveEnd?.description ?? "9999", $0.holderKey, $0.plan.slug) < ($1.membership.effectiveEnd?.description ?? "9999", $1.holderKey, $1.plan.slug)
        }
    }

    static func matches(_ term: Term, _ filter: Filter, today: CalendarDate) -> Bool {
        let end = term.membership.effectiveEnd
        if let days = filter.endingWithin {
            guard term.status.isCurrent, let end, end >= today, end <= today.adding(days: days) else { return false }
        }
        if let day = filter.endingBefore {
            guard term.status.isCurrent, let end, end < day else { return false }
        }
        if let day = filter.lapsedSince {
            guard term.status == .lapsed, term.next == nil, let lapsed = term.lapsesOn, lapsed >= day else { return false }
        }
        if filter.renewing && term.next == nil { return false }
        return true
    }
}

extension Membership.Holder {
    /// `member_id7`, `company_id2`: one string per holder, for grouping.
    var key: String { "\(column)\(id)" }
}
