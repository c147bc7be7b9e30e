import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// What depends on 'today' (terms, grace, renewal reminders, renewal invoices, the site's day) at month ends, year
/// ends, leap days and the days London's clocks change: every day of 2027 and 2028, not one pinned date.
@Suite struct DatesAtBoundariesTests {
    /// Plans of each period, read back from a store as commands see them.
    static let plans: [String: Plan] = {
        let directory = TemporaryDirectory()
        let store = try! TestStores.make(in: directory)
        try! store.write(as: TestStores.admin, command: "test") { context in
            for period in Plan.periods { try PlanRecords.add(slug: period, name: period, price: "10.00", currency: "GBP", period: period, in: context) }
        }
        return Dictionary(uniqueKeysWithValues: Plan.periods.map { ($0, try! PlanRecords.find(slug: $0, in: store)) })
    }()

    static func plan(_ period: String) -> Plan { plans[period]! }

    static func everyDay(from first: String, through last: String) -> [CalendarDate] {
        let (start, end) = (CalendarDate(first)!, CalendarDate(last)!)
        return (0...start.days(until: end)).map { start.adding(days: $0) }
    }

    /// Terms end the day before their next anniversary and never lose a day of their last month; a chain of
    /// renewals covers every day once.
    @Test func termsEndTheDayBeforeTheirAnniversaryOnEveryStartDay() {
        for start in Self.everyDay(from: "2027-01-01", through: "2028-12-31") {
            let (year, month, day) = start.components
            let monthly = Membership.end(of: Self.plan("monthly"), startingOn: start)!
            let annual = Membership.end(of: Self.plan("annual"), startingOn: start)!
            // The anniversary is the same day next month (next year), or the 1st after a month without that day.
            let nextMonth = CalendarDate(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: day)
                ?? CalendarDate(year: month >= 11 ? year + 1 : year, month: (month + 1) % 12 + 1, day: 1)!
            let nextYear = CalendarDate(year: year + 1, month: month, day: day) ?? CalendarDate(year: year + 1, month: 3, day: 1)!
            #expect(monthly.adding(days: 1) == nextMonth, "monthly from \(start) ends \(monthly)")
            #expect(annual.adding(days: 1) == nextYear, "annual from \(start) ends \(annual)")
            #expect(start.days(until: annual) + 1 >= 365 && start.days(until: monthly) + 1 >= 28)
        }
        #expect(Membership.end(of: Self.plan("monthly"), startingOn: CalendarDate("2027-01-31")!)?.description == "2027-02-28")
        #expect(Membership.end(of: Self.plan("monthly"), startingOn: CalendarDate("2028-01-31")!)?.description == "2028-02-29")
        #expect(Membership.end(of: Self.plan("annual"), startingOn: CalendarDate("2028-02-29")!)?.description == "2029-02-28")
        #expect(Membership.end(of: Self.plan("annual"), startingOn: CalendarDate("2027-12-31")!)?.description == "2028-12-30")
        #expect(Membership.end(of: Self.plan("lifetime"), startingOn: CalendarDate("2027-12-31")!) == nil)
        var start = CalendarDate("2027-01-31")!
        for _ in 0..<24 {
            let end = Membership.end(of: Self.plan("monthly"), startingOn: start)!
            #expect(end >= start)
            start = end.adding(days: 1)
        }
        #expect(start.description == "2029-02-01", "24 monthly terms from 31 January 2027 reach 1 February 2029")
    }

    /// Grace and lapse fall on the right day across a leap day and a year end.
    @Test func graceAndLapseAcrossLeapDaysAndYearEnds() {
        func status(_ end: String, _ today: String) -> MembershipStatus {
            MembershipStatus.of(startsOn: CalendarDate("2020-01-01")!, endsOn: CalendarDate(end)!, paidOn: CalendarDate("2020-01-01")!,
                                cancelledOn: nil, graceDays: 30, today: CalendarDate(today)!)
        }
        #expect(status("2028-02-28", "2028-02-29") == .grace)
        #expect(status("2028-02-28", "2028-03-29") == .grace, "30 grace days counting 29 February")
        #expect(status("2028-02-28", "2028-03-30") == .lapsed)
        #expect(status("2026-12-31", "2027-01-30") == .grace)
        #expect(status("2026-12-31", "2027-01-31") == .lapsed)
    }

