import Foundation
import Testing
import PorticoModel
import PorticoTestSupport

/// `portico-admin import` and `export` through the real binary.
@Suite struct TransferBinaryTests {
    let directory = TemporaryDirectory()
    let store: Store

    init() throws { store = try TestStores.make(in: directory, demo: true) }

    func admin(_ words: [String], as actor: String = "admin@example.org") throws -> BinaryRunner.Result {
        try BinaryRunner.run("portico-admin", words + ["--db", store.path, "--as", actor])
    }

    @Test func importWithOneBadRowExitsThreeNamesTheRowAndWritesNothing() throws {
        let csv = "email,name,role\r\na@example.org,A,ROLE_CLIENT_USER\r\nb@example.org,B,ROLE_ROOT\r\nc@example.org,C,ROLE_CLIENT_USER\r\n"
        try directory.write(csv, to: "staff.csv")
        let before = try TestStores.dump(store)
        let result = try admin(["import", "staff", directory.url.appendingPathComponent("staff.csv").path])
        #expect(result.exitCode == 3)
        #expect(result.standardError.contains("staff.csv:3: row 2, field role: 'ROLE_ROOT' is not one of"))
        #expect(result.standardError.contains("nothing was imported: 1 problem"))
        #expect(try TestStores.dump(store) == before)
    }

    @Test func importNeedsBulkOperationsAndTheEntitysOwnRight() throws {
        try directory.write("email,name\r\nx@example.org,X\r\n", to: "staff.csv")
        let path = directory.url.appendingPathComponent("staff.csv").path
        let before = try TestStores.dump(store)
        let user = try admin(["import", "staff", path], as: "ops@demo.portico.example")
        #expect(user.exitCode == 4 && user.standardError.contains("bulk.operations"))
        #expect(try TestStores.dump(store) == before)
        let unknown = try admin(["import", "widgets", path])
        #expect(unknown.exitCode == 3 && unknown.standardError.contains("not one of staff, settings, tickets, ticket-messages"))
    }

    @Test func personalExportIsAdminOnlyAndAudited() throws {
        let user = try admin(["export", "tickets"], as: "ops@demo.portico.example")
        #expect(user.exitCode == 4 && user.standardError.contains("exports.personal-data"))
        #expect(user.standardOutput.isEmpty)
        let publicOnly = try admin(["export", "tickets", "--public-only", "--format", "jsonl"], as: "ops@demo.portico.example")
        #expect(publicOnly.exitCode == 0)
        #expect(!publicOnly.standardOutput.contains("requester_email") && publicOnly.standardOutput.contains("\"status\":"))
        let full = try admin(["export", "tickets"])
        #expect(full.exitCode == 0 && full.standardOutput.hasPrefix("id,subject,requester_email,"))
        let exports = try AuditLog(store: store).list(entity: "export")
        #expect(exports.map(\.actorEmail) == ["ops@demo.portico.example", "admin@example.org"])
        #expect(exports.last?.afterJSON?.contains("\"personal\":1") == true)
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func exportToAFileIsOwnerOnlyAndReimportsUnchanged() throws {
        let path = directory.url.appendingPathComponent("staff.json").path
        let result = try admin(["export", "staff", "--output", path])
        #expect(result.exitCode == 0 && result.standardOutput.contains("Exported 4 staff rows"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try admin(["import", "staff", path, "--upsert-key", "email"])
        #expect(again.exitCode == 0 && again.standardOutput.contains("0 new, 0 updated, 4 unchanged"))
    }
}
