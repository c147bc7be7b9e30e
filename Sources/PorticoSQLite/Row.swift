/// One result row: column names with their values, readable by name.
public struct Row: Sendable, Equatable {
    /// Column names in select order.
    public let columns: [String]
    /// Values in select order.
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the named column. A name the query did not select throws `DatabaseError.noSuchColumn`: a typo
    /// in a column name is an error, never a silent NULL.
    public subscript(_ name: String) -> DatabaseValue {
        get throws {
            guard let index = columns.firstIndex(of: name) else { throw DatabaseError.noSuchColumn(name, selected: columns) }
            return values[index]
        }
    }

    /// The named column's text, where NULL is an error (a NOT NULL column read from a join): never a silent "".
    public func text(_ name: String) throws -> String {
        guard let text = try self[name].text else { throw DatabaseError.unexpectedNull(name) }
        return text
    }

    /// The named column's integer, where NULL is an error: never a silent 0.
    public func integer(_ name: String) throws -> Int64 {
        guard let value = try self[name].integer else { throw DatabaseError.unexpectedNull(name) }
        return value
    }

    /// The named column as a string (numbers rendered), or nil for NULL.
    public func string(_ name: String) throws -> String? { try self[name].text }
    /// The named column as an integer, or nil.
    public func int(_ name: String) throws -> Int? { try self[name].integer.map { Int($0) } }
    /// The named column as a Bool (non-zero integer).
    public func bool(_ name: String) throws -> Bool { (try self[name].integer ?? 0) != 0 }
}
