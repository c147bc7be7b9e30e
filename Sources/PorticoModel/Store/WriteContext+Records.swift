import PorticoSQLite

/// The one way records are written: checked against their entity's description, and audited with their
/// before and after snapshots in the same transaction.
extension WriteContext {
    /// Inserts a record and audits it. Returns the new row as stored.
    @discardableResult
    public func insert(_ entity: Entity, _ values: [String: DatabaseValue]) throws -> Record {
        try checkWrite(entity, values)
        let names = values.keys.sorted()
        // Table and column names come from the description in code, never from input; values are bound.
        try database.execute("INSERT INTO \(entity.table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
                             names.map { values[$0]! })
        let key = values[entity.primaryKey] ?? .integer(database.lastInsertedRowID)
        guard let record = try entity.find(entity.primaryKey, equals: key, in: store) else {
            throw ModelError.notFound(entity: entity.auditName, key: key.text ?? "?")
        }
        try audit(entity: entity.auditName, id: record.auditID, before: nil, after: record.snapshot)
        return record
    }

    /// Changes some columns of the record with this rowid and audits the change.
    @discardableResult
    public func update(_ entity: Entity, id: Int64, set values: [String: DatabaseValue]) throws -> Record {
        guard let before = try entity.find(id: id, in: store) else { throw ModelError.notFound(entity: entity.auditName, key: String(id)) }
        return try update(before, set: values)
    }

    /// Changes some columns of a record read in this transaction and audits the change. Nothing is written or
    /// audited when no value changes.
    @discardableResult
    public func update(_ before: Record, set values: [String: DatabaseValue]) throws -> Record {
        let entity = before.entity
        try checkWrite(entity, values)
        let changed = values.keys.sorted().filter { before.values[$0] != values[$0] }
        guard !changed.isEmpty, let key = before.values[entity.primaryKey] else { return before }
        try database.execute("UPDATE \(entity.table) SET \(changed.map { "\($0) = ?" }.joined(separator: ", ")) WHERE \(entity.primaryKey) = ?",
                             changed.map { values[$0]! } + [key])
        guard let after = try entity.find(entity.primaryKey, equals: key, in: store) else {
            throw ModelError.notFound(entity: entity.auditName, key: key.text ?? "?")
        }
        if after.auditID == before.auditID {
            try audit(entity: entity.auditName, id: after.auditID, before: before.snapshot, after: after.snapshot)
        } else {
            // The field naming the record changed: the trail closes the old name and opens the new one, so its
            // replay still accounts for every row.
            try audit(entity: entity.auditName, id: before.auditID, before: before.snapshot, after: nil)
            try audit(entity: entity.auditName, id: after.auditID, before: nil, after: after.snapshot)
        }
        return after
    }

    /// Deletes a record read in this transaction and audits it (`after` is null). Foreign keys that still point at
    /// it make the database refuse, and nothing changes.
    public func delete(_ record: Record) throws {
        let entity = record.entity
        guard let key = record.values[entity.primaryKey] else { throw ModelError.notFound(entity: entity.auditName, key: record.auditID) }
        try database.execute("DELETE FROM \(entity.table) WHERE \(entity.primaryKey) = ?", [key])
        try audit(entity: entity.auditName, id: record.auditID, before: record.snapshot, after: nil)
    }

    private func checkWrite(_ entity: Entity, _ values: [String: DatabaseValue]) throws {
        for (name, value) in values {
            guard let column = entity.column(name) else { throw RecordError.notDescribed(table: entity.table, column: name, as: "a column") }
            try entity.check(value, for: column, row: "being written")
        }
    }
}
