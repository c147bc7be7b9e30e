import PorticoSQLite

/// How a reference travels in an import or export file: by the referenced record's own key (a member number, a
/// plan's or company's slug), never by an internal id that means nothing outside this database. `member_id` is
/// written as `member` holding `M000001`; an import may give a member by number or email, and still accepts the
/// internal `member_id` that older exports carry.
struct NaturalReference: Sendable {
    /// The reference column (`member_id`).
    let column: Entity.Column
    /// The field's name in files (`member`).
    let field: String
    /// The referenced entity and the key it is named by (`members`, `member_number`).
    let target: Entity
    let key: String

    /// The natural references of `entity`, by column name: each reference column named `…_id` whose target names
    /// its records by a unique, public, required text key (its audit key).
    static func all(of entity: Entity, in features: FeatureSet) -> [String: NaturalReference] {
        var found: [String: NaturalReference] = [:]
        for column in entity.columns where column.name.hasSuffix("_id") {
            guard let table = column.references, let target = features.entity(table: table), let key = target.column(target.auditKey),
                  key.unique, key.type == .text, key.privacy == .public, !key.nullable, entity.column(String(column.name.dropLast(3))) == nil else { continue }
            found[column.name] = NaturalReference(column: column, field: String(column.name.dropLast(3)), target: target, key: key.name)
        }
        return found
    }

    /// Every target record's key by id, for an export (one read of the target table).
    func keysByID(in store: Store) throws -> [Int64: String] {
        var keys: [Int64: String] = [:]
        try target.forEachRecord(in: store) { record in
            if let id = record.values[target.primaryKey]?.integer, let key = record.values[key]?.text { keys[id] = key }
        }
        return keys
    }

    /// The id of the record `text` names: its key, or for members an email address. Nil when none.
    func id(of text: String, in store: Store) throws -> Int64? {
        let column = text.contains("@") && target.column("email")?.unique == true ? "email" : key
        return try target.find(column, equals: .text(text), in: store)?.values[target.primaryKey]?.integer
    }
}
