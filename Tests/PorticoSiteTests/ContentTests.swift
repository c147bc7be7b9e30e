import PorticoFormats
import Foundation
import Testing
@testable import PorticoSite
import PorticoTestSupport

@Suite struct FrontMatterTests {
    func parse(_ text: String) throws -> FrontMatter { try FrontMatter(parsing: text, file: "content/x.md") }

    @Test func windowsLineEndingsAndAByteOrderMarkAreRead() throws {
        let matter = try parse("\u{FEFF}---\r\ntitle: Dues\r\ntags: [a, b]\r\n---\r\nBody line one.\r\nLine two, é.\r\n")
        #expect(matter["title"] == .string("Dues"))
        #expect(matter["tags"] == .list([.string("a"), .string("b")]))
        #expect(matter.body == "Body line one.\nLine two, é.\n")
        #expect(matter.bodyStartLine == 5)
        let plain = try parse("---\ntitle: X\n---\n# Head\n\nText ✓\n")
        #expect(plain.body == "# Head\n\nText ✓\n" && plain.bodyStartLine == 4)
        let none = try parse("No front matter.\r\n")
        #expect(none.body == "No front matter.\r\n" && none.fields.isEmpty)
        #expect(throws: SiteError.self) { try parse("---\r\ntitle: X\r\n") }
    }

    func failure(_ text: String) -> SiteError? {
        do { _ = try parse(text); return nil } catch let error as SiteError { return error } catch { return nil }
    }

    @Test func parsesTheCommonSubset() throws {
        let matter = try parse("""
        ---
        title: "Quoted: with colon"
        summary: 'It''s single'
        plain: Hello world # a comment
        order: 3
        ratio: 1.5
        draft: false
        date: 2026-02-28
        updated: 2026-02-28T09:30:00Z
        tags: [a, "b c", 3]
        list:
          - one
          - "two"
        empty:
        ---
        Body line
        """)
        #expect(matter["title"] == .string("Quoted: with colon"))
        #expect(matter["summary"] == .string("It's single"))
        #expect(matter["plain"] == .string("Hello world"))
        #expect(matter["order"] == .int(3))
        #expect(matter["ratio"] == .double(1.5))
        #expect(matter["draft"] == .bool(false))
        #expect(matter["date"] == .date("2026-02-28"))
        #expect(matter["updated"] == .date("2026-02-28T09:30:00Z"))
        #expect(matter["tags"] == .list([.string("a"), .string("b c"), .int(3)]))
        #expect(matter["list"] == .list([.string("one"), .string("two")]))
        #expect(matter["empty"] == .null)
        #expect(matter.body == "Body line")
        #expect(matter.bodyStartLine == 16)
    }

    @Test func errorsNameFileAndLine() throws {
        let unclosed = try #require(failure("---\ntitle: x\nBody"))
        #expect(unclosed.description == "content/x.md:1:1: front matter opened with '---' is never closed")
        let nested = try #require(failure("---\ntitle: x\nauthor:\n  name: Ada\n---\n"))
        #expect(nested.description == "content/x.md:4:3: list item outside a list" || nested.description == "content/x.md:4:3: nested values are not supported in front matter")
        let badDate = try #require(failure("---\ntitle: x\ndate: 2026-02-30\n---\n"))
        #expect(badDate.description == "content/x.md:3:7: '2026-02-30' is not a valid date (use 2026-01-31 or 2026-01-31T09:00:00Z)")
        let anchor = try #require(failure("---\nbase: &anchor x\n---\n"))
        #expect(anchor.description.hasPrefix("content/x.md:2:7: '&' (YAML maps, anchors, aliases, tags and block scalars) is not supported"))
        let duplicate = try #require(failure("---\ntitle: a\ntitle: b\n---\n"))
        #expect(duplicate.description == "content/x.md:3:1: key 'title' appears twice")
        let noColon = try #require(failure("---\njust words\n---\n"))
        #expect(noColon.description == "content/x.md:2:1: expected 'key: value'")
        let unterminated = try #require(failure("---\ntitle: \"open\n---\n"))
        #expect(unterminated.description == "content/x.md:2:8: unterminated \"quoted\" string")
    }

    @Test func oversizedFrontMatterIsRefused() {
        let bomb = "---\n" + (0..<5000).map { "k\($0): " + String(repeating: "x", count: 20) }.joined(separator: "\n") + "\n---\n"
        #expect(failure(bomb)?.message.contains("larger than 65536 bytes") == true)
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let matter = try parse("# Title\n\ntext")
        #expect(matter.fields.isEmpty && matter.body == "# Title\n\ntext")
    }
}

