import Foundation
import Testing
import PorticoCommandLine
import PorticoAdmin
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// `portico build` only reads the database; files that are not a current Portico database are refused with a
/// message that says what to do, never turned into an empty site.
@Suite struct DatabaseSafetyTests {
    func site() throws -> TemporaryDirectory { try DemoSite.copy() }

    @Test func buildLeavesTheDatabaseByteIdenticalAndItsJournalModeAlone() throws {
        let directory = try site()
        let db = directory.url.appendingPathComponent("portico.db").path
        #expect(try BinaryRunner.run("portico-admin", ["init", "--demo", "--admin-email", "a@example.org", "--db", db]).exitCode == 0)
        // A rollback-journal database, as another tool may have left it.
        try Database(path: db).execute("PRAGMA journal_mode = DELETE")
        let before = try #require(FileManager.default.contents(atPath: db))
        let result = try BinaryRunner.run("portico", ["build", "--db", db], in: directory.url)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(FileManager.default.contents(atPath: db) == before)
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
        #expect(try Database(path: db, readOnly: true).scalar("PRAGMA journal_mode").text == "delete")
    }

    @Test func anEmptyFileIsRefusedNotPublishedAsAnEmptySite() throws {
        let directory = try site()
        let db = directory.url.appendingPathComponent("empty.db").path
        #expect(FileManager.default.createFile(atPath: db, contents: Data()))
        let result = try BinaryRunner.run("portico", ["build", "--db", db], in: directory.url)
        #expect(result.exitCode == 7, "\(result.standardError)")
        #expect(result.standardError.contains("\(db) is damaged or is not a Portico database (the file is empty)"))
        #expect(FileManager.default.contents(atPath: db)?.count == 0)
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("output").path))
        // Staff commands refuse it too, rather than migrating it into an empty schema.
        let admin = try BinaryRunner.run("portico-admin", ["staff", "list", "--db", db, "--as", "a@example.org"])
        #expect(admin.exitCode == 7 && admin.standardError.contains("(the file is empty)"))
        #expect(FileManager.default.contents(atPath: db)?.count == 0)
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let directory = try site()
        let db = directory.url.appendingPathComponent("other.db").path
        try Database(path: db).execute("CREATE TABLE t (x)")
        let result = try BinaryRunner.run("portico", ["build", "--db", db], in: directory.url)
        #expect(result.exitCode == 7)
        #expect(result.standardError.contains("(it is another program's SQLite database)"))
    }

    @Test func anOlderSchemaNamesMigrateAndMigrateFixesIt() throws {
        let directory = try site()
        let db = directory.url.appendingPathComponent("old.db").path
        let database = try Database(path: db)
        try Migrator(Array(FeatureSet.builtIn.migrations.prefix(1))).migrate(database, now: "2026-01-01T00:00:00Z")
        try database.execute("INSERT INTO staff (email, name, role, created_at, updated_at) VALUES ('a@example.org', 'A', 'ROLE_CLIENT_ADMIN', '', '')")
        let before = try #require(FileManager.default.contents(atPath: db))
        let refused = try BinaryRunner.run("portico", ["build", "--db", db], in: directory.url)
        #expect(refused.exitCode == 7)
        let pending = FeatureSet.builtIn.migrations.dropFirst().map(\.identifier)
        #expect(refused.standardError.contains("written by an older version of Portico (pending migrations: \(pending.joined(separator: ", "))); run 'portico-admin migrate --db \(db)' first"))
        #expect(FileManager.default.contents(atPath: db) == before)
        let migrated = try BinaryRunner.run("portico-admin", ["migrate", "--db", db])
        #expect(migrated.standardOutput == "Applied \(pending.count) migration\(pending.count == 1 ? "" : "s"): \(pending.joined(separator: ", ")).\n", "\(migrated.standardError)")
        #expect(try BinaryRunner.run("portico-admin", ["migrate", "--db", db]).standardOutput == "\(db) is up to date.\n")
        #expect(try BinaryRunner.run("portico", ["build", "--db", db], in: directory.url).exitCode == 0)
    }

    @Test func aMissingTableIsNamedAsAnIncompleteDatabase() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        try store.database.execute("DROP TABLE support_messages")
        let result = try BinaryRunner.run("portico-admin", ["support", "show", "1", "--db", store.path, "--as", "admin@example.org"])
        #expect(result.exitCode == 7)
        #expect(result.standardError == "portico-admin: error: the database file is not a complete Portico database (no such table: support_messages); restore it from a backup\n")
    }

    @Test func readOnlyAndUnopenableFilesAreNamedPlainly() {
        let readOnly = ErrorReport.describe(DatabaseError(code: 8, message: "attempt to write a readonly database", sql: "INSERT …"))
        #expect(readOnly.message == "the database file is read-only (a read-only mount or file), so the change could not be saved; nothing was changed")
        #expect(readOnly.code == .database)
        let cannotOpen = ErrorReport.describe(StoreError.classify(DatabaseError(code: 14, message: "unable to open database file"), path: "/ro/portico.db"))
        #expect(cannotOpen.message.hasPrefix("cannot open /ro/portico.db (unable to open database file): check that the file and its folder exist"))
    }
}
