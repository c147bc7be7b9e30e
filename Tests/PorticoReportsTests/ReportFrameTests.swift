import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSQLite
import PorticoTestSupport

/// The report frame: `--by` read the same way by every report (periods filled in, a grouping a report lacks refused
/// by name), revenue from every source, CPD compliance by cycle and course activity by period, on small datasets
/// whose figures are worked out by hand here.
@Suite struct ReportFrameTests {
    let directory = TemporaryDirectory()
    let store: Store

    init() throws { store = try TestStores.make(in: directory) }

    /// A store whose clock reads `day` at noon UTC, for writes dated then.
    func on(_ day: String) throws -> Store { try Store(path: store.path, clock: { Timestamp.parse(day + "T12:00:00Z")! }) }
    func rows(_ report: Report, _ section: String) -> [[String]] {
        (report.section(section)?.rows ?? []).map { $0.map { $0.text ?? ($0.isNull ? "" : "\($0)") } }
    }

    /// July: a membership invoice of 180.00 on the Full plan. November: one invoice with a sponsorship line of
    /// 1,500.00 at 20% tax and a course line of 250.00; a 20.00 ticket bought on 10 November. A draft for 999.00 is
    /// not revenue.
    @Test func revenueCountsEverySourceAndFillsEveryPeriod() throws {
        let plan = try store.write(as: TestStores.admin, command: "test") { context -> Plan in
            let plan = try PlanRecords.add(slug: "full", name: "Full member", price: "180.00", currency: "GBP", period: "annual", in: context)
            _ = try MemberRecords.add(["name": "Ana Silva", "email": "ana@example.org"], in: context)
            try EventRecords.create(title: "Seminar", start: "2026-11-20 09:00", end: "2026-11-20 17:00", timeZone: "Europe/London", fields: ["venue_name": "Hall"], in: context)
            try TicketRecords.addTicket(event: "seminar", name: "Seat", price: "20.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 2, visibility: nil, checkoutURL: nil, in: context)
            try EventRecords.publish(slug: "seminar", in: context)
            return plan
        }
        let ana = Membership.Holder.member(try MemberRecords.find("ana@example.org", in: store).integer("id"))
        func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: "GBP") }
        try on("2026-07-15").write(as: TestStores.admin, command: "test") { context in
            let draft = try InvoiceRecords.draft(for: ana, lines: [.init(description: "Full member", unit: money(18_000), planID: plan.id)], in: context)
            _ = try InvoiceRecords.issue("#\(draft.id)", in: context)
        }
        try on("2026-11-10").write(as: TestStores.admin, command: "test") { context in
            let draft = try InvoiceRecords.draft(for: ana, lines: [
                .init(description: "Silver sponsorship", unit: money(150_000), taxRateBasisPoints: 2000, source: "sponsorship"),
                .init(description: "Foundations course", unit: money(25_000), source: "courses"),
            ], in: context)
            _ = try InvoiceRecords.issue("#\(draft.id)", in: context)
            _ = try InvoiceRecords.draft(for: ana, lines: [.init(description: "Not yet", unit: money(99_900), source: "other")], in: context)
            _ = try Registrations.add(event: "seminar", ticket: "Seat", attendee: .guest(name: "G", email: "g@example.net"), in: context)
        }

