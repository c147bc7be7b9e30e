import PorticoFormats
import PorticoSQLite

/// An invoice or credit note with its lines and payments. Amounts are integer minor units in the invoice's
/// currency; tax is computed per line (`quantity × unit × rate`, rounded half up to the minor unit). Only
/// `draft`, `issued` and `void` are stored: whether an issued invoice is `paid` or `part-paid` is derived from
/// its payments and credit notes, so the balance can never disagree with them.
public struct Invoice: Sendable, Equatable {
    public static let kinds = ["invoice", "credit_note"]
    public static let storedStatuses = ["draft", "issued", "void"]
    public static let sources = ["membership", "events", "courses", "sponsorship", "other"]
    public static let methods = ["card", "bank_transfer", "cash", "cheque", "direct_debit", "other"]

    /// One line: what was sold, how many, at what unit price and tax rate (basis points: 2000 is 20%).
    public struct Line: Sendable, Equatable {
        public let position: Int64
        public let description: String
        public let quantity: Int64
        public let unitMinor: Int64
        public let taxRateBasisPoints: Int64
        public let source: String
        public let membershipID: Int64?
        public let planID: Int64?

        public var net: Int64 { quantity * unitMinor }
        /// `20%`, `5.5%`.
        public var taxRateText: String { Invoice.percentText(taxRateBasisPoints) }
        public var tax: Int64 { Money.prorate(net, numerator: taxRateBasisPoints, denominator: 10_000) }
        public var gross: Int64 { net + tax }
    }

    public let id: Int64
    public let number: String?
    public let kind: String
    public let memberID: Int64?
    public let companyID: Int64?
    public let billToName: String
    public let billToEmail: String
    public let currency: String
    public let storedStatus: String
    public let issuedOn: CalendarDate?
    public let dueOn: CalendarDate?
    public let creditsInvoiceID: Int64?
    public let notes: String
    public let lines: [Line]
    /// Payments received, in minor units.
    public let paid: Int64
    /// Issued credit notes against this invoice, in minor units.
    public let credited: Int64

    public var net: Int64 { lines.reduce(0) { $0 + $1.net } }
    public var tax: Int64 { lines.reduce(0) { $0 + $1.tax } }
    public var total: Int64 { net + tax }
    /// What is still owed (negative: owed back to the customer).
    public var balance: Int64 { storedStatus == "issued" && kind == "invoice" ? total - paid - credited : 0 }

    /// `draft`, `issued`, `part-paid`, `paid` or `void`.
    public var status: String {
        guard storedStatus == "issued", kind == "invoice" else { return storedStatus }
        if balance <= 0 && total > 0 { return "paid" }
        return paid + credited > 0 ? "part-paid" : "issued"
    }

