import PorticoFormats
import PorticoSQLite

/// A payment received against an invoice. Payments are never deleted: a mistaken or bounced one is voided, with
/// the day and the reason, and stops counting towards the invoice's balance (the audit trail keeps who did it).
public struct Payment: Sendable, Equatable {
    public let id: Int64
    public let invoiceID: Int64
    /// The invoice's number (`INV-2026-0001`).
    public let invoiceNumber: String
    public let amount: Money
    public let method: String
    public let receivedOn: CalendarDate
    public let reference: String
    /// The day it was voided; nil while it counts.
    public let voidedOn: CalendarDate?
    public let voidReason: String

    /// `received` or `void`.
    public var status: String { voidedOn == nil ? "received" : "void" }

    /// The payment as staff read it in lists and exports of lists.
    public var fields: [(String, DatabaseValue)] {
        [("id", .integer(id)), ("invoice", .text(invoiceNumber)), ("amount", .text(amount.description)), ("method", .text(method)),
         ("received_on", .text(receivedOn.description)), ("reference", .text(reference)), ("status", .text(status)),
         ("voided_on", voidedOn.map { .text($0.description) } ?? .null), ("void_reason", .text(voidReason))]
    }

    /// Adds the void columns (a payment recorded before them counts, as it did).
    static let voidMigration = Migrator.Migration("finance/0001_payment_voids", sql: """
        ALTER TABLE payments ADD COLUMN voided_on TEXT;
        ALTER TABLE payments ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';
        """)

    init(record: Record, invoiceNumber: String, currency: String) throws {
        id = try record.integer("id")
        invoiceID = try record.integer("invoice_id")
        self.invoiceNumber = invoiceNumber
        amount = Money(minorUnits: try record.integer("amount_minor"), currency: currency)
        method = try record.text("method")
        guard let received = CalendarDate(try record.text("received_on")) else {
            throw RecordError.wrongValue(table: "payments", column: "received_on", row: String(id), reason: "is not a date")
        }
        receivedOn = received
        reference = try record.text("reference")
        voidedOn = try record.optionalText("voided_on").flatMap(CalendarDate.init)
        voidReason = try record.text("void_reason")
    }
}

/// Payments: listing, finding and voiding, each audited.
public enum PaymentRecords {
    /// What `payments list` filters on; every filter given must match.
    public struct Filter: Sendable {
        public var invoice: String?
        public var method: String?
        public var since: CalendarDate?
        public var includeVoided: Bool

        public init(invoice: String? = nil, method: String? = nil, since: CalendarDate? = nil, includeVoided: Bool = true) {
            self.invoice = invoice
            self.method = method
            self.since = since
            self.includeVoided = includeVoided
        }
    }

    /// Payments matching the filter, newest first.
    public static func list(_ filter: Filter = Filter(), in store: Store) throws -> [Payment] {
        var sql = "SELECT p.*, i.number AS invoice_number, i.currency AS invoice_currency FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE 1 = 1"
        var arguments: [DatabaseValueConvertible] = []
        if let invoice = filter.invoice { sql += " AND p.invoice_id = ?"; arguments.append(try InvoiceRecords.find(invoice, in: store).id) }
        if let method = filter.method { sql += " AND p.method = ?"; arguments.append(try Validate.choice(method, field: "--method", allowed: Invoice.methods)) }
        if let since = filter.since { sql += " AND p.received_on >= ?"; arguments.append(since.description) }
        if !filter.includeVoided { sql += " AND p.voided_on IS NULL" }
        sql += " ORDER BY p.received_on DESC, p.id DESC"
        return try store.database.rows(sql, arguments).map(payment)
    }

    /// One payment by its number (`payments list` shows it).
    public static func find(_ key: String, in store: Store) throws -> Payment {
        guard let id = Int64(key.trimmingCharacters(in: .whitespaces).drop { $0 == "#" }),
              let row = try store.database.row("""
                SELECT p.*, i.number AS invoice_number, i.currency AS invoice_currency FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.id = ?
                """, [id]) else {
            throw ModelError.notFound(entity: "payment", key: key)
        }
        return try payment(row)
    }

    /// The payments of one invoice, oldest first (as `invoices show` lists them).
    static func of(invoice id: Int64, in store: Store) throws -> [Payment] {
        try store.database.rows("""
            SELECT p.*, i.number AS invoice_number, i.currency AS invoice_currency FROM payments p JOIN invoices i ON i.id = p.invoice_id
            WHERE p.invoice_id = ? ORDER BY p.received_on, p.id
            """, [id]).map(payment)
    }

    private static func payment(_ row: Row) throws -> Payment {
        try Payment(record: Invoice.paymentEntity.decode(row), invoiceNumber: try row["invoice_number"].text ?? "#\(try row.integer("invoice_id"))",
                    currency: try row.text("invoice_currency"))
    }

    /// Voids a payment recorded by mistake (or a cheque that bounced): it stays on record with the day and reason,
    /// no longer counts, and the invoice's balance reopens. When the invoice was paid in full, the membership terms
    /// it paid for are no longer paid (they wait for payment again).
    @discardableResult
    public static func void(_ key: String, reason: String, in context: WriteContext) throws -> Payment {
        let payment = try find(key, in: context.store)
        let reason = try Validate.text(reason, field: "--reason", maximum: 300)
        guard payment.voidedOn == nil else {
            throw ModelError.conflict("payment \(payment.id) was already voided on \(payment.voidedOn!.description) (\(payment.voidReason))")
        }
        if let refund = try refunds(of: payment, in: context.store).first {
            throw ModelError.conflict("payment \(payment.id) has a refund paid out (refund \(refund.id), \(refund.amount)); a payment partly returned cannot be voided")
        }
        let wasPaid = try InvoiceRecords.find(payment.invoiceNumber, in: context.store).balance == 0
        try context.update(Invoice.paymentEntity, id: payment.id, set: ["voided_on": .text(try context.store.today().description), "void_reason": .text(reason)])
        let invoice = try InvoiceRecords.find(payment.invoiceNumber, in: context.store)
        if wasPaid && invoice.balance > 0 { try MembershipRecords.markUnpaid(invoice.lines.compactMap(\.membershipID), in: context) }
        return try find(String(payment.id), in: context.store)
    }
}
