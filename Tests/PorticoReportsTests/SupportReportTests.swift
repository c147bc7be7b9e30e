import Foundation
import Testing
import PorticoModel
import PorticoReports
import PorticoSQLite
import PorticoTestSupport
import PorticoFormats

@Suite struct SupportReportTests {
    /// Four tickets whose figures are worked out by hand below.
    func seeded(_ directory: TemporaryDirectory) throws -> Store {
        let store = try TestStores.make(in: directory)
        let rows: [(String, String?, String?, String, String?)] = [
            ("2026-10-01T00:00:00Z", "2026-10-01T02:00:00Z", "2026-10-01T10:00:00Z", "solved", "b@example.org"),
            ("2026-10-02T00:00:00Z", "2026-10-02T04:00:00Z", "2026-10-02T20:00:00Z", "closed", "b@example.org"),
            ("2026-10-15T00:00:00Z", "2026-10-15T06:00:00Z", nil, "open", "a@example.org"),
            ("2026-11-20T00:00:00Z", nil, nil, "new", nil),
        ]
        for (created, response, solved, status, assignee) in rows {
            try store.database.execute("""
                INSERT INTO support_tickets (subject, requester_email, status, assignee_email, created_at, updated_at, first_response_at, solved_at)
                VALUES ('s', 'r@example.org', ?, ?, ?, ?, ?, ?)
                """, [status, assignee, created, created, response, solved])
        }
        return store
    }

    let now = Timestamp.parse("2026-11-27T12:00:00Z")!

    @Test func figuresMatchAHandComputation() throws {
        let directory = TemporaryDirectory()
        let report = try SupportReport.make(store: seeded(directory), from: nil, to: nil, by: .month, now: now)
        #expect(report.section("volume")?.rows == [[.text("2026-10"), .integer(3), .integer(2)], [.text("2026-11"), .integer(1), .integer(0)]])
        // First responses 2 h, 4 h, 6 h: median 4, 90th percentile (nearest rank 3 of 3) 6.
        // Resolutions 10 h, 20 h: median 15, 90th percentile (rank 2 of 2) 20.
        #expect(report.section("times")?.rows == [
            [.text("first_response"), .integer(3), .real(4), .real(6)],
            [.text("resolution"), .integer(2), .real(15), .real(20)],
        ])
        // Unsolved: one opened 43.5 days ago, one 7.5 days ago.
        #expect(report.section("backlog")?.rows.map { $0[1] } == [.integer(0), .integer(0), .integer(0), .integer(1), .integer(1)])
        #expect(report.section("assignees")?.rows == [
            [.text("(unassigned)"), .integer(1), .integer(0)],
            [.text("a@example.org"), .integer(1), .integer(0)],
            [.text("b@example.org"), .integer(0), .integer(2)],
        ])
    }

    @Test func dateRangeAndWeeks() throws {
        let directory = TemporaryDirectory()
        let report = try SupportReport.make(store: seeded(directory), from: "2026-10-02", to: "2026-11-01", by: .week, now: now)
        // Every week of the range is listed (the quiet ones nought), from the one holding 2 October to the one holding 31 October.
        #expect(report.section("volume")?.rows.map { $0[0] } == ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44"].map { .text($0) })
        #expect(report.section("volume")?.rows.filter { $0[1] != .integer(0) }.map { $0[0] } == [.text("2026-W40"), .text("2026-W42")])
        #expect(report.section("times")?.rows[0] == [.text("first_response"), .integer(2), .real(5), .real(6)])
        #expect(throws: ModelError.invalid(field: "--from", value: "yesterday", reason: "not a date (use 2026-01-31 or 2026-01-31T09:00:00Z)")) {
            try SupportReport.make(store: seeded(TemporaryDirectory()), from: "yesterday", to: nil, by: .month, now: now)
        }
    }

    /// Periods are the site's: in London a ticket opened at 23:30 UTC on 31 July (00:30 BST) counts in August, one
    /// at 23:30 UTC on 31 October (GMT, after the clocks went back) in October, and ISO weeks and years turn at
    /// London's midnight too.
    @Test func periodsFollowTheSitesTimeZoneAcrossMonthEndsAndSummerTime() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "test") { try SiteSettings.set("site.timezone", to: "Europe/London", in: $0) }
        for created in ["2026-07-31T23:30:00Z", "2026-10-31T23:30:00Z", "2026-03-28T23:30:00Z", "2026-03-29T23:30:00Z", "2027-12-31T23:59:00Z",
                        "2028-02-28T23:59:59Z", "2028-02-29T00:00:00Z"] {
            try store.database.execute("""
                INSERT INTO support_tickets (subject, requester_email, status, created_at, updated_at) VALUES ('s', 'r@example.org', 'new', ?, ?)
                """, [created, created])
        }
        // The periods with tickets (every period between is listed too, with nought: see `dateRangeAndWeeks`).
        func labels(_ period: ReportPeriod) throws -> [String] {
            try SupportReport.make(store: store, from: nil, to: nil, by: period, now: now).section("volume")!.rows.filter { $0[1] != .integer(0) }.map { $0[0].text ?? "" }
        }
        #expect(try labels(.month) == ["2026-03", "2026-08", "2026-10", "2027-12", "2028-02"])
        #expect(try labels(.day) == ["2026-03-28", "2026-03-30", "2026-08-01", "2026-10-31", "2027-12-31", "2028-02-28", "2028-02-29"])
        #expect(try labels(.week) == ["2026-W13", "2026-W14", "2026-W31", "2026-W44", "2027-W52", "2028-W09"])
        // 23:30 UTC on 31 July is 1 August in London: the third quarter; 31 October stays in the fourth.
        #expect(try labels(.quarter) == ["2026-Q1", "2026-Q3", "2026-Q4", "2027-Q4", "2028-Q1"])
        #expect(try labels(.year) == ["2026", "2027", "2028"])
        #expect(throws: ModelError.invalid(field: "--by", value: "fortnight", reason: "must be one of day, week, month, quarter, year")) { try ReportPeriod.named("fortnight") }
    }

    @Test func formats() throws {
        let directory = TemporaryDirectory()
        let report = try SupportReport.make(store: seeded(directory), from: nil, to: nil, by: .month, now: now)
        let csv = report.csv()
        #expect(csv.hasPrefix("section,period,opened,solved,measure,tickets,median_hours,p90_hours,age,unsolved,assignee\r\n"))
        #expect(csv.contains("times,,,,first_response,3,4.0,6.0,,,\r\n"))
        #expect(report.json().contains("\"times\":[{\"measure\":\"first_response\",\"tickets\":3,\"median_hours\":4.0,\"p90_hours\":6.0}"))
        #expect(report.text().contains("first_response  3        4.0           6.0"))
    }

    @Test func statistics() {
        #expect(Statistics.median([5, 1, 3]) == 3)
        #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
        #expect(Statistics.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9)
        #expect(Statistics.percentile([], 90) == nil)
    }
}
