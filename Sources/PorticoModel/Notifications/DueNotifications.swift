import Foundation
import PorticoFormats
import PorticoSQLite

/// A message that is due, before it is rendered: its kind, its key (what it is about; queued once), the recipient,
/// and the facts its template may use.
public struct DueNotification: Sendable, Equatable {
    public let kind: String
    public let key: String
    public let memberID: Int64?
    public let toName: String
    public let toEmail: String
    /// Template data: `member_name`, `plan_name`, `ends_on`, `days_left`, `renewal_url`, `invoice_number`, `amount`…
    public let facts: [String: String]

    public init(kind: String, key: String, memberID: Int64?, toName: String, toEmail: String, facts: [String: String]) {
        self.kind = kind
        self.key = key
        self.memberID = memberID
        self.toName = toName
        self.toEmail = toEmail
        self.facts = facts
    }
}

/// What is due on a day. Each rule looks back at most `window` days, so the first run on old data does not send
/// years of messages, and a day missed is caught up the next day:
/// - **welcome**: a member whose first membership started within the window, once it is current (paid);
/// - **renewal_reminder**: a current membership with no renewal yet, ending in at most N days for a configured N
///   (`notifications.reminder_days`, default 30, 7, 0); only the nearest reminder passed is sent, so a late run
///   never sends an older reminder after a newer one;
/// - **lapse_notice**: a membership that lapsed (end + grace days passed) within the window, with no renewal;
/// - **invoice_issued**: an invoice issued within the window; **receipt**: a payment received within the window.
/// Company memberships and invoices go to the company's primary contact.
public enum DueNotifications {
    public static let window: Int64 = 14

