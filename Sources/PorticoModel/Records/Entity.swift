import PorticoSQLite

/// One table described once: its columns with their types, allowed values and privacy, and how the audit trail
/// names its records. Rows are decoded through it (a missing or mistyped column throws: no silent defaults),
/// every write goes through its audited insert and update, and audit snapshots leave out secret fields.
public struct Entity: Sendable {
    /// A column's storage type, checked when a row is decoded and when a value is written.
    public enum ColumnType: Sendable { case text, integer, boolean }
    /// Who may see a field: anyone (`public`), staff with personal-data rights (`personal`), nobody but the code
    /// that uses it (`secret`: never in audit snapshots, exports or output).
    public enum Privacy: Sendable { case `public`, personal, secret }

    /// One column.
    public struct Column: Sendable {
        public let name: String
        public let type: ColumnType
        public let nullable: Bool
        /// The only values allowed, when the column is a choice (a status, a role).
        public let allowed: [String]?
        public let privacy: Privacy

        public init(_ name: String, _ type: ColumnType, nullable: Bool = false, allowed: [String]? = nil, privacy: Privacy = .public) {
            self.name = name
            self.type = type
            self.nullable = nullable
            self.allowed = allowed
            self.privacy = privacy
        }
    }

    public let table: String
    /// The entity name in the audit trail (`staff`, `support_ticket`).
    public let auditName: String
    /// The column whose value names a record in the audit trail (`email` for staff, `id` for tickets).
    public let auditKey: String
    public let columns: [Column]

    public init(table: String, auditName: String, auditKey: String, columns: [Column]) {
        self.table = table
        self.auditName = auditName
        self.auditKey = auditKey
        self.columns = columns
    }

    public func column(_ name: String) -> Column? { columns.first { $0.name == name } }

    /// Checks a row against the description: every column present, of its type, non-null unless nullable,
    /// one of its allowed values. Throws naming the table, column and row.
    public func decode(_ row: Row) throws -> Record {
        var values: [String: DatabaseValue] = [:]
        let rowID = row["id"].text ?? "?"
        for column in columns {
            guard let index = row.columns.firstIndex(of: column.name) else {
                throw RecordError.missingColumn(table: table, column: column.name)
            }
            let value = row.values[index]
            try check(value, for: column, row: rowID)
            values[column.name] = value
        }
        return Record(entity: self, values: values)
    }

    func check(_ value: DatabaseValue, for column: Column, row: String) throws {
        switch (value, column.type) {
        case (.null, _):
            if !column.nullable { throw RecordError.wrongValue(table: table, column: column.name, row: row, reason: "is null") }
        case (.text(let text), .text):
            if let allowed = column.allowed, !allowed.contains(text) {
                throw RecordError.wrongValue(table: table, column: column.name, row: row, reason: "'\(text)' is not one of \(allowed.joined(separator: ", "))")
            }
        case (.integer, .integer): break
        case (.integer(let flag), .boolean):
            if flag != 0 && flag != 1 { throw RecordError.wrongValue(table: table, column: column.name, row: row, reason: "\(flag) is not 0 or 1") }
        default:
            throw RecordError.wrongValue(table: table, column: column.name, row: row, reason: "holds \(value) where \(column.type) is expected")
        }
    }

    /// The record as the audit trail keeps it: every column but the secret ones.
    public func snapshot(_ values: [String: DatabaseValue]) -> [String: DatabaseValue] {
        var snapshot: [String: DatabaseValue] = [:]
        for column in columns where column.privacy != .secret { snapshot[column.name] = values[column.name] ?? .null }
        return snapshot
    }

    /// The row with this rowid, decoded, or nil.
    public func find(id: Int64, in store: Store) throws -> Record? {
        try store.database.row("SELECT * FROM \(table) WHERE id = ?", [id]).map(decode)
    }
}

/// A decoded row: values already checked against their entity's description.
public struct Record: Sendable {
    public let entity: Entity
    public let values: [String: DatabaseValue]

    public func text(_ name: String) throws -> String {
        guard case .text(let text)? = values[name] else { throw RecordError.notDescribed(table: entity.table, column: name, as: "text") }
        return text
    }

    public func optionalText(_ name: String) throws -> String? {
        if case .null? = values[name] { return nil }
        return try text(name)
    }

    public func integer(_ name: String) throws -> Int64 {
        guard case .integer(let value)? = values[name] else { throw RecordError.notDescribed(table: entity.table, column: name, as: "integer") }
        return value
    }

    public func bool(_ name: String) throws -> Bool { try integer(name) != 0 }

    /// The value naming this record in the audit trail.
    public var auditID: String { values[entity.auditKey]?.text ?? "" }

    public var snapshot: [String: DatabaseValue] { entity.snapshot(values) }
}

/// A row that does not match its table's description, or a write that would not.
public enum RecordError: Error, Equatable, CustomStringConvertible {
    /// The table lacks a described column (the database was edited, or is from another version).
    case missingColumn(table: String, column: String)
    /// A stored or written value does not fit its column.
    case wrongValue(table: String, column: String, row: String, reason: String)
    /// The code asked for a column the description does not have, or as another type.
    case notDescribed(table: String, column: String, as: String)

    public var description: String {
        switch self {
        case .missingColumn(let table, let column): return "table \(table) has no column '\(column)'"
        case .wrongValue(let table, let column, let row, let reason): return "\(table) row \(row), field \(column): \(reason)"
        case .notDescribed(let table, let column, let type): return "\(table).\(column) is not described as \(type)"
        }
    }
}
