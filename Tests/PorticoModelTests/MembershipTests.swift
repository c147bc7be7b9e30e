import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Memberships: every status, renewals, cancellation, plan changes with proration, overlaps, companies, groups, CPD.
@Suite struct MembershipTests {
    let directory = TemporaryDirectory()
    let store: Store
    /// The test clock's day (2026-11-27, UTC: the store has no time zone set).
    let today = CalendarDate("2026-11-27")!

    init() throws {
        store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "full", name: "Full member", price: "180.00", currency: "GBP", period: "annual", cpdPoints: 30, in: context)
            try PlanRecords.add(slug: "fellow", name: "Fellow", price: "360.00", currency: "GBP", period: "annual", in: context)
            try PlanRecords.add(slug: "monthly", name: "Monthly", price: "15.00", currency: "GBP", period: "monthly", in: context)
            try PlanRecords.add(slug: "honorary", name: "Honorary", price: "0", currency: "GBP", period: "lifetime", in: context)
            try MemberRecords.add(["name": "Ana Silva", "email": "ana@example.org"], in: context)
            try MemberRecords.add(["name": "Li Wei", "email": "li@example.org"], in: context)
        }
    }

    func write<T>(_ body: (WriteContext) throws -> T) throws -> T { try store.write(as: TestStores.admin, command: "test", body) }
    var ana: Membership.Holder { get throws { try MembershipRecords.holder(member: "ana@example.org", company: nil, in: store).holder } }

    @Test func everyStatusFollowsFromDatesAndPayment() {
        let start = CalendarDate("2026-01-01")!, end = CalendarDate("2026-12-31")!
        func status(_ day: String, paid: Bool = true, cancelled: String? = nil, end: CalendarDate? = end) -> MembershipStatus {
            MembershipStatus.of(startsOn: start, endsOn: end, paidOn: paid ? start : nil, cancelledOn: cancelled.flatMap(CalendarDate.init),
                                graceDays: 30, today: CalendarDate(day)!)
        }
        #expect(status("2025-12-31") == .upcoming, "paid, not started yet")
        #expect(status("2025-12-31", paid: false) == .pending, "not paid, not started yet")
        #expect(status("2025-12-30", cancelled: "2026-01-01") == .cancelled, "cancelled before it was to start")
        #expect(status("2026-06-01", paid: false) == .pending, "started, not paid")
        #expect(status("2026-01-01") == .active)
        #expect(status("2026-12-31") == .active, "the end date is the last day")
        #expect(status("2027-01-01") == .grace)
        #expect(status("2027-01-30") == .grace, "30 grace days")
        #expect(status("2027-01-31") == .lapsed)
        #expect(status("2027-01-01", paid: false) == .lapsed, "unpaid past the end")
        #expect(status("2026-06-01", cancelled: "2026-06-01") == .cancelled)
        #expect(status("2026-05-31", cancelled: "2026-06-01") == .active, "cancelled from a later day")
        #expect(status("2090-01-01", end: nil) == .active, "lifetime never ends")
    }

    @Test func calendarArithmeticClampsMonthEndsAndCountsLeapYears() {
        #expect(CalendarDate("2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(CalendarDate("2028-01-31")!.adding(months: 1).description == "2028-02-29")
        #expect(CalendarDate("2028-02-29")!.adding(months: 12).description == "2029-02-28")
        #expect(CalendarDate("2026-03-15")!.adding(months: -3).description == "2025-12-15")
        #expect(CalendarDate("1970-01-01")!.dayNumber == 0 && CalendarDate("2000-03-01")!.dayNumber == 11_017)
        #expect(CalendarDate("2026-01-01")!.days(until: CalendarDate("2027-01-01")!) == 365)
        #expect(CalendarDate("2026-02-29") == nil && CalendarDate("2026-1-01") == nil && CalendarDate("26-01-01x") == nil)
        for day in stride(from: Int64(-800_000), to: 800_000, by: 997) {
            let date = CalendarDate(dayNumber: day)
            #expect(CalendarDate(date.description) == date || date.year < 0 || date.year > 9999)
        }
    }

    @Test func joiningRenewingAndCancellingKeepTheAnniversary() throws {
        let holder = try ana
        let first = try write { try MembershipRecords.add(holder, plan: "full", startsOn: CalendarDate("2026-01-15"), paid: true, in: $0) }
        #expect(first.endsOn?.description == "2027-01-14")
        #expect(first.status(graceDays: 30, today: today) == .active)
        let renewal = try write { try MembershipRecords.renew(holder, paid: false, in: $0) }
        #expect(renewal.startsOn.description == "2027-01-15" && renewal.endsOn?.description == "2028-01-14")
        #expect(renewal.status(graceDays: 30, today: today) == .pending)
        #expect(throws: ModelError.self, "the same plan cannot be held twice at once") {
            try write { try MembershipRecords.add(holder, plan: "full", startsOn: CalendarDate("2027-06-01"), paid: true, in: $0) }
        }
        let cancelled = try write { try MembershipRecords.cancel(holder, atEnd: false, in: $0) }
        #expect(cancelled.id == renewal.id && cancelled.cancelledOn?.description == "2027-01-15", "cancelling a future term cancels it from its start")
        #expect(cancelled.status(graceDays: 30, today: CalendarDate("2027-02-01")!) == .cancelled)
        #expect(throws: ModelError.self) { try write { try MembershipRecords.cancel(holder, atEnd: false, in: $0) } }
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func aLapsedMembershipRenewsFromToday() throws {
        let holder = try ana
        _ = try write { try MembershipRecords.add(holder, plan: "full", startsOn: CalendarDate("2024-01-01"), paid: true, in: $0) }
        let renewal = try write { try MembershipRecords.renew(holder, paid: true, in: $0) }
        #expect(renewal.startsOn == today && renewal.status(graceDays: 30, today: today) == .active)
        let lifetime = try write { try MembershipRecords.add(holder, plan: "honorary", paid: true, in: $0) }
        #expect(lifetime.endsOn == nil)
        #expect(throws: ModelError.self, "a lifetime membership never renews") { try write { try MembershipRecords.renew(holder, paid: true, in: $0) } }
    }

    @Test func changingPlanProratesTheDifferenceByDays() throws {
        let holder = try ana
        _ = try write { try MembershipRecords.add(holder, plan: "full", startsOn: CalendarDate("2026-01-01"), paid: true, in: $0) }
        let (upgraded, charge) = try write { try MembershipRecords.changePlan(holder, to: "fellow", in: $0) }
        // 35 of 365 days left (27 November to 31 December): (360 − 180) × 35 / 365 = 17.2602… → 17.26.
        #expect(charge == Money(minorUnits: 1726, currency: "GBP"))
        #expect(upgraded.startsOn == today && upgraded.endsOn?.description == "2026-12-31" && upgraded.paidOn != nil, "the renewal date is kept")
        let all = try MembershipRecords.list(holder, in: store)
        #expect(all.count == 2 && all[0].endsOn?.description == "2026-11-26", "the old plan ends yesterday")
        let (downgraded, refund) = try write { try MembershipRecords.changePlan(holder, to: "full", in: $0) }
        #expect(refund == nil && downgraded.planID == all[0].planID, "a downgrade charges nothing and refunds nothing automatically")
        let (monthly, full) = try write { try MembershipRecords.changePlan(holder, to: "monthly", in: $0) }
        #expect(full == Money(minorUnits: 1500, currency: "GBP") && monthly.endsOn?.description == "2026-12-26" && monthly.paidOn == nil,
                "another period starts a full, unpaid term")
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func aCompanyMembershipCoversItsPeopleAndBillsItsContact() throws {
        let company = try write { context -> Company in
            let company = try CompanyRecords.add(slug: "harbour-co", name: "Harbour Co", website: "https://harbour.example", contact: "li@example.org", in: context)
            try CompanyRecords.link(member: "ana@example.org", to: "harbour-co", in: context)
            try MembershipRecords.add(.company(company.id), plan: "full", startsOn: CalendarDate("2026-03-01"), paid: true, in: context)
            return company
        }
        let standings = try MembershipRecords.standings(on: today, in: store)
        #expect(standings.count == 2 && standings.values.allSatisfy { $0.status == .active }, "both linked people count as members")
        let invoices = try write { try InvoiceRecords.generateRenewals(within: 120, in: $0) }
        #expect(invoices.count == 1 && invoices[0].billToName == "Harbour Co" && invoices[0].billToEmail == "li@example.org" && invoices[0].companyID == company.id)
        #expect(try write { try InvoiceRecords.generateRenewals(within: 120, in: $0) }.isEmpty, "running it again drafts nothing")
        let terms = try MembershipRecords.list(.company(company.id), in: store)
        #expect(terms.map(\.startsOn.description) == ["2026-03-01", "2027-03-01"], "one shared renewal date for the company's people")
    }

    @Test func anImportWithOverlappingMembershipsIsRefused() throws {
        try directory.write("member_id,plan_id,starts_on,ends_on,paid_on\n1,1,2026-01-01,2026-12-31,2026-01-01\n1,1,2026-06-01,2027-05-31,\n", to: "m.csv")
        #expect(throws: ModelError.self) {
            try RecordImporter(entity: Membership.entity).run(path: directory.url.appendingPathComponent("m.csv").path, format: .csv, store: store,
                                                              actor: TestStores.admin, command: "import")
        }
        #expect(try MembershipRecords.list(try ana, in: store).isEmpty)
    }

    @Test func groupsAndCPDProgress() throws {
        let holder = try ana
        try write { context in
            try MembershipRecords.add(holder, plan: "full", startsOn: CalendarDate("2026-02-01"), paid: true, in: context)
            try GroupRecords.add(slug: "north", name: "Northern Chapter", kind: "chapter", in: context)
            try GroupRecords.join(group: "north", member: "ana@example.org", role: "member", in: context)
            try GroupRecords.join(group: "north", member: "ana@example.org", role: "chair", in: context)
            try GroupRecords.join(group: "north", member: "li@example.org", role: "member", in: context)
            try CPDRecords.log(member: "ana@example.org", activity: "Coastal design seminar", category: "Learning", points: 12,
                               completedOn: CalendarDate("2026-03-10"), evidenceURL: nil, in: context)
            try CPDRecords.log(member: "ana@example.org", activity: "Before the cycle", category: "Learning", points: 50,
                               completedOn: CalendarDate("2026-01-20"), evidenceURL: nil, in: context)
        }
        #expect(try GroupRecords.roster(group: "north", in: store).map(\.role) == ["chair", "member"])
        let summary = try CPDRecords.summary(member: "ana@example.org", in: store)
        #expect(summary.cycleStart.description == "2026-02-01" && summary.cycleEnd.description == "2027-01-31")
        #expect(summary.required == 30 && summary.earned == 12 && summary.shortfall == 18, "points before the cycle do not count")
        #expect(try CPDRecords.behind(in: store).map(\.memberNumber) == [summary.memberNumber])
        #expect(throws: ModelError.self) {
            try write { try CPDRecords.log(member: "ana@example.org", activity: "Later", category: "x", points: 1, completedOn: CalendarDate("2027-01-01"), evidenceURL: nil, in: $0) }
        }
        #expect(try AuditLog(store: store).verify() == [])
    }
}

