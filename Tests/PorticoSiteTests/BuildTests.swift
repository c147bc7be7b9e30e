import Foundation
import Testing
import PorticoModel
import PorticoMustache
@testable import PorticoSite
import PorticoTestSupport

@Suite struct BuildTests {
    @Test func buildsPagesSitemapRobotsAnd404() throws {
        let site = try TinySite("""
        -- content/_index.md --
        ---
        title: Welcome
        ---
        Hello *there*.
        -- content/about.md --
        ---
        title: About us
        updated: 2026-03-04
        ---
        We are <b>staff-written</b>.
        -- content/pages/contact.html --
        ---
        title: Contact
        slug: get-in-touch
        ---
        <p>Write to us.</p>
        """)
        let summary = try site.build()
        #expect(summary.pages == 5, "home, about, contact, 404 and the search page (plain pages are searchable)")
        let assets = site.outputFiles().filter { $0.hasPrefix("assets/") }
        // The theme's own style.css, and the built-in theme's scripts beneath it.
        #expect(assets.count == 6 && assets[0].hasPrefix("assets/directory.") && assets[1].hasPrefix("assets/jobs.") && assets[2].hasPrefix("assets/leads.")
                && assets[3].hasPrefix("assets/search.") && assets[4].hasPrefix("assets/style.") && assets[5].hasPrefix("assets/verify."))
        #expect(site.output(assets[4]) == "body { color: #111; }\n")
        #expect(site.outputFiles().filter { !$0.hasPrefix("search/") } == ["404.html", "about/index.html"] + assets + ["index.html", "pages/get-in-touch/index.html", "robots.txt", "sitemap-1.xml", "sitemap.xml"])
        #expect(site.output("search/fragments/1.json")?.contains("\"t\":\"About us\"") == true)
        #expect(site.output("index.html")?.contains("<h1>Tiny</h1><p>Hello <em>there</em>.</p>") == true)
        #expect(site.output("index.html")?.contains("href=\"/\(assets[4])\"") == true)
        #expect(site.output("about/index.html")?.contains("We are <b>staff-written</b>.") == true)
        #expect(site.output("about/index.html")?.contains("<p>Updated 4 March 2026</p>") == true)
        #expect(site.output("pages/get-in-touch/index.html")?.contains("<p>Write to us.</p>") == true)
        #expect(site.output("sitemap.xml") == """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://example.org/sitemap-1.xml</loc><lastmod>2026-03-04</lastmod></sitemap>
        </sitemapindex>

