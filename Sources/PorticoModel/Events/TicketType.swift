import Foundation
import PorticoFormats
import PorticoSQLite

/// A kind of ticket for one event (Member, Guest, Student): its price and member price in integer minor units,
/// when it is on sale, how many one registration may take, who sees it, and where to pay when payment happens
/// elsewhere (a Stripe Payment Link). Seats come from quotas (`EventQuota`), pretix's model: a ticket type in no
/// quota is unlimited; one in several is limited by the fullest.
public struct TicketType: Sendable, Equatable {
    public static let visibilities = ["public", "members", "hidden"]

    public let id: Int64
    /// `<event slug>/<name slug>`, unique: how files and the audit trail name it.
    public let code: String
    public let eventID: Int64
    public let name: String
    public let price: Money
    public let memberPrice: Money?
    public let salesStart: Date?
    public let salesEnd: Date?
    public let perOrderLimit: Int64
    public let visibility: String
    public let checkoutURL: String?
    public let position: Int64
    /// When it was added: offers without a sale start are valid from then.
    public let createdAt: Date?

    public static let entity = Entity(table: "event_ticket_types", auditName: "ticket_type", auditKey: "code", columns: [
        .init("id", .integer, generated: .rowID),
        .init("code", .text, unique: true, normalize: { try TicketType.code($0) }),
        .init("event_id", .integer, references: "events"),
        .init("name", .text, normalize: { try Validate.text($0, field: "name", maximum: 80) }),
        .init("price_minor", .integer),
        .init("member_price_minor", .integer, nullable: true),
        .init("currency", .text, normalize: { try Money.currency($0) }),
        .init("sales_start", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "sales_start") }),
        .init("sales_end", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "sales_end") }),
        .init("per_order_limit", .integer, defaultValue: .integer(10)),
        .init("visibility", .text, allowed: visibilities, defaultValue: .text("public")),
        .init("checkout_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "checkout_url") }),
        .init("position", .integer, defaultValue: .integer(0)),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "ticket-types", view: .recordsView, edit: .pricesManage))

    /// A ticket type's code: an event slug, a slash, a slug (`agm-2027/member`).
    static func code(_ text: String) throws -> String {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw ModelError.invalid(field: "code", value: text, reason: "not EVENT/TICKET such as agm-2027/member") }
        return try Validate.slug(String(parts[0]), field: "code") + "/" + Validate.slug(String(parts[1]), field: "code")
    }

    init(record: Record) throws {
        id = try record.integer("id")
        code = try record.text("code")
        eventID = try record.integer("event_id")
        name = try record.text("name")
        let currency = try record.text("currency")
        price = Money(minorUnits: try record.integer("price_minor"), currency: currency)
        memberPrice = record.values["member_price_minor"]?.integer.map { Money(minorUnits: $0, currency: currency) }
        salesStart = try record.optionalText("sales_start").flatMap(Timestamp.parse)
        salesEnd = try record.optionalText("sales_end").flatMap(Timestamp.parse)
        perOrderLimit = try record.integer("per_order_limit")
        visibility = try record.text("visibility")
        checkoutURL = try record.optionalText("checkout_url")
        position = try record.integer("position")
        createdAt = Timestamp.parse(try record.text("created_at"))
    }

    /// Where the sale window stands at `now`.
    public enum SaleWindow: Equatable, Sendable { case notYet(Date), open, closed }

    public func saleWindow(at now: Date, eventEnd: Date) -> SaleWindow {
        if let salesStart, now < salesStart { return .notYet(salesStart) }
        if now >= (salesEnd ?? eventEnd) { return .closed }
        return .open
    }

    public var fields: [(String, DatabaseValue)] {
        [("code", .text(code)), ("name", .text(name)), ("price", .text(price.description)),
         ("member_price", memberPrice.map { .text($0.description) } ?? .null),
         ("sales_start", salesStart.map { .text(Timestamp.format($0)) } ?? .null), ("sales_end", salesEnd.map { .text(Timestamp.format($0)) } ?? .null),
         ("per_order_limit", .integer(perOrderLimit)), ("visibility", .text(visibility)), ("checkout_url", checkoutURL.map { .text($0) } ?? .null)]
    }
}

/// A number of seats shared by one or more ticket types of an event ("120 seats" for the member and guest tickets).
public struct EventQuota: Sendable, Equatable {
    public let id: Int64
    /// `<event slug>/<name slug>`.
    public let code: String
    public let eventID: Int64
    public let name: String
    public let size: Int64
    /// The ticket types drawing on it.
    public let ticketTypeIDs: [Int64]

    public static let entity = Entity(table: "event_quotas", auditName: "quota", auditKey: "code", columns: [
        .init("id", .integer, generated: .rowID),
        .init("code", .text, unique: true, normalize: { try TicketType.code($0) }),
        .init("event_id", .integer, references: "events"),
        .init("name", .text, normalize: { try Validate.text($0, field: "name", maximum: 80) }),
        .init("size", .integer),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "quotas", view: .recordsView, edit: .eventsEdit))

    /// Which ticket types draw on which quota.
    public static let linkEntity = Entity(table: "event_quota_ticket_types", auditName: "quota_ticket_type", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("quota_id", .integer, references: "event_quotas", onDelete: .cascade),
        .init("ticket_type_id", .integer, references: "event_ticket_types", onDelete: .cascade),
    ], transfer: .init(name: "quota-ticket-types", view: .recordsView, edit: .eventsEdit))
}
