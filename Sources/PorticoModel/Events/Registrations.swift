import Foundation
import PorticoFormats
import PorticoSQLite

/// Taking registrations with capacity enforced, and the fair waiting list. Every function here runs inside the
/// caller's write transaction, which SQLite takes with `BEGIN IMMEDIATE`: two registrations racing for the last
/// seat (two staff consoles, two processes) are serialized, so the second counts the first's seat and waits in
/// line instead of overbooking. The waiting list is strictly first come, first served per ticket type: a freed
/// seat is offered to the first in line, and nobody behind them (nor a new registration) takes it meanwhile.
public enum Registrations {
    /// What a registration came to.
    public enum Outcome: Equatable, Sendable { case confirmed, pending, waitlisted }

    static let lastReferenceKey = "events.last_registration"

    /// `R000001` upward, never reused.
    @Sendable static func nextReference(in store: Store) throws -> DatabaseValue {
        var next = (try store.setting(lastReferenceKey).flatMap { Int64($0) } ?? 0) + 1
        func reference(_ value: Int64) -> String {
            let digits = String(value)
            return "R" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        }
        while try store.database.row("SELECT 1 FROM event_registrations WHERE reference = ?", [reference(next)]) != nil { next += 1 }
        try store.setSetting(lastReferenceKey, String(next))
        return .text(reference(next))
    }

    /// Who is registering: a member (by number or email) or a guest.
    public enum Attendee: Sendable {
        case member(String)
        case guest(name: String, email: String)
    }

    /// Seats still free for a ticket type: the least left in any quota it draws on; nil when it is in none (unlimited).
    public static func remaining(ticketType id: Int64, in store: Store) throws -> Int64? {
        var least: Int64? = nil
        for quota in try store.database.rows("""
            SELECT q.id, q.size FROM event_quotas q JOIN event_quota_ticket_types l ON l.quota_id = q.id WHERE l.ticket_type_id = ?
            """, [id]) {
            let held = try heldSeats(quota: try quota.integer("id"), in: store)
            let left = max(0, try quota.integer("size") - held)
            least = min(least ?? left, left)
        }
        return least
    }

    /// Seats held (pending, confirmed, offered) across every ticket type drawing on a quota.
    public static func heldSeats(quota id: Int64, in store: Store) throws -> Int64 {
        try store.database.scalar("""
            SELECT coalesce(sum(r.quantity), 0) FROM event_registrations r JOIN event_quota_ticket_types l ON l.ticket_type_id = r.ticket_type_id
            WHERE l.quota_id = ? AND r.status IN ('pending', 'confirmed', 'offered')
            """, [id]).integer ?? 0
    }

