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

    /// `--where`, `--since` and `--fields` pick records and columns as staff expect, name a field that is not there,
    /// and a field list without personal fields needs no right to export personal data.
    @Test func exportFiltersPickRecordsAndFields() throws {
        let published = try admin(["export", "jobs", "--where", "status=published", "--where", "featured=yes", "--fields", "slug,status,featured", "--format", "jsonl"])
        #expect(published.exitCode == 0, "\(published.standardError)")
        let rows = published.standardOutput.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let expected = try JobRecords.list(in: store).filter { $0.status == "published" && $0.featured }.map(\.slug)
        #expect(!expected.isEmpty && rows.map { $0["slug"] as! String }.sorted() == expected.sorted())
        #expect(rows.allSatisfy { Set($0.keys) == ["slug", "status", "featured"] && $0["featured"] as? Bool == true })
        // --since: records changed on or after the day (the demo's records were all made on the fixed day).
        let none = try admin(["export", "jobs", "--since", "2099-01-01", "--format", "csv"])
        #expect(none.exitCode == 0 && none.standardOutput.split(separator: "\n").count == 1)
        let unknown = try admin(["export", "jobs", "--where", "colour=red"])
        #expect(unknown.exitCode != 0 && unknown.standardError.contains("--where") && unknown.standardError.contains("no field 'colour'"))
        let badFields = try admin(["export", "members", "--fields", "member_number,shoe_size"])
        #expect(badFields.exitCode != 0 && badFields.standardError.contains("--fields"))
        // A client user may export members' public fields, not their emails.
        let user = try admin(["export", "members", "--fields", "member_number,country", "--where", "country=IE"], as: "ops@demo.portico.example")
        #expect(user.exitCode == 0, "\(user.standardError)")
        #expect(user.standardOutput.hasPrefix("member_number,country\r\n") && !user.standardOutput.contains("@"))
        #expect(user.standardOutput.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix("IE\r") || $0.hasSuffix("IE") })
        #expect(try admin(["export", "members", "--fields", "member_number,email"], as: "ops@demo.portico.example").exitCode == 4)
    }
}
