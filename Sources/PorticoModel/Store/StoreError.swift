import PorticoSQLite

/// Why the store could not be opened or used.
public enum StoreError: Error, CustomStringConvertible {
    /// No database file where one was expected.
    case missing(path: String)
    /// The file exists but is not a SQLite database (or is damaged).
    case notADatabase(path: String, detail: String)
    /// The database was written by a newer Portico: it has migrations this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The database predates this version: `portico-admin migrate` brings it up to date.
    case olderSchema(path: String, pendingMigrations: [String])
    /// The file or its folder cannot be opened or written (read-only mount, missing folder, permissions).
    case cannotOpen(path: String, detail: String)
    /// The database is read-only where a write was needed.
    case readOnly(path: String)
    /// A table the code needs is missing: the file was cut short or edited by hand.
    case incompleteSchema(path: String, detail: String)
    /// The database has its tables but not its first admin: its creation was interrupted.
    case unfinished(path: String)
    /// Any other SQLite failure, with its SQL.
    case database(DatabaseError)

    /// Names what went wrong with the file at `path` in terms staff can act on.
    public static func classify(_ error: DatabaseError, path: String) -> StoreError {
        switch error.code & 0xff {
        case 26, 11: return .notADatabase(path: path, detail: error.message)   // SQLITE_NOTADB, SQLITE_CORRUPT
        case 14: return .cannotOpen(path: path, detail: error.message)          // SQLITE_CANTOPEN
        case 8: return .readOnly(path: path)                                    // SQLITE_READONLY
        case 1 where error.message.hasPrefix("no such table") || error.message.hasPrefix("no such column"):
            return .incompleteSchema(path: path, detail: error.message)
        default: return .database(error)
        }
    }

    public var description: String {
        switch self {
        case .missing(let path):
            return "no database at \(path) (create one with 'portico-admin init --admin-email you@example.org', or pass --db PATH)"
        case .notADatabase(let path, let detail):
            return "\(path) is damaged or is not a Portico database (\(detail)); nothing was changed"
        case .newerSchema(let path, let unknown):
            return "\(path) was written by a newer version of Portico (unknown migrations: \(unknown.joined(separator: ", "))); upgrade Portico to use it"
        case .olderSchema(let path, let pending):
            return "\(path) was written by an older version of Portico (pending migrations: \(pending.joined(separator: ", "))); run 'portico-admin migrate --db \(path)' first; nothing was changed"
        case .cannotOpen(let path, let detail):
            return "cannot open \(path) (\(detail)): check that the file and its folder exist and are readable, and writable where a change is made"
        case .readOnly(let path):
            return "\(path) is read-only (a read-only mount or file), so the change could not be saved; nothing was changed"
        case .incompleteSchema(let path, let detail):
            return "\(path) is not a complete Portico database (\(detail)); restore it from a backup"
        case .unfinished(let path):
            return "\(path) was never finished (it has no staff: its creation was interrupted); delete it and create it again"
                + " ('portico build' recreates the demo, 'portico-admin init' a new database)"
        case .database(let error):
            return error.description
        }
    }
}
