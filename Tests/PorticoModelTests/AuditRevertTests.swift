import Testing
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// `audit revert`: a change undone as a new audited change; refused when the record changed since, or when the
/// entry added or removed a record; the trail still verifies.
@Suite struct AuditRevertTests {
    @Test func aChangeIsUndoneAsANewAuditedChange() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "members add") { _ = try MemberRecords.add(["name": "Ana Silva", "email": "ana@example.org", "city": "Porto"], in: $0) }
        try store.write(as: TestStores.admin, command: "members update") { _ = try MemberRecords.update("ana@example.org", ["city": "Lisboa", "phone": "+351 21 000 0000"], in: $0) }
        let change = try #require(try AuditLog(store: store).list(entity: "member").last)
        let changed = try AuditRevert.changes(of: change, in: store).filter(\.changed).map(\.field)
        #expect(changed == ["phone", "city"], "in column order; the test clock leaves updated_at as it was")

        try store.write(as: TestStores.admin, command: "audit revert") { _ = try AuditRevert.revert(change.id, in: $0) }
        let member = try MemberRecords.find("ana@example.org", in: store)
        #expect(try member.text("city") == "Porto" && member.values["phone"] == .null)
        let undo = try #require(try AuditLog(store: store).list(entity: "member").last)
        #expect(undo.command == "audit revert" && undo.id > change.id)
        #expect(try AuditLog(store: store).verify() == [])

        // The record changed since the first entry (the revert itself): reverting it again is refused.
        #expect { try store.write(as: TestStores.admin, command: "audit revert") { _ = try AuditRevert.revert(change.id, in: $0) } }
            throws: { "\($0)".contains("changed after entry \(change.id)") }
        // An insert is not a change to revert.
        let added = try #require(try AuditLog(store: store).list(entity: "member").first)
        #expect { try store.write(as: TestStores.admin, command: "audit revert") { _ = try AuditRevert.revert(added.id, in: $0) } }
            throws: { "\($0)".contains("only a change to a record that exists can be reverted") }
        // Reverting the revert restores the change.
        try store.write(as: TestStores.admin, command: "audit revert") { _ = try AuditRevert.revert(undo.id, in: $0) }
        #expect(try MemberRecords.find("ana@example.org", in: store).text("city") == "Lisboa")
    }
}
