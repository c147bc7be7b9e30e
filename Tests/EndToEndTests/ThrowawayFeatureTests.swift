import Foundation
import Testing
@testable import PorticoAdmin
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
@testable import PorticoSite
import PorticoSQLite
import PorticoTestSupport

/// A feature that exists only in this test: a `notices` table, one command, one page. It is declared the way
/// docs/architecture.md tells a developer to declare a new section (one value per layer) and registered with one
/// line per layer; the test then finds it everywhere a section must appear. If a layer starts keeping a hand list
/// of its own again, one of these expectations fails.
enum Notices {
    // MARK: Model layer: migrations, the entity description, a capability, the demo's share.

    static let post = Capability("notices.post", "post notices on the public site", alsoHeldBy: [.clientUser])

    static let entity = Entity(table: "notices", auditName: "notice", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.text($0, field: "slug", maximum: 60) }),
        .init("title", .text, normalize: { try Validate.text($0, field: "title", maximum: 120) }),
        .init("contact_email", .text, privacy: .identifying, normalize: { try Validate.email($0, field: "contact_email") }),
        .init("member_id", .integer, nullable: true, references: "members", onDelete: .cascade),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "notices", view: .recordsView, edit: post))

    static let feature = Feature(
        name: "notices",
        migrations: [.init("notices/0001_notices", sql: """
            CREATE TABLE notices (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                contact_email TEXT NOT NULL,
                member_id INTEGER REFERENCES members (id),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            """)],
        entities: [entity],
        capabilities: [post],
        demo: { context in
            try context.insert(entity, ["slug": .text("office-closed"), "title": .text("Office closed on Friday"),
                                        "contact_email": .text("notices.desk@harbour-guild.example"), "member_id": .null])
        })

    // MARK: Admin layer: a command group.

    static let add = AdminCommand(["notices", "add"], capability: post, writes: true, spec: CommandSpec(
        "add", abstract: "Post a notice on the public site.",
        options: [.value("slug", "SLUG", "Its address.", required: true), .value("title", "TEXT", "Its headline.", required: true),
                  .value("contact", "EMAIL", "Who to ask (never published).", required: true),
                  .value("member", "NUMBER", "The member it concerns.")],
        examples: ["portico-admin notices add --slug agm --title 'AGM moved' --contact office@example.org"]
    )) { context in
        let memberID: DatabaseValue = try context.arguments.value("member").map { .integer(try MemberRecords.find($0, in: context.store()).integer("id")) } ?? .null
        try context.write { write in
            _ = try write.insert(entity, ["slug": .text(try context.value("slug")), "title": .text(try context.value("title")),
                                      "contact_email": .text(try context.value("contact")), "member_id": memberID])
        }
        context.say("Posted.")
    }

    static let group = CommandGroup(noun: "notices", abstract: "Notices on the public site.", commands: [add])

    // MARK: Site layer: a section with its own default template.

    struct Listing: LayoutData {
        static let layout = "notices"
        static let pages = "`/notices/`"
        let titles: [String]
        static let fieldDocs = ["titles": "the notices' headlines"]
        static let example = Listing(titles: ["AGM moved"])
    }

    struct Section: SiteSection {
        static let name = "notices"
        static let pageTypes: [any LayoutData.Type] = [Listing.self]
        static let tables = ["notices"]
        static let defaultTemplates = ["notices": "{{<base}}{{$main}}<h1>Notices</h1><ul>{{#titles}}<li>{{.}}</li>{{/titles}}</ul>{{/main}}{{/base}}"]
        let titles: [String]

        init?(input: SectionInput) throws {
            titles = try entity.records(in: input.store).map { try $0.text("title") }
        }

        var navigation: (title: String, path: String)? { ("Notices", "notices/") }

        func jobs(context: PageContext) throws -> [RenderJob] {
            [RenderJob(outputPath: "notices/index.html",
                       page: PageData(frame: context.frame(path: "notices/", title: "Notices", description: ""), data: Listing(titles: titles)),
                       sitemap: SitemapEntry(location: context.absolute("notices/"), lastModified: nil))]
        }
    }
}

@Suite struct ThrowawayFeatureTests {
    // One registration line per layer.
    static let features = FeatureSet.builtIn.adding(Notices.feature)
    static let catalog = AdminCatalog(features: features, groups: AdminCatalog.builtIn.groups + [Notices.group])
    static let sections = SectionRegistry.all + [Notices.Section.self]

    let directory = TemporaryDirectory("portico-notices")
    var database: String { directory.url.appendingPathComponent("portico.db").path }
    static let clock: @Sendable () -> Date = { Timestamp.parse("2026-12-04T10:00:00Z")! }

    init() throws {
        try directory.writeFiles(TinySite.minimalTheme)
        try DemoResources.writeFiles(into: directory.url)
        try DemoData.createDatabase(at: database, adminEmail: DemoData.adminEmail, adminName: "Admin", demo: true, clock: Self.clock,
                                    features: Self.features)
    }

    func admin(_ words: [String], as actor: String = DemoData.adminEmail) -> (code: ExitCode, output: CommandOutput) {
        let output = CommandOutput()
        let code = AdminApp.run(words + ["--db", database, "--as", actor], environment: ["PORTICO_NOW": "2026-12-04T10:00:00Z"], output: output,
                                catalog: Self.catalog)
        return (code, output)
    }

