import PorticoFormats
import Foundation
import PorticoDigest
import PorticoSQLite

/// The audit trail: every write records who, when, what, and the record before and after.
/// Entries are chained with HMAC-SHA-256 under a key kept outside the database (`AuditKey`), and the chain's head
/// is kept signed in settings. Without the key nobody can add, edit, remove or re-sign entries unnoticed; and since
/// every audited table's rows must equal their last audited state, a change made with plain SQL is found too.
/// What it cannot protect against is someone holding both the database and the key (docs/security.md).
public struct AuditLog {
    public let store: Store

    public init(store: Store) { self.store = store }

    static let genesis = String(repeating: "0", count: 64)
    static let headKey = "audit.head"

    /// Appends one entry. Call inside the write's transaction, so the entry and the change land together.
    public func record(actor: Actor, command: String, entity: String, entityID: String,
                       before: [String: DatabaseValue]?, after: [String: DatabaseValue]?) throws {
        let key = try store.auditKey()
        let db = store.database
        let previous = try db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").text ?? Self.genesis
        let id = (try db.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log").integer) ?? 1
        let entry = AuditEntry(id: id, at: store.now, actorEmail: actor.email, actorRole: actor.role.rawValue, command: command,
                               entity: entity, entityID: entityID, beforeJSON: before.map(CanonicalJSON.encode),
                               afterJSON: after.map(CanonicalJSON.encode), previousHash: previous, hash: "")
        let hash = entry.signature(with: key)
        try db.execute("""
            INSERT INTO audit_log (id, at, actor_email, actor_role, command, entity, entity_id, before_json, after_json, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, entry.at, entry.actorEmail, entry.actorRole, command, entity, entityID, entry.beforeJSON, entry.afterJSON, previous, hash])
        try store.setSetting(Self.headKey, "\(id):\(hash):" + key.sign("head|\(id)|\(hash)"))
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

    /// Walks the chain, checks each entry's signature and the signed head, then replays the trail against the
    /// audited tables. Returns the problems found (empty when the trail is intact and accounts for every row).
    /// With a `checkpoint` (from `checkpoint()`, kept elsewhere), also proves nothing up to it was rewritten.
    /// How many entries the trail holds.
    public func count() throws -> Int {
        Int(try store.database.scalar("SELECT COUNT(*) FROM audit_log").integer ?? 0)
    }

    public func verify(checkpoint: String? = nil) throws -> [String] {
        let key = try store.auditKey()
        var problems: [String] = []
        var previous = Self.genesis
        var expectedID: Int64 = 1
        var lastID: Int64 = 0
        var hashes: [Int64: String] = [:]
        var lastState: [String: String?] = [:]
        try store.database.forEachRow("SELECT * FROM audit_log ORDER BY id") { row in
            let entry = try AuditEntry(row: row)
            if entry.id != expectedID { problems.append("entry \(expectedID)\(entry.id - expectedID > 1 ? "–\(entry.id - 1)" : "") is missing") }
            if entry.previousHash != previous { problems.append("entry \(entry.id) does not follow the entry before it (chain broken)") }
            if entry.signature(with: key) != entry.hash {
                problems.append("entry \(entry.id) was altered or not made with the audit key (its signature does not match)")
            }
            previous = entry.hash
            expectedID = entry.id + 1
            lastID = entry.id
            hashes[entry.id] = entry.hash
            lastState[AuditedTable.stateKey(entry.entity, entry.entityID)] = .some(entry.afterJSON)
        }
        if lastID == 0 { problems.append("the trail is empty: every Portico database has at least the entry that created its first admin (was it wiped?)") }
        problems += try checkHead(key: key, lastID: lastID, lastHash: previous)
        if let checkpoint { problems += Self.check(checkpoint: checkpoint, key: key, hashes: hashes) }
        for table in AuditedTable.all(in: store) { problems += try table.unaccounted(in: store, lastState: lastState) }
        return problems
    }

    private func checkHead(key: AuditKey, lastID: Int64, lastHash: String) throws -> [String] {
        guard let head = try store.setting(Self.headKey) else {
            return lastID > 0 ? ["the recorded head of the trail is missing"] : []
        }
        let parts = head.split(separator: ":").map(String.init)
        guard parts.count == 3, key.sign("head|\(parts[0])|\(parts[1])") == parts[2] else {
            return ["the recorded head of the trail was not signed with the audit key (forged)"]
        }
        if parts[0] != String(lastID) || parts[1] != lastHash {
            return ["the trail ends at entry \(lastID) but the recorded head is entry \(parts[0]) (entries removed from the end)"]
        }
        return []
    }

    /// A signed statement of the trail's head now, to keep outside the database (a CI log, a ticket).
    public func checkpoint() throws -> String {
        let key = try store.auditKey()
        let row = try store.database.row("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        let id = try row?["id"].integer ?? 0
        let hash = try row?.string("hash") ?? Self.genesis
        return "portico-audit-v1:\(id):\(hash):" + key.sign("checkpoint|\(id)|\(hash)")
    }

    static func check(checkpoint: String, key: AuditKey, hashes: [Int64: String]) -> [String] {
        let parts = checkpoint.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":").map(String.init)
        guard parts.count == 4, parts[0] == "portico-audit-v1", let id = Int64(parts[1]),
              key.sign("checkpoint|\(parts[1])|\(parts[2])") == parts[3] else {
            return ["the checkpoint is malformed or was not signed with this audit key"]
        }
        if id == 0 { return [] }
        guard let hash = hashes[id] else { return ["entry \(id), the checkpoint's head, is gone: the trail was cut back past the checkpoint"] }
        if hash != parts[2] { return ["entry \(id) differs from the checkpoint: the trail up to it was rewritten"] }
        return []
    }

    /// Whether one record still equals its last audited state (cheap: one entry). Commands check their actor's
    /// own staff record this way, so a role raised with plain SQL cannot be used.
    public func matchesLastAuditedState(entity: String, id: String) throws -> Bool {
        guard let table = AuditedTable.all(in: store).first(where: { $0.entity == entity }) else { return true }
        guard let row = try store.database.row("SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1", [entity, id]) else {
            return false
        }
        let entry = try AuditEntry(row: row)
        if store.hasAuditKey, entry.signature(with: try store.auditKey()) != entry.hash { return false }
        return try table.currentState(of: id, in: store) == entry.afterJSON
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

    init(row: Row) throws {
        let id = try row["id"].integer
        func text(_ name: String) throws -> String {
            guard let value = try row[name].text else {
                throw RecordError.wrongValue(table: "audit_log", column: name, row: id.map(String.init) ?? "?", reason: "is null")
            }
            return value
        }
        guard let id else { throw RecordError.wrongValue(table: "audit_log", column: "id", row: "?", reason: "is not a number") }
        self.init(id: id, at: try text("at"), actorEmail: try text("actor_email"), actorRole: try text("actor_role"), command: try text("command"),
                  entity: try text("entity"), entityID: try text("entity_id"), beforeJSON: try row.string("before_json"), afterJSON: try row.string("after_json"),
                  previousHash: try text("previous_hash"), hash: try text("hash"))
    }

    /// HMAC-SHA-256 under the audit key over the previous entry's signature and every field, separated by a
    /// unit separator that no field can hold unescaped.
    func signature(with key: AuditKey) -> String {
        let fields = [previousHash, String(id), at, actorEmail, actorRole, command, entity, entityID, beforeJSON ?? "\u{0}", afterJSON ?? "\u{0}"]
        // Doubled scalar by scalar (`ScalarText`); the unit separator is a control character, which never joins a
        // cluster, so signatures are the same as when this compared Characters.
        return key.sign(fields.map { field in
            field.utf8.contains(0x1F) ? ScalarText.replacing(field) { $0 == "\u{1F}" ? "\u{1F}\u{1F}" : nil } : field
        }.joined(separator: "\u{1F}|"))
    }

    /// The entry as a dictionary for `--json` output.
    public var fields: [String: DatabaseValue] {
        ["id": .integer(id), "at": .text(at), "actor": .text(actorEmail), "role": .text(actorRole), "command": .text(command),
         "entity": .text(entity), "entity_id": .text(entityID), "before": beforeJSON.map { .text($0) } ?? .null,
         "after": afterJSON.map { .text($0) } ?? .null, "hash": .text(hash)]
    }
}
