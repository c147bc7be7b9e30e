import Testing
import PorticoFormats
import PorticoModel
import PorticoTestSupport

/// A voided payment stops counting: the invoice's balance reopens and, if it had been paid in full, the membership
/// term it paid for waits for payment again. Nothing is deleted, and a payment is voided once.
@Suite struct PaymentVoidTests {
    @Test func voidingTheLastPaymentReopensTheInvoiceAndItsTerm() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let (number, membershipID) = try store.write(as: TestStores.admin, command: "test") { context -> (String, Int64) in
            try PlanRecords.add(slug: "full", name: "Full", price: "95.00", currency: "GBP", period: "annual", in: context)
            let member = try MemberRecords.add(["name": "Ana Silva", "email": "ana@example.org"], in: context)
            let term = try MembershipRecords.add(.member(member.id), plan: "full", startsOn: CalendarDate("2026-11-01"), paid: false, in: context)
            let draft = try InvoiceRecords.draft(for: .member(member.id), lines: [.init(description: "Full membership", unit: Money(minorUnits: 9500, currency: "GBP"),
                                                                                        membershipID: term.id)], in: context)
            return (try #require(try InvoiceRecords.issue("#\(draft.id)", in: context).number), term.id)
        }
        try store.write(as: TestStores.admin, command: "test") { context in
            _ = try InvoiceRecords.pay(number, amount: "95.00", method: "cheque", receivedOn: nil, reference: "Chq 1", in: context)
        }
        #expect(try MembershipRecords.find(id: membershipID, in: store).paidOn != nil)
        #expect(try InvoiceRecords.find(number, in: store).status == "paid")
        let payment = try #require(try PaymentRecords.list(in: store).first)
        let voided = try store.write(as: TestStores.admin, command: "test") { try PaymentRecords.void(String(payment.id), reason: "returned unpaid", in: $0) }
        #expect(voided.status == "void" && voided.voidReason == "returned unpaid" && voided.voidedOn == CalendarDate("2026-11-27"))
        let invoice = try InvoiceRecords.find(number, in: store)
        #expect(invoice.status == "issued" && invoice.balance == 9500)
        #expect(try MembershipRecords.find(id: membershipID, in: store).paidOn == nil, "the term waits for payment again")
        #expect(throws: ModelError.self) { try store.write(as: TestStores.admin, command: "test") { try PaymentRecords.void(String(payment.id), reason: "again", in: $0) } }
        #expect(try PaymentRecords.list(.init(includeVoided: false), in: store).isEmpty && PaymentRecords.list(in: store).count == 1, "kept, not deleted")
    }

    /// A refund is its own record: the balance grows by it, it cannot exceed what is left of the payment, and a
    /// payment with a refund paid out cannot be voided.
    @Test func aRefundIsARecordThatReopensTheBalance() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let number = try store.write(as: TestStores.admin, command: "test") { context -> String in
            let member = try MemberRecords.add(["name": "Ana Silva", "email": "ana@example.org"], in: context)
            let draft = try InvoiceRecords.draft(for: .member(member.id), lines: [.init(description: "Dinner", unit: Money(minorUnits: 4500, currency: "GBP"), source: "events")], in: context)
            let number = try #require(try InvoiceRecords.issue("#\(draft.id)", in: context).number)
            _ = try InvoiceRecords.pay(number, amount: "45.00", method: "card", receivedOn: nil, reference: "", in: context)
            return number
        }
        let payment = try #require(try PaymentRecords.list(in: store).first)
        #expect(throws: ModelError.self) {
            try store.write(as: TestStores.admin, command: "test") { try PaymentRecords.refund(String(payment.id), amount: "45.01", method: "card", reason: "too much", in: $0) }
        }
        let refund = try store.write(as: TestStores.admin, command: "test") {
            try PaymentRecords.refund(String(payment.id), amount: "20.00", method: "card", reason: "one seat cancelled", in: $0)
        }
        #expect(refund.amount == Money(minorUnits: 2000, currency: "GBP") && refund.reason == "one seat cancelled")
        let invoice = try InvoiceRecords.find(number, in: store)
        #expect(invoice.balance == 2000 && invoice.status == "part-paid")
        #expect(try PaymentRecords.refunds(of: payment, in: store) == [refund])
        #expect { try store.write(as: TestStores.admin, command: "test") { try PaymentRecords.void(String(payment.id), reason: "x", in: $0) } }
            throws: { "\($0)".contains("has a refund paid out") }
        #expect(throws: ModelError.self, "only 25.00 is left to refund") {
            try store.write(as: TestStores.admin, command: "test") { try PaymentRecords.refund(String(payment.id), amount: "25.01", method: "card", reason: "x", in: $0) }
        }
    }
}
