import Foundation
import PorticoModel
import PorticoFormats

/// A page as search sees it.
struct SearchDocument: Sendable {
    let url: String
    let title: String
    /// Where the result sits, shown under its title ("Billing", a help category; "Members").
    let section: String
    let headings: [String]
    let body: String
    /// The site section it comes from (`help`), set by the build: the search page filters by it.
    var kind: String = ""
}

/// A site section with search documents: its filter value (`help`) and label ("Help center").
struct SearchSection: Sendable, Equatable {
    let value: String
    let label: String
}

/// Writes a static search index split so that a query downloads only what it needs, and still ranks exactly:
/// - `search/meta.json`: format version and counts;
/// - `search/terms/<shard>.json`: for each term, `[df, ordinal, first block, later blocks]`, sharded by the term's
///   first three characters. A term's postings (document, BM25 impact with title matches weighted 3, headings 2,
///   body 1) are ordered by impact, best first, and cut into blocks: the first (`firstBlock` postings) is in the
///   shard; later ones, each four times larger, are in `search/blocks/<shard>/<ordinal>-<n>.json`, and the shard
///   lists each one's highest impact and length (`[max, count, max, count, …]`). The browser fetches a later block
///   only while a document it has not fully scored could still enter the top ten (search.js), so the ranking is the
///   full BM25 ranking, not that of the first block;
/// - `search/titles/<shard>.json`: normalized titles to documents, so an exact title match is always first;
/// - `search/fragments/<n>.json`: one result's title, URL, section and text for its snippet.
struct SearchIndexBuilder {
    /// Documents in section order: each section's documents are one run of numbers, which `meta.json` lists, so the
    /// browser filters by section without a lookup per document.
    let documents: [SearchDocument]
    var sections: [SearchSection] = []
    /// Postings in a term's first block, kept in its shard: enough for the top ten of most queries.
    static let firstBlock = 32
    /// Each later block is this many times larger than the one before.
    static let blockGrowth = 4
    static let fragmentCharacters = 1200
    static let k1 = 1.2
    static let b = 0.75

    /// A term's postings, best first: (document, impact), ties by document.
    static func blocks(_ postings: [(Int, Int)]) -> [[(Int, Int)]] {
        let sorted = postings.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var blocks: [[(Int, Int)]] = []
        var start = 0, size = firstBlock
        while start < sorted.count {
            blocks.append(Array(sorted[start..<min(sorted.count, start + size)]))
            start += size
            size *= blockGrowth
        }
        return blocks
    }

    func build() -> (files: [StaticFile], termCount: Int) {
        var files: [StaticFile] = []
        let weighted: [[String: Double]] = Parallel.map(documents) { document in
            var counts: [String: Double] = [:]
            for term in Tokenizer.terms(document.title) { counts[term, default: 0] += 3 }
            for term in Tokenizer.terms(document.headings.joined(separator: " ")) { counts[term, default: 0] += 2 }
            for term in Tokenizer.terms(document.body) { counts[term, default: 0] += 1 }
            return counts
        }
        let lengths = weighted.map { $0.values.reduce(0, +) }
        let n = Double(documents.count)
        let averageLength = max(lengths.reduce(0, +) / max(n, 1), 1)
        var postings: [String: [(Int, Int)]] = [:]
        var documentFrequency: [String: Int] = [:]
        for counts in weighted { for term in counts.keys { documentFrequency[term, default: 0] += 1 } }
        for (index, counts) in weighted.enumerated() {
            let norm = Self.k1 * (1 - Self.b + Self.b * lengths[index] / averageLength)
            for (term, tf) in counts {
                let df = Double(documentFrequency[term] ?? 1)
                let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                let score = idf * tf * (Self.k1 + 1) / (tf + norm)
                postings[term, default: []].append((index, max(1, Int((score * 100).rounded()))))
            }
        }
        var shards: [String: [String]] = [:]
        for term in postings.keys { shards[Tokenizer.shardKey(term), default: []].append(term) }
        let shardList = shards.map { ($0.key, $0.value.sorted()) }
        let allPostings = postings
        let shardFiles: [[StaticFile]] = Parallel.map(shardList) { key, terms in
            var files: [StaticFile] = []
            var entries: [String] = []
            for (ordinal, term) in terms.enumerated() {
                let blocks = Self.blocks(allPostings[term]!)
                func flat(_ block: [(Int, Int)]) -> String { block.map { "\($0.0),\($0.1)" }.joined(separator: ",") }
                let later = blocks.dropFirst().map { "\($0[0].1),\($0.count)" }.joined(separator: ",")
                entries.append(JSONText.quote(term) + ":[\(allPostings[term]!.count),\(ordinal),[" + flat(blocks[0]) + "],[" + later + "]]")
                for (number, block) in blocks.enumerated().dropFirst() {
                    files.append(StaticFile(outputPath: "search/blocks/\(key)/\(ordinal)-\(number).json", bytes: Array(("[" + flat(block) + "]\n").utf8)))
                }
            }
            files.append(StaticFile(outputPath: "search/terms/\(key).json", bytes: Array(("{" + entries.joined(separator: ",\n") + "}\n").utf8)))
            return files
        }
        files += shardFiles.flatMap { $0 }
        var titles: [String: [String: Int]] = [:]
        for (index, document) in documents.enumerated() {
            let normalized = Tokenizer.normalizedTitle(document.title)
            guard let first = Tokenizer.terms(normalized).first ?? normalized.split(separator: " ").first.map(String.init) else { continue }
            if titles[Tokenizer.shardKey(first), default: [:]][normalized] == nil { titles[Tokenizer.shardKey(first), default: [:]][normalized] = index }
        }
        for (key, table) in titles {
            let body = table.keys.sorted().map { JSONText.quote($0) + ":" + String(table[$0]!) }.joined(separator: ",\n")
            files.append(StaticFile(outputPath: "search/titles/\(key).json", bytes: Array(("{" + body + "}\n").utf8)))
        }
        for (index, document) in documents.enumerated() {
            let text = String(document.body.prefix(Self.fragmentCharacters))
            let json = "{\"t\":\(JSONText.quote(document.title)),\"u\":\(JSONText.quote(document.url)),\"s\":\(JSONText.quote(document.section)),\"x\":\(JSONText.quote(text))}\n"
            files.append(StaticFile(outputPath: "search/fragments/\(index).json", bytes: Array(json.utf8)))
        }
        var runs: [String] = []
        var start = 0
        while start < documents.count {
            var end = start
            while end < documents.count && documents[end].kind == documents[start].kind { end += 1 }
            let label = sections.first { $0.value == documents[start].kind }?.label ?? documents[start].kind
            runs.append("[\(JSONText.quote(documents[start].kind)),\(JSONText.quote(label)),\(start),\(end - start)]")
            start = end
        }
        let meta = "{\"version\":2,\"documents\":\(documents.count),\"terms\":\(postings.count),\"prefix\":3,\"sections\":[\(runs.joined(separator: ","))]}\n"
        files.append(StaticFile(outputPath: "search/meta.json", bytes: Array(meta.utf8)))
        return (files.sorted { $0.outputPath < $1.outputPath }, postings.count)
    }
}
