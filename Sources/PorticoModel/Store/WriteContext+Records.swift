import PorticoSQLite

/// The one way records are written: checked against their entity's description, and audited with their
/// before and after snapshots in the same transaction.
extension WriteContext {
    /// Inserts a record and audits it. Returns the new row as stored.
    @discardableResult
    public func insert(_ entity: Entity, _ values: [String: DatabaseValue]) throws -> Record {
        var values = values
        // Creation and change times are the write path's to keep; a value given (the demo's history) is kept.
        for column in entity.columns where column.generated == .createdAt || column.generated == .updatedAt {
            if values[column.name] == nil { values[column.name] = .text(store.now) }
        }
        try checkWrite(entity, values)
        try checkUnique(entity, values, except: nil)
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
        var values = values
        try checkWrite(entity, values)
        let stamped = Set(entity.columns.filter { $0.generated == .updatedAt }.map(\.name))
        guard values.keys.contains(where: { !stamped.contains($0) && before.values[$0] != values[$0] }), let key = before.values[entity.primaryKey] else {
            return before
        }
        try checkUnique(entity, values.filter { before.values[$0.key] != $0.value }, except: key)
        try keepFormerSlugs(before, changing: values)
        // The change time is the write path's to keep, not each command's.
        for name in stamped { values[name] = .text(store.now) }
        let changed = values.keys.sorted().filter { before.values[$0] != values[$0] }
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

    /// Deletes `record` with the rows that go with it: every row, in any feature's table, whose reference to it is
    /// described as `.cascade` is removed first (and theirs before them), each audited. A `.refuse` reference that
    /// has rows throws `ModelError.conflict` naming the table and how many, and nothing changes.
    public func deleteWithDependents(_ record: Record) throws {
        var order: [Record] = []
        try collectRemovals(record, into: &order)
        for removal in order { try delete(removal) }
    }

    private func collectRemovals(_ record: Record, into order: inout [Record]) throws {
        guard let key = record.values[record.entity.primaryKey] else { throw ModelError.notFound(entity: record.entity.auditName, key: record.auditID) }
        for (entity, columnName) in store.features.references(to: record.entity.table) {
            guard let column = entity.column(columnName) else { continue }
            let rows = try database.rows("SELECT * FROM \(entity.table) WHERE \(columnName) = ? ORDER BY \(entity.primaryKey)", [key])
            if rows.isEmpty { continue }
            if column.onDelete == .refuse {
                throw ModelError.conflict("\(record.entity.auditName) \(record.auditID) is referred to by \(rows.count) \(entity.table) row\(rows.count == 1 ? "" : "s") (\(columnName)), which must be kept")
            }
            for row in rows {
                let dependent = try entity.decode(row)
                let key = dependent.values[entity.primaryKey]
                if order.contains(where: { $0.entity.table == entity.table && $0.values[entity.primaryKey] == key }) { continue }
                try collectRemovals(dependent, into: &order)
            }
        }
        order.append(record)
    }

    /// Deletes a record read in this transaction and audits it (`after` is null). Foreign keys that still point at
    /// it make the database refuse, and nothing changes.
    public func delete(_ record: Record) throws {
        let entity = record.entity
        guard let key = record.values[entity.primaryKey] else { throw ModelError.notFound(entity: entity.auditName, key: record.auditID) }
        try forgetFormerSlugs(record)
        try database.execute("DELETE FROM \(entity.table) WHERE \(entity.primaryKey) = ?", [key])
        try audit(entity: entity.auditName, id: record.auditID, before: record.snapshot, after: nil)
    }

    /// A value a unique column may hold only once, already held by another record: a conflict naming the field, the
    /// value and the record that holds it (never SQLite's "UNIQUE constraint failed").
    private func checkUnique(_ entity: Entity, _ values: [String: DatabaseValue], except key: DatabaseValue?) throws {
        for (name, value) in values.sorted(by: { $0.key < $1.key }) where !value.isNull {
            guard let column = entity.column(name), column.unique, column.slug == nil else { continue }
            guard let holder = try database.row("SELECT * FROM \(entity.table) WHERE \(name) = ? LIMIT 1", [value]),
                  try holder[entity.primaryKey] != key else { continue }
            let holderName = try entity.decode(holder).auditID
            throw ModelError.conflict("\(name) '\(value.text ?? "")' already belongs to \(entity.auditName.replacingOccurrences(of: "_", with: " ")) \(holderName)")
        }
    }

    private func checkWrite(_ entity: Entity, _ values: [String: DatabaseValue]) throws {
        for (name, value) in values {
            guard let column = entity.column(name) else { throw RecordError.notDescribed(table: entity.table, column: name, as: "a column") }
            try entity.check(value, for: column, row: "being written")
        }
    }
}
