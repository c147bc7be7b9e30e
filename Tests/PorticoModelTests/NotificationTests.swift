import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoTestSupport

/// What is due when: reminders at the configured days (the nearest one passed only), lapse notices, welcomes,
/// invoices and receipts, company memberships through their contact; queueing twice queues nothing new.
@Suite struct NotificationTests {
    let directory = TemporaryDirectory()
    let store: Store

    init() throws {
        store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "full", name: "Full", price: "180.00", currency: "GBP", period: "annual", in: context)
            try PlanRecords.update(slug: "full", ["payment_url": "https://pay.example.org/full?ref=guild"], in: context)
            try MemberRecords.add(["name": "Ana Silva", "email": "ana+renew@example.org"], in: context)
        }
    }

    func write<T>(_ body: (WriteContext) throws -> T) throws -> T { try store.write(as: TestStores.admin, command: "test", body) }
    var ana: Membership.Holder { get throws { try MembershipRecords.holder(member: "ana+renew@example.org", company: nil, in: store).holder } }
    func due(_ day: String) throws -> [DueNotification] { try DueNotifications.compute(on: CalendarDate(day)!, in: store) }

    @Test func remindersGoOutAtEachThresholdAndOnlyTheNearestPassed() throws {
        let holder = try ana
        _ = try write { try MembershipRecords.add(holder, plan: "full", startsOn: CalendarDate("2026-01-01"), paid: true, in: $0) }
        #expect(try due("2026-11-30").filter { $0.kind == "renewal_reminder" }.isEmpty, "31 days before: nothing yet")
        let first = try due("2026-12-01").filter { $0.kind == "renewal_reminder" }
        #expect(first.map(\.key) == ["renewal:1:30"])
        #expect(first[0].facts["renewal_url"] == "https://pay.example.org/full?ref=guild&prefilled_email=ana%2Brenew%40example.org")
        #expect(first[0].facts["ends_on"] == "31 December 2026")
        #expect(try due("2026-12-28").filter { $0.kind == "renewal_reminder" }.map(\.key) == ["renewal:1:7"], "a late run sends the 7-day one, not the 30-day one")
        #expect(try due("2026-12-31").filter { $0.kind == "renewal_reminder" }.map(\.key) == ["renewal:1:0"])
        _ = try write { try SiteSettings.set("notifications.reminder_days", to: "60, 14", in: $0) }
        #expect(try due("2026-11-01").filter { $0.kind == "renewal_reminder" }.map(\.key) == ["renewal:1:60"])
        // A renewal term waiting for payment keeps the reminders coming, naming its invoice once issued.
        let renewal = try write { try MembershipRecords.renew(holder, paid: false, in: $0) }
        #expect(try due("2026-12-20").filter { $0.kind == "renewal_reminder" }.map(\.key) == ["renewal:1:14"], "an unpaid renewal still gets reminders")
        let invoice = try write { context -> Invoice in
            let draft = try InvoiceRecords.draft(for: holder, lines: [.init(description: "Full membership 2027", unit: Money(minorUnits: 9500, currency: "GBP"),
                                                                            membershipID: renewal.id)], in: context)
            return try InvoiceRecords.issue("#\(draft.id)", in: context)
        }
        let reminder = try #require(try due("2026-12-20").first { $0.kind == "renewal_reminder" })
        #expect(reminder.facts["invoice_number"] == invoice.number && reminder.facts["invoice_amount"] == "95.00 GBP")
        _ = try write { try InvoiceRecords.pay(invoice.number!, amount: "95.00", method: "card", receivedOn: CalendarDate("2026-11-27"), reference: "", in: $0) }
        #expect(try due("2026-12-20").filter { $0.kind == "renewal_reminder" }.isEmpty, "a paid renewal gets no reminders")
    }

    @Test func lapseNoticeWelcomeInvoiceAndReceipt() throws {
        let holder = try ana
        _ = try write { try MembershipRecords.add(holder, plan: "full", startsOn: CalendarDate("2025-10-01"), paid: true, in: $0) }
        // Ended 2026-09-30, 30 grace days: lapsed from 2026-10-31.
        #expect(try due("2026-10-30").filter { $0.kind == "lapse_notice" }.isEmpty)
        #expect(try due("2026-10-31").filter { $0.kind == "lapse_notice" }.map(\.key) == ["lapse:1"])
        #expect(try due("2026-12-31").filter { $0.kind == "lapse_notice" }.isEmpty, "an old lapse is not announced on the first run")
        let invoice = try write { context -> Invoice in
            let renewal = try MembershipRecords.renew(holder, paid: false, in: context)
            let draft = try InvoiceRecords.draft(for: holder, lines: [.init(description: "Full", unit: Money(minorUnits: 18_000, currency: "GBP"), membershipID: renewal.id)], in: context)
            return try InvoiceRecords.issue("#\(draft.id)", in: context)
        }
        #expect(try due("2026-11-27").map(\.kind).sorted() == ["invoice_issued"], "renewed unpaid: no welcome yet, no reminder")
        _ = try write { try InvoiceRecords.pay(invoice.number!, amount: "180.00", method: "card", receivedOn: nil, reference: "", in: $0) }
        let today = try due("2026-11-27")
        #expect(today.map(\.kind).sorted() == ["invoice_issued", "receipt"])
        #expect(today.first { $0.kind == "receipt" }?.facts["amount"] == "180.00 GBP")
    }

    @Test func queueingIsIdempotent() throws {
        let holder = try ana
        _ = try write { try MembershipRecords.add(holder, plan: "full", startsOn: CalendarDate("2026-11-20"), paid: true, in: $0) }
        let notifications = try due("2026-11-27")
        #expect(notifications.map(\.kind) == ["welcome"])
        let render: Outbox.Render = { ("Hello \($0.facts["member_name"] ?? "")", "Body\n") }
        #expect(try write { try Outbox.queueDue(notifications, render: render, in: $0) }.count == 1)
        #expect(try write { try Outbox.queueDue(try due("2026-11-27"), render: render, in: $0) }.isEmpty, "the second run queues nothing")
        let queued = try Outbox.list(unsentOnly: true, in: store)
        try write { try Outbox.markSent(queued, in: $0) }
        #expect(try Outbox.list(unsentOnly: true, in: store).isEmpty)
        #expect(try write { try Outbox.queueDue(try due("2026-11-28"), render: render, in: $0) }.isEmpty, "nor after it was sent")
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func aCompanyMembershipRemindsItsPrimaryContact() throws {
        try write { context in
            try MemberRecords.add(["name": "Li Wei", "email": "li@example.org"], in: context)
            let company = try CompanyRecords.add(slug: "harbour", name: "Harbour Co", website: nil, contact: "li@example.org", in: context)
            try MembershipRecords.add(.company(company.id), plan: "full", startsOn: CalendarDate("2026-01-01"), paid: true, in: context)
        }
        let reminder = try #require(try due("2026-12-24").first { $0.kind == "renewal_reminder" })
        #expect(reminder.toEmail == "li@example.org" && reminder.facts["holder_name"] == "Harbour Co")
    }
}
