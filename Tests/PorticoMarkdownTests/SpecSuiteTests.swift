import Foundation
import Testing
@testable import PorticoMarkdown

/// One example of the CommonMark or GFM spec, copied with its license into Fixtures/.
struct MarkdownSpecExample: Sendable, CustomTestStringConvertible, Decodable {
    let markdown: String
    let html: String
    let example: Int
    let section: String
    var suite = "commonmark"

    var testDescription: String { "\(suite) #\(example) (\(section))" }

    enum CodingKeys: String, CodingKey { case markdown, html, example, section }
}

enum MarkdownSpecs {
    static func load(_ path: String) -> Data? {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(path)", withExtension: "json") else { return nil }
        return try? Data(contentsOf: url)
    }

    static let commonMark: [MarkdownSpecExample] = {
        guard let data = load("commonmark/spec-0.31.2"), let examples = try? JSONDecoder().decode([MarkdownSpecExample].self, from: data) else { return [] }
        return examples
    }()

    private struct GFMFile: Decodable {
        let from_spec: [MarkdownSpecExample]
        let from_extensions_txt: [MarkdownSpecExample]
    }

    static let gfm: [MarkdownSpecExample] = {
        guard let data = load("gfm/gfm-extensions"), let file = try? JSONDecoder().decode(GFMFile.self, from: data) else { return [] }
        return file.from_spec.map { var e = $0; e.suite = "gfm spec"; return e }
            + file.from_extensions_txt.map { var e = $0; e.suite = "gfm extensions.txt"; return e }
    }()
}

@Suite struct SpecSuiteTests {
    @Test func allExamplesLoaded() {
        #expect(MarkdownSpecs.commonMark.count == 652)
        #expect(MarkdownSpecs.gfm.count == 50)
    }

    @Test(arguments: MarkdownSpecs.commonMark)
    func commonMark(_ example: MarkdownSpecExample) {
        let actual = Markdown.html(example.markdown, options: .commonMark)
        #expect(actual == example.html, "\(example.testDescription)\ninput:    \(example.markdown.debugDescription)\nexpected: \(example.html.debugDescription)\nactual:   \(actual.debugDescription)")
        // The bytes `portico markdown` writes are the same.
        #expect(Markdown.htmlUTF8(bytes: Array(example.markdown.utf8), options: .commonMark) == Array(actual.utf8))
    }

    @Test(arguments: MarkdownSpecs.gfm)
    func gfm(_ example: MarkdownSpecExample) {
        let actual = Markdown.html(example.markdown, options: .github)
        // Example 20 of extensions.txt only asks that the renderer does not crash.
        #expect(Markdown.htmlUTF8(bytes: Array(example.markdown.utf8), options: .github) == Array(actual.utf8))
        if example.html == "<IGNORE>\n" { return }
        #expect(actual == example.html, "\(example.testDescription)\ninput:    \(example.markdown.debugDescription)\nexpected: \(example.html.debugDescription)\nactual:   \(actual.debugDescription)")
    }
}
