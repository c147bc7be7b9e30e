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

    /// A column name the query did not select is an error, not NULL; a required read of NULL is an error, not "" or 0.
    @Test func readingAColumnTheRowLacksOrARequiredNullThrows() throws {
        let database = try Database(path: ":memory:")
        let row = try #require(try database.row("SELECT 1 AS id, NULL AS note, 'x' AS name"))
        #expect(try row["id"] == .integer(1) && row["note"] == .null)
        #expect(try row.text("name") == "x" && row.integer("id") == 1)
        #expect { try row["nmae"] } throws: { "\($0)".contains("no such column in the row: nmae (it has id, note, name)") }
        #expect { try row.text("note") } throws: { "\($0)".contains("note is NULL") }
        #expect(throws: DatabaseError.self) { try row.integer("note") }
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

@Suite struct StatementTests {
    @Test func trailingSQLAfterTheFirstStatementIsRefused() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (x)")
        #expect {
            try db.execute("SELECT 1; DROP TABLE t")
        } throws: { error in
            (error as? DatabaseError)?.message.hasPrefix("one statement at a time: found more SQL after the first statement: DROP TABLE t") == true
        }
        #expect(try db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 't'").integer == 1)
        // A trailing semicolon and whitespace are one statement.
        #expect(try db.scalar("SELECT 2;  \n").integer == 2)
    }

    @Test func textWithANulCharacterSurvivesARoundTrip() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (x TEXT)")
        let text = "before\u{0}after ✓"
        try db.execute("INSERT INTO t (x) VALUES (?)", [text])
        #expect(try db.scalar("SELECT x FROM t").text == text)
        #expect(try db.scalar("SELECT length(CAST(x AS BLOB)) FROM t").integer == Int64(text.utf8.count))
    }

    @Test func repeatedQueriesReuseTheirPreparedStatement() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (x INTEGER)")
        let before = db.statementsPrepared
        for value in 0..<100 { try db.execute("INSERT INTO t (x) VALUES (?)", [value]) }
        #expect(db.statementsPrepared == before + 1)
        // The same query from inside its own rows gets a statement of its own.
        var inner = 0
        try db.forEachRow("SELECT x FROM t WHERE x < ?", [3]) { _ in
            try db.forEachRow("SELECT x FROM t WHERE x < ?", [2]) { _ in inner += 1 }
        }
        #expect(inner == 6)
        #expect(try db.scalar("SELECT COUNT(*) FROM t").integer == 100)
    }

    @Test func aCachedSingleRowReadHoldsNoLock() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("portico-lock-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try Database(path: path)
        try reader.execute("PRAGMA journal_mode = DELETE")
        try reader.execute("CREATE TABLE t (x INTEGER)")
        try reader.execute("INSERT INTO t (x) VALUES (1), (2)")
        // A statement left un-reset after its first row would keep a shared lock, and the writer's commit would time out.
        _ = try reader.row("SELECT x FROM t ORDER BY x")
        let writer = try Database(path: path, create: false, busyTimeoutMilliseconds: 200)
        try writer.execute("INSERT INTO t (x) VALUES (3)")
        #expect(try reader.scalar("SELECT COUNT(*) FROM t").integer == 3)
    }
}
