import Foundation
import PorticoSQLite

/// A table whose every row the audit trail accounts for: its current rows must equal the state the trail last
/// recorded for them, so a row added, changed or removed with plain SQL is reported by table and key.
struct AuditedTable: Sendable {
    /// The entity name entries carry (`staff`, `support_ticket`, `setting`).
    let entity: String
    /// The rows to account for, each with its key as the trail names it.
    let rows: @Sendable (Store) throws -> [(key: String, state: String)]
    /// One row's state by its key (nil when there is no such row), without reading the others.
    let one: @Sendable (Store, String) throws -> String?

    /// One for each entity the store's features describe.
    static func all(in store: Store) -> [AuditedTable] { store.features.entities.filter(\.audited).map(described) }

    /// A table with an entity description: its rows, decoded, as their audit snapshots.
    static func described(_ entity: Entity) -> AuditedTable {
        AuditedTable(entity: entity.auditName, rows: { store in
            let (sql, arguments) = entity.selectAll
            return try store.database.rows(sql, arguments).map { row in
                let record = try entity.decode(row)
                return (record.auditID, CanonicalJSON.encode(record.snapshot))
            }
        }, one: { store, key in
            let scope = entity.scope.map { " AND " + $0.sql } ?? ""
            return try store.database.row("SELECT * FROM \(entity.table) WHERE \(entity.auditKey) = ?\(scope)", [DatabaseValue.text(key)] + (entity.scope?.arguments ?? []))
                .map { CanonicalJSON.encode(try entity.decode($0).snapshot) }
        })
    }

    static func stateKey(_ entity: String, _ id: String) -> String { entity + "\u{0}" + id }

    /// The current state of one record as the trail would record it (nil when there is no such row).
    func currentState(of id: String, in store: Store) throws -> String? {
        try one(store, id)
    }

    /// Rows that differ from, or are missing from, their last audited state.
    func unaccounted(in store: Store, lastState: [String: String?]) throws -> [String] {
        var problems: [String] = []
        var present: Set<String> = []
        for (key, state) in try rows(store) {
            present.insert(key)
            switch lastState[Self.stateKey(entity, key)] {
            case nil:
                problems.append("\(entity) '\(key)' is not in the audit trail (added with plain SQL)")
            case .some(nil):
                problems.append("\(entity) '\(key)' was deleted according to the audit trail but exists (restored with plain SQL)")
            case .some(.some(let audited)) where audited != state:
                problems.append("\(entity) '\(key)' differs from its last audited state (changed with plain SQL): " + Self.changedFields(audited, state).joined(separator: ", "))
            default:
                break
            }
        }
        let prefix = entity + "\u{0}"
        for (stateKey, state) in lastState where stateKey.hasPrefix(prefix) && state != nil {
            let key = String(stateKey.dropFirst(prefix.count))
            if !present.contains(key) { problems.append("\(entity) '\(key)' exists according to the audit trail but is gone (deleted with plain SQL)") }
        }
        return problems.sorted()
    }

    /// The names of the fields whose values differ between two canonical JSON objects.
    static func changedFields(_ a: String, _ b: String) -> [String] {
        let left = (try? JSONSerialization.jsonObject(with: Data(a.utf8))) as? [String: Any] ?? [:]
        let right = (try? JSONSerialization.jsonObject(with: Data(b.utf8))) as? [String: Any] ?? [:]
        return Set(left.keys).union(right.keys).sorted().filter { key in
            "\(left[key] ?? "∅")" != "\(right[key] ?? "∅")"
        }
    }
}
