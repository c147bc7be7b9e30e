import Testing
import PorticoModel
import PorticoTestSupport

@Suite struct SiteSettingsTests {
    @Test func setChecksTheValueAndAudits() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "settings set") { try SiteSettings.set("site.timezone", to: "Europe/Lisbon", in: $0) }
        #expect(try store.setting("site.timezone") == "Europe/Lisbon")
        let entry = try #require(AuditLog(store: store).list(entity: "setting").last)
        #expect(entry.entityID == "site.timezone" && entry.afterJSON == "{\"value\":\"Europe/Lisbon\"}" && entry.beforeJSON == nil)
    }

    @Test func badKeysAndValuesAreRefusedAndNothingChanges() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let before = try TestStores.dump(store)
        #expect(throws: ModelError.invalid(field: "site.timezone", value: "Mars/Base", reason: "not an IANA time zone")) {
            try store.write(as: TestStores.admin, command: "settings set") { try SiteSettings.set("site.timezone", to: "Mars/Base", in: $0) }
        }
        #expect(throws: ModelError.self) {
            try store.write(as: TestStores.admin, command: "settings set") { try SiteSettings.set("organization.email", to: "nope", in: $0) }
        }
        // The audit trail's head is internal: it is not a setting anyone can set.
        #expect(throws: ModelError.self) {
            try store.write(as: TestStores.admin, command: "settings set") { try SiteSettings.set("audit.head", to: "1:forged", in: $0) }
        }
        #expect(try TestStores.dump(store) == before)
    }
}
