import PorticoSQLite

/// The one way records are written: checked against their entity's description, and audited with their
/// before and after snapshots in the same transaction.
extension WriteContext {
    /// Inserts a record and audits it. Returns its rowid.
    @discardableResult
    public func insert(_ entity: Entity, _ values: [String: DatabaseValue]) throws -> Int64 {
        try checkWrite(entity, values)
        let names = values.keys.sorted()
        // Table and column names come from the description in code, never from input; values are bound.
        try database.execute("INSERT INTO \(entity.table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
                             names.map { values[$0]! })
        let id = database.lastInsertedRowID
        guard let record = try entity.find(id: id, in: store) else { throw ModelError.notFound(entity: entity.auditName, key: String(id)) }
        try audit(entity: entity.auditName, id: record.auditID, before: nil, after: record.snapshot)
        return id
    }

    /// Changes some columns of the record with this rowid and audits the change.
    public func update(_ entity: Entity, id: Int64, set values: [String: DatabaseValue]) throws {
        try checkWrite(entity, values)
        guard let before = try entity.find(id: id, in: store) else { throw ModelError.notFound(entity: entity.auditName, key: String(id)) }
        let names = values.keys.sorted()
        try database.execute("UPDATE \(entity.table) SET \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                             names.map { values[$0]! } + [DatabaseValue.integer(id)])
        guard let after = try entity.find(id: id, in: store) else { throw ModelError.notFound(entity: entity.auditName, key: String(id)) }
        try audit(entity: entity.auditName, id: after.auditID, before: before.snapshot, after: after.snapshot)
    }

    private func checkWrite(_ entity: Entity, _ values: [String: DatabaseValue]) throws {
        for (name, value) in values {
            guard let column = entity.column(name) else { throw RecordError.notDescribed(table: entity.table, column: name, as: "a column") }
            try entity.check(value, for: column, row: "being written")
        }
    }
}
