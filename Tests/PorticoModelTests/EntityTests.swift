import Foundation
import Testing
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Records are read and written through one description per table.
@Suite struct EntityTests {
    /// A table with a secret column, as integrations will have (an API token).
    static let tokens = Entity(table: "tokens", auditName: "token", auditKey: "name", columns: [
        .init("id", .integer),
        .init("name", .text),
        .init("kind", .text, allowed: ["stripe", "xero"]),
        .init("secret", .text, privacy: .secret),
    ])

    func store() throws -> (TemporaryDirectory, Store) {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try store.database.execute("CREATE TABLE tokens (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, secret TEXT NOT NULL)")
        return (directory, store)
    }

    @Test func aRowWithAMissingColumnThrowsInsteadOfDefaulting() throws {
        let (directory, store) = try store()
        _ = directory
        let row = try #require(try store.database.row("SELECT id, email, name, active, created_at, updated_at FROM staff"))
        #expect(throws: RecordError.missingColumn(table: "staff", column: "role")) { try StaffMember.entity.decode(row) }
    }

    @Test func aStoredValueOutsideItsDescriptionThrowsNamingRowAndField() throws {
        let (directory, store) = try store()
        _ = directory
        try store.database.execute("PRAGMA ignore_check_constraints = ON")
        try store.database.execute("UPDATE staff SET role = 'ROLE_GOD' WHERE email = 'admin@example.org'")
        #expect {
            try StaffRecords.list(in: store)
        } throws: { error in
            (error as? RecordError)?.description == "staff row 1, field role: 'ROLE_GOD' is not one of ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER, ROLE_PLATFORM_ADMIN"
        }
    }

    @Test func auditSnapshotsNeverHoldASecretField() throws {
        let (directory, store) = try store()
        _ = directory
        let secret = "sk_live_\(UUID().uuidString)"
        try store.write(as: TestStores.admin, command: "tokens add") { context in
            let record = try context.insert(Self.tokens, ["name": .text("payments"), "kind": .text("stripe"), "secret": .text(secret)])
            try context.update(record, set: ["secret": .text(secret + "-rotated")])
        }
        let entries = try AuditLog(store: store).list(entity: "token")
        #expect(entries.count == 2)
        for entry in entries {
            #expect(!(entry.beforeJSON ?? "").contains(secret) && !(entry.afterJSON ?? "").contains(secret))
            #expect(!(entry.afterJSON ?? "").contains("\"secret\""))
            #expect(entry.afterJSON?.contains("\"kind\":\"stripe\"") == true)
        }
    }

    @Test func writesAreCheckedAgainstTheDescriptionAndChangeNothingWhenRefused() throws {
        let (directory, store) = try store()
        _ = directory
        let before = try TestStores.dump(store)
        #expect(throws: RecordError.self) {
            try store.write(as: TestStores.admin, command: "tokens add") { context in
                try context.insert(Self.tokens, ["name": .text("x"), "kind": .text("paypal"), "secret": .text("s")])
            }
        }
        #expect(throws: RecordError.self) {
            try store.write(as: TestStores.admin, command: "tokens add") { context in
                try context.insert(Self.tokens, ["name": .text("x"), "kind": .text("xero"), "secret": .text("s"), "typo": .text("?")])
            }
        }
        #expect(try TestStores.dump(store) == before)
    }

    @Test func supportMessagesAreAuditedSoAnEditedBodyIsFound() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        #expect(try AuditLog(store: store).verify() == [])
        try store.database.execute("UPDATE support_messages SET body = 'Please send your card number.' WHERE id = 2")
        #expect(try AuditLog(store: store).verify() == ["support_message '2' differs from its last audited state (changed with plain SQL): body"])
    }
}

extension EntityTests {
    @Test func changingTheFieldThatNamesARecordKeepsTheTrailAccountingForIt() throws {
        let (directory, store) = try store()
        _ = directory
        try store.write(as: TestStores.admin, command: "staff rename") { context in
            let staff = try #require(try StaffMember.entity.find("email", equals: .text("admin@example.org"), in: store))
            try context.update(staff, set: ["email": .text("ada@example.org")])
        }
        #expect(try AuditLog(store: store).verify() == [])
        let entries = try AuditLog(store: store).list(entity: "staff").suffix(2)
        #expect(entries.map(\.entityID) == ["admin@example.org", "ada@example.org"])
        #expect(entries.first?.afterJSON == nil && entries.last?.beforeJSON == nil)
    }
}

extension EntityTests {
    @Test func aDeleteIsAuditedAndTheTrailStillAccountsForEveryRow() throws {
        let (directory, store) = try store()
        _ = directory
        try store.write(as: TestStores.admin, command: "staff add") { try StaffRecords.add(email: "gone@example.org", name: "Gone", role: .clientUser, in: $0) }
        try store.write(as: TestStores.admin, command: "staff remove") { context in
            try context.delete(try #require(try StaffMember.entity.find("email", equals: .text("gone@example.org"), in: store)))
        }
        #expect(try StaffMember.entity.find("email", equals: .text("gone@example.org"), in: store) == nil)
        let last = try #require(try AuditLog(store: store).list(entity: "staff").last)
        #expect(last.entityID == "gone@example.org" && last.afterJSON == nil && last.beforeJSON?.contains("Gone") == true)
        #expect(try AuditLog(store: store).verify() == [])
    }
}
