import Testing
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// A member's profile slug is stored once: made from the name when they are added, unique among members and the
/// slugs members held before, and changed only by staff, leaving the old one to redirect.
@Suite struct MemberSlugTests {
    func store() throws -> (TemporaryDirectory, Store) {
        let folder = TemporaryDirectory()
        return (folder, try TestStores.make(in: folder))
    }

    func add(_ name: String, _ email: String, _ extra: [String: String] = [:], to store: Store) throws -> Member {
        try store.write(as: TestStores.admin, command: "test") { try MemberRecords.add(["name": name, "email": email].merging(extra) { $1 }, in: $0) }
    }

    @Test func slugsComeFromTheNameAndNeverRepeatOrTakeTheDirectorysWords() throws {
        let (_, store) = try store()
        #expect(try add("Ana Silva", "ana1@example.org", to: store).slug == "ana-silva")
        #expect(try add("Ána  Silva!", "ana2@example.org", to: store).slug == "ana-silva-2")
        #expect(try add("Plan", "plan@example.org", to: store).slug == "plan-2", "plan/ is the directory's by-plan folder")
        #expect(try add("李小龍", "li@example.org", to: store).slug == "member", "no Latin letters: the entity's name")
        #expect(try add("Given", "given@example.org", ["slug": "dr-given"], to: store).slug == "dr-given")
        #expect(throws: ModelError.self) { try add("Page", "page@example.org", ["slug": "page"], to: store) }
    }

    @Test func anotherMembersRemovalLeavesASlugAsItWas() throws {
        let (_, store) = try store()
        _ = try add("Ana Silva", "ana1@example.org", to: store)
        let second = try add("Ana Silva", "ana2@example.org", to: store)
        try store.write(as: TestStores.admin, command: "test") { try MemberRecords.remove("ana1@example.org", in: $0) }
        #expect(try MemberRecords.find(second.memberNumber, in: store).text("slug") == "ana-silva-2")
        #expect(try add("Ana Silva", "ana3@example.org", to: store).slug == "ana-silva", "a removed member's slug is free again")
    }

    @Test func aChangedSlugIsKeptAsFormerAndNotGivenToAnyoneElse() throws {
        let (_, store) = try store()
        let ana = try add("Ana Silva", "ana@example.org", to: store)
        let bea = try add("Bea Lopes", "bea@example.org", to: store)
        try store.write(as: TestStores.admin, command: "test") { _ = try MemberRecords.update(ana.memberNumber, ["slug": "ana-m-silva"], in: $0) }
        #expect(try FormerSlug.all(table: "members", in: store).map { "\($0.recordID) \($0.slug)" } == ["\(ana.id) ana-silva"])
        #expect(try add("Ana Silva", "other@example.org", to: store).slug == "ana-silva-2", "ana-silva still redirects to the first Ana")
        // Another member's current slug is refused, naming its holder; nothing changes.
        #expect { try store.write(as: TestStores.admin, command: "test") { _ = try MemberRecords.update(bea.memberNumber, ["slug": "ana-m-silva"], in: $0) } }
            throws: { ($0 as? ModelError).map { "\($0)" }?.contains(ana.memberNumber) == true }
        #expect(try MemberRecords.find(bea.memberNumber, in: store).text("slug") == "bea-lopes")
        // Taking back one's own former slug stops it redirecting; the one given up now redirects.
        try store.write(as: TestStores.admin, command: "test") { _ = try MemberRecords.update(ana.memberNumber, ["slug": "ana-silva"], in: $0) }
        #expect(try FormerSlug.all(table: "members", in: store).map(\.slug) == ["ana-m-silva"])
        // Removing the member forgets their former slugs with them.
        try store.write(as: TestStores.admin, command: "test") { try MemberRecords.remove(ana.memberNumber, in: $0) }
        #expect(try FormerSlug.all(table: "members", in: store).isEmpty)
    }

    /// A database from before slugs were stored gets them in member-number order, as the directory computed them.
    @Test func theMigrationGivesExistingMembersSlugsInNumberOrder() throws {
        let database = try Database(path: ":memory:")
        try Migrator(Schema.migrations).migrate(database, now: "2026-01-01T00:00:00Z")
        for (number, name) in [("M000002", "Ana Silva"), ("M000001", "Ana Silva"), ("M000003", "Letter"), ("M000004", "")] {
            try database.execute("INSERT INTO members (member_number, name, email, joined_on, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', 'x', 'x')",
                                 [number, name, number + "@example.org"])
        }
        try FeatureSet.builtIn.migrator.migrate(database, now: "2026-01-02T00:00:00Z")
        let slugs = try database.rows("SELECT member_number, slug FROM members ORDER BY member_number").map { "\(try $0["member_number"].text ?? "") \(try $0["slug"].text ?? "")" }
        #expect(slugs == ["M000001 ana-silva", "M000002 ana-silva-2", "M000003 letter-2", "M000004 member"])
        #expect(throws: DatabaseError.self) { try database.execute("UPDATE members SET slug = 'ana-silva' WHERE member_number = 'M000002'") }
    }
}
