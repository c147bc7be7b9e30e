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

    init(row: Row) {
        id = row["id"].integer ?? 0
        subject = row.string("subject") ?? ""
        requesterEmail = row.string("requester_email") ?? ""
        priority = row.string("priority") ?? "normal"
        category = row.string("category")
        status = row.string("status") ?? "new"
        assigneeEmail = row.string("assignee_email")
        createdAt = row.string("created_at") ?? ""
        updatedAt = row.string("updated_at") ?? ""
        firstResponseAt = row.string("first_response_at")
        solvedAt = row.string("solved_at")
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

    init(row: Row) {
        id = row["id"].integer ?? 0
        authorEmail = row.string("author_email") ?? ""
        side = row.string("side") ?? "staff"
        body = row.string("body") ?? ""
        createdAt = row.string("created_at") ?? ""
    }

    public var fields: [(String, DatabaseValue)] {
        [("id", .integer(id)), ("author", .text(authorEmail)), ("side", .text(side)), ("body", .text(body)), ("created_at", .text(createdAt))]
    }
}
