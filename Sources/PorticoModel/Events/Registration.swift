import Foundation
import PorticoFormats
import PorticoSQLite

/// One registration for an event: a member, or a guest with a name and email, taking `quantity` seats of one ticket
/// type at an amount fixed when they registered. Statuses: `pending` (awaiting payment) and `confirmed` hold seats;
/// `waitlisted` waits in order; `offered` holds a freed seat until `offer_expires_at`; `cancelled` and `refunded`
/// hold nothing.
public struct Registration: Sendable, Equatable {
    public static let statuses = ["pending", "confirmed", "cancelled", "refunded", "waitlisted", "offered"]
    /// The statuses that hold seats.
    public static let holding = ["pending", "confirmed", "offered"]

    public let id: Int64
    /// `R000001`: the registration's permanent name (its check-in code is signed over it).
    public let reference: String
    public let eventID: Int64
    public let ticketTypeID: Int64
    public let memberID: Int64?
    public let guestName: String?
    public let guestEmail: String?
    public let quantity: Int64
    public let status: String
    public let amount: Money
    public let offeredAt: String?
    public let offerExpiresAt: String?
    public let checkedInAt: String?
    public let cpdAwarded: Bool
    public let cancelledAt: String?
    public let createdAt: String

    public static let entity = Entity(table: "event_registrations", auditName: "registration", auditKey: "reference", columns: [
        .init("id", .integer, generated: .rowID),
        .init("reference", .text, unique: true, normalize: { try Validate.text($0, field: "reference", maximum: 32) }, makeDefault: Registrations.nextReference),
        .init("event_id", .integer, references: "events"),
        .init("ticket_type_id", .integer, references: "event_ticket_types"),
        .init("member_id", .integer, nullable: true, references: "members", onDelete: .cascade),
        .init("guest_name", .text, nullable: true, privacy: .identifying, normalize: { try Validate.text($0, field: "guest_name", maximum: 120) }),
        .init("guest_email", .text, nullable: true, privacy: .identifying, normalize: { try Validate.email($0, field: "guest_email") }),
        .init("quantity", .integer, defaultValue: .integer(1)),
        .init("status", .text, allowed: statuses),
        .init("amount_minor", .integer),
        .init("currency", .text, normalize: { try Money.currency($0) }),
        .init("offered_at", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "offered_at") }),
        .init("offer_expires_at", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "offer_expires_at") }),
        .init("checked_in_at", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "checked_in_at") }),
        .init("cpd_awarded", .boolean, defaultValue: .integer(0)),
        .init("cancelled_at", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "cancelled_at") }),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "registrations", view: .recordsView, edit: .registrationsAdd), validate: { values in
        if (values["member_id"] ?? .null).isNull && ((values["guest_name"] ?? .null).isNull || (values["guest_email"] ?? .null).isNull) {
            throw ModelError.invalid(field: "member", value: "", reason: "a registration names a member, or a guest with guest_name and guest_email")
        }
        return values
    })

    init(record: Record) throws {
        id = try record.integer("id")
        reference = try record.text("reference")
        eventID = try record.integer("event_id")
        ticketTypeID = try record.integer("ticket_type_id")
        memberID = record.values["member_id"]?.integer
        guestName = try record.optionalText("guest_name")
        guestEmail = try record.optionalText("guest_email")
        quantity = try record.integer("quantity")
        status = try record.text("status")
        amount = Money(minorUnits: try record.integer("amount_minor"), currency: try record.text("currency"))
        offeredAt = try record.optionalText("offered_at")
        offerExpiresAt = try record.optionalText("offer_expires_at")
        checkedInAt = try record.optionalText("checked_in_at")
        cpdAwarded = try record.bool("cpd_awarded")
        cancelledAt = try record.optionalText("cancelled_at")
        createdAt = try record.text("created_at")
    }

    public var holdsSeats: Bool { Self.holding.contains(status) }
}
