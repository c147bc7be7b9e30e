import PorticoFormats
import PorticoSQLite

/// Drafting, issuing, crediting and paying invoices, each audited in one transaction.
///
/// **Numbers** are given when an invoice is issued, never to drafts: `INV-<year>-0001` upward, and `CN-<year>-0001`
/// for credit notes, one sequence per prefix and year. The highest number given is kept in the same transaction
/// as the issue (write transactions take the database's write lock first), so two staff issuing at once get
/// consecutive numbers, and since issued invoices are never deleted the sequence has no gaps.
public enum InvoiceRecords {
    /// A line to add: description, quantity, unit price, tax rate in basis points, where the revenue comes from.
    public struct LineInput: Sendable {
        public var description: String
        public var quantity: Int64
        public var unit: Money
        public var taxRateBasisPoints: Int64
        public var source: String
        public var membershipID: Int64?
        public var planID: Int64?

        public init(description: String, quantity: Int64 = 1, unit: Money, taxRateBasisPoints: Int64 = 0, source: String = "membership",
                    membershipID: Int64? = nil, planID: Int64? = nil) {
            self.description = description
            self.quantity = quantity
            self.unit = unit
            self.taxRateBasisPoints = taxRateBasisPoints
            self.source = source
            self.membershipID = membershipID
            self.planID = planID
        }
    }

    /// An invoice by number (`INV-2026-0001`) or by `#id` for a draft.
    public static func find(_ label: String, in store: Store) throws -> Invoice {
        let record: Record?
        if label.hasPrefix("#"), let id = Int64(label.dropFirst()) {
            record = try Invoice.entity.find(id: id, in: store)
        } else {
            record = try Invoice.entity.find("number", equals: .text(label), in: store)
        }
        guard let record else { throw ModelError.notFound(entity: "invoice", key: label) }
        return try Invoice.load(record, in: store)
    }

    /// Invoices (and credit notes), newest first, optionally only one derived status.
    public static func list(status: String? = nil, in store: Store) throws -> [Invoice] {
        if let status { _ = try Validate.choice(status, field: "--status", allowed: ["draft", "issued", "part-paid", "paid", "void"]) }
        return try store.database.rows("SELECT * FROM invoices ORDER BY coalesce(issued_on, '9999') DESC, id DESC")
            .map { try Invoice.load(Invoice.entity.decode($0), in: store) }
            .filter { status == nil || $0.status == status }
    }

    /// The draft or issued, unpaid invoices with a line for each of these membership terms, by term.
    static func open(forMemberships ids: Set<Int64>, in store: Store) throws -> [Int64: Invoice] {
        guard !ids.isEmpty else { return [:] }
        var byTerm: [Int64: Invoice] = [:]
        for row in try store.database.rows("""
            SELECT l.membership_id, l.invoice_id FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
            WHERE l.membership_id IS NOT NULL AND i.kind = 'invoice' AND i.status IN ('draft', 'issued') ORDER BY l.invoice_id
            """) {
            let term = try row.integer("membership_id")
            guard ids.contains(term), byTerm[term] == nil, let record = try Invoice.entity.find(id: try row.integer("invoice_id"), in: store) else { continue }
            let invoice = try Invoice.load(record, in: store)
            if invoice.status == "draft" || invoice.balance > 0 { byTerm[term] = invoice }
        }
        return byTerm
    }

    /// Settles a term waiting for payment: its open invoice is issued if still a draft and paid in full with
    /// `method`, which makes the term paid; a term with no invoice is marked paid. Returns the invoice, if any.
    @discardableResult
    public static func settle(_ membership: Membership, method: String, reference: String, in context: WriteContext) throws -> Invoice? {
        guard var invoice = try open(forMemberships: [membership.id], in: context.store)[membership.id] else {
            try MembershipRecords.markPaidToday(membership, in: context)
            return nil
        }
        if invoice.storedStatus == "draft" { invoice = try issue("#\(invoice.id)", in: context) }
        guard let number = invoice.number else { return invoice }
        return try pay(number, amount: invoice.money(invoice.balance).amount, method: method, receivedOn: nil, reference: reference, in: context)
    }

