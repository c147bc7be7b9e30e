import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSQLite
import PorticoTestSupport

/// `report membership` on five members whose figures are worked out by hand (today is 27 November 2026, the plan
/// annual with 30 days' grace):
/// - A joined 2025-01-01 and renewed from 2026-01-01;
/// - B joined 2025-06-01 and did not renew: ended 2026-05-31, past grace by today, so lapsed;
/// - C joined 2026-03-15;
/// - D joined 2025-10-01 and renewed from 2026-10-01;
/// - E joined 2025-11-01 and has not renewed: ended 2026-10-31, still in grace today.
@Suite struct MembershipReportTests {
    let directory = TemporaryDirectory()

    @Test func figuresWorkedOutByHand() throws {
        let store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "full", name: "Full member", price: "180.00", currency: "GBP", period: "annual", in: context)
            func member(_ name: String, _ joined: String, renewed: String? = nil) throws {
                let added = try MemberRecords.add(["name": name, "email": "\(name.lowercased())@example.org"], in: context)
                try MembershipRecords.add(.member(added.id), plan: "full", startsOn: CalendarDate(joined)!, paid: true, in: context)
                // The next term from the day the last one ended, as a renewal made in time starts.
                if let renewed { try MembershipRecords.add(.member(added.id), plan: "full", startsOn: CalendarDate(renewed)!, paid: true, in: context) }
            }
            try member("A", "2025-01-01", renewed: "2026-01-01")
            try member("B", "2025-06-01")
            try member("C", "2026-03-15")
            try member("D", "2025-10-01", renewed: "2026-10-01")
            try member("E", "2025-11-01")
        }
        let today = CalendarDate("2026-11-27")!
        let report = try MembershipReport.make(store: store, from: "2026-01-01", to: "2027-01-01", by: "year", today: today)
        func rows(_ name: String) -> [[String]] { (report.section(name)?.rows ?? []).map { $0.map { $0.text ?? ($0.integer.map(String.init) ?? "") } } }
        // 2026, read as of today: current A, C, D and E (in grace), not B; new C; renewals A and D; ended B, D's first
        // term and E; of those D was followed, B lapsed, E is undecided: 1 of 2 renewed.
        #expect(rows("by_period") == [["2026", "4", "1", "2", "3", "1", "1", "50.0%"]])
        #expect(rows("current_by_plan") == [["2026", "Full member", "4"]])
        // 2025's four joiners all reached a year and were current then (B and E in grace); three are current today.
        #expect(rows("retention_by_cohort") == [["2025", "4", "4", "4", "100.0%", "3", "75.0%"], ["2026", "1", "0", "0", "", "1", "100.0%"]])

        // By month, March has C's joining and nothing ending; May has B's end, lapsed by now.
        let monthly = try MembershipReport.make(store: store, from: "2026-03-01", to: "2026-06-01", by: "month", today: today)
        let byMonth = (monthly.section("by_period")?.rows ?? []).map { $0.map { $0.text ?? ($0.integer.map(String.init) ?? "") } }
        #expect(byMonth == [["2026-03", "5", "1", "0", "0", "0", "0", ""], ["2026-04", "5", "0", "0", "0", "0", "0", ""], ["2026-05", "5", "0", "0", "1", "0", "1", "0.0%"]])
        #expect(throws: ModelError.self) { try MembershipReport.make(store: store, from: nil, to: nil, by: "fortnight", today: today) }
    }
}