    public static func compute(on today: CalendarDate, in store: Store) throws -> [DueNotification] {
        let reminderDays = (try store.setting("notifications.reminder_days") ?? "30,7,0").split(separator: ",").compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) }.sorted()
        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0) })
        let organization = try store.setting("organization.name") ?? "Our Association"
        var due: [DueNotification] = []
        let earliest = today.adding(days: -window)

        var people: [Int64: (name: String, email: String, number: String)] = [:]
        try store.database.forEachRow("SELECT id, name, email, member_number FROM members") { row in
            people[try row.integer("id")] = (try row.text("name"), try row.text("email"), try row.text("member_number"))
        }
        var contacts: [Int64: (companyName: String, memberID: Int64)] = [:]
        try store.database.forEachRow("SELECT id, name, primary_contact_id FROM companies WHERE primary_contact_id IS NOT NULL") { row in
            contacts[try row.integer("id")] = (try row.text("name"), try row.integer("primary_contact_id"))
        }
        func recipient(_ holder: Membership.Holder) -> (memberID: Int64, name: String, email: String, holderName: String)? {
            switch holder {
            case .member(let id): return people[id].map { (id, $0.name, $0.email, $0.name) }
            case .company(let id):
                guard let contact = contacts[id], let person = people[contact.memberID] else { return nil }
                return (contact.memberID, person.name, person.email, contact.companyName)
            }
        }
        func base(_ name: String, _ holderName: String) -> [String: String] {
            ["member_name": name, "holder_name": holderName, "organization_name": organization]
        }

        let memberships = try store.database.rows("SELECT * FROM memberships ORDER BY id").map { try Membership(record: Membership.entity.decode($0)) }
        var latestEnd: [String: CalendarDate] = [:]
        var firstStart: [Int64: CalendarDate] = [:]
        // The unpaid renewal term waiting after each holder's plan, whose invoice the reminder names.
        var waitingRenewal: [String: Membership] = [:]
        for membership in memberships {
            let key = "\(membership.holder.column)\(membership.holder.id)/\(membership.planID)"
            if case .member(let id) = membership.holder { firstStart[id] = min(firstStart[id] ?? membership.startsOn, membership.startsOn) }
            // A renewal counts once it is paid (a free plan needs no payment): a term drafted or invoiced by
            // `generate-renewals` or `memberships renew` and still unpaid leaves the holder on the reminder list.
            let free = (plans[membership.planID]?.price.minorUnits ?? 0) == 0
            if membership.paidOn == nil && !free {
                if membership.cancelledOn == nil && membership.startsOn > today { waitingRenewal[key] = membership }
                continue
            }
            if let end = membership.effectiveEnd { latestEnd[key] = max(latestEnd[key] ?? end, end) } else { latestEnd[key] = CalendarDate("9999-12-31")! }
        }
        let renewalInvoices = try InvoiceRecords.open(forMemberships: Set(waitingRenewal.values.map(\.id)), in: store)
        let standings = try MembershipRecords.standings(on: today, in: store)
        for (id, start) in firstStart.sorted(by: { $0.key < $1.key }) where start >= earliest && start <= today && standings[id]?.status.isCurrent == true {
            guard let person = people[id] else { continue }
            var facts = base(person.name, person.name)
            facts["member_number"] = person.number
            due.append(DueNotification(kind: "welcome", key: "welcome:\(person.number)", memberID: id, toName: person.name, toEmail: person.email, facts: facts))
        }
        for membership in memberships {
            guard let plan = plans[membership.planID], let end = membership.endsOn, membership.cancelledOn == nil,
                  let to = recipient(membership.holder) else { continue }
            let renewed = (latestEnd["\(membership.holder.column)\(membership.holder.id)/\(membership.planID)"] ?? end) > end
            if renewed { continue }
            var facts = base(to.name, to.holderName)
            facts["plan_name"] = plan.name
            facts["ends_on"] = DateText.long(end)
            facts["price"] = plan.price.description
            facts["renewal_url"] = plan.paymentURL.map { renewalLink($0, email: to.email) } ?? ""
            let renewalInvoice = waitingRenewal["\(membership.holder.column)\(membership.holder.id)/\(membership.planID)"].flatMap { renewalInvoices[$0.id] }
            facts["invoice_number"] = renewalInvoice?.number ?? ""
            facts["invoice_amount"] = renewalInvoice.map { $0.money($0.balance > 0 ? $0.balance : $0.total).description } ?? ""
            let status = membership.status(graceDays: plan.graceDays, today: today)
            let daysLeft = today.days(until: end)
            if status.isCurrent, daysLeft >= 0, let threshold = reminderDays.first(where: { $0 >= daysLeft }) {
                facts["days_left"] = String(daysLeft)
                due.append(DueNotification(kind: "renewal_reminder", key: "renewal:\(membership.id):\(threshold)", memberID: to.memberID,
                                           toName: to.name, toEmail: to.email, facts: facts))
            }
            let lapsedOn = end.adding(days: plan.graceDays + 1)
            if status == .lapsed, lapsedOn >= earliest, lapsedOn <= today, membership.paidOn != nil {
                due.append(DueNotification(kind: "lapse_notice", key: "lapse:\(membership.id)", memberID: to.memberID, toName: to.name, toEmail: to.email, facts: facts))
            }
        }
        try store.database.forEachRow("""
            SELECT * FROM invoices WHERE kind = 'invoice' AND status = 'issued' AND issued_on BETWEEN ? AND ? ORDER BY number
            """, [earliest.description, today.description]) { row in
            let invoice = try Invoice.load(Invoice.entity.decode(row), in: store)
            guard let number = invoice.number else { return }
            var facts = base(invoice.billToName, invoice.billToName)
            facts["invoice_number"] = number
            facts["amount"] = invoice.money(invoice.total).description
            facts["due_on"] = invoice.dueOn.map(DateText.long) ?? ""
            due.append(DueNotification(kind: "invoice_issued", key: "invoice:\(number)", memberID: invoice.memberID, toName: invoice.billToName,
                                       toEmail: invoice.billToEmail, facts: facts))
        }
        try store.database.forEachRow("""
            SELECT p.id, p.amount_minor, p.method, p.received_on, i.number, i.currency, i.bill_to_name, i.bill_to_email, i.member_id
            FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.received_on BETWEEN ? AND ? AND p.voided_on IS NULL ORDER BY p.id
            """, [earliest.description, today.description]) { row in
            let name = try row.text("bill_to_name")
            var facts = base(name, name)
            facts["invoice_number"] = try row.text("number")
            facts["amount"] = Money(minorUnits: try row.integer("amount_minor"), currency: try row.text("currency")).description
            facts["received_on"] = (try row["received_on"].text.flatMap(CalendarDate.init)).map(DateText.long) ?? ""
            facts["method"] = (try row.text("method")).replacingOccurrences(of: "_", with: " ")
            due.append(DueNotification(kind: "receipt", key: "receipt:\(try row.integer("id"))", memberID: try row["member_id"].integer, toName: name,
                                       toEmail: try row.text("bill_to_email"), facts: facts))
        }
        // Each feature adds what it owes (a job about to expire, …).
        for feature in store.features.features { due += try feature.dueNotifications?(today, store) ?? [] }
        return due
    }

    /// The plan's payment link with the member's email prefilled (`prefilled_email`, as Stripe payment links take it).
    static func renewalLink(_ url: String, email: String) -> String {
        let encoded = email.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? email
        return url + (url.contains("?") ? "&" : "?") + "prefilled_email=" + encoded
    }
}