        """)
        let sitemap = try #require(site.output("sitemap-1.xml"))
        #expect(sitemap.contains("<url><loc>https://example.org/about/</loc><lastmod>2026-03-04</lastmod></url>"))
        #expect(sitemap.contains("<loc>https://example.org/pages/get-in-touch/</loc>"))
        #expect(!sitemap.contains("404"))
        #expect(site.output("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")
        #expect(summary.written == summary.files && summary.unchanged == 0)
    }

    /// Theme scripts ship minified (search.js is part of every first query's bytes); one that cannot be read as
    /// JavaScript stops the build with its file and line.
    @Test func themeScriptsAreMinifiedAndABrokenOneIsNamed() throws {
        let site = try TinySite("""
        -- themes/default/assets/app.js --
        /* Why this script exists. */
        function greet(name) {
          // The greeting.
          return "Hello, " + name;
        }
        -- content/about.md --
        About.
        """)
        try site.build()
        let script = try #require(site.outputFiles().first { $0.hasPrefix("assets/app.") && $0.hasSuffix(".js") })
        #expect(site.output(script) == "function greet(name){return\"Hello, \"+name;}\n")
        try site.directory.writeFiles("-- themes/default/assets/app.js --\nvar a = 1;\nvar s = \"open\n")
        do { try site.build(); Issue.record("expected an error") } catch let error as SiteError {
            #expect(error.description.contains("themes/default/assets/app.js:2: unterminated string literal"), "\(error.description)")
        }
    }

    @Test func menuLinksRespectTheBasePathAndExternalURLs() throws {
        let site = try TinySite("""
        -- portico.json --
        {"baseURL": "https://example.org/guild/", "menu": [{"title": "About", "url": "/about/"}, {"title": "Shop", "url": "https://shop.example.org/"}]}
        -- themes/default/layouts/page.mustache --
        {{<base}}{{$main}}{{#nav}}[{{title}}|{{url}}|{{current}}]{{/nav}}{{/main}}{{/base}}
        -- content/about.md --
        About.
        """)
        try site.build()
        #expect(site.output("about/index.html")?.contains("[Home|/guild/|false][About|/guild/about/|true][Shop|https://shop.example.org/|false]") == true)
        #expect(site.output("sitemap-1.xml")?.contains("<loc>https://example.org/guild/about/</loc>") == true)
    }

    @Test func draftsAreSkippedUnlessAskedFor() throws {
        let site = try TinySite("""
        -- content/secret.md --
        ---
        title: Not yet
        draft: true
        ---
        Draft.
        """)
        try site.build()
        #expect(site.output("secret/index.html") == nil)
        #expect(site.output("sitemap-1.xml")?.contains("secret") == false)
        try site.build(drafts: true)
        #expect(site.output("secret/index.html")?.contains("Not yet") == true)
    }

    @Test func outputIsDeterministic() throws {
        let site = try TinySite("""
        -- content/a.md --
        # A
        -- content/help/start/one.md --
        ---
        title: One
        tags: [x]
        ---
        Members renew here.
        -- content/help/start/two.md --
        ---
        title: Two
        tags: [x]
        ---
        Members renew there.
        """)
        try site.build(out: "first")
        try site.build(out: "second")
        let files = site.outputFiles(out: "first")
        #expect(files == site.outputFiles(out: "second"))
        for file in files { #expect(site.output(file, out: "first") == site.output(file, out: "second"), "\(file) differs") }
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        let site = try TinySite("""
        -- content/a.md --
        First.
        -- content/b.md --
        Second.
        """)
        try site.build()
        let output = site.directory.url.appendingPathComponent("output")
        func inode(_ path: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
        }
        let (aBefore, bBefore) = (try inode("a/index.html"), try inode("b/index.html"))
        let before = Dictionary(uniqueKeysWithValues: try site.outputFiles().map { ($0, try inode($0)) })
        try site.directory.write("Second, changed.\n", to: "content/b.md")
        let summary = try site.build()
        // The page and the search index files its words are in; nothing else.
        let rewritten = try site.outputFiles().filter { try before[$0] != inode($0) }
        #expect(rewritten.filter { !$0.hasPrefix("search/") } == ["b/index.html"])
        #expect(summary.written == rewritten.count)
        #expect(try inode("a/index.html") == aBefore)
        #expect(try inode("b/index.html") != bBefore)
        #expect(site.output("b/index.html")?.contains("Second, changed.") == true)
        try FileManager.default.removeItem(at: site.directory.url.appendingPathComponent("content/b.md"))
        let third = try site.build()
        #expect(third.removed >= 1)
        #expect(site.output("b/index.html") == nil)
    }
}

@Suite struct AtomicBuildTests {
    let files = """
    -- content/a.md --
    Alpha.
    -- content/b.md --
    Beta.
    """

    func snapshot(_ site: TinySite) -> [String: String] {
        Dictionary(uniqueKeysWithValues: site.outputFiles().map { ($0, site.output($0) ?? "") })
    }

    @Test func templateSyntaxErrorLeavesPreviousOutputWhole() throws {
        let site = try TinySite(files)
        try site.build()
        let before = snapshot(site)
        try site.directory.write("{{<base}}{{$main}}{{#broken}}<h1>{{page.title}}</h1>{{/main}}{{/base}}\n", to: "themes/default/layouts/page.mustache")
        do {
            try site.build()
            Issue.record("the build should fail")
        } catch let error as TemplateError {
            #expect(error.file == "themes/default/layouts/page.mustache")
            #expect(error.line == 1 && error.column == 53)
            #expect(error.description.hasPrefix("themes/default/layouts/page.mustache:1:53: closing tag 'main' does not match open section 'broken'"))
        }
        #expect(snapshot(site) == before)
        #expect(!FileManager.default.fileExists(atPath: site.directory.url.appendingPathComponent(".output.staging").path))
    }

    @Test func failureWhileRenderingLeavesPreviousOutputWhole() throws {
        let site = try TinySite(files)
        try site.build()
        let before = snapshot(site)
        // Parses fine, but fails halfway through rendering: the partial does not exist.
        try site.directory.write("{{<base}}{{$main}}{{>missing-partial}}{{/main}}{{/base}}\n", to: "themes/default/layouts/page.mustache")
        #expect {
            try site.build()
        } throws: { error in
            "\(error)" .hasPrefix("[render] themes/default/layouts/page.mustache:1:19: partial 'missing-partial' not found, rendering a/index.html")
        }
        #expect(snapshot(site) == before)
    }

    @Test func partialThatIncludesItselfStopsWithItsPosition() throws {
        let site = try TinySite(files + "\n-- themes/default/partials/loop.mustache --\n<div>\n  {{>loop}}\n</div>\n")
        try site.build()
        let before = snapshot(site)
        try site.directory.write("{{<base}}{{$main}}{{>loop}}{{/main}}{{/base}}\n", to: "themes/default/layouts/page.mustache")
        do {
            try site.build()
            Issue.record("expected a recursion error")
        } catch let error as SiteError {
            #expect(error.message.hasPrefix("partials nested too deeply at 'loop' (does it include itself?), rendering "))
            #expect(error.file == "themes/default/partials/loop.mustache" && error.line == 2 && error.column == 3)
        }
        #expect(snapshot(site) == before)
    }

    @Test func contentErrorLeavesPreviousOutputWhole() throws {
        let site = try TinySite(files)
        try site.build()
        let before = snapshot(site)
        try site.directory.write("---\ntitle: [unclosed\n---\nBody\n", to: "content/c.md")
        #expect(throws: SiteError.self) { try site.build() }
        #expect(snapshot(site) == before)
    }

    @Test func outputInsideTheSiteFolderIsRefused() throws {
        let site = try TinySite(files)
        var options = site.options
        options.outputDirectory = site.directory.url
        #expect(throws: SiteError.self) { try Site(options: options).build() }
        #expect(FileManager.default.fileExists(atPath: site.directory.url.appendingPathComponent("content/a.md").path))
    }

    @Test func concurrentBuildsOfOneOutputTakeTurns() throws {
        let site = try TinySite(files)
        try site.build()
        let built = site.outputFiles()
        let options = site.options
        let failures = UncheckedCounter()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { _ = try Site(options: options).build() } catch { failures.increment() }
        }
        #expect(failures.value == 0)
        #expect(site.output("a/index.html")?.contains("Alpha.") == true)
        #expect(site.outputFiles() == built)
    }

    @Test func foreignFolderIsNeverReplaced() throws {
        let site = try TinySite(files)
        try site.directory.write("precious", to: "documents/thesis.txt")
        var options = site.options
        options.outputDirectory = site.directory.url.appendingPathComponent("documents")
        do {
            _ = try Site(options: options).build()
            Issue.record("expected a refusal")
        } catch let error as SiteError {
            #expect(error.description.contains("does not look like a Portico build"))
        }
        #expect(site.directory.read("documents/thesis.txt") == "precious")
        try site.directory.write("a file", to: "notes.txt")
        options.outputDirectory = site.directory.url.appendingPathComponent("notes.txt")
        #expect(throws: SiteError.self) { try Site(options: options).build() }
        #expect(site.directory.read("notes.txt") == "a file")
    }

    @Test func outputPathsCannotEscape() {
        for bad in ["../x.html", "/etc/passwd", "a/../../b", "a//b", "a/./b", "nul\0.html", ""] {
            #expect(throws: SiteError.self, "\(bad.debugDescription)") { try OutputWriter.validate(bad) }
        }
        #expect(throws: Never.self) { try OutputWriter.validate("help/a-b/index.html") }
    }
}

/// A counter shared by the threads of one test.
final class UncheckedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// Templates render strictly: a name no page data provides is an error naming the template, line, column, name
/// and page, never silent blank text. Null values are provided (optional data says "absent" with null).
@Suite struct StrictTemplateTests {
    @Test func aTypoInALayoutIsNamedWithItsPosition() throws {
        let site = try TinySite("-- content/about.md --\nAbout.\n")
        try site.build()
        try site.directory.write("{{<base}}{{$main}}<h1>{{page.title}}</h1>\n<p>{{page.descripton}}</p>{{/main}}{{/base}}\n", to: "themes/default/layouts/page.mustache")
        #expect {
            try site.build()
        } throws: { error in
            let site = error as? SiteError
            return site?.file == "themes/default/layouts/page.mustache" && site?.line == 2 && site?.column == 4
                && site?.message.hasPrefix("'page.descripton' is not in the data this template receives (a typo, or a name of another layout?), rendering about/index.html") == true
        }
    }

    @Test func aTypoInASectionNameIsAnErrorToo() throws {
        let site = try TinySite("-- content/about.md --\nAbout.\n")
        try site.directory.write("{{<base}}{{$main}}{{#updatd}}x{{/updatd}}{{/main}}{{/base}}\n", to: "themes/default/layouts/page.mustache")
        #expect(throws: SiteError.self) { try site.build() }
    }

    @Test func nullValuesAndTheDefaultThemeRenderStrictly() throws {
        // `updated` is null on a page without dates: provided, so no error; the whole default theme renders strictly.
        let site = try TinySite("-- content/about.md --\nAbout.\n-- content/help/start/one.md --\nOne.\n", theme: false)
        for folder in ["layouts", "partials", "assets"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("themes/default/\(folder)"),
                                             to: site.directory.url.appendingPathComponent("themes/default/\(folder)"))
        }
        try site.build()
        #expect(site.output("about/index.html")?.contains("About.") == true)
    }
}

/// The repository this test file is in, for copying the default theme.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
