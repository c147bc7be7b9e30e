import Foundation
import Testing
import PorticoDefaultTheme
@testable import PorticoSite
import PorticoTestSupport

/// The default theme compiled into Portico is `themes/default/` byte for byte, and a site's theme overrides it
/// file by file, through a parent theme when it names one.
@Suite struct DefaultThemeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The generated sources: each theme folder's files as dictionaries in parts of at most about 400 lines
    /// (`DefaultTheme+Layouts1.swift`, `+Layouts2.swift` …; a longer file is a part of its own), and
    /// `DefaultTheme+Parts.swift` listing the parts.
    static func generatedSources(_ files: [String: String]) -> [String: String] {
        var sources: [String: String] = [:]
        var parts: [String] = []
        for folder in DefaultTheme.folders {
            let name = folder.prefix(1).uppercased() + folder.dropFirst()
            var chunks: [[String]] = [[]]
            var length = 0
            for (path, text) in files.filter({ $0.key.hasPrefix(folder + "/") }).sorted(by: { $0.key < $1.key }) {
                // Enough #s that the text cannot close the raw literal or interpolate.
                var hashes = "#"
                while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
                let entry = "        \"\(path)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),"
                let lines = entry.split(separator: "\n", omittingEmptySubsequences: false).count
                if length > 0 && length + lines > 400 { chunks.append([]); length = 0 }
                chunks[chunks.count - 1].append(entry)
                length += lines
            }
            for (index, chunk) in chunks.enumerated() {
                let part = "\(folder)\(index + 1)Files"
                parts.append(part)
                let lines = ["// Generated from themes/default/\(folder) by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.",
                             "extension DefaultTheme {", "    /// Files of `themes/default/\(folder)/` by their path in the theme (part \(index + 1) of \(chunks.count)).",
                             "    static let \(part): [String: String] = [" + (chunk.isEmpty ? ":" : "")] + chunk + ["    ]", "}"]
                sources["DefaultTheme+\(name)\(index + 1).swift"] = lines.joined(separator: "\n") + "\n"
            }
        }
        sources["DefaultTheme+Parts.swift"] = ([
            "// Generated from themes/default by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.",
            "extension DefaultTheme {", "    /// The generated parts, folder by folder.", "    static let parts: [[String: String]] = ["]
            + parts.map { "        \($0)," } + ["    ]", "}"]).joined(separator: "\n") + "\n"
        return sources
    }

    @Test func theBuiltInThemeIsThemesDefaultByteForByte() throws {
        let folder = Self.repository.appendingPathComponent("themes/default")
        var files: [String: String] = [:]
        for path in try SiteFolder.files(in: folder, label: "themes/default") {
            files[path] = String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
        }
        #expect(files.keys.allSatisfy { path in DefaultTheme.folders.contains { path.hasPrefix($0 + "/") } }, "a file outside \(DefaultTheme.folders)")
        let sources = Self.generatedSources(files)
        let module = Self.repository.appendingPathComponent("Sources/PorticoDefaultTheme")
        if ProcessInfo.processInfo.environment["PORTICO_UPDATE_DEFAULT_THEME"] == "1" {
            for name in try FileManager.default.contentsOfDirectory(atPath: module.path) where name != "DefaultTheme.swift" && sources[name] == nil {
                try FileManager.default.removeItem(at: module.appendingPathComponent(name))
            }
            for (name, source) in sources { try Data(source.utf8).write(to: module.appendingPathComponent(name)) }
        }
        let stale = "Sources/PorticoDefaultTheme is stale: run PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests"
        for (name, source) in sources {
            #expect(try String(contentsOf: module.appendingPathComponent(name), encoding: .utf8) == source, "\(name): \(stale)")
        }
        let present = try FileManager.default.contentsOfDirectory(atPath: module.path).filter { $0 != "DefaultTheme.swift" }
        #expect(Set(present) == Set(sources.keys), "only generated files beside DefaultTheme.swift")
        #expect(DefaultTheme.files == files, "\(stale) (then build again)")
        #expect(files.keys.contains("layouts/base.mustache") && files.keys.contains("assets/search.js") && files.keys.contains("emails/welcome.mustache"))
    }

    /// A site with no theme folder builds entirely from the built-in theme, the same pages as with a copy of it.
    @Test func aSiteWithoutAThemeFolderBuildsFromTheBuiltInTheme() throws {
        let files = "-- content/_index.md --\n# Home\n-- content/about.md --\n---\ntitle: About\n---\nHello.\n"
        let bare = try TinySite("-- portico.json --\n{\"baseURL\": \"https://example.org/\", \"title\": \"Tiny\"}\n" + files, theme: false)
        try bare.build()
        let copied = try TinySite("-- portico.json --\n{\"baseURL\": \"https://example.org/\", \"title\": \"Tiny\"}\n" + files, theme: false)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("themes/default"), to: copied.directory.url.appendingPathComponent("themes/default"))
        try copied.build()
        #expect(bare.outputFiles() == copied.outputFiles())
        for file in bare.outputFiles() where !file.hasPrefix("search/") {
            #expect(bare.output(file) == copied.output(file), "\(file)")
        }
        #expect(bare.output("about/index.html")?.contains("<p>Hello.</p>") == true)
    }

    /// The site's theme overrides what it has; its parent what it has next; the built-in theme the rest. Errors in
    /// an override name its file; a loop of parents is named.
    @Test func aThemeOverridesFileByFileThroughItsParent() throws {
        let site = try TinySite("""
        -- portico.json --
        {"baseURL": "https://example.org/", "title": "Tiny", "theme": "child"}
        -- themes/child/theme.json --
        {"parent": "base"}
        -- themes/child/layouts/page.mustache --
        {{<base}}{{$main}}<h1 class="child-page">{{page.title}}</h1>{{{content}}}{{/main}}{{/base}}
        -- themes/base/partials/footer.mustache --
        <footer class="from-parent">Parent footer</footer>
        -- themes/base/layouts/page.mustache --
        <p>the parent's page layout, hidden by the child's</p>
        -- themes/base/assets/extra.css --
        .extra { color: #111; }
        -- content/_index.md --
        # Home
        -- content/about.md --
        ---
        title: About
        ---
        Hello.
        """, theme: false)
        try site.build()
        let about = try #require(site.output("about/index.html"))
        #expect(about.contains("<h1 class=\"child-page\">About</h1>"), "the child's layout")
        #expect(about.contains("<footer class=\"from-parent\">Parent footer</footer>"), "the parent's partial")
        #expect(about.contains("class=\"skip-link\""), "the built-in base layout")
        #expect(site.outputFiles().contains { $0.hasPrefix("assets/extra.") } && site.outputFiles().contains { $0.hasPrefix("assets/style.") })

        try site.directory.write("{{<base}}{{$main}}{{#broken}}{{/main}}{{/base}}", to: "themes/child/layouts/page.mustache")
        #expect { try site.build() } throws: { "\($0)".contains("themes/child/layouts/page.mustache:1:") }
        try site.directory.write("{\"parent\": \"child\"}", to: "themes/base/theme.json")
        #expect { try site.build() } throws: { "\($0)".contains("the parent themes form a loop: child → base → child") }
    }
}
