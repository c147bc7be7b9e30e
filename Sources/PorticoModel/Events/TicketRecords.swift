import Foundation
import PorticoFormats
import PorticoSQLite

/// Adding ticket types and quotas to an event and changing prices. Sale windows are local times in the event's zone.
public enum TicketRecords {
    @discardableResult
    public static func addTicket(event slug: String, name: String, price: String, currency: String, memberPrice: String?, salesStart: String?,
                                 salesEnd: String?, perOrderLimit: Int?, visibility: String?, checkoutURL: String?, in context: WriteContext) throws -> TicketType {
        let event = try EventRecords.find(slug: slug, in: context.store)
        let name = try Validate.text(name, field: "--name", maximum: 80)
        let code = event.slug + "/" + slugPart(name, fallback: "ticket")
        if try TicketType.entity.find("code", equals: .text(code), in: context.store) != nil {
            throw ModelError.conflict("'\(event.slug)' already has a ticket type called '\(name)'")
        }
        let currency = try Money.currency(currency, field: "--currency")
        var values: [String: DatabaseValue] = [
            "code": .text(code), "event_id": .integer(event.id), "name": .text(name), "currency": .text(currency),
            "price_minor": .integer(try Money.parse(price, currency: currency, field: "--price").minorUnits),
            "position": .integer(Int64(try EventRecords.ticketTypes(eventID: event.id, in: context.store).count)),
        ]
        if let memberPrice { values["member_price_minor"] = .integer(try Money.parse(memberPrice, currency: currency, field: "--member-price").minorUnits) }
        if let salesStart { values["sales_start"] = .text(Timestamp.format(try EventRecords.instant(salesStart, zone: event.timeZone, field: "--sales-start"))) }
        if let salesEnd { values["sales_end"] = .text(Timestamp.format(try EventRecords.instant(salesEnd, zone: event.timeZone, field: "--sales-end"))) }
        if let perOrderLimit {
            guard perOrderLimit > 0 else { throw ModelError.invalid(field: "--limit", value: String(perOrderLimit), reason: "must be at least 1") }
            values["per_order_limit"] = .integer(Int64(perOrderLimit))
        }
        if let visibility { values["visibility"] = .text(try Validate.choice(visibility, field: "--visibility", allowed: TicketType.visibilities)) }
        if let checkoutURL { values["checkout_url"] = .text(try Validate.webURL(checkoutURL, field: "--checkout-url")) }
        return try TicketType(record: context.insert(TicketType.entity, TicketType.entity.completedForInsert(values, in: context.store)))
    }

    /// Sets a ticket type's price or member price (an empty member price removes it). Registrations already taken
    /// keep the amount they were taken at.
    @discardableResult
    public static func setPrice(event slug: String, ticket name: String, price: String?, memberPrice: String?, in context: WriteContext) throws -> TicketType {
        let event = try EventRecords.find(slug: slug, in: context.store)
        let ticket = try EventRecords.ticketType(event: event, named: name, in: context.store)
        var changes: [String: DatabaseValue] = [:]
        if let price { changes["price_minor"] = .integer(try Money.parse(price, currency: ticket.price.currency, field: "--price").minorUnits) }
        if let memberPrice {
            changes["member_price_minor"] = memberPrice.isEmpty ? .null : .integer(try Money.parse(memberPrice, currency: ticket.price.currency, field: "--member-price").minorUnits)
        }
        guard !changes.isEmpty else { throw ModelError.invalid(field: "--price", value: "", reason: "give --price, --member-price or both") }
        return try TicketType(record: context.update(TicketType.entity, id: ticket.id, set: changes))
    }

    /// Adds a quota of `size` seats shared by the named ticket types of the event.
    @discardableResult
    public static func addQuota(event slug: String, name: String, size: Int, tickets: [String], in context: WriteContext) throws -> EventQuota {
        let event = try EventRecords.find(slug: slug, in: context.store)
        guard size >= 0 else { throw ModelError.invalid(field: "--size", value: String(size), reason: "must be zero or more") }
        guard !tickets.isEmpty else { throw ModelError.invalid(field: "--tickets", value: "", reason: "name the ticket types that share the quota") }
        let name = try Validate.text(name, field: "--name", maximum: 80)
        let code = event.slug + "/" + slugPart(name, fallback: "quota")
        if try EventQuota.entity.find("code", equals: .text(code), in: context.store) != nil {
            throw ModelError.conflict("'\(event.slug)' already has a quota called '\(name)'")
        }
        let types = try tickets.map { try EventRecords.ticketType(event: event, named: $0, in: context.store) }
        let record = try context.insert(EventQuota.entity, EventQuota.entity.completedForInsert([
            "code": .text(code), "event_id": .integer(event.id), "name": .text(name), "size": .integer(Int64(size))], in: context.store))
        let id = try record.integer("id")
        for type in types {
            try context.insert(EventQuota.linkEntity, ["quota_id": .integer(id), "ticket_type_id": .integer(type.id)])
        }
        return try EventRecords.quotas(eventID: event.id, in: context.store).first { $0.id == id }!
    }

    /// Changes a quota's size. A smaller quota never cancels anyone; it only stops new seats being taken.
    @discardableResult
    public static func resizeQuota(event slug: String, name: String, size: Int, render: Outbox.Render, in context: WriteContext) throws -> [Registration] {
        let event = try EventRecords.find(slug: slug, in: context.store)
        guard size >= 0 else { throw ModelError.invalid(field: "--size", value: String(size), reason: "must be zero or more") }
        guard let quota = try EventRecords.quotas(eventID: event.id, in: context.store).first(where: { $0.name.lowercased() == name.lowercased() || $0.code == name }) else {
            throw ModelError.notFound(entity: "quota", key: name)
        }
        try context.update(EventQuota.entity, id: quota.id, set: ["size": .integer(Int64(size))])
        return try Registrations.offerFreedSeats(event: event.id, render: render, in: context)
    }

    private static func slugPart(_ name: String, fallback: String) -> String {
        let made = Slug.make(name)
        return made.isEmpty ? fallback : made
    }
}
