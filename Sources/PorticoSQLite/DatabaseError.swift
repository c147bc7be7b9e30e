import CSQLite

/// An error reported by SQLite, carrying the result code, SQLite's message and the SQL that failed.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    /// The primary SQLite result code (for example `SQLITE_CONSTRAINT` = 19).
    public let code: Int32
    /// SQLite's own message.
    public let message: String
    /// The statement that failed, when one was being prepared or run.
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// A row was read by a column name its query did not select (SQLite's own wording for the same mistake).
    public static func noSuchColumn(_ name: String, selected: [String]) -> DatabaseError {
        DatabaseError(code: SQLITE_ERROR, message: "no such column in the row: \(name) (it has \(selected.joined(separator: ", ")))")
    }

    /// A column read as required held NULL.
    public static func unexpectedNull(_ name: String) -> DatabaseError {
        DatabaseError(code: SQLITE_MISMATCH, message: "\(name) is NULL where a value is required")
    }

    /// True for UNIQUE, FOREIGN KEY, CHECK and NOT NULL violations.
    public var isConstraintViolation: Bool { code & 0xff == SQLITE_CONSTRAINT }
    /// True when the file is not a database or is damaged.
    public var isNotADatabase: Bool { code & 0xff == SQLITE_NOTADB || code & 0xff == SQLITE_CORRUPT }
    /// True when another connection held a lock past the busy timeout.
    public var isBusy: Bool { code & 0xff == SQLITE_BUSY || code & 0xff == SQLITE_LOCKED }

    public var description: String {
        if let sql { return "SQLite error \(code): \(message) (in: \(sql))" }
        return "SQLite error \(code): \(message)"
    }
}