/// The refusals: each bad request names its field or says why, and changes nothing.
extension MembershipTests {
    @Test func badRequestsAreRefusedByName() throws {
        let holder = try ana
        _ = try write { try MembershipRecords.add(holder, plan: "honorary", paid: true, in: $0) }
        let before = try TestStores.dump(store)
        #expect(throws: ModelError.conflict("membership 1 is lifetime: it has no end to cancel at")) {
            try write { try MembershipRecords.cancel(holder, atEnd: true, in: $0) }
        }
        #expect(throws: ModelError.self, "no membership to renew") {
            try write { try MembershipRecords.renew(try MembershipRecords.holder(member: "li@example.org", company: nil, in: store).holder, paid: true, in: $0) }
        }
        #expect(throws: ModelError.self, "a member or a company, not both") { try MembershipRecords.holder(member: "ana@example.org", company: "x", in: store) }
        #expect(throws: ModelError.invalid(field: "--start", value: "2026-02-30", reason: "not a date such as 2026-01-31")) {
            try Validate.calendarDate("2026-02-30", field: "--start")
        }
        #expect(throws: ModelError.self, "not in the group") { try write { try GroupRecords.join(group: "nowhere", member: "ana@example.org", role: "x", in: $0) } }
        #expect(throws: ModelError.self, "unknown kind") { try write { try GroupRecords.add(slug: "g", name: "G", kind: "club", in: $0) } }
        #expect(throws: ModelError.self, "zero points") {
            try write { try CPDRecords.log(member: "ana@example.org", activity: "A", category: "B", points: 0, completedOn: nil, evidenceURL: nil, in: $0) }
        }
        #expect(throws: ModelError.self, "evidence must be a web address") {
            try write { try CPDRecords.log(member: "ana@example.org", activity: "A", category: "B", points: 1, completedOn: nil, evidenceURL: "file:///etc/passwd", in: $0) }
        }
        #expect(try TestStores.dump(store) == before)
    }

    @Test func groupsAndCompaniesLinkAndUnlink() throws {
        try write { context in
            try GroupRecords.add(slug: "north", name: "North", kind: "chapter", in: context)
            try CompanyRecords.add(slug: "harbour", name: "Harbour", website: nil, contact: nil, in: context)
            try CompanyRecords.link(member: "ana@example.org", to: "harbour", in: context)
        }
        #expect(throws: ModelError.self, "leaving a group one is not in") { try write { try GroupRecords.leave(group: "north", member: "ana@example.org", in: $0) } }
        try write { try CompanyRecords.link(member: "ana@example.org", to: nil, in: $0) }
        #expect(try MemberRecords.find("ana@example.org", in: store).values["company_id"] == .null)
        #expect(throws: ModelError.self, "a company without a contact gets no invoice") {
            try write { try InvoiceRecords.draft(for: .company(try CompanyRecords.find(slug: "harbour", in: store).id),
                                                 lines: [.init(description: "x", unit: Money(minorUnits: 1, currency: "GBP"))], in: $0) }
        }
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func plansChangeExactlyAndSettingsCheckTheirValues() throws {
        let plan = try write { try PlanRecords.update(slug: "full", ["price": "190.50", "payment_url": "https://pay.example.org/full", "public": "no"], in: $0) }
        #expect(plan.price == Money(minorUnits: 19_050, currency: "GBP") && plan.paymentURL == "https://pay.example.org/full" && !plan.isPublic)
        #expect(throws: ModelError.self, "more decimals than pence") { try write { try PlanRecords.update(slug: "full", ["price": "1.005"], in: $0) } }
        #expect(throws: ModelError.self, "the currency cannot change") { try write { try PlanRecords.update(slug: "full", ["currency": "EUR"], in: $0) } }
        #expect(throws: ModelError.self) { try write { try PlanRecords.update(slug: "full", ["payment_url": "javascript:alert(1)"], in: $0) } }
        #expect(throws: ModelError.self, "yes or no") { try write { try PlanRecords.update(slug: "full", ["public": "maybe"], in: $0) } }
        for (key, bad) in [("notifications.reminder_days", "30,-1"), ("notifications.reminder_days", "soon"), ("directory.default.email", "true"),
                           ("directory.lock.phone", "1")] {
            #expect(throws: ModelError.self, "\(key)=\(bad)") { try write { try SiteSettings.set(key, to: bad, in: $0) } }
        }
        #expect(try write { try SiteSettings.set("notifications.reminder_days", to: " 60, 7 ,0", in: $0) } == "60,7,0")
    }
}
