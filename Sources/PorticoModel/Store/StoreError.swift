import PorticoSQLite

/// Why the store could not be opened or used.
public enum StoreError: Error, CustomStringConvertible {
    /// No database file where one was expected.
    case missing(path: String)
    /// The file exists but is not a SQLite database (or is damaged).
    case notADatabase(path: String, detail: String)
    /// The database was written by a newer Portico: it has migrations this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// Any other SQLite failure, with its SQL.
    case database(DatabaseError)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no database at \(path) (create one with 'portico-admin init --admin-email you@example.org', or pass --db PATH)"
        case .notADatabase(let path, let detail):
            return "\(path) is damaged or is not a Portico database (\(detail)); nothing was changed"
        case .newerSchema(let path, let unknown):
            return "\(path) was written by a newer version of Portico (unknown migrations: \(unknown.joined(separator: ", "))); upgrade Portico to use it"
        case .database(let error):
            return error.description
        }
    }
}