    /// The issued credit notes against an invoice, oldest first.
    public static func creditNotes(of invoice: Invoice, in store: Store) throws -> [Invoice] {
        try store.database.rows("SELECT * FROM invoices WHERE credits_invoice_id = ? AND status = 'issued' ORDER BY id", [invoice.id])
            .map { try Invoice.load(Invoice.entity.decode($0), in: store) }
    }

    /// Drafts an invoice to a member, or to a company through its primary contact.
    @discardableResult
    public static func draft(for holder: Membership.Holder, lines: [LineInput], notes: String = "", in context: WriteContext) throws -> Invoice {
        guard let currency = lines.first?.unit.currency else { throw ModelError.invalid(field: "lines", value: "", reason: "an invoice needs at least one line") }
        let (billTo, memberID, companyID) = try billing(holder, in: context.store)
        let record = try context.insert(Invoice.entity, Invoice.entity.completedForInsert([
            "member_id": memberID.map { .integer($0) } ?? .null, "company_id": companyID.map { .integer($0) } ?? .null,
            "bill_to_name": .text(billTo.name), "bill_to_email": .text(billTo.email), "currency": .text(currency), "notes": .text(notes),
        ], in: context.store))
        for line in lines { try addLine(to: try record.integer("id"), line, in: context) }
        return try Invoice.load(try Invoice.entity.find(id: record.integer("id"), in: context.store)!, in: context.store)
    }

    /// Adds a line to a draft.
    public static func addLine(to invoiceID: Int64, _ line: LineInput, in context: WriteContext) throws {
        guard let record = try Invoice.entity.find(id: invoiceID, in: context.store) else { throw ModelError.notFound(entity: "invoice", key: "#\(invoiceID)") }
        let invoice = try Invoice.load(record, in: context.store)
        guard invoice.storedStatus == "draft" else { throw ModelError.conflict("invoice \(invoice.label) is \(invoice.status): only drafts can change; issue a credit note instead") }
        guard line.unit.currency == invoice.currency else {
            throw ModelError.invalid(field: "--currency", value: line.unit.currency, reason: "the invoice is in \(invoice.currency)")
        }
        guard line.quantity > 0 else { throw ModelError.invalid(field: "--quantity", value: String(line.quantity), reason: "must be at least 1") }
        guard (0...10_000).contains(line.taxRateBasisPoints) else {
            throw ModelError.invalid(field: "--tax", value: String(line.taxRateBasisPoints), reason: "a tax rate is between 0% and 100%")
        }
        try context.insert(Invoice.lineEntity, Invoice.lineEntity.completedForInsert([
            "invoice_id": .integer(invoiceID), "position": .integer((invoice.lines.last?.position ?? 0) + 1),
            "description": .text(try Validate.text(line.description, field: "--description", maximum: 200)), "quantity": .integer(line.quantity),
            "unit_minor": .integer(line.unit.minorUnits), "tax_rate_bp": .integer(line.taxRateBasisPoints),
            "source": .text(try Validate.choice(line.source, field: "--source", allowed: Invoice.sources)),
            "membership_id": line.membershipID.map { .integer($0) } ?? .null, "plan_id": line.planID.map { .integer($0) } ?? .null,
        ], in: context.store))
    }

    /// Issues a draft: gives it the next number, dates it today and due in `dueDays`.
    @discardableResult
    public static func issue(_ label: String, dueDays: Int64 = 30, on day: CalendarDate? = nil, in context: WriteContext) throws -> Invoice {
        let invoice = try find(label, in: context.store)
        guard invoice.storedStatus == "draft" else { throw ModelError.conflict("invoice \(invoice.label) is already \(invoice.status)") }
        guard !invoice.lines.isEmpty else { throw ModelError.conflict("invoice \(invoice.label) has no lines") }
        let today = try day ?? context.store.today()
        let number = try nextNumber(prefix: invoice.kind == "credit_note" ? "CN" : "INV", year: today.year, in: context.store)
        try context.update(Invoice.entity, id: invoice.id, set: [
            "number": .text(number), "status": .text("issued"), "issued_on": .text(today.description),
            "due_on": .text(today.adding(days: dueDays).description)])
        return try find(number, in: context.store)
    }