    /// Registers an attendee for a ticket type. A sold-out ticket type (or one with people already waiting) puts
    /// the registration on the waiting list, unless `waitlist` is false, when it is refused. Errors name the field:
    /// a draft, cancelled or past event, a ticket type of another event, sales not open, more than the per-order
    /// limit, a members-only ticket for a guest, a member already registered.
    @discardableResult
    public static func add(event slug: String, ticket ticketName: String, attendee: Attendee, quantity: Int64 = 1, pending: Bool = false,
                           waitlist: Bool = true, in context: WriteContext) throws -> (registration: Registration, outcome: Outcome) {
        let store = context.store
        let event = try EventRecords.find(slug: slug, in: store)
        guard event.status == "published" || event.status == "rescheduled" else {
            throw ModelError.conflict("event '\(event.slug)' is \(event.status): registrations are taken only for published events")
        }
        let now = store.clock()
        let ticket = try EventRecords.ticketType(event: event, named: ticketName, in: store)
        switch ticket.saleWindow(at: now, eventEnd: event.endsAt) {
        case .notYet(let start): throw ModelError.invalid(field: "--ticket", value: ticketName, reason: "not on sale until \(Timestamp.format(start))")
        case .closed: throw ModelError.invalid(field: "--ticket", value: ticketName, reason: "sales have closed")
        case .open: break
        }
        guard quantity > 0, quantity <= ticket.perOrderLimit else {
            throw ModelError.invalid(field: "--quantity", value: String(quantity), reason: "must be from 1 to \(ticket.perOrderLimit) (the ticket's per-order limit)")
        }
        var values: [String: DatabaseValue] = ["event_id": .integer(event.id), "ticket_type_id": .integer(ticket.id), "quantity": .integer(quantity),
                                               "currency": .text(ticket.price.currency)]
        var unit = ticket.price
        switch attendee {
        case .member(let key):
            let member = try MemberRecords.find(key, in: store)
            let memberID = try member.integer("id")
            if let existing = try store.database.row("""
                SELECT reference, status FROM event_registrations WHERE event_id = ? AND member_id = ? AND status IN ('pending', 'confirmed', 'offered', 'waitlisted')
                """, [event.id, memberID]) {
                throw ModelError.conflict("\(key) is already registered for '\(event.slug)' (\(try existing.text("reference")), \(try existing.text("status")))")
            }
            let standing = try MembershipRecords.standing(ofMember: memberID, on: try store.today(), in: store)
            let current = standing?.status.isCurrent ?? false
            if ticket.visibility == "members" && !current {
                throw ModelError.invalid(field: "--ticket", value: ticketName, reason: "is for members with a current membership")
            }
            if current, let memberPrice = ticket.memberPrice { unit = memberPrice }
            values["member_id"] = .integer(memberID)
        case .guest(let name, let email):
            if ticket.visibility == "members" { throw ModelError.invalid(field: "--ticket", value: ticketName, reason: "is for members; a guest cannot take it") }
            values["guest_name"] = .text(try Validate.text(name, field: "--guest-name", maximum: 120))
            values["guest_email"] = .text(try Validate.email(email, field: "--guest-email"))
        }
        values["amount_minor"] = .integer(unit.minorUnits * quantity)
        let queueAhead = try store.database.scalar("SELECT COUNT(*) FROM event_registrations WHERE ticket_type_id = ? AND status IN ('waitlisted', 'offered')",
                                                   [ticket.id]).integer ?? 0
        let fits = try remaining(ticketType: ticket.id, in: store).map { $0 >= quantity } ?? true
        let outcome: Outcome
        if fits && queueAhead == 0 {
            outcome = pending ? .pending : .confirmed
        } else {
            guard waitlist else { throw ModelError.conflict("'\(ticket.name)' for '\(event.slug)' is sold out") }
            outcome = .waitlisted
        }
        values["status"] = .text(outcome == .waitlisted ? "waitlisted" : outcome == .pending ? "pending" : "confirmed")
        let record = try context.insert(Registration.entity, Registration.entity.completedForInsert(values, in: store))
        return (try Registration(record: record), outcome)
    }

    public static func find(reference: String, in store: Store) throws -> Registration {
        guard let record = try Registration.entity.find("reference", equals: .text(reference.trimmingCharacters(in: .whitespaces).uppercased()), in: store) else {
            throw ModelError.notFound(entity: "registration", key: reference)
        }
        return try Registration(record: record)
    }

    /// Registrations for an event, in the order they were taken (optionally of some statuses).
    public static func list(event slug: String, statuses: [String]? = nil, in store: Store) throws -> [Registration] {
        let event = try EventRecords.find(slug: slug, in: store)
        return try store.database.rows("SELECT * FROM event_registrations WHERE event_id = ? ORDER BY id", [event.id])
            .map { try Registration(record: Registration.entity.decode($0)) }
            .filter { statuses?.contains($0.status) ?? true }
    }

    /// Every registration of every event, in the order taken (for reports: one read).
    public static func all(in store: Store) throws -> [Registration] {
        try store.database.rows("SELECT * FROM event_registrations ORDER BY id").map { try Registration(record: Registration.entity.decode($0)) }
    }

    /// Cancels a registration (`refunded` when its payment was returned), freeing its seats, and offers them to
    /// the waiting list. Returns the offers made.
    @discardableResult
    public static func cancel(reference: String, refunded: Bool = false, render: Outbox.Render, in context: WriteContext) throws -> [Registration] {
        let registration = try find(reference: reference, in: context.store)
        guard ["pending", "confirmed", "waitlisted", "offered"].contains(registration.status) else {
            throw ModelError.conflict("registration \(registration.reference) is already \(registration.status)")
        }
        if refunded && registration.status == "waitlisted" {
            throw ModelError.conflict("registration \(registration.reference) is on the waiting list: nothing was paid to refund")
        }
        try context.update(Registration.entity, id: registration.id, set: ["status": .text(refunded ? "refunded" : "cancelled"),
                                                                           "cancelled_at": .text(context.store.now)])
        return try offerFreedSeats(event: registration.eventID, render: render, in: context)
    }

