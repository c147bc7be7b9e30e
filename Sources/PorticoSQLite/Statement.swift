import CSQLite
import Foundation

/// SQLITE_TRANSIENT tells SQLite to copy bound text immediately.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement. Parameters are always bound, never spliced into SQL.
public final class Statement {
    let handle: OpaquePointer
    /// The SQL this statement was prepared from.
    public let sql: String
    unowned let database: Database
    /// True while the statement is stepping, so the cache never hands it out twice at once.
    var isRunning = false

    /// Prepares exactly one statement: SQL after the first statement (`SELECT 1; DROP TABLE t`) is refused,
    /// never silently ignored.
    init(database: Database, sql: String) throws {
        var pointer: OpaquePointer?
        var trailing = ""
        let code = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, text, -1, &pointer, &tail)
            if let tail { trailing = String(cString: tail) }
            return code
        }
        guard code == SQLITE_OK, let pointer else {
            throw DatabaseError(code: code, message: database.lastMessage, sql: sql)
        }
        let rest = trailing.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
        guard rest.isEmpty else {
            sqlite3_finalize(pointer)
            throw DatabaseError(code: SQLITE_MISUSE, message: "one statement at a time: found more SQL after the first statement: \(rest.prefix(60))", sql: sql)
        }
        self.handle = pointer
        self.sql = sql
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds positional parameters (`?`), replacing any earlier bindings.
    public func bind(_ arguments: [DatabaseValueConvertible]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == arguments.count else {
            throw DatabaseError(code: SQLITE_RANGE, message: "expected \(expected) arguments, got \(arguments.count)", sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch argument.databaseValue {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let value): code = sqlite3_bind_int64(handle, index, value)
            case .real(let value): code = sqlite3_bind_double(handle, index, value)
            case .text(let value):
                // With its byte length, so text holding a NUL character is stored whole, not cut at the NUL.
                code = sqlite3_bind_text(handle, index, value, Int32(value.utf8.count), SQLITE_TRANSIENT)
            case .blob(let bytes):
                code = bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32(bytes.count), SQLITE_TRANSIENT) }
            }
            guard code == SQLITE_OK else { throw DatabaseError(code: code, message: database.lastMessage, sql: sql) }
        }
    }

    /// Steps once; returns true while a row is available.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let message = database.lastMessage
            sqlite3_reset(handle)
            throw DatabaseError(code: sqlite3_extended_errcode(database.handle), message: message, sql: sql)
        }
    }

    var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    func currentValues(count: Int32) -> [DatabaseValue] {
        (0..<count).map { column -> DatabaseValue in
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
            case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
            case SQLITE_TEXT:
                // Read with its byte length: a NUL inside the text survives.
                let length = Int(sqlite3_column_bytes(handle, column))
                guard length > 0, let base = sqlite3_column_text(handle, column) else { return .text("") }
                return .text(String(decoding: UnsafeBufferPointer(start: base, count: length), as: UTF8.self))
            case SQLITE_BLOB:
                let length = Int(sqlite3_column_bytes(handle, column))
                guard length > 0, let base = sqlite3_column_blob(handle, column) else { return .blob([]) }
                return .blob(Array(UnsafeRawBufferPointer(start: base, count: length)))
            default: return .null
            }
        }
    }

    /// Runs the statement to completion, calling `body` for each row (streaming, no table held in memory).
    public func forEachRow(_ body: (Row) throws -> Void) throws {
        isRunning = true
        defer { sqlite3_reset(handle); isRunning = false }
        let names = columnNames
        let count = Int32(names.count)
        while try step() {
            try body(Row(columns: names, values: currentValues(count: count)))
        }
    }
}