    /// Voids an issued invoice nothing has been paid or credited against (its number stays used, so the sequence
    /// keeps no gap), or discards a draft (drafts have no number). Returns the voided invoice, or nil for a discarded draft.
    @discardableResult
    public static func void(_ label: String, in context: WriteContext) throws -> Invoice? {
        let invoice = try find(label, in: context.store)
        guard invoice.storedStatus != "void" else { throw ModelError.conflict("invoice \(invoice.label) is already void") }
        if invoice.storedStatus == "draft" {
            for row in try context.database.rows("SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY position", [invoice.id]) {
                try context.delete(Invoice.lineEntity.decode(row))
            }
            try context.delete(Invoice.entity.find(id: invoice.id, in: context.store)!)
            return nil
        }
        guard invoice.paid == 0 && invoice.credited == 0 else {
            throw ModelError.conflict("invoice \(invoice.label) has payments or credits; issue a credit note instead of voiding it")
        }
        try context.update(Invoice.entity, id: invoice.id, set: ["status": .text("void")])
        return try find(label, in: context.store)
    }

    /// Issues a credit note against an issued invoice: the whole invoice (its lines, with their tax) when `amount`
    /// is nil, else one line of `amount` (tax-free: a goodwill or pricing correction). It cannot credit more than was
    /// invoiced and not yet credited.
    @discardableResult
    public static func credit(_ label: String, amount: String?, reason: String, in context: WriteContext) throws -> Invoice {
        let invoice = try find(label, in: context.store)
        guard invoice.kind == "invoice", invoice.storedStatus == "issued", let number = invoice.number else {
            throw ModelError.conflict("only an issued invoice can be credited; \(invoice.label) is \(invoice.status)")
        }
        let reason = try Validate.text(reason, field: "--reason", maximum: 200)
        let holder: Membership.Holder = invoice.memberID.map { .member($0) } ?? .company(invoice.companyID ?? 0)
        let lines: [LineInput]
        if let amount {
            let money = try Money.parse(amount, currency: invoice.currency, field: "--amount")
            guard money.minorUnits > 0, money.minorUnits <= invoice.total - invoice.credited else {
                throw ModelError.invalid(field: "--amount", value: amount, reason: "must be above zero and at most \(invoice.money(invoice.total - invoice.credited)) (not yet credited)")
            }
            lines = [LineInput(description: "Credit against \(number): \(reason)", unit: money, source: invoice.lines.first?.source ?? "other")]
        } else {
            guard invoice.credited == 0 else { throw ModelError.conflict("invoice \(number) is already partly credited; give --amount") }
            lines = invoice.lines.map {
                LineInput(description: "Credit: " + $0.description, quantity: $0.quantity, unit: invoice.money($0.unitMinor),
                          taxRateBasisPoints: $0.taxRateBasisPoints, source: $0.source, membershipID: $0.membershipID, planID: $0.planID)
            }
        }
        let note = try draft(for: holder, lines: lines, notes: "Credit note for \(number). \(reason)", in: context)
        try context.update(Invoice.entity, id: note.id, set: ["kind": .text("credit_note"), "credits_invoice_id": .integer(invoice.id)])
        return try issue("#\(note.id)", dueDays: 0, in: context)
    }

    /// Records a payment against an issued invoice. It may not exceed the balance; when the balance reaches zero
    /// the memberships the invoice is for become paid.
    @discardableResult
    public static func pay(_ label: String, amount: String, method: String, receivedOn: CalendarDate?, reference: String, in context: WriteContext) throws -> Invoice {
        let invoice = try find(label, in: context.store)
        guard invoice.kind == "invoice", invoice.storedStatus == "issued" else {
            throw ModelError.conflict("payments apply to issued invoices; \(invoice.label) is \(invoice.status)")
        }
        let money = try Money.parse(amount, currency: invoice.currency, field: "--amount")
        guard money.minorUnits > 0, money.minorUnits <= invoice.balance else {
            throw ModelError.invalid(field: "--amount", value: amount, reason: "must be above zero and at most the balance due, \(invoice.money(invoice.balance))")
        }
        let today = try context.store.today()
        let day = receivedOn ?? today
        if day > today { throw ModelError.invalid(field: "--date", value: day.description, reason: "is in the future") }
        try context.insert(Invoice.paymentEntity, Invoice.paymentEntity.completedForInsert([
            "invoice_id": .integer(invoice.id), "amount_minor": .integer(money.minorUnits),
            "method": .text(try Validate.choice(method, field: "--method", allowed: Invoice.methods)), "received_on": .text(day.description),
            "reference": .text(reference),
        ], in: context.store))
        let after = try find(label, in: context.store)
        if after.balance == 0 { try MembershipRecords.markPaid(after.lines.compactMap(\.membershipID), on: day, in: context) }
        return after
    }