    /// Accepts an open offer: the registration is confirmed. An offer past its time is refused (it has passed on,
    /// or will at the next `expire-offers`).
    @discardableResult
    public static func acceptOffer(reference: String, in context: WriteContext) throws -> Registration {
        let registration = try find(reference: reference, in: context.store)
        guard registration.status == "offered", let expires = registration.offerExpiresAt.flatMap(Timestamp.parse) else {
            throw ModelError.conflict("registration \(registration.reference) has no open offer (it is \(registration.status))")
        }
        guard context.store.clock() < expires else {
            throw ModelError.conflict("the offer to \(registration.reference) expired at \(Timestamp.format(expires))")
        }
        return try Registration(record: context.update(Registration.entity, id: registration.id, set: ["status": .text("confirmed")]))
    }

    /// Ends every offer past its time (the registration is cancelled) and offers the seats to the next in line.
    /// Returns the expired registrations and the new offers.
    public static func expireOffers(render: Outbox.Render, in context: WriteContext) throws -> (expired: [Registration], offered: [Registration]) {
        let now = context.store.now
        var expired: [Registration] = []
        var events: [Int64] = []
        for row in try context.database.rows("SELECT * FROM event_registrations WHERE status = 'offered' AND offer_expires_at <= ? ORDER BY offer_expires_at, id", [now]) {
            let registration = try Registration(record: Registration.entity.decode(row))
            let record = try context.update(Registration.entity, id: registration.id, set: ["status": .text("cancelled"),
                                                                                           "cancelled_at": .text(registration.offerExpiresAt ?? now)])
            expired.append(try Registration(record: record))
            if !events.contains(registration.eventID) { events.append(registration.eventID) }
        }
        var offered: [Registration] = []
        for event in events { offered += try offerFreedSeats(event: event, render: render, in: context) }
        return (expired, offered)
    }

    /// For each ticket type of the event, offers free seats to the waiting list in order, stopping at the first
    /// registration that does not fit (nobody jumps the line). Each offer is open for `events.offer_hours` (default
    /// 48) and queues a `waitlist_offer` message.
    static func offerFreedSeats(event eventID: Int64, render: Outbox.Render, in context: WriteContext) throws -> [Registration] {
        let store = context.store
        guard let eventRecord = try Event.entity.find(id: eventID, in: store) else { return [] }
        let event = try Event(record: eventRecord)
        guard event.status == "published" || event.status == "rescheduled", store.clock() < event.endsAt else { return [] }
        let hours = Int(try store.setting("events.offer_hours") ?? "48") ?? 48
        let expires = Timestamp.format(store.clock().addingTimeInterval(TimeInterval(hours * 3600)))
        var offers: [Registration] = []
        let tickets = Dictionary(uniqueKeysWithValues: try EventRecords.ticketTypes(eventID: eventID, in: store).map { ($0.id, $0) })
        // In the order people joined, across the event's ticket types (a freed seat of a shared quota goes to whoever
        // waited longest); once someone does not fit, nobody behind them for that ticket type is offered before them.
        var blocked = Set<Int64>()
        for row in try store.database.rows("SELECT * FROM event_registrations WHERE event_id = ? AND status = 'waitlisted' ORDER BY id", [eventID]) {
            let registration = try Registration(record: Registration.entity.decode(row))
            guard !blocked.contains(registration.ticketTypeID), let ticket = tickets[registration.ticketTypeID] else { continue }
            guard try remaining(ticketType: ticket.id, in: store).map({ $0 >= registration.quantity }) ?? true else {
                blocked.insert(ticket.id)
                continue
            }
            let record = try context.update(Registration.entity, id: registration.id, set: [
                "status": .text("offered"), "offered_at": .text(store.now), "offer_expires_at": .text(expires)])
            let offer = try Registration(record: record)
            offers.append(offer)
            let to = try recipient(offer, in: store)
            try Outbox.queueDue([DueNotification(kind: "waitlist_offer", key: "offer:\(offer.reference)", memberID: offer.memberID, toName: to.name,
                                                 toEmail: to.email, facts: [
                "member_name": to.name, "event_title": event.title, "ticket_name": ticket.name, "reference": offer.reference,
                "event_starts": EventRecords.displayStart(event), "offer_expires": expires,
                "quantity": String(offer.quantity), "organization_name": try store.setting("organization.name") ?? "",
            ])], render: render, in: context)
        }
        return offers
    }

    /// The registration's attendee: the member's name and email, or the guest's.
    public static func recipient(_ registration: Registration, in store: Store) throws -> (name: String, email: String) {
        if let memberID = registration.memberID, let member = try Member.entity.find(id: memberID, in: store) {
            return (try member.text("name"), try member.text("email"))
        }
        return (registration.guestName ?? "", registration.guestEmail ?? "")
    }
}
