import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Export then import is the identity, for every entity that transfers and every format: the importer undoes
/// exactly the formula guard the exporter adds, empty text and NULL stay distinct, numbers and dates keep their
/// form. The demo's records, with hostile text planted in members (formula-looking starts, quotes, commas, line
/// breaks, apostrophes of the member's own, non-ASCII and joining marks), go out and come back, and a second
/// export is byte-identical to the first.
@Suite struct RoundTripTests {
    /// Text a spreadsheet or a CSV reader could misread, each kept exactly.
    static let hostile: [String: String] = [
        "name": "=HYPERLINK(\"http://x.example\", \"Zoë\u{301}\")",
        "company": "+44 20 7946 1000",
        "city": "@home, \"quoted\"",
        "job_title": "-lead",
        "phone": "'+44 20 7946 1001",
        "region": "''=already guarded twice",
        "bio": "Line one, with a comma\nLine two \"quoted\"\r\n=SUM(A1)\n\tTabbed 'apostrophe'",
    ]

    func export(_ entity: Entity, _ format: TransferFormat, from store: Store) throws -> String {
        var out = ""
        try RecordExporter(entity: entity, format: format, includePersonal: true).run(store: store) { out += $0 }
        return out
    }

    @Test(arguments: FeatureSet.builtIn.transferable.map(\.table))
    func exportImportExportChangesNothing(_ table: String) throws {
        let entity = try #require(FeatureSet.builtIn.entity(table: table))
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        try store.write(as: TestStores.admin, command: "test") { context in
            _ = try MemberRecords.update("M000001", Self.hostile, in: context)
            _ = try MemberRecords.update("M000002", ["bio": "", "region": "", "city": "=1+1"], in: context)
            // Every transferable table has rows: a refund (the demo has none) and a voided payment.
            let payments = try PaymentRecords.list(in: context.store)
            try PaymentRecords.refund(String(payments[0].id), amount: "1.00", method: "card", reason: "=Refund, \"quoted\"; \u{301}mark", in: context)
            try PaymentRecords.void(String(payments[1].id), reason: "+returned unpaid", in: context)
        }
        #expect(try MemberRecords.find("M000001", in: store).text("bio") == Self.hostile["bio"], "the planted text is stored as given")
        let key = entity.primaryKey
        for format in TransferFormat.allCases {
            let first = try export(entity, format, from: store)
            try directory.write(first, to: "\(table).\(format.rawValue)")
            let path = directory.url.appendingPathComponent("\(table).\(format.rawValue)").path
            // Every table but the audit trail's (the import's summary entry moves its head).
            func data() throws -> [String] { try TestStores.dump(store).filter { !$0.hasPrefix("audit_log") && !$0.hasPrefix("settings: audit.head|") } }
            let before = try data()
            let summary = try RecordImporter(entity: entity, upsertKey: key).run(path: path, format: format, store: store, actor: TestStores.admin, command: "import")
            #expect(summary.updated == 0 && summary.inserted == 0 && summary.unchanged > 0, "\(table) \(format): \(summary)")
            let after = try data()
            #expect(after == before, "\(table) \(format): the database changed: \(Set(after).symmetricDifference(before).sorted().prefix(4))")
            #expect(try export(entity, format, from: store) == first, "\(table) \(format): the second export differs")
        }
    }

    /// The CSV form of the planted values: formula-looking text guarded once, a member's own apostrophe kept, empty
    /// text quoted and NULL empty.
    @Test func theCSVGuardIsOneApostropheTheImporterRemoves() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        try store.write(as: TestStores.admin, command: "test") { context in
            _ = try MemberRecords.update("M000001", Self.hostile.merging(["website": "", "bio": ""]) { $1 }, in: context)
        }
        let csv = try export(Member.entity, .csv, from: store)
        let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("1,") })
        #expect(row.contains(",'+44 20 7946 1000,") && row.contains(",'-lead,") && row.contains(",'''=already guarded twice,"))
        #expect(row.contains(",\"'@home, \"\"quoted\"\"\",") && row.contains(",\"'=HYPERLINK("))
        #expect(row.contains(",''+44 20 7946 1001,"), "the member's own apostrophe plus the guard")
        #expect(row.contains(",\"\","), "empty text (the bio) is quoted")
        #expect(row.contains(",,"), "a NULL (the website) is an empty field")
    }
}

/// References travel by the referenced record's own key: memberships export with the member number and the plan's
/// slug, and import by member number or email, never needing internal ids.
@Suite struct NaturalReferenceTests {
    @Test func membershipsGoOutAndComeInByMemberNumberAndPlanSlug() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        var csv = ""
        try RecordExporter(entity: Membership.entity, format: .csv, includePersonal: true).run(store: store) { csv += $0 }
        let header = try #require(csv.split(separator: "\r\n").first).split(separator: ",").map(String.init)
        #expect(header.contains("member") && header.contains("plan") && header.contains("company") && !header.contains("member_id"), "\(header)")
        #expect(csv.contains(",M000001,") || csv.contains("\r\n1,M000001,"), "member numbers, not ids")

        let email = try MemberRecords.find("M000004", in: store).text("email")
        try directory.write("member,plan,starts_on\r\n\(email),associate,2030-01-01\r\nM000005,associate,2030-01-01\r\n", to: "new.csv")
        let summary = try RecordImporter(entity: Membership.entity).run(path: directory.url.appendingPathComponent("new.csv").path, format: .csv, store: store,
                                                                        actor: TestStores.admin, command: "import")
        #expect(summary.inserted == 2)
        let holders = try MembershipRecords.list(.member(try MemberRecords.find("M000004", in: store).integer("id")), in: store)
        #expect(holders.contains { $0.startsOn == CalendarDate("2030-01-01") })

        try directory.write("member,plan,starts_on\r\nM009999,associate,2030-01-01\r\n", to: "bad.csv")
        #expect { try RecordImporter(entity: Membership.entity).run(path: directory.url.appendingPathComponent("bad.csv").path, format: .csv, store: store,
                                                                   actor: TestStores.admin, command: "import") }
            throws: { "\($0)".contains("no member 'M009999'") }
    }
}
