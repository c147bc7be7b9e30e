import Foundation
import PorticoFormats
import PorticoSQLite

/// The organization's data: one SQLite file, migrated to the current schema when opened.
/// A store belongs to one thread; open another for another thread.
public final class Store {
    /// The connection; every statement binds its parameters.
    package let database: Database
    /// The file this store opened.
    public let path: String
    /// The current time; tests and `PORTICO_NOW` fix it so output is reproducible.
    public let clock: @Sendable () -> Date
    /// The features whose tables this database holds (their migrations are applied on opening).
    public let features: FeatureSet
    /// The file holding the key that signs the audit trail (default: beside the database, `<database>.audit-key`).
    public var auditKeyPath: String {
        didSet { loadedAuditKey = nil }
    }
    private var loadedAuditKey: AuditKey?

    /// The audit key, read once. Writing needs it; verifying needs it.
    public func auditKey() throws -> AuditKey {
        if let loadedAuditKey { return loadedAuditKey }
        let key = try AuditKey.load(path: auditKeyPath)
        loadedAuditKey = key
        return key
    }

    /// True when the key file exists (checks that need the key are skipped without it, never faked).
    public var hasAuditKey: Bool { loadedAuditKey != nil || FileManager.default.fileExists(atPath: auditKeyPath) }

    /// Opens the database at `path` and brings its schema up to date. With `create` true a missing or empty file
    /// becomes a new database; with `create` false the file must already be a Portico database.
    public init(path: String, create: Bool = false, clock: @escaping @Sendable () -> Date = Store.environmentClock(),
                features: FeatureSet = .builtIn) throws {
        try Self.checkFile(path, create: create)
        database = try Self.open(path, create: create, readOnly: false)
        self.path = path
        self.clock = clock
        self.features = features
        self.auditKeyPath = AuditKey.defaultPath(forDatabase: path)
        try Self.bringUpToDate(database, path: path, requireExistingSchema: !create, now: Timestamp.format(clock()), migrator: features.migrator)
    }

    /// Brings an existing Portico database up to date. Returns the migrations applied now (empty when it was current).
    public static func migrate(path: String, clock: @escaping @Sendable () -> Date = Store.environmentClock(),
                               features: FeatureSet = .builtIn) throws -> [String] {
        try checkFile(path, create: false)
        let database = try open(path, create: false, readOnly: false)
        return try bringUpToDate(database, path: path, requireExistingSchema: true, now: Timestamp.format(clock()), migrator: features.migrator)
    }

    /// Runs pending migrations, naming a foreign, newer or damaged database in terms staff can act on.
    @discardableResult
    private static func bringUpToDate(_ database: Database, path: String, requireExistingSchema: Bool, now: String, migrator: Migrator) throws -> [String] {
        do {
            if requireExistingSchema { try requirePorticoSchema(database, path: path) }
            return try migrator.migrate(database, now: now)
        } catch let error as Migrator.MigrationError {
            guard case .databaseIsNewer(let unknown) = error else { throw error }
            throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path)
        }
    }

    /// Opens an existing database for reading only: nothing is migrated, no journal mode is changed, and the file's
    /// bytes stay as they were. A schema older or newer than this version's is an error, as is a file that is not
    /// a Portico database (empty, foreign or damaged).
    public init(readingOnly path: String, clock: @escaping @Sendable () -> Date = Store.environmentClock(), features: FeatureSet = .builtIn) throws {
        try Self.checkFile(path, create: false)
        database = try Self.open(path, create: false, readOnly: true)
        self.path = path
        self.clock = clock
        self.features = features
        self.auditKeyPath = AuditKey.defaultPath(forDatabase: path)
        do {
            try Self.requirePorticoSchema(database, path: path)
            let applied = try database.rows("SELECT identifier FROM schema_migrations ORDER BY rowid").compactMap { try $0.string("identifier") }
            let known = features.migrations.map(\.identifier)
            let unknown = applied.filter { !known.contains($0) }
            if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
            let pending = known.filter { !applied.contains($0) }
            if !pending.isEmpty { throw StoreError.olderSchema(path: path, pendingMigrations: pending) }
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path)
        }
    }

    private static func checkFile(_ path: String, create: Bool) throws {
        guard path != ":memory:" else { return }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw StoreError.notADatabase(path: path, detail: "it is a folder") }
        if !exists && !create { throw StoreError.missing(path: path) }
    }

    private static func open(_ path: String, create: Bool, readOnly: Bool) throws -> Database {
        do {
            return try Database(path: path, create: create, readOnly: readOnly)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path)
        }
    }

    /// A Portico database records its migrations; an empty file or another program's database does not.
    private static func requirePorticoSchema(_ database: Database, path: String) throws {
        let hasTable = try database.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").integer ?? 0
        guard hasTable == 1 else {
            let tables = try database.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").integer ?? 0
            throw StoreError.notADatabase(path: path, detail: tables == 0 ? "the file is empty" : "it is another program's SQLite database")
        }
    }

    /// Runs `body` in one read transaction: every read inside sees the same snapshot (a build, a privacy check).
    public func reading<T>(_ body: () throws -> T) throws -> T {
        try database.readTransaction(body)
    }

    /// Called with each SQL statement as it runs (`portico build --verbose` counts them), or nil.
    public var traceExecutedSQL: ((String) -> Void)? {
        get { database.traceExecutedSQL }
        set { database.traceExecutedSQL = newValue }
    }

    /// Each stored row of a table a feature describes, as stored (every column, in table order, by rowid): what a
    /// fingerprint hashes. A table no feature describes (the settings are the foundation's) throws.
    public func forEachStoredRow(of table: String, _ body: ([DatabaseValue]) throws -> Void) throws {
        guard features.entity(table: table) != nil else { throw RecordError.notDescribed(table: table, column: "*", as: "a table") }
        // The name is a described table's, never input.
        try database.forEachRow("SELECT * FROM \(table) ORDER BY rowid") { try body($0.values) }
    }

    /// The current time as a UTC ISO 8601 string.
    public var now: String { Timestamp.format(clock()) }

    /// A clock that reads `PORTICO_NOW` (ISO 8601) from `environment` when set, for reproducible runs, and the system time otherwise.
    public static func environmentClock(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> @Sendable () -> Date {
        if let fixed = environment["PORTICO_NOW"], let date = Timestamp.parse(fixed) {
            return { date }
        }
        return { Date() }
    }

    /// The clock a command runs on: `--now` when given, else `PORTICO_NOW`, else the system's. A value that is not a
    /// UTC ISO 8601 time is an error naming where it came from, never silently the system's time.
    public static func clock(now: String?, environment: [String: String]) throws -> @Sendable () -> Date {
        for (source, text) in [("--now", now), ("PORTICO_NOW", environment["PORTICO_NOW"])] {
            guard let text else { continue }
            guard let date = Timestamp.parse(text) else {
                throw ModelError.invalid(field: source, value: text, reason: "is not a UTC time such as 2026-01-31T09:00:00Z")
            }
            return { date }
        }
        return { Date() }
    }

    /// Today's date in the site's time zone (`site.timezone`, else UTC): the day memberships, invoices and
    /// reminders are reckoned by.
    public func today() throws -> CalendarDate {
        CalendarDate.day(of: clock(), in: try setting("site.timezone").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!)
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
