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

    /// The value of the named column, or `.null` when there is no such column.
    public subscript(_ name: String) -> DatabaseValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    /// The named column as a string (numbers rendered), or nil for NULL.
    public func string(_ name: String) -> String? { self[name].text }
    /// The named column as an integer, or nil.
    public func int(_ name: String) -> Int? { self[name].integer.map { Int($0) } }
    /// The named column as a Bool (non-zero integer).
    public func bool(_ name: String) -> Bool { (self[name].integer ?? 0) != 0 }
}