    public func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: currency) }

    /// A tax rate typed as a percentage with at most two decimals (`20`, `5.5`) in basis points (2000, 550), exactly.
    public static func taxRate(percent text: String, field: String = "--tax") throws -> Int64 {
        // A percentage with two decimals is a whole number of hundredths: the same exact parse as an amount.
        guard let basisPoints = try? Money.parse(text, currency: "XXX", field: field).minorUnits, basisPoints <= 10_000 else {
            throw ModelError.invalid(field: field, value: text, reason: "a percentage from 0 to 100 with at most two decimals, such as 20 or 5.5")
        }
        return basisPoints
    }

    /// Basis points as a percentage: 2000 → `20%`, 550 → `5.5%`.
    static func percentText(_ basisPoints: Int64) -> String {
        let whole = basisPoints / 100, fraction = basisPoints % 100
        if fraction == 0 { return "\(whole)%" }
        return "\(whole)." + (fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")) + "%"
    }

    /// The `invoices` table. Finance records are not imported in bulk: numbers and issue rules must hold.
    public static let entity = Entity(table: "invoices", auditName: "invoice", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("number", .text, nullable: true, unique: true),
        .init("kind", .text, allowed: kinds, defaultValue: .text("invoice")),
        .init("member_id", .integer, nullable: true, references: "members"),
        .init("company_id", .integer, nullable: true, references: "companies"),
        .init("bill_to_name", .text, privacy: .identifying),
        .init("bill_to_email", .text, privacy: .identifying),
        .init("currency", .text),
        .init("status", .text, allowed: storedStatuses, defaultValue: .text("draft")),
        .init("issued_on", .text, nullable: true),
        .init("due_on", .text, nullable: true),
        .init("credits_invoice_id", .integer, nullable: true, references: "invoices"),
        .init("notes", .text, defaultValue: .text("")),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "invoices", view: .reportsFinancial, edit: .invoicesManage))

    /// The `invoice_lines` table.
    public static let lineEntity = Entity(table: "invoice_lines", auditName: "invoice_line", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("invoice_id", .integer, references: "invoices"),
        .init("position", .integer),
        .init("description", .text),
        .init("quantity", .integer),
        .init("unit_minor", .integer),
        .init("tax_rate_bp", .integer),
        .init("source", .text, allowed: sources),
        .init("membership_id", .integer, nullable: true, references: "memberships"),
        .init("plan_id", .integer, nullable: true, references: "plans"),
    ], transfer: .init(name: "invoice-lines", view: .reportsFinancial, edit: .invoicesManage))

    /// The `payments` table.
    public static let paymentEntity = Entity(table: "payments", auditName: "payment", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("invoice_id", .integer, references: "invoices"),
        .init("amount_minor", .integer),
        .init("method", .text, allowed: methods),
        .init("received_on", .text),
        .init("reference", .text, defaultValue: .text("")),
        .init("created_at", .text, generated: .createdAt),
        .init("voided_on", .text, nullable: true, normalize: { try Validate.date($0, field: "voided_on") }),
        .init("void_reason", .text, defaultValue: .text("")),
    ], transfer: .init(name: "payments", view: .reportsFinancial, edit: .invoicesManage))

    /// Reads one invoice with its lines, payments and credits.
    static func load(_ record: Record, in store: Store) throws -> Invoice {
        let id = try record.integer("id")
        let lines = try Self.lines(of: id, in: store)
        let paid = try store.database.scalar("""
            SELECT coalesce(sum(amount_minor), 0) - coalesce((SELECT sum(r.amount_minor) FROM refunds r JOIN payments p ON p.id = r.payment_id
                                                             WHERE p.invoice_id = ?), 0)
            FROM payments WHERE invoice_id = ? AND voided_on IS NULL
            """, [id, id]).integer ?? 0
        var credited: Int64 = 0
        for row in try store.database.rows("SELECT id FROM invoices WHERE credits_invoice_id = ? AND status = 'issued'", [id]) {
            guard let note = try row["id"].integer else { continue }
            credited += try Self.lines(of: note, in: store).reduce(0) { $0 + $1.gross }
        }
        return Invoice(id: id, number: try record.optionalText("number"), kind: try record.text("kind"), memberID: record.values["member_id"]?.integer,
                       companyID: record.values["company_id"]?.integer, billToName: try record.text("bill_to_name"),
                       billToEmail: try record.text("bill_to_email"), currency: try record.text("currency"), storedStatus: try record.text("status"),
                       issuedOn: try record.optionalText("issued_on").flatMap(CalendarDate.init), dueOn: try record.optionalText("due_on").flatMap(CalendarDate.init),
                       creditsInvoiceID: record.values["credits_invoice_id"]?.integer, notes: try record.text("notes"), lines: lines, paid: paid, credited: credited)
    }

    /// An invoice's lines in order.
    static func lines(of id: Int64, in store: Store) throws -> [Line] {
        try store.database.rows("SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY position", [id]).map(line)
    }

    /// A stored line, decoded through its description.
    static func line(_ row: Row) throws -> Line {
        let line = try lineEntity.decode(row)
        return Line(position: try line.integer("position"), description: try line.text("description"), quantity: try line.integer("quantity"),
                    unitMinor: try line.integer("unit_minor"), taxRateBasisPoints: try line.integer("tax_rate_bp"), source: try line.text("source"),
                    membershipID: line.values["membership_id"]?.integer, planID: line.values["plan_id"]?.integer)
    }

    /// A line of an issued invoice or credit note, as revenue is counted: a credit note's lines count negatively.
    public struct IssuedLine: Sendable {
        public let kind: String
        public let currency: String
        public let issuedOn: CalendarDate
        public let line: Line
        /// 1 for an invoice, -1 for a credit note.
        public var sign: Int64 { kind == "credit_note" ? -1 : 1 }
    }

    /// Every line of every issued invoice and credit note (drafts and void ones are not revenue), one at a time.
    public static func forEachIssuedLine(in store: Store, _ body: (IssuedLine) throws -> Void) throws {
        try store.database.forEachRow("""
            SELECT l.*, i.kind AS invoice_kind, i.currency AS invoice_currency, i.issued_on AS invoice_issued_on
            FROM invoice_lines l JOIN invoices i ON l.invoice_id = i.id WHERE i.status = 'issued' ORDER BY i.id, l.position
            """) { row in
            guard let kind = try row["invoice_kind"].text, kinds.contains(kind), let currency = try row["invoice_currency"].text,
                  let issuedOn = try row["invoice_issued_on"].text.flatMap(CalendarDate.init) else {
                throw RecordError.wrongValue(table: "invoices", column: "kind, currency, issued_on", row: try row["invoice_id"].integer.map(String.init) ?? "?",
                                             reason: "is not what an issued invoice holds")
            }
            try body(IssuedLine(kind: kind, currency: currency, issuedOn: issuedOn, line: try line(row)))
        }
    }

    /// The label staff use, and type to name it: its number, or `#12` for a draft.
    public var label: String { number ?? "#\(id)" }

    public var fields: [(String, DatabaseValue)] {
        [("number", .text(label)), ("kind", .text(kind)), ("bill_to", .text(billToName)), ("issued_on", issuedOn.map { .text($0.description) } ?? .null),
         ("due_on", dueOn.map { .text($0.description) } ?? .null), ("total", .text(money(total).description)),
         ("balance", .text(money(balance).description)), ("status", .text(status))]
    }
}
