import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSQLite
import PorticoTestSupport

/// Invoices: numbering, issue rules, credit notes, payments and the balance, the revenue report.
@Suite struct InvoiceTests {
    let directory = TemporaryDirectory()
    let store: Store
    let ana: Membership.Holder

    init() throws {
        store = try TestStores.make(in: directory)
        ana = try store.write(as: TestStores.admin, command: "test") { context -> Membership.Holder in
            try PlanRecords.add(slug: "full", name: "Full member", price: "180.00", currency: "GBP", period: "annual", in: context)
            let member = try MemberRecords.add(["name": "Ana Silva", "email": "ana@example.org"], in: context)
            return .member(member.id)
        }
    }

    func write<T>(_ body: (WriteContext) throws -> T) throws -> T { try store.write(as: TestStores.admin, command: "test", body) }
    func line(_ amount: Int64, tax: Int64 = 0, quantity: Int64 = 1, source: String = "events") -> InvoiceRecords.LineInput {
        .init(description: "Line", quantity: quantity, unit: Money(minorUnits: amount, currency: "GBP"), taxRateBasisPoints: tax, source: source)
    }

    @Test func totalsTaxPerLineAndRoundHalfUp() throws {
        let invoice = try write { try InvoiceRecords.draft(for: ana, lines: [line(1999, tax: 2000, quantity: 3), line(1005, tax: 500)], in: $0) }
        // 3 × 19.99 = 59.97, 20% = 11.994 → 11.99; 10.05 at 5% = 0.5025 → 0.50.
        #expect(invoice.net == 7_002 && invoice.tax == 1_199 + 50 && invoice.total == 8_251)
        #expect(invoice.number == nil && invoice.status == "draft" && invoice.balance == 0, "a draft owes nothing yet")
        #expect(Money.prorate(5, numerator: 1, denominator: 2) == 3 && Money.prorate(-5, numerator: 1, denominator: 2) == -3)
    }

