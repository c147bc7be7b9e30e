import Foundation
import Testing
import PorticoFormats
@testable import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Jobs and leads in the model: expiry reckoned by date (no scheduler), the reminder before it, the state changes,
/// leads imported once with errors naming line and field, and consent deciding what is fit to publish.
@Suite struct JobsAndLeadsTests {
    func write<T>(_ store: Store, _ body: (WriteContext) throws -> T) throws -> T {
        try store.write(as: TestStores.admin, command: "test", body)
    }

    func company(_ store: Store, _ name: String = "Tidewater Consulting", email: String? = "hr@tidewater.example") throws -> Company {
        try write(store) { context in
            let company = try CompanyRecords.add(slug: nil, name: name, website: "https://tidewater.example", contact: nil, in: context)
            return try CompanyRecords.update(slug: company.slug, ["public": "yes", "email": email ?? "", "country": "GB"], in: context)
        }
    }

    @Test func aJobIsOpenUntilTheEndOfItsExpiryDayWithoutAnyCommand() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let company = try company(store)
        let job = try write(store) { context in
            let job = try JobRecords.create(title: "Port engineer", company: company.slug, fields: ["city": "Aberdeen", "country": "GB",
                                                                                                     "apply_url": "https://tidewater.example/apply"], in: context)
            return try JobRecords.approve(slug: job.slug, in: context)
        }
        // Approved on the test's day (27 November 2026): posted then, open for the default 30 days.
        #expect(job.status == "published" && job.postedOn == CalendarDate("2026-11-27") && job.expiresOn == CalendarDate("2026-12-27"))
        #expect(job.isOpen(on: CalendarDate("2026-12-27")!) && !job.isOpen(on: CalendarDate("2026-12-28")!))
        // A job without a way to apply, or a salary without its unit, is refused naming the flag.
        #expect(throws: ModelError.invalid(field: "--apply-url", value: "", reason: "say how to apply: --apply-url or --apply-email")) {
            try write(store) { try JobRecords.create(title: "X", company: company.slug, fields: ["city": "Leeds"], in: $0) }
        }
        #expect(throws: ModelError.self) {
            try write(store) { try JobRecords.create(title: "X", company: company.slug, fields: ["city": "Leeds", "apply_email": "a@b.example",
                                                                                                  "salary_min": "40000", "salary_currency": "GBP"], in: $0) }
        }
        // Filled closes it at once; renewing an expired one reopens it from today.
        let filled = try write(store) { try JobRecords.fill(slug: job.slug, in: $0) }
        #expect(filled.status == "filled" && filled.filledOn == CalendarDate("2026-11-27") && !filled.isOpen(on: CalendarDate("2026-11-27")!))
        #expect(throws: ModelError.self) { try write(store) { try JobRecords.renew(slug: job.slug, days: 10, in: $0) } }
    }

    @Test func postersAreRemindedOnceAWeekBeforeExpiryAndAgainAfterARenewal() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let company = try company(store)
        try write(store) { (context: WriteContext) throws in
            for (title, expires) in [("Soon", "2026-12-03"), ("Later", "2026-12-10"), ("Past", "2026-11-20")] {
                let job = try JobRecords.create(title: title, company: company.slug, fields: ["country": "GB", "apply_email": "jobs@tidewater.example",
                                                                                             "poster_email": "poster@tidewater.example"], in: context)
                try JobRecords.approve(slug: job.slug, in: context)
                try context.update(Job.entity, id: job.id, set: ["expires_on": .text(expires)])
            }
        }
        let today = CalendarDate("2026-11-27")!
        let due = try JobRecords.dueReminders(on: today, in: store)
        #expect(due.map(\.key) == ["job-expiry:soon:2026-12-03"], "within 7 days only; not the past one, not the one 13 days off")
        #expect(due.first?.toEmail == "poster@tidewater.example" && due.first?.facts["days_left"] == "6")
        // Notifications due queues it with the rest, once.
        let render: Outbox.Render = { ("Reminder: \($0.facts["job_title"] ?? "")", "body\n") }
        let first = try write(store) { try Outbox.queueDue(DueNotifications.compute(on: today, in: store), render: render, in: $0) }
        #expect(first.filter { $0.kind == "job_expiry_reminder" }.count == 1)
        #expect(try write(store) { try Outbox.queueDue(DueNotifications.compute(on: today, in: store), render: render, in: $0) }.isEmpty)
        // Renewed, it is reminded again before its new date.
        let renewed = try write(store) { try JobRecords.renew(slug: "soon", days: 3, in: $0) }
        #expect(renewed.expiresOn == CalendarDate("2026-12-06"))
        #expect(try JobRecords.dueReminders(on: CalendarDate("2026-12-01")!, in: store).map(\.key).contains("job-expiry:soon:2026-12-06"))
    }

    @Test func leadsAreImportedOnceAndABadRowNamesItsLineAndField() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let company = try company(store)
        func records(_ text: String) throws -> [CSVRecord] {
            let file = directory.url.appendingPathComponent("leads-\(UUID().uuidString).csv")
            try text.write(to: file, atomically: true, encoding: .utf8)
            var reader = CSVReader(try ByteReader(path: file.path))
            var out: [CSVRecord] = []
            while let record = try reader.next() { out.append(record) }
            return out
        }
        let csv = "firstname,lastname,email,message,portico_company_id,received_at,external_id\r\n" +
            "Morgan,Reid,morgan@example.net,A quote,\(company.id),2026-11-20T10:00:00Z,hs-1\r\n" +
            "Sasha,Brandt,sasha@example.net,Hello,\(company.id),2026-10-02T10:00:00Z,hs-2\r\n"
        let first = try write(store) { try LeadRecords.importCSV(try records(csv), file: "leads.csv", in: $0) }
        #expect(first.imported == 2 && first.skipped == 0)
        let again = try write(store) { try LeadRecords.importCSV(try records(csv), file: "leads.csv", in: $0) }
        #expect(again.imported == 0 && again.skipped == 2, "the endpoint's ids make a second import a no-op")
        let leads = try LeadRecords.list(company: company.slug, in: store)
        #expect(leads.map(\.name) == ["Morgan Reid", "Sasha Brandt"] && leads.allSatisfy { $0.status == "new" })
        // A bad email on line 3 names the file, line and field, and nothing of the file is imported.
        let before = try TestStores.dump(store)
        let bad = "company,name,email\r\n\(company.slug),Alex Mercer,alex@example.net\r\n\(company.slug),Jo Bad,not-an-email\r\n"
        #expect(throws: ModelError.invalid(field: "leads.csv:3 email", value: "not-an-email", reason: "not an email address")) {
            try write(store) { try LeadRecords.importCSV(try records(bad), file: "leads.csv", in: $0) }
        }
        #expect(try TestStores.dump(store) == before)
        #expect(try write(store) { try LeadRecords.setStatus(id: leads[0].id, to: "won", in: $0) }.status == "won")
        #expect(throws: ModelError.self) { try write(store) { try LeadRecords.setStatus(id: leads[0].id, to: "maybe", in: $0) } }
    }

    @Test func consentDecidesWhichContactDetailsAreFitToPublish() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let quiet = try company(store, "Quiet Ltd", email: "quiet@example.net")
        let openSlug = try company(store, "Open Ltd", email: "open@example.net").slug
        let open = try write(store) { try CompanyRecords.update(slug: openSlug, ["show_email": "yes", "phone": "+44 1", "show_phone": "no"], in: $0) }
        #expect(quiet.publishedEmail == nil && quiet.publishedPhone == nil)
        #expect(open.publishedEmail == "open@example.net" && open.publishedPhone == nil)
    }
}
