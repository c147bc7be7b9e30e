import Dispatch
import Foundation
import Testing
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

@Suite struct AuditTrailTests {
    /// A store with a few audited writes.
    func storeWithHistory(_ directory: TemporaryDirectory) throws -> Store {
        let store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "staff add") { context in
            try StaffRecords.add(email: "sam@example.org", name: "Sam", role: .clientUser, in: context)
        }
        try store.write(as: TestStores.admin, command: "staff update") { context in
            try StaffRecords.update(email: "sam@example.org", name: "Sam Lee", in: context)
        }
        try store.write(as: TestStores.admin, command: "staff add") { context in
            try StaffRecords.add(email: "kim@example.org", name: "Kim", role: .platformAdmin, in: context)
        }
        return store
    }

    @Test func writesRecordWhoWhenWhatAndBeforeAfter() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        let entries = try AuditLog(store: store).list(entity: "staff")
        #expect(entries.count == 4)
        let update = try #require(entries.first { $0.command == "staff update" })
        #expect(update.actorEmail == "admin@example.org")
        #expect(update.actorRole == "ROLE_CLIENT_ADMIN")
        #expect(update.at == "2026-11-27T12:00:00Z")
        #expect(update.entityID == "sam@example.org")
        #expect(update.beforeJSON?.contains("\"name\":\"Sam\"") == true)
        #expect(update.afterJSON?.contains("\"name\":\"Sam Lee\"") == true)
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func editedEntryIsDetected() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        try store.database.execute("UPDATE audit_log SET after_json = replace(after_json, 'Sam Lee', 'Mallory') WHERE id = 3")
        #expect(try AuditLog(store: store).verify() == ["entry 3 was altered (its content no longer matches its hash)"])
    }

    @Test func deletedMiddleEntryIsDetected() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        try store.database.execute("DELETE FROM audit_log WHERE id = 2")
        let problems = try AuditLog(store: store).verify()
        #expect(problems.contains("entry 2 is missing"))
        #expect(problems.contains("entry 3 does not follow the entry before it (chain broken)"))
    }

    @Test func deletedLastEntryIsDetected() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        try store.database.execute("DELETE FROM audit_log WHERE id = 4")
        #expect(try AuditLog(store: store).verify() == ["the trail ends at entry 3 but the recorded head is entry 4 (entries removed from the end)"])
    }

    @Test func rehashedForgeryStillBreaksTheChain() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        // A forger who edits entry 2 and recomputes its hash cannot fix entry 3, which holds the old hash.
        try store.database.execute("UPDATE audit_log SET hash = 'f00d' || substr(hash, 5) WHERE id = 2")
        let problems = try AuditLog(store: store).verify()
        #expect(problems.contains("entry 3 does not follow the entry before it (chain broken)"))
    }

    @Test func listFiltersByActorEntityAndDate() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        #expect(try AuditLog(store: store).list(actor: "nobody@example.org").isEmpty)
        #expect(try AuditLog(store: store).list(actor: "ADMIN@example.org").count == 4)
        #expect(try AuditLog(store: store).list(since: "2026-11-28").isEmpty)
        #expect(try AuditLog(store: store).list(until: "2026-11-28").count == 4)
        #expect(try AuditLog(store: store).list(limit: 1).map(\.id) == [4])
    }
}

@Suite struct StaffAndAccessTests {
    @Test func lastAdminCannotBeDeactivatedOrDemoted() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        #expect(throws: ModelError.conflict("'admin@example.org' is the last active ROLE_CLIENT_ADMIN; add another admin first")) {
            try store.write(as: TestStores.admin, command: "staff deactivate") { try StaffRecords.update(email: "admin@example.org", active: false, in: $0) }
        }
        #expect(throws: ModelError.self) {
            try store.write(as: TestStores.admin, command: "staff update") { try StaffRecords.update(email: "admin@example.org", role: .clientUser, in: $0) }
        }
    }

    @Test func duplicateAndInvalidStaffAreRefused() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        #expect(throws: ModelError.conflict("a staff member with email 'admin@example.org' already exists")) {
            try store.write(as: TestStores.admin, command: "staff add") { try StaffRecords.add(email: "admin@example.org", name: "X", role: .clientUser, in: $0) }
        }
        #expect(throws: ModelError.invalid(field: "email", value: "not-an-email", reason: "not an email address")) {
            try store.write(as: TestStores.admin, command: "staff add") { try StaffRecords.add(email: "not-an-email", name: "X", role: .clientUser, in: $0) }
        }
        #expect(throws: ModelError.invalid(field: "role", value: "ROLE_GOD", reason: "must be one of ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER, ROLE_PLATFORM_ADMIN")) {
            try Role.named("ROLE_GOD")
        }
    }

    @Test func inactiveAndUnknownActorsAreRefused() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "staff add") { try StaffRecords.add(email: "sam@example.org", name: "Sam", role: .clientUser, in: $0) }
        try store.write(as: TestStores.admin, command: "staff deactivate") { try StaffRecords.update(email: "sam@example.org", active: false, in: $0) }
        #expect(throws: AccessError.inactiveActor("sam@example.org")) { try Actor.resolve(email: "sam@example.org", in: store) }
        #expect(throws: AccessError.unknownActor("who@example.org")) { try Actor.resolve(email: "who@example.org", in: store) }
        #expect(throws: AccessError.noActor) { try Actor.resolve(email: nil, in: store) }
    }

    @Test func matrixFollowsTheRoleDefinitions() {
        // ROLE_CLIENT_USER: view and basic operations only.
        for capability in [Capability.recordsView, .recordsEdit, .attendanceCheckIn, .cpdLog, .supportWork] {
            #expect(PermissionMatrix.allows(.clientUser, capability))
        }
        for capability in [Capability.recordsDelete, .pricesManage, .invoicesManage, .paymentsRefund, .integrationsManage, .staffManage,
                           .exportsPersonalData, .secretsView, .reportsFinancial] {
            #expect(!PermissionMatrix.allows(.clientUser, capability))
        }
        // ROLE_PLATFORM_ADMIN: reads everything but secrets, works tickets, runs checks and builds, changes no data.
        for capability in [Capability.recordsView, .supportWork, .checksRun, .siteBuild, .auditView, .reportsFinancial] {
            #expect(PermissionMatrix.allows(.platformAdmin, capability))
        }
        for capability in [Capability.secretsView, .recordsEdit, .recordsDelete, .pricesManage, .invoicesManage, .paymentsRefund, .staffManage, .cpdLog] {
            #expect(!PermissionMatrix.allows(.platformAdmin, capability))
        }
        #expect(Capability.allCases.allSatisfy { PermissionMatrix.allows(.clientAdmin, $0) })
    }
}

