import PorticoSQLite

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
