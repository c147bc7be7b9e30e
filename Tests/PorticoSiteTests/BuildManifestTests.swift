import Foundation
import Testing
@testable import PorticoSite
import PorticoModel
import PorticoTestSupport

/// The manifest of content hashes: unchanged files are found without reading the old output, and a build with a
/// manifest writes exactly what a build without one writes.
@Suite struct BuildManifestTests {
    /// A help center of `count` generated articles in 8 categories: headings, lists, code, links, a table.
    static func articles(_ count: Int) -> String {
        let categories = ["start", "billing", "events", "members", "account", "courses", "jobs", "sponsors"]
        var files = ""
        for (index, category) in categories.enumerated() {
            files += "-- content/help/\(category)/_index.md --\n---\ntitle: \(category.capitalized)\norder: \(index)\n---\nAbout \(category).\n"
        }
        for number in 0..<count {
            let category = categories[number % categories.count]
            files += """
            -- content/help/\(category)/article-\(number).md --
            ---
            title: How to handle case \(number) in \(category)
            updated: 2026-0\(1 + number % 9)-1\(number % 10)
            tags: [\(category), case\(number % 13)]
            ---
            Members ask about **case \(number)** when they renew, register for an event or update a \(category) record.

            ## Before you start

            - Check the member's plan and status.
            - Open [the \(category) guide](/help/\(category)/) and note the invoice number `INV-\(number)`.

            ## Steps

            1. Go to *Settings* → \(category.capitalized).
            2. Run this:

            ```sh
            portico-admin report \(category) --from 2026-01-01
            ```

            | Field | Meaning |
            |---|---|
            | status | where case \(number) stands |

            > Tip: word \(number % 97) and term\(number % 31) help related articles find each other.

            """ + "\n"
        }
        return files
    }