    @Test func itsCommandIsInTheHelpAndItsCapabilityInThePermissionDocs() {
        let help = AdminApp.run(["--help"], environment: [:], output: CommandOutput(), catalog: Self.catalog)
        #expect(help == .success)
        let output = CommandOutput()
        _ = AdminApp.run(["--help"], environment: [:], output: output, catalog: Self.catalog)
        #expect(output.standardOutput.contains("notices") && output.standardOutput.contains("Notices on the public site."))
        let verbs = CommandOutput()
        _ = AdminApp.run(["notices", "--help"], environment: [:], output: verbs, catalog: Self.catalog)
        #expect(verbs.standardOutput.contains("Post a notice on the public site."))
        let permissions = GeneratedDocs.permissions(Self.catalog)
        #expect(permissions.contains("| `notices.post` | post notices on the public site | yes | yes | no |"))
        #expect(permissions.contains("| `portico-admin notices add` | `notices.post` | yes |"))
        // Portico's own docs do not list it: the feature exists only in this test's catalog.
        #expect(!GeneratedDocs.permissions().contains("notices.post"))
    }

    @Test func itsCommandRunsUnderItsCapabilityAndIsAudited() throws {
        let posted = admin(["notices", "add", "--slug", "agm", "--title", "AGM moved to March", "--contact", "agm.desk@example.org"],
                           as: "ops@demo.portico.example")
        #expect(posted.code == .success, "\(posted.output.standardError)")
        let refused = admin(["notices", "add", "--slug", "x", "--title", "X", "--contact", "x@example.org"], as: "support@platform.portico.example")
        #expect(refused.code != .success && refused.output.standardError.contains("notices.post"))
        let store = try Store(path: database, features: Self.features)
        store.auditKeyPath = AuditKey.defaultPath(forDatabase: database)
        #expect(try Notices.entity.records(in: store).map { try $0.text("slug") } == ["office-closed", "agm"], "the demo's notice, then the new one")
        #expect(try AuditLog(store: store).verify() == [])
        #expect(try AuditLog(store: store).list(entity: "notice").contains { $0.entityID == "agm" })
    }

    @Test func itIsExportedAndImportedLikeEveryEntity() throws {
        let exported = admin(["export", "notices", "--format", "csv"])
        #expect(exported.code == .success, "\(exported.output.standardError)")
        #expect(exported.output.standardOutput.contains("office-closed,Office closed on Friday,notices.desk@harbour-guild.example"))
        let file = directory.url.appendingPathComponent("notices.csv")
        try "slug,title,contact_email\nregatta,Regatta on Saturday,regatta.desk@example.org\n".write(to: file, atomically: true, encoding: .utf8)
        let imported = admin(["import", "notices", file.path])
        #expect(imported.code == .success, "\(imported.output.standardError)")
        let store = try Store(path: database, features: Self.features)
        #expect(try Notices.entity.records(in: store).count == 2)
        // Portico's own catalog does not know the entity.
        let unknown = CommandOutput()
        #expect(AdminApp.run(["export", "notices", "--db", database, "--as", DemoData.adminEmail], environment: [:], output: unknown) != .success)
    }

    @Test func itsPageIsBuiltWithItsDefaultTemplateListedInTheSitemapAndCheckedForPrivacy() throws {
        var options = BuildOptions(siteDirectory: directory.url, databasePath: database)
        options.features = Self.features
        options.clock = Self.clock
        options.checkPrivacy = true
        _ = try Site(options: options, sections: Self.sections).build()
        let page = try #require(directory.read("output/notices/index.html"))
        #expect(page.contains("<li>Office closed on Friday</li>"))
        let sitemaps = directory.files(under: "output").filter { $0.contains("sitemap") }.compactMap { directory.read("output/" + $0) }.joined()
        #expect(sitemaps.contains("https://example.org/notices/"))

        // The contact email is `identifying`: the privacy check reports it once a theme publishes it.
        try directory.write("{{<base}}{{$main}}{{#titles}}{{.}}{{/titles}} notices.desk@harbour-guild.example{{/main}}{{/base}}",
                            to: "themes/default/layouts/notices.mustache")
        options.checkPrivacy = false
        _ = try Site(options: options, sections: Self.sections).build()
        let store = try Store(readingOnly: database, clock: Self.clock, features: Self.features)
        let check = try PrivacyCheck(store: store, today: CalendarDate.day(of: Self.clock(), in: TimeZone(identifier: "Europe/London")!),
                                     auditKeyPath: nil, sections: Self.sections)
        let findings = try check.scan(directory.url.appendingPathComponent("output"))
        #expect(findings.map(\.description) == ["notices/index.html: private notice contact email (notices office-closed contact_email)"])
    }

    @Test func removingAMemberRemovesTheirNoticesByTheDescribedReference() throws {
        let posted = admin(["notices", "add", "--slug", "retiring", "--title", "A member retires", "--contact", "office@example.org", "--member", "M000004"])
        #expect(posted.code == .success, "\(posted.output.standardError)")
        let removed = admin(["members", "remove", "M000004"])
        #expect(removed.code == .success, "\(removed.output.standardError)")
        let store = try Store(path: database, features: Self.features)
        store.auditKeyPath = AuditKey.defaultPath(forDatabase: database)
        #expect(try Notices.entity.records(in: store).map { try $0.text("slug") } == ["office-closed"])
        #expect(try AuditLog(store: store).verify() == [])
    }
}
