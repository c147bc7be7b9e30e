/// Applies named, ordered schema migrations and records each in `schema_migrations`.
/// Running it twice is a no-op; a database that has a migration this code does not know is refused.
public struct Migrator: Sendable {
    /// One named migration: SQL run once, in order.
    public struct Migration: Sendable {
        public let identifier: String
        public let sql: String
        /// Work SQL cannot express (filling a new column from values computed in Swift), run after `sql` in the same
        /// transaction, the way GRDB's migrations are closures.
        public let body: (@Sendable (Database) throws -> Void)?
        public init(_ identifier: String, sql: String, body: (@Sendable (Database) throws -> Void)? = nil) {
            self.identifier = identifier
            self.sql = sql
            self.body = body
        }
    }

    /// Why migrating refused to run.
    public enum MigrationError: Error, Equatable, Sendable {
        /// The database carries migrations this version does not know: it was written by a newer version.
        case databaseIsNewer(unknown: [String])
    }

    public let migrations: [Migration]

    public init(_ migrations: [Migration]) { self.migrations = migrations }

    /// Identifiers already applied to `database`, in the order they were applied.
    public func appliedIdentifiers(in database: Database) throws -> [String] {
        try database.execute("CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        return try database.rows("SELECT identifier FROM schema_migrations ORDER BY rowid").compactMap { try $0.string("identifier") }
    }

    /// Applies every migration not yet applied, each in its own transaction. Returns the identifiers applied now.
    @discardableResult
    public func migrate(_ database: Database, now: String) throws -> [String] {
        let applied = try appliedIdentifiers(in: database)
        let known = Set(migrations.map(\.identifier))
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty { throw MigrationError.databaseIsNewer(unknown: unknown) }
        let done = Set(applied)
        var appliedNow: [String] = []
        for migration in migrations where !done.contains(migration.identifier) {
            try database.transaction {
                try database.executeScript(migration.sql)
                try migration.body?(database)
                try database.execute("INSERT INTO schema_migrations (identifier, applied_at) VALUES (?, ?)", [migration.identifier, now])
            }
            appliedNow.append(migration.identifier)
        }
        return appliedNow
    }
}
