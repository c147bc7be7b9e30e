import Foundation
import Testing
@testable import PorticoSite
import PorticoTestSupport

@Suite struct TokenizerTests {
    /// Lucene's English stop words (and ours) are neither indexed nor searched; the rest of a query stays.
    @Test func stopWordsAreDropped() {
        #expect(Tokenizer.terms("If they are NOT renewing, then there is no invoice") == ["renewing", "invoice"])
        let documents = [SearchDocument(url: "/a/", title: "Not their renewal", section: "S", headings: [], body: "Such is the invoice, if any.")]
        let files = SearchIndexBuilder(documents: documents).build().files
        #expect(SearchIndexReader(files: files.map { ($0.outputPath, $0.bytes) }).terms.keys.sorted() == ["any", "invoice", "renewal"])
    }

    /// search.js splits queries with the same stop words as the index: a word one side drops and the other keeps
    /// would either never match or match nothing.
    @Test func theBrowserScriptHasTheSameStopWords() throws {
        let script = try String(contentsOf: BuildTestPaths.repository.appendingPathComponent("themes/default/assets/search.js"), encoding: .utf8)
        let line = try #require(script.split(separator: "\n").first { $0.contains("forEach(function (w) { stop[w] = 1; })") })
        let quoted = try #require(line.split(separator: "\"").dropFirst().first)
        #expect(Set(quoted.split(separator: " ").map(String.init)) == Tokenizer.stopWords)
    }
}
