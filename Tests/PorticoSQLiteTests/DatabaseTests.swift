import Foundation
import Testing
@testable import PorticoSQLite

@Suite struct DatabaseTests {
    @Test func bindsParametersInsteadOfSplicing() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (name TEXT)")
        let hostile = "x'); DROP TABLE t; --"
        try db.execute("INSERT INTO t (name) VALUES (?)", [hostile])
        #expect(try db.scalar("SELECT name FROM t").text == hostile)
        #expect(try db.scalar("SELECT COUNT(*) FROM t").integer == 1)
    }

    @Test func transactionRollsBackOnError() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
        #expect(throws: DatabaseError.self) {
            try db.transaction {
                try db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
                try db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
            }
        }
        #expect(try db.scalar("SELECT COUNT(*) FROM t").integer == 0)
    }

    @Test func constraintErrorsCarryTheSQL() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (name TEXT NOT NULL)")
        do {
            try db.execute("INSERT INTO t (name) VALUES (?)", [Optional<String>.none])
            Issue.record("expected a constraint error")
        } catch let error as DatabaseError {
            #expect(error.isConstraintViolation)
            #expect(error.sql == "INSERT INTO t (name) VALUES (?)")
        }
    }

    @Test func wrongArgumentCountIsAnError() throws {
        let db = try Database(path: ":memory:")
        #expect(throws: DatabaseError.self) { try db.execute("SELECT ?", []) }
    }

    @Test func nonDatabaseFileIsRecognised() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-db-\(UUID()).db").path
        try "this is not a database, just text that is long enough to look like a header".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try Database(path: path)
            Issue.record("expected an error")
        } catch let error as DatabaseError {
            #expect(error.isNotADatabase)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("this is not a database"))
    }

    @Test func traceRecordsExecutedStatements() throws {
        let db = try Database(path: ":memory:")
        var seen: [String] = []
        db.traceExecutedSQL = { seen.append($0) }
        try db.execute("CREATE TABLE t (x)")
        _ = try db.rows("SELECT * FROM t")
        #expect(seen == ["CREATE TABLE t (x)", "SELECT * FROM t"])
    }
}

@Suite struct MigratorTests {
    let migrations = [
        Migrator.Migration("0001_a", sql: "CREATE TABLE a (x INTEGER);"),
        Migrator.Migration("0002_b", sql: "CREATE TABLE b (y INTEGER); INSERT INTO b (y) SELECT x FROM a;"),
    ]

    @Test func runningTwiceIsANoOp() throws {
        let db = try Database(path: ":memory:")
        let migrator = Migrator(migrations)
        #expect(try migrator.migrate(db, now: "t") == ["0001_a", "0002_b"])
        #expect(try migrator.migrate(db, now: "t") == [])
        #expect(try migrator.appliedIdentifiers(in: db) == ["0001_a", "0002_b"])
    }

    @Test func olderDatabaseIsUpgradedKeepingData() throws {
        let db = try Database(path: ":memory:")
        try Migrator(Array(migrations.prefix(1))).migrate(db, now: "t")
        try db.execute("INSERT INTO a (x) VALUES (7)")
        #expect(try Migrator(migrations).migrate(db, now: "t") == ["0002_b"])
        #expect(try db.scalar("SELECT y FROM b").integer == 7)
    }

    @Test func newerDatabaseIsRefused() throws {
        let db = try Database(path: ":memory:")
        try Migrator(migrations + [Migrator.Migration("0003_future", sql: "CREATE TABLE c (z);")]).migrate(db, now: "t")
        #expect(throws: Migrator.MigrationError.databaseIsNewer(unknown: ["0003_future"])) { try Migrator(migrations).migrate(db, now: "t") }
    }

    @Test func failedMigrationLeavesNoTrace() throws {
        let db = try Database(path: ":memory:")
        let broken = [migrations[0], Migrator.Migration("0002_broken", sql: "CREATE TABLE ok (x); THIS IS NOT SQL;")]
        #expect(throws: DatabaseError.self) { try Migrator(broken).migrate(db, now: "t") }
        #expect(try Migrator(broken).appliedIdentifiers(in: db) == ["0001_a"])
        #expect(try db.row("SELECT name FROM sqlite_master WHERE name = 'ok'") == nil)
    }
}
