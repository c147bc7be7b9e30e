import PorticoSQLite

/// A support ticket: a member's question and the conversation that answers it.
public struct SupportTicket: Sendable, Equatable {
    public static let statuses = ["new", "open", "pending", "solved", "closed"]
    public static let priorities = ["low", "normal", "high", "urgent"]

    public let id: Int64
    public let subject: String
    public let requesterEmail: String
    public let priority: String
    public let category: String?
    public let status: String
    public let assigneeEmail: String?
    public let createdAt: String
    public let updatedAt: String
    public let firstResponseAt: String?
    public let solvedAt: String?

    /// The `support_tickets` table. Subjects and requesters are written by members: personal data.
    public static let entity = Entity(table: "support_tickets", auditName: "support_ticket", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("subject", .text, privacy: .identifying, normalize: { try Validate.text($0, field: "subject") }),
        .init("requester_email", .text, privacy: .identifying, normalize: { try Validate.email($0, field: "requester_email") }),
        .init("priority", .text, allowed: priorities, defaultValue: .text("normal")),
        .init("category", .text, nullable: true, normalize: { try Validate.text($0, field: "category", maximum: 60) }),
        .init("status", .text, allowed: statuses, defaultValue: .text("new")),
        .init("assignee_email", .text, nullable: true, normalize: { try Validate.email($0, field: "assignee_email") }),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
        .init("first_response_at", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "first_response_at") }),
        .init("solved_at", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "solved_at") }),
    ], transfer: .init(name: "tickets", view: .supportView, edit: .supportWork))

    /// Decodes a row; a missing column or a value outside the description throws.
    init(row: Row) throws {
        let record = try Self.entity.decode(row)
        id = try record.integer("id")
        subject = try record.text("subject")
        requesterEmail = try record.text("requester_email")
        priority = try record.text("priority")
        category = try record.optionalText("category")
        status = try record.text("status")
        assigneeEmail = try record.optionalText("assignee_email")
        createdAt = try record.text("created_at")
        updatedAt = try record.text("updated_at")
        firstResponseAt = try record.optionalText("first_response_at")
        solvedAt = try record.optionalText("solved_at")
    }

    public var fields: [(String, DatabaseValue)] {
        [("id", .integer(id)), ("subject", .text(subject)), ("requester", .text(requesterEmail)), ("priority", .text(priority)),
         ("category", category.map { .text($0) } ?? .null), ("status", .text(status)), ("assignee", assigneeEmail.map { .text($0) } ?? .null),
         ("created_at", .text(createdAt)), ("updated_at", .text(updatedAt)),
         ("first_response_at", firstResponseAt.map { .text($0) } ?? .null), ("solved_at", solvedAt.map { .text($0) } ?? .null)]
    }
}

/// One message in a ticket's conversation.
public struct SupportMessage: Sendable, Equatable {
    public let id: Int64
    public let authorEmail: String
    /// `requester` or `staff`.
    public let side: String
    public let body: String
    public let createdAt: String

    public static let sides = ["requester", "staff"]

    /// The `support_messages` table; each message is audited when it is added.
    public static let entity = Entity(table: "support_messages", auditName: "support_message", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("ticket_id", .integer, references: "support_tickets"),
        .init("author_email", .text, privacy: .identifying, normalize: { try Validate.email($0, field: "author_email") }),
        .init("side", .text, allowed: sides),
        .init("body", .text, privacy: .identifying),
        .init("created_at", .text, generated: .createdAt),
    ], transfer: .init(name: "ticket-messages", view: .supportView, edit: .supportWork))

    /// Decodes a row; a missing column or a value outside the description throws.
    init(row: Row) throws {
        let record = try Self.entity.decode(row)
        id = try record.integer("id")
        authorEmail = try record.text("author_email")
        side = try record.text("side")
        body = try record.text("body")
        createdAt = try record.text("created_at")
    }

    public var fields: [(String, DatabaseValue)] {
        [("id", .integer(id)), ("author", .text(authorEmail)), ("side", .text(side)), ("body", .text(body)), ("created_at", .text(createdAt))]
    }
}