    @Test func numbersAreGivenOnIssueInOrderPerYearAndNeverReused() throws {
        let drafts = try write { context in try (0..<3).map { _ in try InvoiceRecords.draft(for: ana, lines: [line(1000)], in: context) } }
        let second = try write { try InvoiceRecords.issue("#\(drafts[1].id)", in: $0) }
        let first = try write { try InvoiceRecords.issue("#\(drafts[0].id)", in: $0) }
        #expect(second.number == "INV-2026-0001" && first.number == "INV-2026-0002", "numbers follow the order of issue, not of drafting")
        #expect(second.dueOn?.description == "2026-12-27")
        _ = try write { try InvoiceRecords.void("INV-2026-0001", in: $0) }
        #expect(try InvoiceRecords.find("INV-2026-0001", in: store).status == "void", "a voided invoice keeps its number")
        #expect(try write { try InvoiceRecords.void("#\(drafts[2].id)", in: $0) } == nil, "a draft is discarded")
        let next = try write { try InvoiceRecords.issue("#\(try InvoiceRecords.draft(for: ana, lines: [line(1)], in: $0).id)", in: $0) }
        #expect(next.number == "INV-2026-0003")
        #expect(throws: ModelError.self) { try write { try InvoiceRecords.issue("INV-2026-0003", in: $0) } }
        #expect(throws: ModelError.self, "issued invoices cannot gain lines") { try write { try InvoiceRecords.addLine(to: next.id, line(5), in: $0) } }
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func theDatabaseItselfRefusesToChangeOrDeleteAnIssuedInvoice() throws {
        let invoice = try write { try InvoiceRecords.issue("#\(try InvoiceRecords.draft(for: ana, lines: [line(1000)], in: $0).id)", in: $0) }
        for sql in ["UPDATE invoices SET bill_to_name = 'Someone else' WHERE id = \(invoice.id)",
                    "DELETE FROM invoices WHERE id = \(invoice.id)",
                    "UPDATE invoice_lines SET unit_minor = 1 WHERE invoice_id = \(invoice.id)",
                    "DELETE FROM invoice_lines WHERE invoice_id = \(invoice.id)",
                    "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_minor) VALUES (\(invoice.id), 9, 'x', 1, 1)",
                    "UPDATE invoices SET status = 'draft' WHERE id = \(invoice.id)"] {
            #expect(throws: DatabaseError.self, "\(sql)") { try store.database.execute(sql) }
        }
        #expect(try InvoiceRecords.find(invoice.number!, in: store).total == 1000)
    }

    @Test func paymentsAndCreditNotesDeriveTheBalanceAndStatus() throws {
        let membership = try write { try MembershipRecords.add(ana, plan: "full", paid: false, in: $0) }
        let plan = try PlanRecords.find(slug: "full", in: store)
        let invoice = try write { context -> Invoice in
            let draft = try InvoiceRecords.draft(for: ana, lines: [.init(description: "Full", unit: plan.price, membershipID: membership.id, planID: plan.id)], in: context)
            return try InvoiceRecords.issue("#\(draft.id)", in: context)
        }
        let number = try #require(invoice.number)
        #expect(invoice.status == "issued" && invoice.balance == 18_000)
        #expect(throws: ModelError.self, "no overpayment") { try write { try InvoiceRecords.pay(number, amount: "180.01", method: "card", receivedOn: nil, reference: "", in: $0) } }
        let part = try write { try InvoiceRecords.pay(number, amount: "100.00", method: "card", receivedOn: nil, reference: "x", in: $0) }
        #expect(part.status == "part-paid" && part.balance == 8_000)
        #expect(try MembershipRecords.find(id: membership.id, in: store).paidOn == nil, "part-paid is not paid")
        let note = try write { try InvoiceRecords.credit(number, amount: "30.00", reason: "Discount", in: $0) }
        #expect(note.number == "CN-2026-0001" && note.kind == "credit_note" && note.total == 3_000)
        #expect(try InvoiceRecords.find(number, in: store).balance == 5_000)
        #expect(throws: ModelError.self, "cannot void once paid") { try write { try InvoiceRecords.void(number, in: $0) } }
        #expect(throws: ModelError.self, "cannot credit more than is left") { try write { try InvoiceRecords.credit(number, amount: "150.01", reason: "x", in: $0) } }
        let paid = try write { try InvoiceRecords.pay(number, amount: "50.00", method: "bank_transfer", receivedOn: nil, reference: "", in: $0) }
        #expect(paid.status == "paid" && paid.balance == 0)
        #expect(try MembershipRecords.find(id: membership.id, in: store).paidOn != nil, "paying in full makes the membership paid")
        #expect(try MembershipRecords.find(id: membership.id, in: store).status(graceDays: 30, today: CalendarDate("2026-11-27")!) == .active)
        let report = try RevenueReport.make(store: store, from: "2026-01-01", to: "2027-01-01", by: "source")
        #expect(report.section("revenue")?.rows.map { [$0[0].text, $0[3].text] } == [["membership", "150.00"]], "invoiced less credited")
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func aFullCreditNoteCopiesTheLinesWithTheirTax() throws {
        let invoice = try write { try InvoiceRecords.issue("#\(try InvoiceRecords.draft(for: ana, lines: [line(1000, tax: 2000), line(500)], in: $0).id)", in: $0) }
        let note = try write { try InvoiceRecords.credit(invoice.number!, amount: nil, reason: "Cancelled", in: $0) }
        #expect(note.total == invoice.total && note.lines.count == 2 && note.creditsInvoiceID == invoice.id)
        let after = try InvoiceRecords.find(invoice.number!, in: store)
        #expect(after.balance == 0 && after.credited == invoice.total)
        #expect(throws: ModelError.self, "already credited in full") { try write { try InvoiceRecords.credit(invoice.number!, amount: nil, reason: "again", in: $0) } }
        let revenue = try RevenueReport.make(store: store, from: nil, to: nil, by: "month")
        #expect(revenue.section("revenue")?.rows.first?[8] == .integer(0), "an invoice credited in full is no revenue")
    }

    @Test func thePrintableInvoiceEscapesAndShowsTheBalance() throws {
        _ = try write { context in
            try MemberRecords.update("ana@example.org", ["name": "Ana <Silva> & Co"], in: context)
        }
        let invoice = try write { try InvoiceRecords.issue("#\(try InvoiceRecords.draft(for: ana, lines: [line(1000, tax: 2000)], in: $0).id)", in: $0) }
        let html = try InvoiceDocument(invoice: invoice, organization: OrganizationDetails(name: "Guild", email: "hello@example.org"), credited: nil).html()
        #expect(html.contains("Ana &lt;Silva&gt; &amp; Co") && !html.contains("<Silva>"))
        #expect(html.contains("Invoice INV-2026-0001") && html.contains("12.00 GBP") && html.contains("@media print"))
    }
}

extension InvoiceTests {
    @Test func badLinesAndRequestsAreRefused() throws {
        let draft = try write { try InvoiceRecords.draft(for: ana, lines: [line(1000)], in: $0) }
        #expect(throws: ModelError.self, "another currency") {
            try write { try InvoiceRecords.addLine(to: draft.id, .init(description: "x", unit: Money(minorUnits: 1, currency: "EUR")), in: $0) }
        }
        #expect(throws: ModelError.self, "tax above 100%") { try write { try InvoiceRecords.addLine(to: draft.id, line(1, tax: 10_001), in: $0) } }
        #expect(throws: ModelError.self, "no lines") { try write { try InvoiceRecords.draft(for: ana, lines: [], in: $0) } }
        #expect(throws: ModelError.self, "a draft cannot be credited") { try write { try InvoiceRecords.credit("#\(draft.id)", amount: nil, reason: "x", in: $0) } }
        #expect(throws: ModelError.self, "a draft cannot be paid") {
            try write { try InvoiceRecords.pay("#\(draft.id)", amount: "1.00", method: "card", receivedOn: nil, reference: "", in: $0) }
        }
        let issued = try write { try InvoiceRecords.issue("#\(draft.id)", in: $0) }
        #expect(throws: ModelError.self, "unknown method") {
            try write { try InvoiceRecords.pay(issued.number!, amount: "1.00", method: "bitcoin", receivedOn: nil, reference: "", in: $0) }
        }
        #expect(throws: ModelError.self, "a payment in the future") {
            try write { try InvoiceRecords.pay(issued.number!, amount: "1.00", method: "card", receivedOn: CalendarDate("2027-01-01"), reference: "", in: $0) }
        }
        #expect(throws: ModelError.self) { try InvoiceRecords.list(status: "overdue", in: store) }
        #expect(throws: ModelError.self) { try RevenueReport.make(store: store, from: nil, to: nil, by: "category") }
    }

    @Test func taxRatesAreExactPercentages() throws {
        #expect(try Invoice.taxRate(percent: "20") == 2000 && Invoice.taxRate(percent: "5.5") == 550 && Invoice.taxRate(percent: "0.05") == 5)
        for bad in ["100.01", "-5", "20%", "7.125", "twenty"] {
            #expect(throws: ModelError.self, "\(bad)") { try Invoice.taxRate(percent: bad) }
        }
        let invoice = try write { try InvoiceRecords.draft(for: ana, lines: [line(100, tax: 2000), line(100, tax: 550), line(100, tax: 5)], in: $0) }
        #expect(invoice.lines.map(\.taxRateText) == ["20%", "5.5%", "0.05%"])
    }

    @Test func emailTemplatesNeedEveryKindAndASubjectLine() throws {
        let folder = directory.url.appendingPathComponent("emails")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: ModelError.self, "no templates") { try EmailTemplates(folder: folder) }
        for kind in OutboxMessage.kinds {
            try "Subject: {{organization_name}} & you\n\nDear {{member_name}} <3\n".write(to: folder.appendingPathComponent(kind.replacingOccurrences(of: "_", with: "-") + ".mustache"), atomically: true, encoding: .utf8)
        }
        let due = DueNotification(kind: "welcome", key: "welcome:M1", memberID: nil, toName: "Ana", toEmail: "ana@example.org",
                                  facts: ["organization_name": "Guild", "member_name": "Ana & Bo"])
        let (subject, body) = try EmailTemplates(folder: folder).render(due)
        #expect(subject == "Guild & you" && body == "Dear Ana & Bo <3\n", "plain text: nothing HTML-escaped")
        try "Dear {{member_name}}\n".write(to: folder.appendingPathComponent("welcome.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: ModelError.self, "no Subject line") { try EmailTemplates(folder: folder).render(due) }
    }

    /// A theme overrides only the emails it has; the others come from the fallback (the built-in theme's).
    @Test func emailTemplatesFallBackKindByKind() throws {
        let folder = directory.url.appendingPathComponent("emails")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Subject: From the site's theme\n\nHello {{member_name}}\n".write(to: folder.appendingPathComponent("welcome.mustache"), atomically: true, encoding: .utf8)
        let fallback = Dictionary(uniqueKeysWithValues: OutboxMessage.kinds.map { kind in
            (kind.replacingOccurrences(of: "_", with: "-") + ".mustache", "Subject: Built-in \(kind)\n\nBody\n")
        })
        let templates = try EmailTemplates(folder: folder, fallback: fallback)
        func subject(_ kind: String) throws -> String {
            try templates.render(DueNotification(kind: kind, key: kind, memberID: nil, toName: "Ana", toEmail: "ana@example.org", facts: ["member_name": "Ana"])).subject
        }
        #expect(try subject("welcome") == "From the site's theme")
        #expect(try subject("receipt") == "Built-in receipt")
        #expect(throws: ModelError.self, "one kind in neither") { try EmailTemplates(folder: folder, fallback: fallback.filter { $0.key != "receipt.mustache" }) }
    }
}
