import Foundation
import PorticoSQLite

/// The organization's data: one SQLite file, migrated to the current schema when opened.
/// A store belongs to one thread; open another for another thread.
public final class Store {
    /// The connection; every statement binds its parameters.
    public let database: Database
    /// The file this store opened.
    public let path: String
    /// The current time; tests and `PORTICO_NOW` fix it so output is reproducible.
    public let clock: @Sendable () -> Date

    /// Opens the database at `path`. With `create` false, a missing file is an error rather than a new database.
    public init(path: String, create: Bool = false, clock: @escaping @Sendable () -> Date = Store.environmentClock()) throws {
        if path != ":memory:" {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue { throw StoreError.notADatabase(path: path, detail: "it is a folder") }
            if !exists && !create { throw StoreError.missing(path: path) }
        }
        do {
            database = try Database(path: path, create: create)
        } catch let error as DatabaseError {
            throw error.isNotADatabase ? StoreError.notADatabase(path: path, detail: error.message) : StoreError.database(error)
        }
        self.path = path
        self.clock = clock
        do {
            try Schema.migrator.migrate(database, now: Timestamp.format(clock()))
        } catch let error as Migrator.MigrationError {
            if case .databaseIsNewer(let unknown) = error { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        } catch let error as DatabaseError {
            throw error.isNotADatabase ? StoreError.notADatabase(path: path, detail: error.message) : StoreError.database(error)
        }
    }

    /// The current time as a UTC ISO 8601 string.
    public var now: String { Timestamp.format(clock()) }

    /// A clock that reads `PORTICO_NOW` (ISO 8601) when set, for reproducible runs, and the system time otherwise.
    public static func environmentClock() -> @Sendable () -> Date {
        if let fixed = ProcessInfo.processInfo.environment["PORTICO_NOW"], let date = Timestamp.parse(fixed) {
            return { date }
        }
        return { Date() }
    }

    /// A site setting.
    public func setting(_ key: String) throws -> String? {
        try database.scalar("SELECT value FROM settings WHERE key = ?", [key]).text
    }

    /// Sets a setting (inside the caller's transaction when there is one).
    public func setSetting(_ key: String, _ value: String) throws {
        try database.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
    }
}

/// UTC ISO 8601 timestamps, the one format times are stored in.
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// Parses `2026-01-31T09:00:00Z` (or a plain date `2026-01-31`, taken as midnight UTC).
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).parse(text) { return date }
        if text.count == 10, let date = try? Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day().parse(text) {
            return date
        }
        return nil
    }
}
