import Testing
import PorticoMarkdown

/// Safe mode is for text from the database: nothing typed into a record may run in a visitor's browser.
@Suite struct SafeModeTests {
    static let payloads: [String] = [
        "<script>alert(1)</script>",
        "before <script>alert(1)</script> after",
        "<img src=x onerror=alert(1)>",
        "text <img src=x onerror=alert(1)> text",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div onclick=\"alert(1)\">x</div>",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](java&#x73;cript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](java\\script:alert(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[r]\n\n[r]: <javascript:alert(1)>",
        "<javascript:alert(1)>",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "![x](data:text/html,alert)",
        "[x](/ok \"title\\\" onmouseover=alert(1) x=\\\"\")",
        "[x](/a\"onmouseover=\"alert(1))",
        "`<script>alert(1)</script>`",
        "<!-- <script>alert(1)</script> -->",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<style>body{display:none}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
    ]

    @Test(arguments: payloads)
    func payloadRendersInert(_ payload: String) {
        let html = Markdown.html(payload, options: .safe).lowercased()
        #expect(!html.contains("<script"), "\(html)")
        for url in Self.urlAttributes(html) {
            for scheme in ["javascript:", "vbscript:", "file:", "data:text", "data:image/svg"] {
                #expect(!url.hasPrefix(scheme), "\(url) in \(html)")
            }
        }
        #expect(!html.contains("<img src=x"), "\(html)")
        #expect(!html.contains("<iframe") && !html.contains("<svg") && !html.contains("<object") && !html.contains("<style"), "\(html)")
        // No event-handler attribute exists: any `on…=` the payload carried is text or inside a quoted value.
        #expect(Self.attributeNames(html).allSatisfy { !$0.hasPrefix("on") }, "\(html)")
    }

    /// Attribute names of every tag in `html`, reading quoted values as values.
    static func attributeNames(_ html: String) -> [String] {
        tags(html).flatMap { $0.map(\.0) }
    }

    static func urlAttributes(_ html: String) -> [String] {
        tags(html).flatMap { $0.filter { $0.0 == "href" || $0.0 == "src" }.map(\.1) }
    }

    /// A small tag reader: for each `<name …>`, its attributes as (name, value).
    static func tags(_ html: String) -> [[(String, String)]] {
        var result: [[(String, String)]] = []
        let chars = Array(html)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, chars[i + 1].isLetter else { i += 1; continue }
            i += 1
            while i < chars.count && !chars[i].isWhitespace && chars[i] != ">" { i += 1 }
            var attributes: [(String, String)] = []
            while i < chars.count && chars[i] != ">" {
                while i < chars.count && (chars[i].isWhitespace || chars[i] == "/") { i += 1 }
                var name = ""
                while i < chars.count && !chars[i].isWhitespace && chars[i] != "=" && chars[i] != ">" { name.append(chars[i]); i += 1 }
                var value = ""
                if i < chars.count && chars[i] == "=" {
                    i += 1
                    if i < chars.count && (chars[i] == "\"" || chars[i] == "'") {
                        let quote = chars[i]
                        i += 1
                        while i < chars.count && chars[i] != quote { value.append(chars[i]); i += 1 }
                        i += 1
                    } else {
                        while i < chars.count && !chars[i].isWhitespace && chars[i] != ">" { value.append(chars[i]); i += 1 }
                    }
                }
                if !name.isEmpty { attributes.append((name, value)) }
            }
            result.append(attributes)
        }
        return result
    }

    @Test func safeModeKeepsOrdinaryLinksAndEscapesText() {
        #expect(Markdown.html("[site](https://example.org/a?b=1&c=2) and <b>bold</b>", options: .safe)
                == "<p><a href=\"https://example.org/a?b=1&amp;c=2\">site</a> and bold</p>\n")
        #expect(Markdown.html("![logo](data:image/png;base64,iVBORw0KGgo=)", options: .safe)
                == "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\" /></p>\n")
        #expect(Markdown.html("mailto: <me@example.org>", options: .safe) == "<p>mailto: <a href=\"mailto:me@example.org\">me@example.org</a></p>\n")
        #expect(Markdown.html("[x](javascript:alert(1))", options: .safe) == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func footnotesOnlyInTrustedMode() {
        let source = "Text[^1].\n\n[^1]: Note.\n"
        #expect(Markdown.html(source, options: .trusted).contains("<section class=\"footnotes\">"))
        // Without footnotes the definition is an ordinary link reference, as in plain CommonMark.
        #expect(Markdown.html(source, options: .safe) == "<p>Text<a href=\"Note.\">^1</a>.</p>\n")
    }

    @Test func trustedModeKeepsRawHTMLAsTheSpecSays() {
        #expect(Markdown.html("<div class=\"note\">Hi</div>", options: .trusted) == "<div class=\"note\">Hi</div>\n")
        // Staff-written pages may embed scripts (a partner's widget, say); GitHub's tag filter is for GitHub.
        #expect(Markdown.html("<script src=\"/w.js\"></script>", options: .trusted) == "<script src=\"/w.js\"></script>\n")
        #expect(Markdown.html("<script>x</script>", options: MarkdownOptions(gfm: true, tagFilter: true)) == "&lt;script>x&lt;/script>\n")
    }

    @Test func headingAnchorsAreStableAndUnique() {
        let rendered = Markdown.render("# Add a member\n## Add a member\n## Étape *deux*!\n", options: .trusted)
        #expect(rendered.html == "<h1 id=\"add-a-member\">Add a member</h1>\n<h2 id=\"add-a-member-1\">Add a member</h2>\n<h2 id=\"étape-deux\">Étape <em>deux</em>!</h2>\n")
        #expect(rendered.headings.map(\.id) == ["add-a-member", "add-a-member-1", "étape-deux"])
        #expect(rendered.headings.map(\.text) == ["Add a member", "Add a member", "Étape deux!"])
    }
}

@Suite struct EntityTests {
    @Test func namedNumericAndInvalidReferences() {
        #expect(Markdown.html("&copy; &AElig; &ngE; &#35; &#x1F600; &#0; &bogus; &amp", options: .commonMark)
                == "<p>© Æ ≧̸ # 😀 \u{FFFD} &amp;bogus; &amp;amp</p>\n")
    }
}

/// Pages get valid, accessible HTML5 where GitHub's exact markup would not be: alignment as a style (the `align`
/// attribute is obsolete), code blocks reachable by keyboard (they scroll), task-list boxes with a name.
@Suite struct PageMarkupTests {
    @Test func tableAlignmentIsAStyleOnPagesAndAnAttributeForGitHub() {
        let table = "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n"
        let page = Markdown.html(table, options: .trusted)
        #expect(page.contains("<th style=\"text-align: left\">a</th>") && page.contains("<td style=\"text-align: right\">3</td>"))
        #expect(!page.contains("align=\""))
        #expect(Markdown.html(table, options: .github).contains("<td align=\"center\">2</td>"))
    }

    @Test func codeBlocksAreKeyboardReachableOnPages() {
        #expect(Markdown.html("```swift\nlet x = 1\n```\n", options: .trusted) == "<pre tabindex=\"0\"><code class=\"language-swift\">let x = 1\n</code></pre>\n")
        #expect(Markdown.html("    code\n", options: .safe).hasPrefix("<pre tabindex=\"0\"><code>"))
        #expect(Markdown.html("    code\n", options: .github) == "<pre><code>code\n</code></pre>\n")
    }

    @Test func taskListBoxesHaveAnAccessibleName() {
        let html = Markdown.html("- [x] shipped\n- [ ] next\n", options: .trusted)
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> shipped"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> next"))
    }
}
