import Foundation
import Testing
import PorticoFormats
import PorticoHTTP
import PorticoModel
import PorticoMustache
@testable import PorticoSite
import PorticoTestSupport

/// Every escaper and every safety check meets each special character of its format joined with every scalar that
/// joins a grapheme cluster (`JoiningScalars`), before and after it. Escapers are judged by independent parsers
/// (html5lib, Python's XML, JSON and CSV readers): the text must come back exactly, as text, with no new element,
/// attribute, key or field. Checks must refuse what holds a forbidden character however it is joined.
@Suite struct JoinedCharacterEscapingTests {
    static var python: String? { TestTools.python(importing: "html5lib") }

    /// Writes the expected texts (by Foundation, not by the code under test) and the rendering, and asks the checker.
    func judge(_ kind: String, expected: [String], rendered: String) throws {
        let python = try #require(Self.python, "no Python with html5lib: apt-get install python3-html5lib (see README)")
        let directory = TemporaryDirectory("portico-escaping")
        let expectedFile = directory.url.appendingPathComponent("expected.json"), renderedFile = directory.url.appendingPathComponent("rendered")
        try JSONSerialization.data(withJSONObject: expected).write(to: expectedFile)
        try Data(rendered.utf8).write(to: renderedFile)
        let script = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools/check_escaping.py")
        let (status, output) = try PythonTool.run(python, [script.path, kind, expectedFile.path, renderedFile.path])
        #expect(status == 0, "\(String(decoding: output, as: UTF8.self))")
    }

    @Test func theJoiningScalarsCoverEveryClassThatJoins() {
        let all = Set(JoiningScalars.all)
        // Extend (combining acute, variation selector, emoji modifier), SpacingMark, Prepend, ZWJ, Hangul, regional indicators.
        for scalar: Unicode.Scalar in ["\u{301}", "\u{FE0F}", "\u{1F3FB}", "\u{903}", "\u{600}", "\u{200D}", "\u{1161}", "\u{AC00}", "\u{1F1E6}"] {
            #expect(all.contains(scalar), "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        #expect(all.count > 2_000 && !all.contains("a") && !all.contains(" "))
    }

    @Test func mustacheEscapesHTMLTextAndAttributesByBytes() throws {
        let texts = JoiningScalars.texts(around: ["&", "<", ">", "\"", "'", "=", "`"]) + ["&amp;", "<script>alert(1)</script>", "\"'><img src=x>"]
        let template = try Template(source: "<!DOCTYPE html><html><head><title>t</title></head><body>{{#items}}<p title=\"{{v}}\">{{v}}</p><p title='{{v}}'>{{v}}</p>{{/items}}</body></html>")
        let rendered = try template.render(["items": .array(texts.map { ["v": .string($0)] })])
        try judge("html", expected: texts, rendered: rendered)
    }

    @Test func xmlTextEscapesByBytes() throws {
        let texts = JoiningScalars.texts(around: ["&", "<", ">", "\"", "'"]) + ["]]>", "&lt;"]
        let rendered = "<r>" + texts.map { "<e a=\"\(XMLText.escape($0))\">\(XMLText.escape($0))</e>" }.joined() + "</r>"
        try judge("xml", expected: texts, rendered: rendered)
    }

    @Test func jsonTextQuotesByScalarsAndStaysInsideItsScript() throws {
        let texts = JoiningScalars.texts(around: ["\"", "\\", "<", ">", "&", "/", "</script>", "<!--", "\u{2028}", "\u{2029}", "\n"])
        let json = "[" + texts.map(JSONText.quote).joined(separator: ",") + "]"
        try judge("json", expected: texts, rendered: json)
        let page = "<!DOCTYPE html><html><head><title>t</title><script type=\"application/json\" id=\"d\">\(json)</script></head><body><p id=\"after\">after</p></body></html>"
        try judge("script", expected: texts, rendered: page)
    }

    @Test func csvQuotesAndNeutralisesFormulasByScalars() throws {
        let texts = JoiningScalars.texts(around: [",", "\"", "\n", "\r"])
            + JoiningScalars.all.flatMap { joiner in ["=", "+", "-", "@", "\t", "\r"].map { $0 + String(joiner) + "1+1" } }
        try judge("csv", expected: texts, rendered: texts.map { CSVWriter.record([$0]) }.joined())
    }

    /// The scalars of a text, to name a failing case whatever a terminal would make of it.
    static func codes(_ text: String) -> String { text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    /// Runs `accepted` on each text and names (a few of) those it let through.
    static func acceptedTexts(_ texts: [String], _ accepted: (String) -> Bool) -> String {
        let through = texts.filter(accepted)
        return through.isEmpty ? "" : "\(through.count) accepted, such as \(through.prefix(5).map(codes))"
    }

    @Test func emailAndWebAddressChecksRefuseEveryJoinedQuoteOrBracket() {
        let urls = JoiningScalars.all.flatMap { joiner in
            ["\"", "<", ">", " ", "'"].flatMap { ["https://example.org/a\($0)\(String(joiner))b", "https://example.org/a\(String(joiner))\($0)b"] }
        }
        #expect(Self.acceptedTexts(urls) { (try? Validate.webURL($0, field: "website")) != nil } == "")
        let emails = JoiningScalars.all.flatMap { joiner in
            ["\"", "<", ">", ",", " "].flatMap { special in
                ["a\(special)\(String(joiner))b@example.org", "a\(String(joiner))\(special)b@example.org", "ab@exa\(special)\(String(joiner))mple.org"]
            }
        }
        #expect(Self.acceptedTexts(emails) { (try? Validate.email($0)) != nil } == "")
    }

    @Test func menuURLsSlugsAndPathsAreCheckedByScalars() throws {
        let joiners = JoiningScalars.all.map { String($0) }
        let menuURLs = joiners.flatMap { ["javascript:\($0)alert(1)", "javascript\($0):alert(1)", "//\($0)evil.example/", "data:\($0)text/html,x"] }
        #expect(Self.acceptedTexts(menuURLs) { (try? SiteURL.menuTarget($0, entry: 1, title: "t")) != nil } == "")
        #expect(Self.acceptedTexts(joiners.map { "a-\($0)b" }) { (try? Validate.slug($0, field: "slug")) != nil } == "")
        #expect(Self.acceptedTexts(joiners.map { "a\($0)-b" }, Slug.isValid) == "")
        let paths = joiners.flatMap { ["a/../\($0)b/index.html", "a/..\($0)/../../b", "../\($0)x", "a/\($0)/../.."] }
        #expect(Self.acceptedTexts(paths) { (try? OutputWriter.validate($0)) != nil } == "")
        let root = TemporaryDirectory("portico-static")
        try root.write("<p>x</p>", to: "site/index.html")
        let files = StaticFiles(root: root.url.appendingPathComponent("site"))
        let requests = joiners.flatMap { joiner in
            let encoded = joiner.utf8.map { String(format: "%%%02X", $0) }.joined()
            return ["/x/../\(encoded)etc/passwd", "/../\(encoded)/etc/passwd"]
        }
        #expect(Self.acceptedTexts(requests) { files.resolve($0) != .refused } == "")
    }
}
