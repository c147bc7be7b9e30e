import Foundation
import Testing
import PorticoDigest
import PorticoFormats
import PorticoModel
@testable import PorticoSite
import PorticoTestSupport

/// The resource library as the built site publishes it: members' resources listed without their file or link
/// anywhere in the output, files under content-hashed names, a missing or escaping file a build error naming the
/// resource, the 'most used' order following the access-log counts, and a resource leaving the site at the next
/// build once it is removed.
@Suite struct ResourcesSiteTests {
    static let files = """
    -- portico.json --
    {"baseURL": "https://example.org/"}
    -- content/_index.md --
    # Home
    -- content/resources/_index.md --
    ---
    title: Library
    ---
    Toolkits for members.
    -- content/resources/checklist.pdf --
    %PDF-1.4 public checklist
    -- content/resources/welcome.pdf --
    %PDF-1.4 SECRET-WELCOME-PACK for members only
    """

    static func seed(_ site: TinySite) throws {
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try ResourceRecords.add(title: "Inspection checklist", fields: ["file": "content/resources/checklist.pdf", "published_on": "2026-11-01", "tags": "quays"], in: context)
            try ResourceRecords.add(title: "Welcome pack", fields: ["file": "content/resources/welcome.pdf", "audience": "members", "published_on": "2026-11-02"], in: context)
            try ResourceRecords.add(title: "Contract model", fields: ["url": "https://members.example.net/contract-model", "audience": "members",
                                                                      "type": "template", "published_on": "2026-11-03"], in: context)
            try ResourceRecords.add(title: "Webinar recording", fields: ["url": "https://video.example.net/webinar", "type": "video", "published_on": "2026-11-04"], in: context)
            try ResourceRecords.add(title: "Next year's plan", fields: ["url": "https://example.net/plan", "published_on": "2027-06-01"], in: context)
        }
    }

    static func everyOutputFile(_ site: TinySite) -> [(path: String, bytes: [UInt8])] {
        site.outputFiles().map { ($0, [UInt8](FileManager.default.contents(atPath: site.directory.url.appendingPathComponent("output/" + $0).path) ?? Data())) }
    }

    @Test func membersResourcesAreListedWithoutTheirFileOrLink() throws {
        let site = try TinySite(Self.files, theme: false)
        try Self.seed(site)
        try site.build()
        let list = try #require(site.output("resources/index.html"))
        #expect(list.contains("Welcome pack") && list.contains("Contract model") && list.contains("<strong>Members only</strong>"))
        #expect(!list.contains("Next year"))   // published in the future: not yet listed
        let welcome = try #require(site.output("resources/welcome-pack/index.html"))
        #expect(welcome.contains("<strong>Members only.</strong>") && !welcome.contains("download"))
        for (path, bytes) in Self.everyOutputFile(site) {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("SECRET-WELCOME-PACK"), "\(path) holds the members' file")
            #expect(!text.contains("members.example.net"), "\(path) holds the members' link")
            #expect(!path.contains("welcome-pack-") && !path.contains("welcome.pdf"), "\(path)")
        }
        // The public file is published under its content hash, and the page links to it.
        let digest = String(Hex.encode(SHA256.hash(Array("%PDF-1.4 public checklist\n".utf8))).prefix(8))
        let published = "resources/files/inspection-checklist-\(digest).pdf"
        #expect(site.outputFiles().contains(published))
        #expect(try #require(site.output("resources/inspection-checklist/index.html")).contains("href=\"/\(published)\" download"))
        #expect(try #require(site.output("resources/tag/quays/index.html")).contains("Inspection checklist"))
    }

    @Test func aMissingOrEscapingFileIsABuildErrorNamingTheResource() throws {
        let site = try TinySite(Self.files, theme: false)
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try ResourceRecords.add(title: "Lost toolkit", fields: ["file": "content/resources/lost.zip", "published_on": "2026-11-01"], in: context)
        }
        do {
            try site.build()
            Issue.record("a missing file built")
        } catch let error as SiteError {
            #expect(error.file == "content/resources/lost.zip")
            #expect(error.message.contains("resource 'lost-toolkit'") && error.message.contains("missing"))
        }
        #expect(!FileManager.default.fileExists(atPath: site.directory.url.appendingPathComponent("output/index.html").path), "nothing half-written")
        // A path out of the content folder is refused when it is given, and a link out of it when the site is built.
        #expect(throws: ModelError.self) {
            try site.store.write(as: TestStores.admin, command: "test") { try ResourceRecords.update(slug: "lost-toolkit", fields: ["file": "content/../portico.db"], in: $0) }
        }
        try FileManager.default.createSymbolicLink(atPath: site.directory.url.appendingPathComponent("content/resources/lost.zip").path,
                                                   withDestinationPath: site.store.path)
        do {
            try site.build()
            Issue.record("a link out of the content folder built")
        } catch let error as SiteError {
            // The content folder's own scan refuses it first, naming the link and where it points.
            #expect(error.message.contains("outside content/") || error.message.contains("outside the content folder"))
        }
    }

    @Test func mostUsedFollowsTheAccessLogsAndARemovedResourceLeaves() throws {
        let site = try TinySite(Self.files, theme: false)
        try Self.seed(site)
        let log = site.directory.url.appendingPathComponent("access.log")
        let lines = (0..<3).map { "10.0.0.\($0) - - [20/Nov/2026:10:00:00 +0000] \"GET /resources/webinar-recording/ HTTP/1.1\" 200 100 \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0\"" }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: log)
        try site.store.write(as: TestStores.admin, command: "analytics ingest") { _ = try UsageAnalytics.ingest(files: [log.path], basePath: "/", in: $0) }
        try site.build()
        let popular = try #require(site.output("resources/popular/index.html"))
        let webinar = try #require(popular.range(of: "Webinar recording")), checklist = try #require(popular.range(of: "Inspection checklist"))
        #expect(webinar.lowerBound < checklist.lowerBound)
        let newest = try #require(site.output("resources/index.html"))
        #expect(try #require(newest.range(of: "Webinar recording")).lowerBound < (try #require(newest.range(of: "Contract model"))).lowerBound)
        try site.store.write(as: TestStores.admin, command: "test") { try ResourceRecords.remove(slug: "inspection-checklist", in: $0) }
        try site.build()
        #expect(site.output("resources/inspection-checklist/index.html") == nil)
        #expect(!site.outputFiles().contains { $0.hasPrefix("resources/files/inspection-checklist-") })
    }
}

/// The repository's demo site holds exactly the resource files the demo database names.
@Suite struct DemoResourceFilesTests {
    @Test func theRepositoryHoldsTheDemosResourceFiles() throws {
        let repository = BuildBinaryTests.repository
        for file in DemoResources.files {
            let bytes = FileManager.default.contents(atPath: repository.appendingPathComponent(file.path).path).map { [UInt8]($0) }
            #expect(bytes == file.bytes, "\(file.path) differs from DemoResources.files: write it from there")
        }
        let folder = repository.appendingPathComponent("content/resources")
        let present = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".md") }.sorted()
        #expect(present == DemoResources.files.map { String($0.path.split(separator: "/").last!) }.sorted())
    }
}
