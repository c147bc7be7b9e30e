import PorticoDigest
import PorticoSQLite

/// The audit trail: every write records who, when, what, and the record before and after.
/// Entries are hash-chained, and the chain's head is kept in settings, so an edited, inserted
/// or deleted entry (the last one included) is found by `verify`.
public struct AuditLog {
    public let store: Store

    public init(store: Store) { self.store = store }

    static let genesis = String(repeating: "0", count: 64)
    static let headKey = "audit.head"

    /// Appends one entry. Call inside the write's transaction, so the entry and the change land together.
    public func record(actor: Actor, command: String, entity: String, entityID: String,
                       before: [String: DatabaseValue]?, after: [String: DatabaseValue]?) throws {
        let db = store.database
        let previous = try db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").text ?? Self.genesis
        let id = (try db.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log").integer) ?? 1
        let entry = AuditEntry(id: id, at: store.now, actorEmail: actor.email, actorRole: actor.role.rawValue, command: command,
                               entity: entity, entityID: entityID, beforeJSON: before.map(CanonicalJSON.encode),
                               afterJSON: after.map(CanonicalJSON.encode), previousHash: previous, hash: "")
        let hash = entry.computedHash()
        try db.execute("""
            INSERT INTO audit_log (id, at, actor_email, actor_role, command, entity, entity_id, before_json, after_json, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, entry.at, entry.actorEmail, entry.actorRole, command, entity, entityID, entry.beforeJSON, entry.afterJSON, previous, hash])
        try store.setSetting(Self.headKey, "\(id):\(hash)")
    }

    /// Entries matching the filters, oldest first. Dates compare on the UTC timestamp (`--since 2026-01-01`).
    public func list(actor: String? = nil, entity: String? = nil, since: String? = nil, until: String? = nil, limit: Int? = nil) throws -> [AuditEntry] {
        var sql = "SELECT * FROM audit_log WHERE 1 = 1"
        var arguments: [DatabaseValueConvertible] = []
        if let actor { sql += " AND actor_email = ? COLLATE NOCASE"; arguments.append(actor) }
        if let entity { sql += " AND entity = ?"; arguments.append(entity) }
        if let since { sql += " AND at >= ?"; arguments.append(since) }
        if let until { sql += " AND at < ?"; arguments.append(until) }
        sql += " ORDER BY id"
        if let limit { sql = "SELECT * FROM (\(sql.replacingOccurrences(of: "ORDER BY id", with: "ORDER BY id DESC")) LIMIT ?) ORDER BY id"; arguments.append(limit) }
        return try store.database.rows(sql, arguments).map(AuditEntry.init(row:))
    }

    /// Walks the chain. Returns the problems found (empty when the trail is intact).
    public func verify() throws -> [String] {
        var problems: [String] = []
        var previous = Self.genesis
        var expectedID: Int64 = 1
        var lastHash = Self.genesis
        var lastID: Int64 = 0
        try store.database.forEachRow("SELECT * FROM audit_log ORDER BY id") { row in
            let entry = AuditEntry(row: row)
            if entry.id != expectedID { problems.append("entry \(expectedID)\(entry.id - expectedID > 1 ? "–\(entry.id - 1)" : "") is missing") }
            if entry.previousHash != previous { problems.append("entry \(entry.id) does not follow the entry before it (chain broken)") }
            if entry.computedHash() != entry.hash { problems.append("entry \(entry.id) was altered (its content no longer matches its hash)") }
            previous = entry.hash
            expectedID = entry.id + 1
            lastHash = entry.hash
            lastID = entry.id
        }
        let head = try store.setting(Self.headKey)
        if let head, head != "\(lastID):\(lastHash)" {
            problems.append("the trail ends at entry \(lastID) but the recorded head is entry \(head.split(separator: ":").first ?? "?") (entries removed from the end)")
        } else if head == nil && lastID > 0 {
            problems.append("the recorded head of the trail is missing")
        }
        return problems
    }
}

/// One audit entry.
public struct AuditEntry: Sendable, Equatable {
    public let id: Int64
    public let at: String
    public let actorEmail: String
    public let actorRole: String
    public let command: String
    public let entity: String
    public let entityID: String
    public let beforeJSON: String?
    public let afterJSON: String?
    public let previousHash: String
    public let hash: String

    init(id: Int64, at: String, actorEmail: String, actorRole: String, command: String, entity: String, entityID: String,
         beforeJSON: String?, afterJSON: String?, previousHash: String, hash: String) {
        self.id = id; self.at = at; self.actorEmail = actorEmail; self.actorRole = actorRole; self.command = command
        self.entity = entity; self.entityID = entityID; self.beforeJSON = beforeJSON; self.afterJSON = afterJSON
        self.previousHash = previousHash; self.hash = hash
    }

    init(row: Row) {
        self.init(id: row["id"].integer ?? 0, at: row.string("at") ?? "", actorEmail: row.string("actor_email") ?? "",
                  actorRole: row.string("actor_role") ?? "", command: row.string("command") ?? "", entity: row.string("entity") ?? "",
                  entityID: row.string("entity_id") ?? "", beforeJSON: row.string("before_json"), afterJSON: row.string("after_json"),
                  previousHash: row.string("previous_hash") ?? "", hash: row.string("hash") ?? "")
    }

    /// SHA-256 over the previous hash and every field, separated by a unit separator that no field can hold unescaped.
    func computedHash() -> String {
        let fields = [previousHash, String(id), at, actorEmail, actorRole, command, entity, entityID, beforeJSON ?? "\u{0}", afterJSON ?? "\u{0}"]
        return SHA256.hex(fields.map { $0.replacingOccurrences(of: "\u{1F}", with: "\u{1F}\u{1F}") }.joined(separator: "\u{1F}|"))
    }

    /// The entry as a dictionary for `--json` output.
    public var fields: [String: DatabaseValue] {
        ["id": .integer(id), "at": .text(at), "actor": .text(actorEmail), "role": .text(actorRole), "command": .text(command),
         "entity": .text(entity), "entity_id": .text(entityID), "before": beforeJSON.map { .text($0) } ?? .null,
         "after": afterJSON.map { .text($0) } ?? .null, "hash": .text(hash)]
    }
}

import Foundation