        let bySource = try RevenueReport.make(store: store, from: "2026-01-01", to: "2027-01-01", by: "source")
        // source, currency, lines, net, tax, gross, then minor units.
        #expect(rows(bySource, "revenue") == [
            ["courses", "GBP", "1", "250.00", "0.00", "250.00", "25000", "0", "25000"],
            ["events", "GBP", "1", "20.00", "0.00", "20.00", "2000", "0", "2000"],
            ["membership", "GBP", "1", "180.00", "0.00", "180.00", "18000", "0", "18000"],
            ["sponsorship", "GBP", "1", "1500.00", "300.00", "1800.00", "150000", "30000", "180000"],
        ])
        // By quarter over the year: four quarters, the empty ones nought.
        let quarterly = try RevenueReport.make(store: store, from: "2026-01-01", to: "2027-01-01", by: "quarter")
        #expect(rows(quarterly, "revenue").map { [$0[0], $0[2], $0[3], $0[5]] }
                == [["2026-Q1", "0", "0.00", "0.00"], ["2026-Q2", "0", "0.00", "0.00"], ["2026-Q3", "1", "180.00", "180.00"], ["2026-Q4", "3", "1770.00", "2070.00"]])
        #expect(quarterly.section("revenue")?.columns.first == "period")
        #expect(rows(quarterly, "by_period_and_source").map { [$0[0], $0[2], $0[6]] }
                == [["2026-Q3", "membership", "180.00"], ["2026-Q4", "courses", "250.00"], ["2026-Q4", "events", "20.00"], ["2026-Q4", "sponsorship", "1800.00"]])
        // Without bounds, by month: July to November, August to October nought.
        #expect(rows(try RevenueReport.make(store: store, from: nil, to: nil, by: nil), "revenue").map { [$0[0], $0[3]] }
                == [["2026-07", "180.00"], ["2026-08", "0.00"], ["2026-09", "0.00"], ["2026-10", "0.00"], ["2026-11", "1770.00"]])
        #expect(rows(try RevenueReport.make(store: store, from: nil, to: nil, by: "plan"), "revenue").map { [$0[0], $0[3]] }
                == [["(no plan)", "1770.00"], ["full", "180.00"]])
        #expect(throws: ModelError.invalid(field: "--by", value: "category", reason: "the revenue report groups by day, week, month, quarter, year, plan or source")) {
            try RevenueReport.make(store: store, from: nil, to: nil, by: "category")
        }
        #expect(throws: ModelError.self, "an empty range") { try RevenueReport.make(store: store, from: "2026-05-01", to: "2026-05-01", by: nil) }
    }

    /// A plan asking 10 points a calendar year; Ana has 12 (complete), Ben 4 (behind by 6), Cy none (behind by 10).
    @Test func cpdComplianceByPlanAndCycle() throws {
        try store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "full", name: "Full member", price: "180.00", currency: "GBP", period: "annual", cpdPoints: 10, in: context)
            for (name, points) in [("Ana", 12), ("Ben", 4), ("Cy", 0)] {
                let member = try MemberRecords.add(["name": name, "email": "\(name.lowercased())@example.org"], in: context)
                try MembershipRecords.add(.member(member.id), plan: "full", startsOn: CalendarDate("2026-01-01")!, paid: true, in: context)
                if points > 0 {
                    try CPDRecords.log(member: "\(name.lowercased())@example.org", activity: "Seminar", category: "Learning", points: points,
                                       completedOn: CalendarDate("2026-06-01"), evidenceURL: nil, in: context)
                }
            }
        }
        let report = try CPDReport.make(store: store)
        #expect(rows(report, "compliance") == [["Full member", "2026", "3", "1", "2", "33.3%", "16"]])
        #expect(rows(report, "behind").map { [$0[1], $0[7]] } == [["Cy", "10"], ["Ben", "6"]])
    }

    /// Ana enrolls on 3 October and completes on 20 November; Ben enrolls on 12 November.
    @Test func courseActivityByPeriod() throws {
        let signing = Certifications.Signing(keyPath: directory.url.appendingPathComponent("portico.db.credential-key").path)
        try store.write(as: TestStores.admin, command: "test") { context in
            let course = try LearningRecords.createCourse(title: "Foundations", price: "100.00", memberPrice: nil, currency: "GBP", requires: [],
                                                          credential: nil, fields: [:], in: context)
            try LearningRecords.setStatus(slug: course.slug, to: "published", in: context)
            _ = try MemberRecords.add(["name": "Ana", "email": "ana@example.org"], in: context)
            _ = try MemberRecords.add(["name": "Ben", "email": "ben@example.org"], in: context)
        }
        try on("2026-10-03").write(as: TestStores.admin, command: "test") { _ = try LearningRecords.enroll(member: "ana@example.org", course: "foundations", in: $0) }
        try on("2026-11-12").write(as: TestStores.admin, command: "test") { _ = try LearningRecords.enroll(member: "ben@example.org", course: "foundations", in: $0) }
        try on("2026-11-20").write(as: TestStores.admin, command: "test") {
            try LearningRecords.complete(member: "ana@example.org", course: "foundations", score: nil, signing: signing, in: $0)
        }
        let today = CalendarDate("2026-11-27")!
        #expect(rows(try CoursesReport.make(store: store, today: today), "by_period") == [["2026-10", "1", "0"], ["2026-11", "1", "1"]])
        #expect(rows(try CoursesReport.make(store: store, from: "2026-09-01", to: "2027-01-01", by: "quarter", today: today), "by_period")
                == [["2026-Q3", "0", "0"], ["2026-Q4", "2", "1"]])
        // 1 completed of 2 not withdrawn; 48 days from 3 October to 20 November.
        #expect(rows(try CoursesReport.make(store: store, today: today), "courses").map { [$0[0], $0[2], $0.dropLast().last!, $0.last!] }
                == [["foundations", "2", "50.0%", "48.0"]])
    }

    /// Filling in periods across the year's end: 2026 has an ISO week 53 (Monday 28 December); a leap day is a day.
    @Test func periodsAreFilledAcrossYearEnds() {
        #expect(ReportPeriod.week.filled(["2027-W01", "2026-W52"]) == ["2026-W52", "2026-W53", "2027-W01"])
        #expect(ReportPeriod.week.firstDay(of: "2026-W53") == CalendarDate("2026-12-28") && ReportPeriod.week.firstDay(of: "2027-W01") == CalendarDate("2027-01-04"))
        #expect(ReportPeriod.quarter.filled(["2027-Q2", "2026-Q4"]) == ["2026-Q4", "2027-Q1", "2027-Q2"])
        #expect(ReportPeriod.day.filled(["2028-03-01", "2028-02-28"]) == ["2028-02-28", "2028-02-29", "2028-03-01"])
        #expect(ReportPeriod.month.labels(from: CalendarDate("2026-12-31")!, through: CalendarDate("2027-01-01")!) == ["2026-12", "2027-01"])
    }
}
