import Foundation
import PorticoSQLite

/// Working support tickets: opening, replying, assigning and moving them through their statuses.
public enum SupportDesk {
    /// Filters for `list`; nil means any.
    public struct Filter: Sendable {
        public var status: String?
        public var assignee: String?
        public var priority: String?
        public var category: String?
        public var requester: String?
        public init(status: String? = nil, assignee: String? = nil, priority: String? = nil, category: String? = nil, requester: String? = nil) {
            self.status = status; self.assignee = assignee; self.priority = priority; self.category = category; self.requester = requester
        }
    }

    public static func find(_ id: Int64, in store: Store) throws -> SupportTicket {
        guard let row = try store.database.row("SELECT * FROM support_tickets WHERE id = ?", [id]) else {
            throw ModelError.notFound(entity: "support ticket", key: "#\(id)")
        }
        return try SupportTicket(row: row)
    }

    /// Parses a ticket id as typed (`12` or `#12`), naming the argument when it is not one.
    public static func ticketID(_ text: String) throws -> Int64 {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id > 0 else { throw ModelError.invalid(field: "ticket", value: text, reason: "not a ticket number") }
        return id
    }

    public static func list(_ filter: Filter, in store: Store) throws -> [SupportTicket] {
        var sql = "SELECT * FROM support_tickets WHERE 1 = 1"
        var arguments: [DatabaseValueConvertible] = []
        if let status = filter.status {
            _ = try Validate.choice(status, field: "--status", allowed: SupportTicket.statuses)
            sql += " AND status = ?"; arguments.append(status)
        }
        if let assignee = filter.assignee { sql += " AND assignee_email = ? COLLATE NOCASE"; arguments.append(assignee) }
        if let priority = filter.priority {
            _ = try Validate.choice(priority, field: "--priority", allowed: SupportTicket.priorities)
            sql += " AND priority = ?"; arguments.append(priority)
        }
        if let category = filter.category { sql += " AND category = ?"; arguments.append(category) }
        if let requester = filter.requester { sql += " AND requester_email = ? COLLATE NOCASE"; arguments.append(requester) }
        return try store.database.rows(sql + " ORDER BY id", arguments).map { try SupportTicket(row: $0) }
    }

    public static func messages(of id: Int64, in store: Store) throws -> [SupportMessage] {
        try store.database.rows("SELECT * FROM support_messages WHERE ticket_id = ? ORDER BY id", [id]).map { try SupportMessage(row: $0) }
    }

    @discardableResult
    public static func open(subject: String, requester: String, body: String, priority: String = "normal", category: String? = nil,
                            in context: WriteContext) throws -> SupportTicket {
        let subject = try Validate.text(subject, field: "--subject")
        let requester = try Validate.email(requester, field: "--requester")
        let priority = try Validate.choice(priority, field: "--priority", allowed: SupportTicket.priorities)
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ModelError.invalid(field: "--body", value: body, reason: "must not be empty")
        }
        let category = try category.map { try Validate.text($0, field: "--category", maximum: 60) }
        let id = try context.insert(SupportTicket.entity, [
            "subject": .text(subject), "requester_email": .text(requester), "priority": .text(priority),
            "category": category.map { .text($0) } ?? .null, "status": .text("new")]).integer("id")
        try addMessage(ticket: id, author: requester, side: "requester", body: body, in: context)
        return try find(id, in: context.store)
    }

    static func addMessage(ticket: Int64, author: String, side: String, body: String, at time: String? = nil, in context: WriteContext) throws {
        try context.insert(SupportMessage.entity, ["ticket_id": .integer(ticket), "author_email": .text(author), "side": .text(side),
                                                   "body": .text(body), "created_at": .text(time ?? context.store.now)])
    }

    /// Adds a reply. A staff reply sets the first response time once and moves a new ticket to open;
    /// a requester's reply moves a pending or solved ticket back to open. Closed tickets take no replies.
    @discardableResult
    public static func reply(to id: Int64, body: String, fromRequester: Bool, in context: WriteContext) throws -> SupportTicket {
        let ticket = try find(id, in: context.store)
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ModelError.invalid(field: "--body", value: body, reason: "must not be empty")
        }
        guard ticket.status != "closed" else {
            throw ModelError.conflict("ticket #\(id) is closed; reopen it before replying")
        }
        let now = context.store.now
        if fromRequester {
            try addMessage(ticket: id, author: ticket.requesterEmail, side: "requester", body: body, in: context)
            let status = ["pending", "solved"].contains(ticket.status) ? "open" : ticket.status
            var changes: [String: DatabaseValue] = ["status": .text(status)]
            if status == "open" { changes["solved_at"] = .null }
            try context.update(SupportTicket.entity, id: id, set: changes)
        } else {
            try addMessage(ticket: id, author: context.actor.email, side: "staff", body: body, in: context)
            try context.update(SupportTicket.entity, id: id, set: [
                "status": .text(ticket.status == "new" ? "open" : ticket.status), "first_response_at": .text(ticket.firstResponseAt ?? now)])
        }
        return try find(id, in: context.store)
    }

    /// Assigns a ticket to an active staff member who can work tickets.
    @discardableResult
    public static func assign(_ id: Int64, to email: String, in context: WriteContext) throws -> SupportTicket {
        _ = try find(id, in: context.store)
        let staff = try StaffRecords.find(email: email, in: context.store)
        guard staff.active else { throw ModelError.conflict("'\(email)' is deactivated and cannot be assigned tickets") }
        guard PermissionMatrix.allows(staff.role, .supportWork) else {
            throw ModelError.conflict("'\(email)' has role \(staff.role.rawValue), which cannot work support tickets")
        }
        try context.update(SupportTicket.entity, id: id, set: ["assignee_email": .text(staff.email)])
        return try find(id, in: context.store)
    }

    /// Moves a ticket to a status. Solving stamps the resolution time; a closed ticket only moves by `reopen`.
    @discardableResult
    public static func setStatus(_ id: Int64, to status: String, in context: WriteContext) throws -> SupportTicket {
        let status = try Validate.choice(status, field: "status", allowed: SupportTicket.statuses)
        let ticket = try find(id, in: context.store)
        if ticket.status == "closed" && status != "closed" {
            throw ModelError.conflict("ticket #\(id) is closed; use 'support reopen \(id)'")
        }
        if status == "new" && ticket.status != "new" {
            throw ModelError.conflict("ticket #\(id) has been worked on and cannot go back to 'new'")
        }
        let now = context.store.now
        let solvedAt: String? = ["solved", "closed"].contains(status) ? (ticket.solvedAt ?? now) : nil
        try context.update(SupportTicket.entity, id: id, set: ["status": .text(status), "solved_at": solvedAt.map { .text($0) } ?? .null])
        return try find(id, in: context.store)
    }

    /// Reopens a solved or closed ticket.
    @discardableResult
    public static func reopen(_ id: Int64, in context: WriteContext) throws -> SupportTicket {
        let ticket = try find(id, in: context.store)
        guard ["solved", "closed"].contains(ticket.status) else {
            throw ModelError.conflict("ticket #\(id) is \(ticket.status), not solved or closed")
        }
        try context.update(SupportTicket.entity, id: id, set: ["status": .text("open"), "solved_at": .null])
        return try find(id, in: context.store)
    }
}
