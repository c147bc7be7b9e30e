import Dispatch
import Foundation
import Testing
@testable import PorticoModel
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
        let problems = try AuditLog(store: store).verify()
        #expect(problems.contains("entry 3 was altered or not made with the audit key (its signature does not match)"))
        // The replay notices too: the record no longer equals what the trail now claims.
        #expect(problems.contains("staff 'sam@example.org' differs from its last audited state (changed with plain SQL): name"))
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
        #expect(try AuditLog(store: store).verify() == [
            "the trail ends at entry 3 but the recorded head is entry 4 (entries removed from the end)",
            "staff 'kim@example.org' is not in the audit trail (added with plain SQL)"])
    }

    // MARK: - Attacks by someone who can write the database but does not hold the key

    @Test func aWipedTrailIsDetected() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        try store.database.execute("DELETE FROM audit_log")
        try store.database.execute("DELETE FROM settings WHERE key = 'audit.head'")
        let problems = try AuditLog(store: store).verify()
        #expect(problems.contains("the trail is empty: every Portico database has at least the entry that created its first admin (was it wiped?)"))
        #expect(problems.contains("staff 'sam@example.org' is not in the audit trail (added with plain SQL)"))
    }

    @Test func aTrailShortenedWithItsHeadMovedIsDetected() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        let third = try #require(try store.database.scalar("SELECT hash FROM audit_log WHERE id = 3").text)
        try store.database.execute("DELETE FROM audit_log WHERE id = 4")
        // The attacker moves the head back, but cannot sign it; and kim@ is no longer accounted for.
        try store.database.execute("UPDATE settings SET value = ? WHERE key = 'audit.head'", ["3:\(third):" + String(repeating: "0", count: 64)])
        let problems = try AuditLog(store: store).verify()
        #expect(problems.contains("the recorded head of the trail was not signed with the audit key (forged)"))
        #expect(problems.contains("staff 'kim@example.org' is not in the audit trail (added with plain SQL)"))
    }

    @Test func aChainRecomputedWithoutTheKeyIsDetected() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        // Rewrite entry 3's actor and re-sign every entry from it on, as a forger would, with a key of their own.
        try store.database.execute("UPDATE audit_log SET actor_email = 'mallory@example.org' WHERE id = 3")
        let forger = directory.url.appendingPathComponent("forger.key").path
        let forged = try Store(path: store.path)
        forged.auditKeyPath = forger
        try AuditKey.loadOrCreate(path: forger)
        let key = try forged.auditKey()
        var previous = try #require(try store.database.scalar("SELECT hash FROM audit_log WHERE id = 2").text)
        for entry in try AuditLog(store: store).list() where entry.id >= 3 {
            let resigned = AuditEntry(id: entry.id, at: entry.at, actorEmail: entry.actorEmail, actorRole: entry.actorRole, command: entry.command,
                                      entity: entry.entity, entityID: entry.entityID, beforeJSON: entry.beforeJSON, afterJSON: entry.afterJSON,
                                      previousHash: previous, hash: "").signature(with: key)
            try store.database.execute("UPDATE audit_log SET previous_hash = ?, hash = ? WHERE id = ?", [previous, resigned, entry.id])
            previous = resigned
        }
        try store.database.execute("UPDATE settings SET value = ? WHERE key = 'audit.head'", ["4:\(previous):" + key.sign("head|4|\(previous)")])
        let problems = try AuditLog(store: store).verify()
        #expect(problems.contains("entry 3 was altered or not made with the audit key (its signature does not match)"))
        #expect(problems.contains("entry 4 was altered or not made with the audit key (its signature does not match)"))
        #expect(problems.contains("the recorded head of the trail was not signed with the audit key (forged)"))
    }

    @Test func aRoleRaisedWithPlainSQLIsDetectedAndCannotAct() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        try store.database.execute("UPDATE staff SET role = 'ROLE_CLIENT_ADMIN' WHERE email = 'sam@example.org'")
        let problems = try AuditLog(store: store).verify()
        #expect(problems == ["staff 'sam@example.org' differs from its last audited state (changed with plain SQL): role"])
        #expect(try !AuditLog(store: store).matchesLastAuditedState(entity: "staff", id: "sam@example.org"))
        #expect(try AuditLog(store: store).matchesLastAuditedState(entity: "staff", id: "kim@example.org"))
    }

    @Test func aCheckpointProvesNothingBeforeItChanged() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        let checkpoint = try AuditLog(store: store).checkpoint()
        try store.write(as: TestStores.admin, command: "staff add") { try StaffRecords.add(email: "lee@example.org", name: "Lee", role: .clientUser, in: $0) }
        #expect(try AuditLog(store: store).verify(checkpoint: checkpoint) == [])
        #expect(try AuditLog(store: store).verify(checkpoint: checkpoint.replacingOccurrences(of: "v1:4:", with: "v1:3:")) == [
            "the checkpoint is malformed or was not signed with this audit key"])
        // Rolling the whole database back to before the checkpoint (a restored old copy with its own valid head).
        try store.database.execute("DELETE FROM audit_log WHERE id >= 4")
        let problems = try AuditLog(store: store).verify(checkpoint: checkpoint)
        #expect(problems.contains("entry 4, the checkpoint's head, is gone: the trail was cut back past the checkpoint"))
    }

    @Test func verifyingNeedsTheKeyAndSaysWhere() throws {
        let directory = TemporaryDirectory()
        let store = try storeWithHistory(directory)
        store.auditKeyPath = directory.url.appendingPathComponent("nowhere.key").path
        #expect(throws: AuditKeyError.missing(path: store.auditKeyPath)) { try AuditLog(store: store).verify() }
        let keyFile = try FileManager.default.attributesOfItem(atPath: AuditKey.defaultPath(forDatabase: store.path))
        #expect((keyFile[.posixPermissions] as? NSNumber)?.intValue == 0o600)
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
        #expect(FeatureSet.builtIn.capabilities.allSatisfy { PermissionMatrix.allows(.clientAdmin, $0) })
    }
}