@Suite struct ContentLoaderTests {
    @Test func slugCollisionNamesBothFiles() throws {
        let site = try TinySite("""
        -- content/news/a.md --
        ---
        slug: same
        ---
        A
        -- content/news/same.md --
        B
        """)
        do {
            try site.build()
            Issue.record("expected a collision error")
        } catch let error as SiteError {
            #expect(error.description == "[load] content/news/same.md: has the same URL /news/same/ as content/news/a.md; give one a different slug")
        }
    }

    @Test func slugsCannotClimbOutOfTheirFolder() throws {
        for slug in ["../../etc", "a/b", "UPPER", "spa ce", "-lead"] {
            let site = try TinySite("-- content/x.md --\n---\nslug: \"\(slug)\"\n---\nX\n")
            do {
                try site.build()
                Issue.record("slug \(slug) should be refused")
            } catch let error as SiteError {
                #expect(error.description.contains("content/x.md: slug '\(slug)' is not valid"))
            }
        }
    }

    @Test func invalidUTF8IsAClearError() throws {
        let site = try TinySite("")
        try FileManager.default.createDirectory(at: site.directory.url.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data([0x68, 0xFF, 0xFE, 0x0A]).write(to: site.directory.url.appendingPathComponent("content/bad.md"))
        #expect(throws: SiteError.self) { try site.build() }
        do { try site.build() } catch let error as SiteError { #expect(error.description == "[load] content/bad.md: is not valid UTF-8 text") }
    }

    @Test func badConfigIsNamed() throws {
        let site = try TinySite("-- portico.json --\n{\"baseURL\": \"https://example.org/\", \"timezone\": \"Mars/Olympus\"}\n")
        // Each build must fail, with this message: a build that succeeds fails the test.
        #expect {
            try site.build()
        } throws: { error in
            (error as? SiteError)?.description == "[load] portico.json: 'timezone' is not an IANA time zone: 'Mars/Olympus'"
        }
        try site.directory.write("{\"baseUrl\": \"x\"}\n", to: "portico.json")
        #expect {
            try site.build()
        } throws: { error in
            (error as? SiteError)?.description.hasPrefix("[load] portico.json: unknown setting 'baseUrl'") == true
        }
    }

    @Test func plainTextJoinsInlineTagsAndSpacesBlocks() {
        #expect(PlainText.fromHTML("<h2 id=\"x\">Run</h2>\n<p>Use <code>build</code>. It&#39;s <em>fast</em> &amp; safe.</p><ul><li>a</li><li>b</li></ul>")
                == "Run Use build. It's fast & safe. a b")
        #expect(PlainText.excerpt("one two three four", maximum: 9) == "one two…")
    }

    @Test func tagNamesAreInlineInAnyCase() {
        #expect(PlainText.fromHTML("<P>x<EM>y</EM>z</P><Strong>w</Strong><emx>v</emx>") == "xyz w v")
    }

    /// The prefix converts only part of the page, so it must agree with the whole conversion's first characters:
    /// cut mid-tag, mid-entity, in whitespace runs, and in text of several scalars a character (where the byte
    /// estimate falls short and the whole page is converted).
    @Test func htmlPrefixIsTheFullTextsPrefix() {
        let pieces = ["<p>", "</p>", "<em>", "</em>", "  \n ", "&amp;", "&lt;", "word", "é", "e\u{301}\u{302}\u{303}",
                      "👩‍👩‍👧‍👦", "日本語", "<br>", "<a href=\"/x\">", "</a>", "\u{A0}", "&#39;"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let html = (0..<Int.random(in: 0..<120, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let full = PlainText.fromHTML(html)
            for characters in [0, 1, 5, 40, 181, 320] {
                #expect(PlainText.prefix(ofHTML: html, characters: characters) == String(full.prefix(characters)), "\(html) at \(characters)")
            }
        }
    }

    @Test func malformedConfigNamesLineAndColumn() throws {
        let site = try TinySite("-- portico.json --\n{\n  \"baseURL\": \"https://x.org/\",\n  \"title\": \"A\" \"B\"\n}\n")
        do { try site.build(); Issue.record("expected an error") } catch let error as SiteError {
            #expect(error.file == "portico.json" && error.line == 3 && error.column == 16, "\(error)")
        }
    }

    @Test func slugsFromTitles() {
        #expect(Slug.make("Café & Bar: Ünïcode!") == "cafe-bar-unicode")
        #expect(Slug.isValid("help-2026") && !Slug.isValid("a--b") && !Slug.isValid(".."))
    }
}
