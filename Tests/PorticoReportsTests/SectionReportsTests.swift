import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSQLite
import PorticoTestSupport

/// `report events`, `report jobs`, `report leads` and `report directory` on small datasets whose figures are worked
/// out by hand here.
@Suite struct SectionReportsTests {
    let directory = TemporaryDirectory()
    let store: Store

    init() throws { store = try TestStores.make(in: directory) }

    func write<T>(_ body: (WriteContext) throws -> T) throws -> T { try store.write(as: TestStores.admin, command: "test", body) }
    func rows(_ report: Report, _ section: String) -> [[String]] {
        (report.section(section)?.rows ?? []).map { $0.map { $0.text ?? ($0.isNull ? "" : "\($0)") } }
    }

    @Test func eventsReportCountsSeatsRevenueWaitlistOffersAndAttendance() throws {
        let render: Outbox.Render = { _ in ("s", "b\n") }
        try write { (context: WriteContext) throws in
            try EventRecords.create(title: "Seminar", start: "2026-11-20 09:00", end: "2026-11-20 17:00", timeZone: "Europe/London",
                                    fields: ["venue_name": "Hall"], in: context)
            try TicketRecords.addTicket(event: "seminar", name: "Seat", price: "20.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 2, visibility: nil, checkoutURL: nil, in: context)
            try TicketRecords.addQuota(event: "seminar", name: "Room", size: 4, tickets: ["Seat"], in: context)
            try EventRecords.publish(slug: "seminar", in: context)
        }
        // The seminar was last week; registrations taken then (sales close when it ends), so they are written as then.
        let before = try Store(path: store.path, clock: { Timestamp.parse("2026-11-10T12:00:00Z")! })
        let refs = try before.write(as: TestStores.admin, command: "test") { context in
            try (1...6).map { n in try Registrations.add(event: "seminar", ticket: "Seat", attendee: .guest(name: "G\(n)", email: "g\(n)@example.net"),
                                                         quantity: n == 1 ? 2 : 1, in: context).registration.reference }
        }
        // G1 (2 seats), G2, G3 confirmed = 4 seats; G4–G6 wait. G3 cancels: G4 is offered and accepts; G5, G6 still wait.
        try before.write(as: TestStores.admin, command: "test") { context in
            try Registrations.cancel(reference: refs[2], render: render, in: context)
            try Registrations.acceptOffer(reference: refs[3], in: context)
        }
        // G1 and G4 attended (3 of 4 seats).
        try write { (context: WriteContext) throws in
            for reference in [refs[0], refs[3]] {
                _ = try CheckIn.checkIn(event: "seminar", code: try CheckIn.code(for: reference, in: store), member: nil, in: context)
            }
        }
        let report = try EventsReport.make(store: store, from: nil, to: nil, now: TestStores.fixedNow)
        // capacity 4, sold 4 seats (G1×2, G2, G4), revenue 4 × 20.00, waitlist 2, offers taken 1, attended 3, 75.0%, no-shows 1 (G2).
        #expect(rows(report, "events") == [["seminar", "2026-11-20", "published", "4", "4", "80.00 GBP", "2", "1", "3", "75.0%", "1"]])
        #expect(rows(report, "quotas") == [["seminar", "Room", "4", "4", "0"]])
        #expect(rows(report, "by_period") == [["2026-11", "GBP", "1", "4", "3", "80.00", "8000"]])
        #expect(rows(try EventsReport.make(store: store, from: nil, to: nil, by: "year", now: TestStores.fixedNow), "by_period")
                == [["2026", "GBP", "1", "4", "3", "80.00", "8000"]])
    }