@Suite struct StoreTests {
    @Test func olderDatabaseIsUpgradedOnOpen() throws {
        let directory = TemporaryDirectory()
        let path = directory.url.appendingPathComponent("old.db").path
        // A database as the first release wrote it: only the foundation migration.
        do {
            let db = try Database(path: path)
            try Migrator(Array(FeatureSet.builtIn.migrations.prefix(1))).migrate(db, now: "2026-01-01T00:00:00Z")
            try db.execute("INSERT INTO staff (email, name, role, active, created_at, updated_at) VALUES ('old@example.org', 'Old', 'ROLE_CLIENT_ADMIN', 1, 'x', 'x')")
        }
        let store = try Store(path: path)
        #expect(try FeatureSet.builtIn.migrator.appliedIdentifiers(in: store.database) == FeatureSet.builtIn.migrations.map(\.identifier))
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
        // The first writer commits only once the second has found the lock held and is waiting for it.
        let waiting = DispatchSemaphore(value: 0)
        second.database.onBusyWait = { waiting.signal() }
        let done = DispatchSemaphore(value: 0)
        let box = UncheckedBox(second)
        let outcome = UncheckedBox(ErrorSlot())
        DispatchQueue.global().async {
            do {
                try box.value.write(as: TestStores.admin, command: "staff add") {
                    try StaffRecords.add(email: "late@example.org", name: "Late", role: .clientUser, in: $0)
                }
            } catch {
                outcome.value.error = error
            }
            done.signal()
        }
        waiting.wait()
        try first.database.execute("COMMIT")
        done.wait()
        #expect(outcome.value.error == nil, "\(String(describing: outcome.value.error))")
        #expect(try StaffRecords.find(email: "late@example.org", in: first).name == "Late")
        #expect(try AuditLog(store: first).verify() == [])
    }
}

/// Where a background write leaves its error.
final class ErrorSlot: @unchecked Sendable { var error: Error? }

/// Hands a connection to another thread in a test that controls the interleaving itself.
final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
