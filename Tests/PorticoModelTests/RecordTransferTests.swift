import Foundation
import Testing
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// `import` and `export` through entity descriptions: all or nothing, every bad row named, secrets never out.
@Suite struct RecordTransferTests {
    let directory = TemporaryDirectory()
    let store: Store

    init() throws {
        store = try TestStores.make(in: directory)
    }

    func file(_ name: String, _ text: String) throws -> String {
        try directory.write(text, to: name)
        return directory.url.appendingPathComponent(name).path
    }

    func importStaff(_ path: String, format: TransferFormat = .csv, upsertKey: String? = nil, dryRun: Bool = false) throws -> ImportSummary {
        try RecordImporter(entity: StaffMember.entity, upsertKey: upsertKey, dryRun: dryRun)
            .run(path: path, format: format, store: store, actor: TestStores.admin, command: "import")
    }

    func export(_ entity: Entity, _ format: TransferFormat, personal: Bool = true) throws -> String {
        var out = ""
        try RecordExporter(entity: entity, format: format, includePersonal: personal).run(store: store) { out += $0 }
        return out
    }

    @Test func oneBadRowInTheMiddleChangesNothingAndIsNamed() throws {
        var lines = ["email,name,role"]
        for index in 1...40 { lines.append("person\(index)@example.org,Person \(index),ROLE_CLIENT_USER") }
        lines[21] = "person21@example.org,Person 21,ROLE_SUPERUSER"
        let path = try file("staff.csv", lines.joined(separator: "\r\n") + "\r\n")
        let before = try TestStores.dump(store)
        #expect {
            try importStaff(path)
        } throws: { error in
            let failure = error as? ImportFailure
            return failure?.total == 1 && failure?.problems == [ImportProblem(line: 22, row: 21, field: "role",
                reason: "'ROLE_SUPERUSER' is not one of ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER, ROLE_PLATFORM_ADMIN")]
                && failure?.description.contains("staff.csv:22: row 21, field role:") == true
        }
        #expect(try TestStores.dump(store) == before)
    }

    @Test func everyBadRowIsReportedNotOnlyTheFirst() throws {
        let path = try file("staff.csv", """
            email,name,role
            not-an-email,A,ROLE_CLIENT_USER
            b@example.org,,ROLE_CLIENT_USER
            c@example.org,C,ROLE_CLIENT_USER
            c@example.org,C again,ROLE_CLIENT_USER

            """)
        #expect {
            try importStaff(path)
        } throws: { error in
            (error as? ImportFailure)?.problems.map { "\($0.row ?? 0):\($0.field ?? "")" } == ["1:email", "2:name", "4:email"]
        }
        #expect(try StaffRecords.list(in: store).map(\.email) == ["admin@example.org"])
    }

    @Test func validFileIsWrittenWithOneAuditEntryPerRecordAndASummary() throws {
        let path = try file("staff.jsonl", """
            {"email": "sam@example.org", "name": "Sam Lee"}
            {"email": "kim@example.org", "name": "Kim Park", "role": "ROLE_CLIENT_ADMIN", "active": false}

            """)
        let summary = try importStaff(path, format: .jsonl)
        #expect(summary.inserted == 2 && summary.rows == 2 && !summary.dryRun)
        let kim = try StaffRecords.find(email: "kim@example.org", in: store)
        #expect(kim.role == .clientAdmin && !kim.active && kim.createdAt == "2026-11-27T12:00:00Z")
        #expect(try StaffRecords.find(email: "sam@example.org", in: store).role == .clientUser)
        let log = AuditLog(store: store)
        #expect(try log.list(entity: "staff").map(\.entityID).suffix(2) == ["sam@example.org", "kim@example.org"])
        let entry = try #require(try log.list(entity: "import").last)
        #expect(entry.entityID == "staff" && entry.afterJSON?.contains("\"inserted\":2") == true)
        #expect(try log.verify() == [])
    }

    @Test func dryRunReportsCountsAndWritesNothing() throws {
        let path = try file("staff.json", #"[{"email": "sam@example.org", "name": "Sam Lee"}]"#)
        let before = try TestStores.dump(store)
        let summary = try importStaff(path, format: .json, dryRun: true)
        #expect(summary.inserted == 1 && summary.dryRun)
        #expect(try TestStores.dump(store) == before)
    }

    @Test func exportThenUpsertImportIsARoundTripThatChangesNothing() throws {
        try store.write(as: TestStores.admin, command: "staff add") { context in
            try StaffRecords.add(email: "sam@example.org", name: "Sam \"Q\" Lee, Jr.", role: .clientUser, in: context)
        }
        for format in TransferFormat.allCases {
            let path = try file("staff.\(format.rawValue)", try export(StaffMember.entity, format))
            let before = try TestStores.dump(store).filter { !$0.hasPrefix("audit_log") && !$0.hasPrefix("settings") }
            let summary = try importStaff(path, format: format, upsertKey: "email")
            #expect(summary.unchanged == 2 && summary.inserted == 0 && summary.updated == 0, "\(format)")
            #expect(try TestStores.dump(store).filter { !$0.hasPrefix("audit_log") && !$0.hasPrefix("settings") } == before)
        }
    }

    @Test func upsertUpdatesMatchingRecordsAndAuditsTheChange() throws {
        let path = try file("staff.csv", "email,name,role\nADMIN@example.org,Ada A. Admin,\nnew@example.org,New,ROLE_CLIENT_USER\n")
        let summary = try importStaff(path, upsertKey: "email")
        #expect(summary.updated == 1 && summary.inserted == 1)
        let admin = try StaffRecords.find(email: "admin@example.org", in: store)
        #expect(admin.name == "Ada A. Admin" && admin.role == .clientAdmin, "an empty cell leaves a required field as it is")
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func anImportThatWouldLeaveNoActiveAdminIsRefused() throws {
        let path = try file("staff.csv", "email,active\nadmin@example.org,false\n")
        #expect(throws: ModelError.conflict("no active ROLE_CLIENT_ADMIN would remain; keep at least one")) { try importStaff(path, upsertKey: "email") }
        #expect(try StaffRecords.find(email: "admin@example.org", in: store).active)
    }

    @Test func headerProblemsAreFoundBeforeAnyRow() throws {
        let path = try file("staff.csv", "email,nmae\nsam@example.org,Sam\n")
        #expect {
            try importStaff(path)
        } throws: { error in
            (error as? ImportFailure)?.problems.map(\.description) == [
                "line 1: field nmae: unknown field; staff has email, name, role, active",
                "line 1: field name: required, but the header does not name it"]
        }
        #expect(throws: ModelError.self) { try RecordImporter(entity: StaffMember.entity, upsertKey: "name") }
    }

    @Test func malformedFileIsReportedWithItsPosition() throws {
        let path = try file("staff.csv", "email,name\na@example.org,\"A\nb@example.org,B\n")
        #expect {
            try importStaff(path)
        } throws: { error in
            (error as? ImportFailure)?.problems.first?.description == "line 2, column 15: quoted field never closed"
                || (error as? ImportFailure)?.problems.first?.reason == "quoted field never closed"
        }
        #expect(try StaffRecords.list(in: store).count == 1)
    }

    @Test func referencesAreChecked() throws {
        let path = try file("messages.csv", "ticket_id,author_email,side,body\n999,a@example.org,requester,Hello\n")
        #expect {
            try RecordImporter(entity: SupportMessage.entity).run(path: path, format: .csv, store: store, actor: TestStores.admin, command: "import")
        } throws: { error in
            (error as? ImportFailure)?.problems.first?.reason == "no support_tickets row has id 999"
        }
    }

    @Test func settingsImportChecksEachValueByItsKey() throws {
        let path = try file("settings.csv", "key,value\nsite.timezone,Mars/Olympus\n")
        #expect {
            try RecordImporter(entity: SiteSettings.entity, upsertKey: "key").run(path: path, format: .csv, store: store, actor: TestStores.admin, command: "import")
        } throws: { error in
            (error as? ImportFailure)?.problems.first?.reason == "not an IANA time zone"
        }
        let good = try file("settings2.csv", "key,value\nsite.timezone,Europe/Paris\norganization.name,Guild\n")
        _ = try RecordImporter(entity: SiteSettings.entity, upsertKey: "key").run(path: good, format: .csv, store: store, actor: TestStores.admin, command: "import")
        #expect(try store.setting("site.timezone") == "Europe/Paris")
        #expect(try AuditLog(store: store).verify() == [])
        #expect(try export(SiteSettings.entity, .csv).contains("site.timezone,Europe/Paris\r\n"))
        #expect(!(try export(SiteSettings.entity, .csv)).contains("audit.head"), "internal keys are not settings")
    }

    @Test func exportLeavesOutSecretsAlwaysAndPersonalFieldsWhenAsked() throws {
        try store.database.execute("CREATE TABLE tokens (id INTEGER PRIMARY KEY, name TEXT NOT NULL, owner TEXT NOT NULL, secret TEXT NOT NULL)")
        let tokens = Entity(table: "tokens", auditName: "token", auditKey: "name", columns: [
            .init("id", .integer, generated: .rowID), .init("name", .text), .init("owner", .text, privacy: .personal), .init("secret", .text, privacy: .secret),
        ], transfer: .init(name: "tokens", view: .integrationsManage, edit: .integrationsManage))
        let secret = "sk_live_\(UUID().uuidString)"
        try store.write(as: TestStores.admin, command: "tokens add") { context in
            try context.insert(tokens, ["name": .text("payments"), "owner": .text("ada@example.org"), "secret": .text(secret)])
        }
        for format in TransferFormat.allCases {
            let full = try export(tokens, format)
            #expect(!full.contains(secret) && !full.contains("\"secret\"") && !full.contains(",secret"))
            #expect(full.contains("ada@example.org"))
            let publicOnly = try export(tokens, format, personal: false)
            #expect(!publicOnly.contains("ada@example.org") && publicOnly.contains("payments"))
        }
        #expect(try export(tokens, .csv) == "id,name,owner\r\n1,payments,ada@example.org\r\n")
        #expect(try export(tokens, .json) == "[\n{\"id\":1,\"name\":\"payments\",\"owner\":\"ada@example.org\"}\n]\n")
    }

    @Test func exportedCSVCannotRunAsASpreadsheetFormula() throws {
        try store.write(as: TestStores.admin, command: "staff add") { context in
            try StaffRecords.add(email: "x@example.org", name: "=HYPERLINK(\"http://evil.example\",\"click\")", role: .clientUser, in: context)
        }
        let csv = try export(StaffMember.entity, .csv)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","))
    }
}