    /// Drafts a renewal invoice for every current membership on a priced, renewing plan that ends within `days`
    /// days and has no renewal yet: the next term is added as a pending membership and invoiced at today's price.
    /// Running it again drafts nothing new (the next term exists).
    public static func generateRenewals(within days: Int64, in context: WriteContext) throws -> [Invoice] {
        let store = context.store
        let today = try store.today()
        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0) })
        let ending = try store.database.rows("""
            SELECT * FROM memberships WHERE ends_on BETWEEN ? AND ? AND cancelled_on IS NULL ORDER BY ends_on, id
            """, [today.description, today.adding(days: days).description]).map { try Membership(record: Membership.entity.decode($0)) }
        var drafted: [Invoice] = []
        for membership in ending {
            guard let plan = plans[membership.planID], plan.price.minorUnits > 0,
                  membership.status(graceDays: plan.graceDays, today: today).isCurrent, let end = membership.endsOn else { continue }
            let next = try store.database.scalar("SELECT count(*) FROM memberships WHERE \(membership.holder.column) = ? AND plan_id = ? AND starts_on > ?",
                                                 [membership.holder.id, plan.id, end.description]).integer ?? 0
            guard next == 0 else { continue }
            let renewal = try MembershipRecords.renew(membership.holder, paid: false, in: context)
            if let invoice = try draft(forTerm: renewal, in: context) { drafted.append(invoice) }
        }
        return drafted
    }

    /// Drafts the invoice for one membership term at its plan's price today, its line linked to the term (so paying
    /// it in full makes the term paid); nil for a free plan, which needs none.
    @discardableResult
    public static func draft(forTerm membership: Membership, in context: WriteContext) throws -> Invoice? {
        let plan = try PlanRecords.find(id: membership.planID, in: context.store)
        guard plan.price.minorUnits > 0 else { return nil }
        let term = "\(membership.startsOn) to \(membership.endsOn?.description ?? "lifetime")"
        return try draft(for: membership.holder, lines: [LineInput(description: "\(plan.name) membership, \(term)", unit: plan.price,
                                                                   membershipID: membership.id, planID: plan.id)], in: context)
    }

    /// The next number in a sequence, recorded as given (inside the caller's transaction).
    static func nextNumber(prefix: String, year: Int64, in store: Store) throws -> String {
        let series = "\(prefix)-\(year)-"
        let key = "invoices.last." + series
        let last = try store.setting(key).flatMap { Int64($0) } ?? 0
        let next = last + 1
        try store.setSetting(key, String(next))
        let digits = String(next)
        return series + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Who an invoice goes to: the member, or the company through its primary contact.
    private static func billing(_ holder: Membership.Holder, in store: Store) throws -> ((name: String, email: String), Int64?, Int64?) {
        switch holder {
        case .member(let id):
            guard let member = try Member.entity.find(id: id, in: store) else { throw ModelError.notFound(entity: "member", key: String(id)) }
            return ((try member.text("name"), try member.text("email")), id, nil)
        case .company(let id):
            guard let record = try Company.entity.find(id: id, in: store) else { throw ModelError.notFound(entity: "company", key: String(id)) }
            let company = try Company(record: record)
            guard let contactID = company.primaryContactID, let contact = try Member.entity.find(id: contactID, in: store) else {
                throw ModelError.conflict("company '\(company.slug)' has no primary contact to send invoices to; set one first")
            }
            return ((company.name, try contact.text("email")), nil, id)
        }
    }
}