@Suite struct StoreTests {
    @Test func olderDatabaseIsUpgradedOnOpen() throws {
        let directory = TemporaryDirectory()
        let path = directory.url.appendingPathComponent("old.db").path
        // A database as the first release wrote it: only the foundation migration.
        do {
            let db = try Database(path: path)
            try Migrator(Array(Schema.migrations.prefix(1))).migrate(db, now: "2026-01-01T00:00:00Z")
            try db.execute("INSERT INTO staff (email, name, role, active, created_at, updated_at) VALUES ('old@example.org', 'Old', 'ROLE_CLIENT_ADMIN', 1, 'x', 'x')")
        }
        let store = try Store(path: path)
        #expect(try Schema.migrator.appliedIdentifiers(in: store.database) == Schema.migrations.map(\.identifier))
        #expect(try StaffRecords.find(email: "old@example.org", in: store).name == "Old")
        #expect(try store.database.scalar("SELECT COUNT(*) FROM support_tickets").integer == 0)
    }

    @Test func newerDatabaseIsRefusedWithAClearMessage() throws {
        let directory = TemporaryDirectory()
        let path = directory.url.appendingPathComponent("new.db").path
        _ = try Store(path: path, create: true)
        let db = try Database(path: path)
        try db.execute("INSERT INTO schema_migrations (identifier, applied_at) VALUES ('0999_from_the_future', 'x')")
        do {
            _ = try Store(path: path)
            Issue.record("expected refusal")
        } catch let error as StoreError {
            #expect(error.description.contains("written by a newer version of Portico (unknown migrations: 0999_from_the_future)"))
        }
    }

    @Test func notADatabaseIsRefusedAndLeftUntouched() throws {
        let directory = TemporaryDirectory()
        try directory.write(String(repeating: "garbage ", count: 200), to: "portico.db")
        let before = directory.read("portico.db")
        do {
            _ = try Store(path: directory.url.appendingPathComponent("portico.db").path)
            Issue.record("expected refusal")
        } catch let error as StoreError {
            #expect(error.description.contains("is not a Portico database"))
        }
        #expect(directory.read("portico.db") == before)
    }

    @Test func missingDatabaseIsNotCreatedSilently() throws {
        let directory = TemporaryDirectory()
        let path = directory.url.appendingPathComponent("missing.db").path
        #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func storeUsesWALAndForeignKeys() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        #expect(try store.database.scalar("PRAGMA journal_mode").text == "wal")
        #expect(try store.database.scalar("PRAGMA foreign_keys").integer == 1)
    }
}

@Suite struct ConcurrentAccessTests {
    /// WAL mode: a build reading its snapshot is not blocked by an edit in progress, and sees the edit only once committed.
    @Test func readerIsNotBlockedByAnOpenWrite() throws {
        let directory = TemporaryDirectory()
        let writer = try TestStores.make(in: directory)
        let reader = try Store(path: writer.path)
        try writer.database.execute("BEGIN IMMEDIATE")
        try writer.database.execute("UPDATE settings SET value = 'changed' WHERE key = 'audit.head'")
        let during = try reader.database.readTransaction { try reader.setting("audit.head") }
        #expect(during != "changed")
        try writer.database.execute("COMMIT")
        #expect(try reader.setting("audit.head") == "changed")
    }

    /// Two writers: the second waits on the busy timeout instead of failing with 'database is locked'.
    @Test func secondWriterWaitsForTheFirst() throws {
        let directory = TemporaryDirectory()
        let first = try TestStores.make(in: directory)
        let second = try Store(path: first.path, clock: { TestStores.fixedNow })
        try first.database.execute("BEGIN IMMEDIATE")
        let released = DispatchSemaphore(value: 0)
        let holder = UncheckedBox(first)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            _ = try? holder.value.database.execute("COMMIT")
            released.signal()
        }
        try second.write(as: TestStores.admin, command: "staff add") {
            try StaffRecords.add(email: "late@example.org", name: "Late", role: .clientUser, in: $0)
        }
        released.wait()
        #expect(try StaffRecords.find(email: "late@example.org", in: first).name == "Late")
        #expect(try AuditLog(store: first).verify() == [])
    }
}

/// Hands a connection to another thread in a test that controls the interleaving itself.
final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
