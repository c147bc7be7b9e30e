import PorticoFormats
import PorticoSQLite

/// Money paid back against a payment (after a credit note, or a cancelled event): a record of its own, kept beside
/// the payment it returns. An invoice's paid amount is its payments, less those voided, less their refunds.
public struct Refund: Sendable, Equatable {
    public let id: Int64
    public let paymentID: Int64
    public let amount: Money
    public let method: String
    public let refundedOn: CalendarDate
    public let reason: String

    public var fields: [(String, DatabaseValue)] {
        [("id", .integer(id)), ("payment", .integer(paymentID)), ("amount", .text(amount.description)), ("method", .text(method)),
         ("refunded_on", .text(refundedOn.description)), ("reason", .text(reason))]
    }

    /// The `refunds` table.
    public static let entity = Entity(table: "refunds", auditName: "refund", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("payment_id", .integer, references: "payments"),
        .init("amount_minor", .integer),
        .init("method", .text, allowed: Invoice.methods),
        .init("refunded_on", .text, normalize: { try Validate.date($0, field: "refunded_on") }),
        .init("reason", .text),
        .init("created_at", .text, generated: .createdAt),
    ], transfer: .init(name: "refunds", view: .reportsFinancial, edit: .paymentsRefund))

    static let migration = Migrator.Migration("finance/0002_refunds", sql: """
        CREATE TABLE refunds (
            id INTEGER PRIMARY KEY,
            payment_id INTEGER NOT NULL REFERENCES payments (id),
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            method TEXT NOT NULL CHECK (method IN ('card', 'bank_transfer', 'cash', 'cheque', 'direct_debit', 'other')),
            refunded_on TEXT NOT NULL,
            reason TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX refunds_payment ON refunds (payment_id);
        """)

    init(record: Record, currency: String) throws {
        id = try record.integer("id")
        paymentID = try record.integer("payment_id")
        amount = Money(minorUnits: try record.integer("amount_minor"), currency: currency)
        method = try record.text("method")
        guard let day = CalendarDate(try record.text("refunded_on")) else {
            throw RecordError.wrongValue(table: "refunds", column: "refunded_on", row: String(id), reason: "is not a date")
        }
        refundedOn = day
        reason = try record.text("reason")
    }
}

extension PaymentRecords {
    /// The refunds of one payment, oldest first.
    public static func refunds(of payment: Payment, in store: Store) throws -> [Refund] {
        try store.database.rows("SELECT * FROM refunds WHERE payment_id = ? ORDER BY refunded_on, id", [payment.id]).map {
            try Refund(record: Refund.entity.decode($0), currency: payment.amount.currency)
        }
    }

    /// Pays back `amount` of a payment (at most what is left of it after earlier refunds; never a voided one). The
    /// invoice's balance grows by it; if that reopens an invoice that was paid, its terms wait for payment again.
    @discardableResult
    public static func refund(_ key: String, amount: String, method: String, reason: String, on day: CalendarDate? = nil, in context: WriteContext) throws -> Refund {
        let payment = try find(key, in: context.store)
        guard payment.voidedOn == nil else { throw ModelError.conflict("payment \(payment.id) was voided; there is nothing to refund") }
        let money = try Money.parse(amount, currency: payment.amount.currency, field: "--amount")
        let left = payment.amount.minorUnits - (try refunds(of: payment, in: context.store).reduce(0) { $0 + $1.amount.minorUnits })
        guard money.minorUnits > 0, money.minorUnits <= left else {
            throw ModelError.invalid(field: "--amount", value: amount, reason: "must be above zero and at most what is left of the payment, \(Money(minorUnits: left, currency: money.currency))")
        }
        let today = try context.store.today()
        let day = day ?? today
        if day > today { throw ModelError.invalid(field: "--date", value: day.description, reason: "is in the future") }
        let wasPaid = try InvoiceRecords.find(payment.invoiceNumber, in: context.store).balance <= 0
        let record = try context.insert(Refund.entity, Refund.entity.completedForInsert([
            "payment_id": .integer(payment.id), "amount_minor": .integer(money.minorUnits),
            "method": .text(try Validate.choice(method, field: "--method", allowed: Invoice.methods)), "refunded_on": .text(day.description),
            "reason": .text(try Validate.text(reason, field: "--reason", maximum: 300)),
        ], in: context.store))
        let invoice = try InvoiceRecords.find(payment.invoiceNumber, in: context.store)
        if wasPaid && invoice.balance > 0 { try MembershipRecords.markUnpaid(invoice.lines.compactMap(\.membershipID), in: context) }
        return try Refund(record: record, currency: payment.amount.currency)
    }
}
