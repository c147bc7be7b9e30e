import Foundation
import PorticoFormats
import PorticoSQLite

/// `payments import stripe FILE…`: Stripe's payments CSV export and saved webhook events, matched to invoices by
/// the invoice number in the payment's metadata (`invoice`) or the Checkout session's `client_reference_id`, and
/// to event registrations by their reference (`registration`), never guessed. Every Stripe object is imported once: events are remembered by id, payments by their PaymentIntent (or
/// charge) id as the payment's reference, so a CSV and the events of the same payments, or one file twice, record
/// nothing twice. What cannot be matched is listed and left for staff.
public enum StripeImport {
    /// What happened to one Stripe object.
    public struct Outcome: Sendable, Equatable {
        public let source: String
        public let id: String
        /// `paid`, `refunded`, `duplicate`, `unmatched`, `ignored`.
        public let result: String
        public let invoice: String?
        public let amount: String
        public let note: String
    }

    static let entity = Entity(table: "payment_imports", auditName: "payment import", auditKey: "external_id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("external_id", .text, unique: true),
        .init("kind", .text),
        .init("outcome", .text),
        .init("created_at", .text, generated: .createdAt),
    ])

    static let migration = Migrator.Migration("integrations/0001_payment_imports", sql: """
        CREATE TABLE payment_imports (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """)

    /// Imports each file: a CSV export (first line a header with `id` and `Amount`) or a saved event (its JSON,
    /// optionally after a `Stripe-Signature: …` line and a blank line). A signed event is verified with the
    /// setting `stripe.webhook_secret`; an unsigned one is refused unless `trustUnsigned`. All or nothing.
    public static func run(files: [String], trustUnsigned: Bool, now: Date, in context: WriteContext) throws -> [Outcome] {
        var outcomes: [Outcome] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { throw ModelError.invalid(field: "FILE", value: file, reason: "cannot be read") }
            let bytes = [UInt8](data)
            let text = String(decoding: bytes, as: UTF8.self)
            let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
            if trimmed.hasPrefix("{") || trimmed.lowercased().hasPrefix("stripe-signature:") {
                outcomes.append(try event(file: file, bytes: bytes, trustUnsigned: trustUnsigned, now: now, in: context))
            } else {
                outcomes += try csv(file: file, in: context)
            }
        }
        return outcomes
    }

    // MARK: Events

    static func event(file: String, bytes: [UInt8], trustUnsigned: Bool, now: Date, in context: WriteContext) throws -> Outcome {
        var payload = bytes[...]
        var signature: String?
        // `Stripe-Signature: t=…,v1=…` then an empty line, then the body exactly as received.
        if let first = String(decoding: bytes.prefix(200), as: UTF8.self).lowercased().range(of: "stripe-signature:"), first.lowerBound == String(decoding: bytes.prefix(200), as: UTF8.self).startIndex {
            guard let end = findBlankLine(bytes) else { throw ModelError.invalid(field: "FILE", value: file, reason: "a Stripe-Signature line must be followed by an empty line, then the event") }
            let header = String(decoding: bytes[..<end.header], as: UTF8.self)
            signature = header.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
            payload = bytes[end.body...]
        }
        let store = context.store
        if let signature {
            guard let secret = try IntegrationSettings.value("stripe.webhook_secret", in: store) else {
                throw ModelError.invalid(field: "stripe.webhook_secret", value: "", reason: "set the webhook signing secret first: portico-admin integrations set stripe.webhook_secret whsec_…")
            }
            let tolerance = Int64(try store.setting("stripe.tolerance_seconds") ?? "300") ?? 300
            do {
                try StripeSignature.verify(header: signature, payload: Array(payload), secret: secret, now: now, tolerance: tolerance)
            } catch let failure as StripeSignature.Failure {
                throw ModelError.invalid(field: "FILE", value: file, reason: failure.description)
            }
        } else if !trustUnsigned {
            throw ModelError.invalid(field: "FILE", value: file, reason: "the event has no Stripe-Signature line; save it with its header, or pass --trust-unsigned for a file you fetched from Stripe yourself")
        }
        let json: JSONValue
        do { json = try JSONValue.parse(String(decoding: payload, as: UTF8.self)) } catch { throw ModelError.invalid(field: "FILE", value: file, reason: "\(error)") }
        guard let id = json["id"]?.stringValue, let type = json["type"]?.stringValue, let object = json["data"]?["object"] else {
            throw ModelError.invalid(field: "FILE", value: file, reason: "not a Stripe event (id, type and data.object)")
        }
        if try alreadyImported(id, in: context) { return Outcome(source: file, id: id, result: "duplicate", invoice: nil, amount: "", note: "event already imported") }
        let outcome: Outcome
        switch type {
        case "checkout.session.completed":
            guard object["payment_status"]?.stringValue != "unpaid" else {
                outcome = Outcome(source: file, id: id, result: "ignored", invoice: nil, amount: "", note: "the session is not paid (yet)")
                break
            }
            let reference = object["payment_intent"]?.stringValue ?? object["id"]?.stringValue ?? id
            outcome = try pay(source: file, id: id, reference: reference, invoice: object["metadata"]?["invoice"]?.stringValue ?? object["client_reference_id"]?.stringValue,
                              registration: object["metadata"]?["registration"]?.stringValue,
                              minor: integer(object["amount_total"]), currency: object["currency"]?.stringValue, created: json["created"], in: context)
        case "payment_intent.succeeded":
            outcome = try pay(source: file, id: id, reference: object["id"]?.stringValue ?? id, invoice: object["metadata"]?["invoice"]?.stringValue,
                              registration: object["metadata"]?["registration"]?.stringValue,
                              minor: integer(object["amount_received"]) ?? integer(object["amount"]), currency: object["currency"]?.stringValue,
                              created: json["created"], in: context)
        case "charge.refunded":
            outcome = try refund(source: file, id: id, object: object, in: context)
        default:
            outcome = Outcome(source: file, id: id, result: "ignored", invoice: nil, amount: "", note: "event type \(type) is not imported")
        }
        try remember(id, kind: type, outcome: outcome.result, in: context)
        return outcome
    }

    static func findBlankLine(_ bytes: [UInt8]) -> (header: Int, body: Int)? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0a {
                let lineEnd = index > 0 && bytes[index - 1] == 0x0d ? index - 1 : index
                if index + 1 < bytes.count && bytes[index + 1] == 0x0a { return (lineEnd, index + 2) }
                if index + 2 < bytes.count && bytes[index + 1] == 0x0d && bytes[index + 2] == 0x0a { return (lineEnd, index + 3) }
                return nil
            }
            index += 1
        }
        return nil
    }

    static func integer(_ value: JSONValue?) -> Int64? {
        if case .number(let number)? = value, number == number.rounded(), number >= 0 { return Int64(number) }
        return nil
    }

    static func alreadyImported(_ id: String, in context: WriteContext) throws -> Bool {
        try entity.find("external_id", equals: .text(id), in: context.store) != nil
    }

    static func remember(_ id: String, kind: String, outcome: String, in context: WriteContext) throws {
        _ = try context.insert(entity, entity.completedForInsert(["external_id": .text(id), "kind": .text(kind), "outcome": .text(outcome)], in: context.store))
    }

    /// Records a payment against the named invoice when everything agrees: the invoice exists and is issued, the
    /// currency is its currency, the amount is above zero and within its balance, and no payment with this
    /// reference exists yet. Anything else is unmatched, with why.
    static func pay(source: String, id: String, reference: String, invoice label: String?, registration: String? = nil, minor: Int64?, currency: String?,
                    created: JSONValue?, in context: WriteContext) throws -> Outcome {
        let store = context.store
        let code = currency?.uppercased() ?? ""
        let shown = minor.map { Money(minorUnits: $0, currency: code).description } ?? ""
        func unmatched(_ why: String) -> Outcome { Outcome(source: source, id: id, result: "unmatched", invoice: label, amount: shown, note: why) }
        if let registration, (label ?? "").isEmpty {
            return try payRegistration(source: source, id: id, reference: registration, minor: minor, currency: code, shown: shown, in: context)
        }
        if try !PaymentRecords.list(in: store).filter({ $0.reference == reference && $0.voidedOn == nil }).isEmpty {
            return Outcome(source: source, id: id, result: "duplicate", invoice: label, amount: shown, note: "payment \(reference) already recorded")
        }
        guard let label, !label.isEmpty else { return unmatched("no invoice in the metadata (invoice) or client_reference_id") }
        guard let invoice = try? InvoiceRecords.find(label, in: store) else { return unmatched("no invoice \(label)") }
        guard let minor, minor > 0 else { return unmatched("no amount") }
        guard code == invoice.currency else { return unmatched("paid in \(code), invoiced in \(invoice.currency)") }
        guard invoice.kind == "invoice", invoice.storedStatus == "issued" else { return unmatched("\(invoice.label) is \(invoice.status)") }
        guard minor <= invoice.balance else { return unmatched("more than the balance due, \(invoice.money(invoice.balance))") }
        let siteZone = try zone(store)
        let day = integer(created).map { CalendarDate.day(of: Date(timeIntervalSince1970: TimeInterval($0)), in: siteZone) }
        let today = try store.today()
        try InvoiceRecords.pay(invoice.label, amount: Money(minorUnits: minor, currency: code).amount, method: "card", receivedOn: day.map { min($0, today) },
                               reference: reference, in: context)
        return Outcome(source: source, id: id, result: "paid", invoice: invoice.label, amount: shown, note: "reference \(reference)")
    }

    /// A registration paid through a Payment Link (its reference in the metadata as `registration`): a pending one
    /// whose amount and currency agree is confirmed; one already confirmed is a duplicate; anything else unmatched.
    static func payRegistration(source: String, id: String, reference: String, minor: Int64?, currency: String, shown: String,
                                in context: WriteContext) throws -> Outcome {
        guard let registration = try? Registrations.find(reference: reference, in: context.store) else {
            return Outcome(source: source, id: id, result: "unmatched", invoice: nil, amount: shown, note: "no registration \(reference)")
        }
        if registration.status == "confirmed" {
            return Outcome(source: source, id: id, result: "duplicate", invoice: nil, amount: shown, note: "registration \(registration.reference) already confirmed")
        }
        guard registration.status == "pending" || registration.status == "offered" else {
            return Outcome(source: source, id: id, result: "unmatched", invoice: nil, amount: shown, note: "registration \(registration.reference) is \(registration.status)")
        }
        guard minor == registration.amount.minorUnits, currency == registration.amount.currency else {
            return Outcome(source: source, id: id, result: "unmatched", invoice: nil, amount: shown, note: "registration \(registration.reference) costs \(registration.amount)")
        }
        _ = try context.update(Registration.entity, id: registration.id, set: ["status": .text("confirmed")])
        return Outcome(source: source, id: id, result: "paid", invoice: registration.reference, amount: shown, note: "registration confirmed")
    }

    static func zone(_ store: Store) throws -> TimeZone {
        try store.setting("site.timezone").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    }

    /// `charge.refunded`: the charge's refunded total beyond what is already refunded of the payment is refunded.
    static func refund(source: String, id: String, object: JSONValue, in context: WriteContext) throws -> Outcome {
        let store = context.store
        let intent = object["payment_intent"]?.stringValue ?? object["id"]?.stringValue ?? ""
        guard let payment = try PaymentRecords.list(in: store).first(where: { $0.reference == intent && $0.voidedOn == nil }) else {
            return Outcome(source: source, id: id, result: "unmatched", invoice: nil, amount: "", note: "no recorded payment \(intent)")
        }
        let refunded = integer(object["amount_refunded"]) ?? 0
        let already = try PaymentRecords.refunds(of: payment, in: store).reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        let due = refunded - already
        guard due > 0 else {
            return Outcome(source: source, id: id, result: "duplicate", invoice: payment.invoiceNumber, amount: "", note: "already refunded")
        }
        let money = Money(minorUnits: due, currency: payment.amount.currency)
        try PaymentRecords.refund(String(payment.id), amount: money.amount, method: "card", reason: "Stripe refund (\(object["id"]?.stringValue ?? id))", in: context)
        return Outcome(source: source, id: id, result: "refunded", invoice: payment.invoiceNumber, amount: money.description, note: "reference \(intent)")
    }

    // MARK: CSV export

    /// Stripe's payments export: `id`, `Created (UTC)` (or `Created date (UTC)`), `Amount` and `Amount Refunded` in
    /// major units, `Currency`, `Status`, `PaymentIntent ID`, and metadata as `invoice (metadata)`. Only `Paid` /
    /// `succeeded` rows are payments.
    static func csv(file: String, in context: WriteContext) throws -> [Outcome] {
        var reader = CSVReader(try ByteReader(path: file))
        guard let header = try reader.next()?.fields else { return [] }
        func column(_ names: String...) -> Int? { header.firstIndex { name in names.contains { $0.caseInsensitiveCompare(name.trimmingCharacters(in: .whitespaces)) == .orderedSame } } }
        guard let idColumn = column("id"), let amountColumn = column("Amount"), let currencyColumn = column("Currency") else {
            throw ModelError.invalid(field: "FILE", value: file, reason: "not a Stripe payments export (it needs the id, Amount and Currency columns)")
        }
        let statusColumn = column("Status"), intentColumn = column("PaymentIntent ID"), invoiceColumn = column("invoice (metadata)", "Invoice (metadata)")
        let registrationColumn = column("registration (metadata)", "Registration (metadata)")
        let createdColumn = column("Created (UTC)", "Created date (UTC)")
        var outcomes: [Outcome] = []
        while let record = try reader.next() {
            let fields = record.fields, row = record.line
            func field(_ index: Int?) -> String { index.flatMap { $0 < fields.count ? fields[$0].trimmingCharacters(in: .whitespaces) : nil } ?? "" }
            let id = field(idColumn)
            guard !id.isEmpty else { continue }
            let status = field(statusColumn).lowercased()
            if statusColumn != nil && status != "paid" && status != "succeeded" {
                outcomes.append(Outcome(source: "\(file):\(row)", id: id, result: "ignored", invoice: nil, amount: "", note: "status \(field(statusColumn))"))
                continue
            }
            if try alreadyImported(id, in: context) {
                outcomes.append(Outcome(source: "\(file):\(row)", id: id, result: "duplicate", invoice: nil, amount: "", note: "row already imported"))
                continue
            }
            let currency = field(currencyColumn).uppercased()
            let minor: Int64
            do { minor = try Money.parse(field(amountColumn).replacingOccurrences(of: ",", with: ""), currency: try Money.currency(currency, field: "Currency"), field: "Amount").minorUnits }
            catch { throw ModelError.invalid(field: "Amount", value: "\(file) row \(row): \(field(amountColumn))", reason: "\(error)") }
            var created: JSONValue?
            if let stamp = Timestamp.parse(field(createdColumn).replacingOccurrences(of: " ", with: "T") + (field(createdColumn).count == 16 ? ":00Z" : "Z")) {
                created = .number(stamp.timeIntervalSince1970)
            }
            let reference = field(intentColumn).isEmpty ? id : field(intentColumn)
            let outcome = try pay(source: "\(file):\(row)", id: id, reference: reference, invoice: field(invoiceColumn),
                                  registration: field(registrationColumn).isEmpty ? nil : field(registrationColumn), minor: minor, currency: currency,
                                  created: created, in: context)
            try remember(id, kind: "csv", outcome: outcome.result, in: context)
            outcomes.append(outcome)
        }
        return outcomes
    }
}

extension Capability {
    public static let paymentsImport = Capability("payments.import", "import payments from Stripe's exports and events")
}

extension Feature {
    /// Payment configuration and imports from the services the association uses (Stripe so far).
    public static let integrations = Feature(
        name: "integrations",
        migrations: [StripeImport.migration],
        entities: [StripeImport.entity],
        capabilities: [.paymentsImport],
        demo: { context in
            // Xero's codes as a UK association would set them (no secrets in the demo: staff set their own).
            try SiteSettings.set("xero.account_code", to: "200", in: context)
            try SiteSettings.set("xero.tax_type", to: "OUTPUT2", in: context)
        })
}