    func files(in root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            result[String(url.path.dropFirst(root.path.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }

    @Test func aThousandArticlesRebuildByteIdenticalWritingNothing() throws {
        let site = try TinySite(Self.articles(1_000))
        let first = try site.build()
        #expect(first.pages > 1_000)
        let output = site.directory.url.appendingPathComponent("output")
        let before = try files(in: output)
        let second = try site.build()
        #expect(second.written == 0 && second.unchanged == first.files && second.removed == 0)
        #expect(try files(in: output) == before)
        // A fresh build into another folder, with no manifest, writes the same bytes.
        try site.build(out: "fresh")
        #expect(try files(in: site.directory.url.appendingPathComponent("fresh")) == before)
    }

    @Test func theManifestDescribesTheOutputAndIsNotPublished() throws {
        let site = try TinySite("-- content/a.md --\nFirst.\n")
        try site.build()
        let output = site.directory.url.appendingPathComponent("output")
        let manifest = try #require(BuildManifest.load(for: output))
        #expect(manifest.hashes["a/index.html"] == BuildManifest.hash(Array(try Data(contentsOf: output.appendingPathComponent("a/index.html")))))
        #expect(Set(manifest.hashes.keys) == Set(site.outputFiles()))
        #expect(!site.outputFiles().contains { $0.contains("manifest") })
    }

    @Test func anUnchangedRebuildTrustsTheManifestInsteadOfReadingOldFiles() throws {
        let site = try TinySite("-- content/a.md --\nFirst.\n")
        try site.build()
        let page = site.directory.url.appendingPathComponent("output/a/index.html")
        // Changed behind the build's back, in place: with the manifest the build never reads it, so it stays.
        let handle = try FileHandle(forWritingTo: page)
        try handle.write(contentsOf: Data("tampered".utf8))
        try handle.close()
        #expect(try site.build().written == 0)
        #expect(site.output("a/index.html")?.hasPrefix("tampered") == true)
        // Without a manifest (lost, or for another folder) the build compares bytes and repairs the file.
        try FileManager.default.removeItem(atPath: BuildManifest.path(for: site.directory.url.appendingPathComponent("output")))
        #expect(try site.build().written == 1)
        #expect(site.output("a/index.html")?.hasPrefix("tampered") == false)
    }

    @Test func aManifestForAnotherFolderIsIgnored() throws {
        let site = try TinySite("-- content/a.md --\nFirst.\n-- content/b.md --\nSecond.\n")
        try site.build()
        let output = site.directory.url.appendingPathComponent("output")
        // The output replaced by a copy (a new folder at the same path), one file edited: the old manifest no
        // longer describes it, so the edit is seen and repaired.
        let copy = site.directory.url.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: output, to: copy)
        try FileManager.default.removeItem(at: output)
        try FileManager.default.moveItem(at: copy, to: output)
        try Data("edited".utf8).write(to: output.appendingPathComponent("b/index.html"))
        #expect(BuildManifest.load(for: output) == nil)
        let summary = try site.build()
        #expect(summary.written == 1)
        #expect(site.output("b/index.html")?.contains("Second.") == true)
        #expect(BuildManifest.load(for: output) != nil)
    }

    @Test func anUnchangedRebuildRendersNothingAndAnyInputChangeRebuilds() throws {
        let site = try TinySite("-- content/a.md --\nFirst.\n")
        let first = try site.build()
        let output = site.directory.url.appendingPathComponent("output")
        let identity = BuildManifest.identity(of: output.path)
        let unchanged = try site.build()
        #expect(!unchanged.steps.contains { $0.0 == "render" } && unchanged.written == 0 && unchanged.unchanged == first.files)
        #expect(unchanged.pages == first.pages)
        #expect(BuildManifest.identity(of: output.path)! == identity!, "the output folder was not even swapped")

        // Each kind of input is part of the fingerprint: the database the build reads…
        try site.store.write(as: TestStores.admin, command: "settings set") { try SiteSettings.set("organization.name", to: "Renamed Guild", in: $0) }
        #expect(try site.build().steps.contains { $0.0 == "render" })
        // …the theme…
        try site.directory.write("body { color: #000; }\n", to: "themes/default/assets/style.css")
        #expect(try site.build().steps.contains { $0.0 == "render" })
        // …the content…
        try site.directory.write("First, edited.\n", to: "content/a.md")
        #expect(try site.build().written > 0)
        #expect(site.output("a/index.html")?.contains("First, edited.") == true)
        // …and the options.
        var options = site.options
        options.baseURL = "https://other.example/"
        #expect(try Site(options: options).build().written > 0)
        #expect(try site.build().steps.contains { $0.0 == "render" }, "back to the configured base URL renders again")
        #expect(!(try site.build().steps.contains { $0.0 == "render" }))
        // A file removed from the output by hand is noticed and written back.
        try FileManager.default.removeItem(at: output.appendingPathComponent("a/index.html"))
        #expect(try site.build().written == 1)
        #expect(site.output("a/index.html") != nil)
    }
}

extension BuildManifestTests {
    /// The unchanged-rebuild shortcut is only as good as the sections' `tables` declarations: every table the build
    /// reads must be one a section declares (or `settings`, which every build reads), or a change to it would go
    /// unnoticed. This traces the SQL of a build of the demo data and checks.
    @Test func everyTableTheBuildReadsIsDeclared() throws {
        let site = try TinySite(Self.articles(3), demo: true)
        let site2 = Site(options: site.options)
        let statements = SQLLog()
        site2.traceSQL = { statements.append($0) }
        _ = try site2.build()
        let declared = Set(["settings"] + SectionRegistry.all.flatMap { $0.tables })
        var read: Set<String> = []
        for sql in statements.all {
            let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == ")" || $0 == "," }).map(String.init)
            for (index, word) in words.enumerated() where ["FROM", "JOIN"].contains(word.uppercased()) && index + 1 < words.count {
                read.insert(words[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: "\"`")))
            }
        }
        #expect(!read.isEmpty, "the trace saw no reads")
        #expect(read.subtracting(declared).isEmpty, "undeclared tables read by the build: \(read.subtracting(declared).sorted())")
    }
}

/// Statements collected from the trace hook.
final class SQLLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []
    func append(_ sql: String) { lock.lock(); statements.append(sql); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return statements }
}
