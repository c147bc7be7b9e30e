import CSQLite
import Foundation

/// A connection to one SQLite file. Not shared between threads: open one per thread.
public final class Database {
    let handle: OpaquePointer
    /// The file this connection opened (":memory:" for an in-memory database).
    public let path: String
    /// Called with each statement's SQL just before it runs; tests use it to prove nothing was written.
    public var traceExecutedSQL: ((String) -> Void)?
    /// Called each time this connection finds the database locked and waits (tests use it to know a writer is
    /// queued, rather than sleeping and hoping).
    public var onBusyWait: (() -> Void)?
    let busyTimeoutMilliseconds: Int32

    /// Opens (creating when `create` is true) the database at `path`, with foreign keys on and a busy timeout so a
    /// build and an edit can run at once. With `create`, files are switched to WAL journaling (which the file keeps);
    /// without it the file's journal mode is left as it is, so opening never writes to a file that is not yet known
    /// to be a database of ours.
    public init(path: String, create: Bool = true, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5000) throws {
        var pointer: OpaquePointer?
        var flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI
        flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard code == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let pointer { sqlite3_close_v2(pointer) }
            throw DatabaseError(code: code, message: message)
        }
        self.handle = pointer
        self.path = path
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        // The busy timeout, as a handler that also reports each wait to `onBusyWait`.
        sqlite3_busy_handler(handle, { context, attempts in
            guard let context else { return 0 }
            let database = Unmanaged<Database>.fromOpaque(context).takeUnretainedValue()
            database.onBusyWait?()
            // Waits of 1, 2, 4 … up to 50 ms, until the timeout is spent.
            let wait = Int32(min(50, 1 << min(Int(attempts), 6)))
            let spent = (0..<Int(attempts)).reduce(Int32(0)) { $0 + Int32(min(50, 1 << min($1, 6))) }
            guard spent < database.busyTimeoutMilliseconds else { return 0 }
            sqlite3_sleep(wait)
            return 1
        }, Unmanaged.passUnretained(self).toOpaque())
        sqlite3_extended_result_codes(handle, 1)
        // Reading the schema proves the file is a database before anything else touches it.
        try execute("PRAGMA schema_version")
        try execute("PRAGMA foreign_keys = ON")
        if path != ":memory:" && !readOnly && create { try execute("PRAGMA journal_mode = WAL") }
        // A connection setting (nothing is written): safe with WAL, and what WAL is meant to run with.
        if !readOnly { try execute("PRAGMA synchronous = NORMAL") }
    }

    deinit { sqlite3_close_v2(handle) }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Prepares a statement for repeated use.
    public func prepare(_ sql: String) throws -> Statement {
        statementsPrepared += 1
        return try Statement(database: self, sql: sql)
    }

    /// Prepared statements by SQL: the same query run again (an audit write, a row per record) is not parsed again.
    private var cache: [String: Statement] = [:]
    /// How many statements were prepared (tests check the cache is used).
    private(set) var statementsPrepared = 0

    /// The cached statement for `sql`, or a fresh one when the cached one is still stepping (a query run from
    /// inside another's rows).
    func cachedStatement(_ sql: String) throws -> Statement {
        if let cached = cache[sql] {
            if !cached.isRunning { return cached }
            return try prepare(sql)
        }
        let statement = try prepare(sql)
        if cache.count >= 256 { cache.removeAll(keepingCapacity: true) }
        cache[sql] = statement
        return statement
    }

    /// Runs one statement with bound arguments, discarding rows. Returns the number of changed rows.
    @discardableResult
    public func execute(_ sql: String, _ arguments: [DatabaseValueConvertible] = []) throws -> Int {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        traceExecutedSQL?(sql)
        try statement.forEachRow { _ in }
        return Int(sqlite3_changes(handle))
    }

    /// Runs several statements separated by semicolons, with no arguments (schema scripts).
    public func executeScript(_ sql: String) throws {
        traceExecutedSQL?(sql)
        var error: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &error)
        if code != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(error)
            throw DatabaseError(code: code, message: message, sql: sql)
        }
    }

    /// All rows of a query.
    public func rows(_ sql: String, _ arguments: [DatabaseValueConvertible] = []) throws -> [Row] {
        var result: [Row] = []
        try forEachRow(sql, arguments) { result.append($0) }
        return result
    }

    /// Streams the rows of a query without collecting them.
    public func forEachRow(_ sql: String, _ arguments: [DatabaseValueConvertible] = [], _ body: (Row) throws -> Void) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        traceExecutedSQL?(sql)
        try statement.forEachRow(body)
    }

    /// The first row of a query, or nil.
    public func row(_ sql: String, _ arguments: [DatabaseValueConvertible] = []) throws -> Row? {
        var first: Row?
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        traceExecutedSQL?(sql)
        statement.isRunning = true
        defer { sqlite3_reset(statement.handle); statement.isRunning = false }
        let names = statement.columnNames
        if try statement.step() { first = Row(columns: names, values: statement.currentValues(count: Int32(names.count))) }
        return first
    }

    /// The first column of the first row, or `.null`.
    public func scalar(_ sql: String, _ arguments: [DatabaseValueConvertible] = []) throws -> DatabaseValue {
        try row(sql, arguments)?.values.first ?? .null
    }

    /// The rowid of the last inserted row.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs `body` inside one IMMEDIATE transaction: it commits when `body` returns and rolls back when it throws.
    /// IMMEDIATE takes the write lock up front, so concurrent writers queue on the busy timeout instead of failing mid-way.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` inside a read transaction, so every query sees one consistent snapshot.
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN DEFERRED")
        defer { _ = try? execute("COMMIT") }
        return try body()
    }
}
