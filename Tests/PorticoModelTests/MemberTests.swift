import Foundation
import Testing
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Members and plans as described records: checks, numbers, search, import and export, the audit trail.
@Suite struct MemberTests {
    let directory = TemporaryDirectory()
    let store: Store

    init() throws { store = try TestStores.make(in: directory, demo: true) }

    func write<T>(_ body: (WriteContext) throws -> T) throws -> T { try store.write(as: TestStores.admin, command: "test", body) }

    @Test func addingChecksEachFieldAndNumbersMembersInOrder() throws {
        let member = try write { try MemberRecords.add(["name": "Sam Lee", "email": "Sam@Example.org ", "country": "gb", "visibility": "public"], in: $0) }
        #expect(member.memberNumber == "M000061" && member.email == "Sam@Example.org" && member.country == "GB")
        #expect(member.joinedOn == "2026-11-27", "joined today in the store's clock")
        #expect(throws: ModelError.invalid(field: "country", value: "Britain", reason: "not a two-letter ISO 3166 country code such as GB")) {
            try write { try MemberRecords.add(["name": "X", "email": "x@example.org", "country": "Britain"], in: $0) }
        }
        #expect(throws: ModelError.self) { try write { try MemberRecords.add(["name": "X", "email": "x@example.org", "visibility": "everyone"], in: $0) } }
        #expect(throws: ModelError.conflict("a member with email 'sam@example.org' already exists")) {
            try write { try MemberRecords.add(["name": "Again", "email": "sam@example.org"], in: $0) }
        }
    }

    @Test func aRemovedMembersNumberIsNeverGivenAgain() throws {
        try write { try MemberRecords.remove("M000004", in: $0) }
        let next = try write { try MemberRecords.add(["name": "New", "email": "new@example.org"], in: $0) }
        #expect(next.memberNumber == "M000061")
        #expect(try AuditLog(store: store).verify() == [])
        let removal = try #require(try AuditLog(store: store).list(entity: "member").first { $0.entityID == "M000004" && $0.afterJSON == nil })
        #expect(removal.beforeJSON?.contains("Grace O") == true)
    }

    @Test func listingFiltersAndSearchesWithoutWildcardsFromInput() throws {
        #expect(try MemberRecords.list(country: "gh", in: store).map(\.name) == ["Kofi Mensah"])
        #expect(try MemberRecords.list(visibility: "hidden", query: "berg", in: store).map(\.name) == ["Jonas Berg"])
        #expect(try MemberRecords.list(query: "harbour design", in: store).map(\.name) == ["Li Wei"])
        #expect(try MemberRecords.list(query: "o'n", in: store).map(\.name) == ["Grace O'Neill"])
        #expect(try MemberRecords.list(query: "%", in: store).isEmpty, "% in a search matches a percent sign, not everything")
        #expect(try MemberRecords.list(query: "_", in: store).isEmpty)
    }

    @Test func updateClearsOptionalFieldsAndRefusesTheNumber() throws {
        let updated = try write { try MemberRecords.update("li.wei@example.org", ["city": "", "company": "Straits Harbour Co"], in: $0) }
        #expect(updated.city == nil && updated.company == "Straits Harbour Co")
        #expect(throws: ModelError.self) { try write { try MemberRecords.update("M000002", ["member_number": "M9"], in: $0) } }
    }

    @Test func membersImportFromASpreadsheetAndBadRowsAreNamed() throws {
        try directory.write("name,email,country,visibility\r\nZoe Martin,zoe@example.org,FR,public\r\nBad Row,bad@example.org,France,public\r\n", to: "members.csv")
        let path = directory.url.appendingPathComponent("members.csv").path
        let before = try TestStores.dump(store)
        #expect {
            try RecordImporter(entity: Member.entity).run(path: path, format: .csv, store: store, actor: TestStores.admin, command: "import")
        } throws: { error in
            (error as? ImportFailure)?.problems.map(\.description) == ["line 3: row 2, field country: not a two-letter ISO 3166 country code such as GB"]
        }
        #expect(try TestStores.dump(store) == before, "a rolled-back import issues no member numbers either")
        try directory.write("name,email,country\r\nZoe Martin,zoe@example.org,FR\r\nYann Le Gall,yann@example.org,FR\r\n", to: "members.csv")
        let summary = try RecordImporter(entity: Member.entity).run(path: path, format: .csv, store: store, actor: TestStores.admin, command: "import")
        #expect(summary.inserted == 2)
        let imported = try MemberRecords.list(query: "@example.org", in: store).filter { $0.email == "zoe@example.org" || $0.email == "yann@example.org" }
        #expect(Set(imported.map(\.memberNumber)) == ["M000061", "M000062"])
        #expect(imported.allSatisfy { $0.visibility == "members" }, "imported members are unpublished unless the file says so")
        #expect(try AuditLog(store: store).verify() == [])
    }

    @Test func aPublicOnlyExportHasNoContactDetails() throws {
        var out = ""
        try RecordExporter(entity: Member.entity, format: .csv, includePersonal: false).run(store: store) { out += $0 }
        #expect(out.hasPrefix("id,member_number,country,joined_on,visibility,show_email,show_phone,show_website,created_at,updated_at\r\n"))
        #expect(!out.contains("@example.org") && !out.contains("Ana Silva"))
    }

    @Test func moneyIsParsedExactlyInMinorUnits() throws {
        #expect(try Money.parse("95", currency: "GBP") == Money(minorUnits: 9500, currency: "GBP"))
        #expect(try Money.parse("95.5", currency: "EUR").minorUnits == 9550)
        #expect(try Money.parse("0.10", currency: "USD").minorUnits == 10)
        #expect(try Money.parse("9500", currency: "JPY").minorUnits == 9500)
        #expect(try Money.parse("1.250", currency: "KWD").minorUnits == 1250)
        for bad in ["95.001", "-5", "+5", "1e3", "9.", ".5", "ten", ""] {
            #expect(throws: ModelError.self, "\(bad)") { try Money.parse(bad, currency: "GBP") }
        }
        #expect(throws: ModelError.self) { try Money.parse("1.5", currency: "JPY") }
        #expect(Money(minorUnits: 18000, currency: "GBP").description == "180.00 GBP")
        #expect(Money(minorUnits: 5, currency: "USD").description == "0.05 USD")
        #expect(Money(minorUnits: 9500, currency: "JPY").description == "9500 JPY")
        let plan = try PlanRecords.find(slug: "full", in: store)
        #expect(plan.price == Money(minorUnits: 18000, currency: "GBP") && plan.cpdPoints == 30)
    }
}

