import Foundation
import PorticoSQLite

/// Undoing one audited change (`audit revert ENTRY`): the record gets its before-values back as a new audited change,
/// so the trail shows both the mistake and its undoing. Refused, with the reason, when the record changed since (a
/// later change would be silently lost) or when the change cannot be undone in place.
public enum AuditRevert {
    /// One field of an entry: its value before and after (nil: the record did not exist on that side).
    public struct FieldChange: Sendable, Equatable {
        public let field: String
        public let before: DatabaseValue?
        public let after: DatabaseValue?
        public var changed: Bool { before != after }
    }

    /// An entry by number.
    public static func entry(_ id: Int64, in store: Store) throws -> AuditEntry {
        guard let row = try store.database.row("SELECT * FROM audit_log WHERE id = ?", [id]) else {
            throw ModelError.notFound(entity: "audit entry", key: String(id))
        }
        return try AuditEntry(row: row)
    }

    /// The entry's fields side by side, in the entity's column order when it is described.
    public static func changes(of entry: AuditEntry, in store: Store) throws -> [FieldChange] {
        let before = try entry.beforeJSON.map(values), after = try entry.afterJSON.map(values)
        let names = Set((before ?? [:]).keys).union((after ?? [:]).keys)
        let order = store.features.entities.first { $0.auditName == entry.entity }?.columns.map(\.name) ?? []
        let sorted = order.filter(names.contains) + names.subtracting(order).sorted()
        return sorted.map { name in FieldChange(field: name, before: before.flatMap { $0[name] }, after: after.flatMap { $0[name] }) }
    }

    /// Restores the before-values of entry `id`'s change. Returns the record as it now is.
    @discardableResult
    public static func revert(_ id: Int64, in context: WriteContext) throws -> Record {
        let entry = try entry(id, in: context.store)
        guard let entity = context.store.features.entities.first(where: { $0.auditName == entry.entity }) else {
            throw ModelError.conflict("entry \(id) is about \(entry.entity), which is not a record that can be reverted")
        }
        guard let beforeJSON = entry.beforeJSON, let afterJSON = entry.afterJSON else {
            throw ModelError.conflict("entry \(id) \(entry.beforeJSON == nil ? "added" : "removed") \(entry.entity) \(entry.entityID); only a change to a record that exists can be reverted")
        }
        let current = try AuditedTable.described(entity).currentState(of: entry.entityID, in: context.store)
        guard current == afterJSON else {
            let latest = try context.database.row("SELECT id FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1", [entry.entity, entry.entityID])
            throw ModelError.conflict("\(entry.entity) \(entry.entityID) changed after entry \(id)" + ((try latest?["id"].integer).map { " (latest: entry \($0))" } ?? "") +
                                      "; revert the later changes first")
        }
        let before = try values(beforeJSON), after = try values(afterJSON)
        let stamped = Set(entity.columns.filter { $0.generated != nil }.map(\.name))
        var restore: [String: DatabaseValue] = [:]
        for (name, value) in before where after[name] != value && !stamped.contains(name) && entity.column(name) != nil { restore[name] = value }
        guard !restore.isEmpty else { throw ModelError.conflict("entry \(id) changed nothing that can be restored") }
        let keyColumn = entity.column(entity.auditKey)
        let key: DatabaseValue = keyColumn?.type == .integer ? Int64(entry.entityID).map(DatabaseValue.integer) ?? .text(entry.entityID) : .text(entry.entityID)
        guard let record = try entity.find(entity.auditKey, equals: key, in: context.store) else {
            throw ModelError.notFound(entity: entry.entity, key: entry.entityID)
        }
        return try context.update(record, set: restore)
    }

    /// A snapshot's JSON object as column values (snapshots hold text, whole numbers and null).
    static func values(_ json: String) throws -> [String: DatabaseValue] {
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw RecordError.wrongValue(table: "audit_log", column: "before_json", row: "?", reason: "is not a JSON object")
        }
        var values: [String: DatabaseValue] = [:]
        for (name, value) in object {
            switch value {
            case is NSNull: values[name] = .null
            case let text as String: values[name] = .text(text)
            case let number as NSNumber: values[name] = .integer(number.int64Value)
            default: throw RecordError.wrongValue(table: "audit_log", column: name, row: "?", reason: "holds a value a record cannot")
            }
        }
        return values
    }
}
