import PorticoFormats
import PorticoSQLite

/// A message the association sends a member, as queued: rendered once from the theme's email templates, then
/// exported as an `.eml` file and marked sent. Each has a key naming what it is about (`renewal:12:30`), unique, so
/// queueing is idempotent: what has been queued is never queued again.
public struct OutboxMessage: Sendable, Equatable {
    public static let kinds = ["welcome", "renewal_reminder", "lapse_notice", "invoice_issued", "receipt", "waitlist_offer", "job_expiry_reminder", "credential_expiry_reminder"]

    public let id: Int64
    public let kind: String
    public let dedupeKey: String
    public let toName: String
    public let toEmail: String
    public let subject: String
    public let body: String
    public let queuedAt: String
    public let sentAt: String?

    /// The `notifications` table. Recipient and text are personal data.
    public static let entity = Entity(table: "notifications", auditName: "notification", auditKey: "dedupe_key", columns: [
        .init("id", .integer, generated: .rowID),
        .init("kind", .text, allowed: kinds),
        .init("dedupe_key", .text, unique: true),
        .init("member_id", .integer, nullable: true, references: "members", onDelete: .cascade),
        .init("to_name", .text, privacy: .identifying),
        .init("to_email", .text, privacy: .identifying),
        .init("subject", .text, privacy: .personal),
        .init("body", .text, privacy: .personal),
        .init("queued_at", .text, generated: .createdAt),
        .init("sent_at", .text, nullable: true),
    ])

    init(record: Record) throws {
        id = try record.integer("id")
        kind = try record.text("kind")
        dedupeKey = try record.text("dedupe_key")
        toName = try record.text("to_name")
        toEmail = try record.text("to_email")
        subject = try record.text("subject")
        body = try record.text("body")
        queuedAt = try record.text("queued_at")
        sentAt = try record.optionalText("sent_at")
    }

    public var fields: [(String, DatabaseValue)] {
        [("id", .integer(id)), ("kind", .text(kind)), ("to", .text(toEmail)), ("subject", .text(subject)), ("queued_at", .text(queuedAt)),
         ("sent_at", sentAt.map { .text($0) } ?? .null)]
    }
}

/// The outbox: queueing due messages once, listing them, marking them sent.
public enum Outbox {
    /// A rendered message's subject and body, from a due notification's data.
    public typealias Render = (DueNotification) throws -> (subject: String, body: String)

    /// Queues every due notification not queued before (by its key), rendered by `render`. Returns those queued now.
    @discardableResult
    public static func queueDue(_ due: [DueNotification], render: Render, in context: WriteContext) throws -> [OutboxMessage] {
        var queued: [OutboxMessage] = []
        for notification in due {
            if try OutboxMessage.entity.find("dedupe_key", equals: .text(notification.key), in: context.store) != nil { continue }
            let (subject, body) = try render(notification)
            let record = try context.insert(OutboxMessage.entity, OutboxMessage.entity.completedForInsert([
                "kind": .text(notification.kind), "dedupe_key": .text(notification.key), "member_id": notification.memberID.map { .integer($0) } ?? .null,
                "to_name": .text(notification.toName), "to_email": .text(notification.toEmail),
                "subject": .text(subject.trimmingCharacters(in: .whitespacesAndNewlines)), "body": .text(body),
            ], in: context.store))
            queued.append(try OutboxMessage(record: record))
        }
        return queued
    }

    public static func list(unsentOnly: Bool, in store: Store) throws -> [OutboxMessage] {
        try store.database.rows("SELECT * FROM notifications\(unsentOnly ? " WHERE sent_at IS NULL" : "") ORDER BY id")
            .map { try OutboxMessage(record: OutboxMessage.entity.decode($0)) }
    }

    /// Marks messages sent now (after their files were written).
    public static func markSent(_ messages: [OutboxMessage], in context: WriteContext) throws {
        for message in messages {
            guard let record = try OutboxMessage.entity.find(id: message.id, in: context.store) else { continue }
            try context.update(record, set: ["sent_at": .text(context.store.now)])
        }
    }
}