    @Test func jobsDirectoryAndLeadsReportsCountByHand() throws {
        try write { (context: WriteContext) throws in
            for (name, industry, country, tier) in [("Alpha", "Consulting", "GB", "featured"), ("Beta", "Consulting", "NO", "basic"), ("Gamma", "Research", "GB", "basic")] {
                let company = try CompanyRecords.add(slug: nil, name: name, website: nil, contact: nil, in: context)
                try CompanyRecords.update(slug: company.slug, ["industry": industry, "country": country, "tier": tier, "public": name == "Gamma" ? "no" : "yes"], in: context)
            }
            // Three jobs posted in November (two Engineering, one Research), one filled after 6 days, one expired; one in October.
            let specs: [(String, String, String, String?)] = [("A", "Engineering", "2026-11-02", "filled"), ("B", "Engineering", "2026-11-10", "expired"),
                                                             ("C", "Research", "2026-11-12", nil), ("D", "Engineering", "2026-10-05", nil)]
            for (title, category, posted, end) in specs {
                let job = try JobRecords.create(title: title, company: "alpha", fields: ["country": "GB", "apply_email": "jobs@alpha.example", "categories": category], in: context)
                try JobRecords.approve(slug: job.slug, in: context)
                try context.update(Job.entity, id: job.id, set: ["posted_on": .text(posted), "expires_on": .text(CalendarDate(posted)!.adding(days: 30).description)])
                if end == "filled" { try context.update(Job.entity, id: job.id, set: ["status": .text("filled"), "filled_on": .text("2026-11-08")]) }
                if end == "expired" { try context.update(Job.entity, id: job.id, set: ["status": .text("expired")]) }
            }
            for (email, received, status) in [("a@x.example", "2026-11-03T10:00:00Z", "won"), ("b@x.example", "2026-11-30T23:30:00Z", "new"),
                                              ("c@x.example", "2026-10-31T23:30:00Z", "lost")] {
                let lead = try context.insert(Lead.entity, Lead.entity.completedForInsert([
                    "company_id": .integer(try CompanyRecords.find(slug: "alpha", in: context.store).id), "name": .text("N"), "email": .text(email),
                    "received_at": .text(received)], in: context.store))
                try LeadRecords.setStatus(id: try lead.integer("id"), to: status, in: context)
            }
            try SiteSettings.set("site.timezone", to: "Europe/Paris", in: context)
        }
        let jobs = try JobsReport.make(store: store, from: nil, to: nil, today: CalendarDate("2026-11-27")!)
        // D (posted 5 October) expired by date on 4 November: counted as expired though its status still says published.
        #expect(rows(jobs, "by_period") == [["2026-10", "1", "1", "0", "1"], ["2026-11", "3", "3", "1", "1"]])
        #expect(rows(jobs, "by_period_and_category") == [["2026-10", "Engineering", "1", "1", "0", "1"], ["2026-11", "Engineering", "2", "2", "1", "1"],
                                                          ["2026-11", "Research", "1", "1", "0", "0"]])
        // By quarter, both months fall in Q4; by category, the months merge; a grouping the report lacks is refused by name.
        #expect(rows(try JobsReport.make(store: store, from: nil, to: nil, by: "quarter", today: CalendarDate("2026-11-27")!), "by_period")
                == [["2026-Q4", "4", "4", "1", "2"]])
        #expect(rows(try JobsReport.make(store: store, from: nil, to: nil, by: "category", today: CalendarDate("2026-11-27")!), "by_category")
                == [["Engineering", "3", "3", "1", "2"], ["Research", "1", "1", "0", "0"]])
        // Weeks from Monday 5 October to the week of 12 November, every one listed, the empty ones nought.
        let weekly = rows(try JobsReport.make(store: store, from: nil, to: nil, by: "week", today: CalendarDate("2026-11-27")!), "by_period")
        #expect(weekly.map { $0[0] } == ["2026-W41", "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46"])
        #expect(weekly.map { $0[1] } == ["1", "0", "0", "0", "1", "2"])
        #expect(throws: ModelError.invalid(field: "--by", value: "plan", reason: "the jobs report groups by day, week, month, quarter, year or category")) {
            try JobsReport.make(store: store, from: nil, to: nil, by: "plan", today: CalendarDate("2026-11-27")!)
        }
        #expect(rows(jobs, "time_to_fill") == [["1", "6.0"]])
        let directory = try DirectoryReport.make(store: store)
        #expect(rows(directory, "tier") == [["basic", "1"], ["featured", "1"]] && rows(directory, "country") == [["GB", "1"], ["NO", "1"]])
        // Leads by month in Paris time: 30 November 23:30 UTC is 1 December there; 31 October 23:30 UTC is 1 November.
        let leads = try LeadsReport.make(store: store, from: nil, to: nil)
        #expect(rows(leads, "by_company_and_period") == [["alpha", "2026-11", "2", "0", "0", "1", "1"], ["alpha", "2026-12", "1", "1", "0", "0", "0"]])
        #expect(rows(leads, "by_period") == [["2026-11", "2", "0", "0", "1", "1"], ["2026-12", "1", "1", "0", "0", "0"]])
        #expect(rows(try LeadsReport.make(store: store, from: nil, to: nil, by: "company"), "by_company") == [["alpha", "3", "1", "0", "1", "1"]])
    }

    /// Two periods of 30 days: the toolkit used 5 times now (3 views, 2 downloads) and once before; the checklist
    /// once now; a job's views are left out of the resources' list and counted under `--kind all`.
    @Test func resourcesReportRanksUsesWithTheTrend() throws {
        let lines = [
            ("2026-11-20", "/resources/toolkit/"), ("2026-12-01", "/resources/toolkit/"), ("2026-12-02", "/resources/toolkit/"),
            ("2026-12-03", "/resources/toolkit/"), ("2026-12-03", "/resources/files/toolkit-0a1b2c3d.zip"), ("2026-12-04", "/resources/files/toolkit-0a1b2c3d.zip"),
            ("2026-12-04", "/resources/checklist/"), ("2026-12-04", "/jobs/port-engineer/"),
        ].enumerated().map { index, entry -> String in
            let parts = entry.0.split(separator: "-")
            let month = ["11": "Nov", "12": "Dec"][String(parts[1])]!
            return "10.0.0.\(index) - - [\(parts[2])/\(month)/\(parts[0]):10:00:00 +0000] \"GET \(entry.1) HTTP/1.1\" 200 1 \"-\" \"Mozilla/5.0 Firefox/133.0\""
        }
        let log = directory.url.appendingPathComponent("access.log")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: log)
        try write { _ = try UsageAnalytics.ingest(files: [log.path], basePath: "/", in: $0) }
        let report = try ResourcesReport.make(store: store, from: "2026-11-25", to: "2026-12-25", today: CalendarDate("2026-12-06")!)
        #expect(rows(report, "top") == [["resource", "toolkit", "toolkit", "3", "2", "5", "1", "4"], ["resource", "checklist", "checklist", "1", "0", "1", "0", "1"]])
        // 25 November to 24 December: November's last days (nothing used) and December's uses.
        #expect(rows(report, "by_period") == [["2026-11", "0", "0"], ["2026-12", "4", "2"]])
        let weekly = try ResourcesReport.make(store: store, from: "2026-11-25", to: "2026-12-25", today: CalendarDate("2026-12-06")!, by: "week")
        // Monday 30 November starts week 49: all four views and both downloads are in it.
        #expect(rows(weekly, "by_period") == [["2026-W48", "0", "0"], ["2026-W49", "4", "2"], ["2026-W50", "0", "0"], ["2026-W51", "0", "0"],
                                              ["2026-W52", "0", "0"]])
        let all = try ResourcesReport.make(store: store, from: "2026-11-25", to: "2026-12-25", today: CalendarDate("2026-12-06")!, kind: nil)
        #expect(rows(all, "top").map { $0[1] } == ["toolkit", "port-engineer", "checklist"])   // ties by kind, then slug
        // The jobs report shows the same counts for jobs, over its own period.
        #expect(rows(try JobsReport.make(store: store, from: "2026-12-01", to: "2026-12-05", today: CalendarDate("2026-12-06")!), "views") == [["port-engineer", "1", "0"]])
        #expect(rows(try JobsReport.make(store: store, from: "2026-12-05", to: nil, today: CalendarDate("2026-12-06")!), "views") == [])
    }
}