extension MemberTests {
    @Test func fieldChecksRefuseWhatTheySay() throws {
        #expect(try Validate.slug("gold-2026", field: "slug") == "gold-2026")
        for bad in ["Gold", "gold--2026", "-gold", "gold-", "gold 2026", "", "gold/..", "ä"] {
            #expect(throws: ModelError.self, "\(bad)") { try Validate.slug(bad, field: "slug") }
        }
        #expect(try Validate.webURL(" https://example.org/a ", field: "website") == "https://example.org/a")
        for bad in ["javascript:alert(1)", "example.org", "https://", "https://a.example/\"onmouseover=x", "ftp://example.org/"] {
            #expect(throws: ModelError.self, "\(bad)") { try Validate.webURL(bad, field: "website") }
        }
        #expect(try Validate.date("2026-02-28", field: "joined_on") == "2026-02-28")
        for bad in ["2026-02-30", "2026-13-01", "28/02/2026", "2026-2-8", "2026-02-28T10:00:00Z"] {
            #expect(throws: ModelError.self, "\(bad)") { try Validate.date(bad, field: "joined_on") }
        }
        #expect(try Validate.country("pt", field: "country") == "PT")
        #expect(throws: ModelError.self) { try Validate.country("PRT", field: "country") }
    }

    @Test func theFormatComesFromTheFlagOrTheFileName() throws {
        #expect(try TransferFormat.resolve("JSONL", path: "x.csv") == .jsonl)
        #expect(try TransferFormat.resolve(nil, path: "members.CSV") == .csv)
        #expect(try TransferFormat.resolve(nil, path: "members.ndjson") == .jsonl)
        #expect(throws: ModelError.self) { try TransferFormat.resolve("xml", path: "x.xml") }
        #expect(throws: ModelError.self) { try TransferFormat.resolve(nil, path: "members.txt") }
    }

    @Test func aJSONRecordWithoutARequiredFieldIsNamed() throws {
        try directory.write("{\"email\": \"noname@example.org\"}\n", to: "members.jsonl")
        #expect {
            try RecordImporter(entity: Member.entity).run(path: directory.url.appendingPathComponent("members.jsonl").path, format: .jsonl,
                                                           store: store, actor: TestStores.admin, command: "import")
        } throws: { error in
            (error as? ImportFailure)?.problems.map(\.description) == ["line 1: row 1, field name: is required"]
        }
    }
}

extension MemberTests {
    @Test func anInvoicedMemberIsKeptAndTheFiltersUseTodaysStanding() throws {
        #expect(throws: ModelError.self, "invoices must be kept") { try write { try MemberRecords.remove("M000005", in: $0) } }
        let active = try MemberRecords.list(MemberRecords.Filter(plan: "full", status: "active"), in: store)
        #expect(active.contains { $0.memberNumber == "M000001" } && !active.contains { $0.memberNumber == "M000002" })
        let none = try MemberRecords.list(MemberRecords.Filter(status: "none"), in: store)
        #expect(none.map(\.memberNumber) == ["M000004"])
        let northern = try MemberRecords.list(MemberRecords.Filter(group: "northern-chapter", limit: 2), in: store)
        #expect(northern.count == 2)
        let colleagues = try MemberRecords.list(MemberRecords.Filter(plan: "corporate"), in: store)
        #expect(colleagues.count == 3, "three colleagues count as members under the company's membership (Li Wei's own associate membership comes first)")
        #expect(throws: ModelError.self) { try MemberRecords.list(MemberRecords.Filter(status: "asleep"), in: store) }
    }
}