    /// On each boundary day, members whose terms end 30, 7 and 0 days later get that reminder, with those days left,
    /// and `generate-renewals --within 30` drafts exactly the terms ending within 30 days.
    @Test(arguments: ["2027-01-31", "2027-02-28", "2027-03-28", "2027-03-31", "2027-10-31", "2027-12-01", "2027-12-31",
                      "2028-01-30", "2028-02-28", "2028-02-29", "2028-03-01", "2028-12-31"])
    func renewalRemindersAndInvoicesOnBoundaryDays(_ day: String) throws {
        let today = CalendarDate(day)!
        let instant = Date(timeIntervalSince1970: TimeInterval(today.dayNumber * 86_400 + 11 * 3_600))
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, now: instant)
        let offsets: [Int64] = [31, 30, 8, 7, 1, 0, -1]
        try store.write(as: TestStores.admin, command: "test") { context in
            try SiteSettings.set("site.timezone", to: "Europe/London", in: context)
            try PlanRecords.add(slug: "annual", name: "Annual", price: "50.00", currency: "GBP", period: "annual", in: context)
            for offset in offsets {
                let member = try MemberRecords.add(["name": "Ends \(offset)", "email": "ends\(offset + 10)@example.org"], in: context)
                // A term ending `offset` days from today, stored as an import would store it (not every day ends a
                // term that starts on a real day, e.g. no annual term ends on 28 February of a leap year).
                let end = today.adding(days: offset)
                let plan = try PlanRecords.find(slug: "annual", in: context.store)
                try context.insert(Membership.entity, Membership.entity.completedForInsert([
                    "member_id": .integer(member.id), "plan_id": .integer(plan.id), "starts_on": .text(end.adding(days: -364).description),
                    "ends_on": .text(end.description), "paid_on": .text(end.adding(days: -364).description), "auto_renew": .integer(0),
                ], in: context.store))
            }
        }
        #expect(try store.today() == today)
        let reminders = try DueNotifications.compute(on: today, in: store).filter { $0.kind == "renewal_reminder" }
        let daysLeft = Dictionary(uniqueKeysWithValues: reminders.map { ($0.toName, $0.facts["days_left"] ?? "") })
        #expect(daysLeft == ["Ends 30": "30", "Ends 8": "8", "Ends 7": "7", "Ends 1": "1", "Ends 0": "0"], "\(day): \(daysLeft)")
        #expect(Set(reminders.map(\.key).map { $0.split(separator: ":").last! }) == ["30", "7", "0"], "the threshold each reminder answers")
        let drafted = try store.write(as: TestStores.admin, command: "test") { try InvoiceRecords.generateRenewals(within: 30, in: $0) }
        #expect(Set(drafted.map(\.billToName)) == ["Ends 30", "Ends 8", "Ends 7", "Ends 1", "Ends 0"], "\(day)")
    }

    /// The site's day turns at London's midnight, in winter (GMT) and summer (BST), and on the days clocks change.
    @Test func todayIsTheSiteTimeZonesDay() throws {
        let cases = [
            ("2027-03-27T23:30:00Z", "2027-03-27"), ("2027-03-28T00:30:00Z", "2027-03-28"), ("2027-03-28T23:30:00Z", "2027-03-29"),
            ("2027-10-30T22:59:59Z", "2027-10-30"), ("2027-10-30T23:00:00Z", "2027-10-31"), ("2027-10-31T23:30:00Z", "2027-10-31"),
            ("2028-02-28T23:59:59Z", "2028-02-28"), ("2028-02-29T00:00:00Z", "2028-02-29"), ("2027-12-31T23:59:59Z", "2027-12-31"),
            ("2028-06-30T23:00:00Z", "2028-07-01"),
        ]
        for (instant, day) in cases {
            let directory = TemporaryDirectory()
            let store = try TestStores.make(in: directory, now: Timestamp.parse(instant)!)
            try store.write(as: TestStores.admin, command: "test") { try SiteSettings.set("site.timezone", to: "Europe/London", in: $0) }
            #expect(try store.today().description == day, "\(instant)")
        }
    }
}
