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
    /// The text, or the HTML it is read from when the index is built (so 100,000 pages' plain text is never held
    /// at once).
    private let text: String
    private let isHTML: Bool
    /// The site section it comes from (`help`), set by the build: the search page filters by it.
    var kind: String = ""

    init(url: String, title: String, section: String, headings: [String], body: String) {
        self.init(url: url, title: title, section: section, headings: headings, text: body, isHTML: false)
    }

    init(url: String, title: String, section: String, headings: [String], html: String) {
        self.init(url: url, title: title, section: section, headings: headings, text: html, isHTML: true)
    }

    private init(url: String, title: String, section: String, headings: [String], text: String, isHTML: Bool) {
        self.url = url
        self.title = title
        self.section = section
        self.headings = headings
        self.text = text
        self.isHTML = isHTML
    }

    var body: String { isHTML ? PlainText.fromHTML(text) : text }

    /// The body's first characters, for the result's snippet (only that much of an HTML body is converted).
    func bodyPrefix(characters: Int) -> String {
        isHTML ? PlainText.prefix(ofHTML: text, characters: characters) : String(text.prefix(characters))
    }
}

/// One document's entry in a term's list, four bytes a number: a weighted count while documents are counted, then the
/// BM25 impact (scaled by 100).
struct Posting: Sendable {
    var document: Int32
    var value: Int32
}

/// A site section with search documents: its filter value (`help`) and label ("Help center").
struct SearchSection: Sendable, Equatable {
    let value: String
    let label: String
}

/// Writes a static search index split so that a query downloads only what it needs, and still ranks exactly:
/// - `search/meta.json`: format version and counts;
/// - `search/terms/<shard>.json`: for each term, `[df, ordinal, [each block's highest impact], first block]`, sharded
///   by the term's first three characters, and a large shard split further by the next characters (`ShardLayout`). A
///   term's postings (document, BM25 impact with title matches weighted 3, headings 2, body 1) are ordered by impact,
///   best first, and cut into blocks (written by `PostingCodec`): the first (`firstBlock` postings) is in the shard;
///   later ones, each twice as large, are in `search/blocks/<shard file>/<ordinal>-<n>.json`. The browser fetches a
///   later block only while a document it has not fully scored could still enter the top ten (search.js), so the
///   ranking is the full BM25 ranking, not that of the first block;
/// - `search/titles/<bucket>.json`: normalized titles to documents, bucketed by a hash of the title, so an exact
///   title match is always first;
/// - `search/fragments/<n>.json`: one result's title, URL, section and text for its snippet.
struct SearchIndexBuilder {
    /// Documents in section order: each section's documents are one run of numbers, which `meta.json` lists, so the
    /// browser filters by section without a lookup per document.
    let documents: [SearchDocument]
    var sections: [SearchSection] = []
    /// Postings in a term's first block, kept in its shard: enough for the top ten of most queries.
    static let firstBlock = 32
    /// Each later block is this many times larger than the one before.
    static let blockGrowth = 2
    /// The text a result's snippet is cut from.
    static let fragmentCharacters = 320
    static let titlesPerBucket = 16
    static let k1 = 1.2
    static let b = 0.75

    /// A term's postings, best first: (document, impact), ties by document.
    static func blocks(_ postings: [Posting]) -> [[(Int, Int)]] {
        let sorted = postings.map { (Int($0.document), Int($0.value)) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var blocks: [[(Int, Int)]] = []
        var start = 0, size = firstBlock
        while start < sorted.count {
            blocks.append(Array(sorted[start..<min(sorted.count, start + size)]))
            start += size
            size *= blockGrowth
        }
        return blocks
    }

    /// FNV-1a (32 bits) of the title's UTF-8: search.js computes the same to find the title's bucket.
    static func titleHash(_ title: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in title.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// Each term's postings with BM25 impacts, counted a chunk of documents at a time so that only one chunk's term
    /// counts are held at once: at 100,000 documents a dictionary of counts per document held together was most of
    /// the build's memory.
    func postings() -> [String: [Posting]] {
        var lists: [String: [Posting]] = [:]
        var lengths: [Int32] = []
        lengths.reserveCapacity(documents.count)
        Parallel.forEach(documents, { document in
            var counts: [String: Int32] = [:]
            for term in Tokenizer.terms(document.title) { counts[term, default: 0] += 3 }
            for term in Tokenizer.terms(document.headings.joined(separator: " ")) { counts[term, default: 0] += 2 }
            for term in Tokenizer.terms(document.body) { counts[term, default: 0] += 1 }
            return counts
        }, consume: { index, counts in
            var length: Int32 = 0
            for (term, count) in counts {
                lists[term, default: []].append(Posting(document: Int32(index), value: count))
                length += count
            }
            lengths.append(length)
        })
        let n = Double(documents.count)
        let averageLength = max(Double(lengths.reduce(0) { $0 + Int($1) }) / max(n, 1), 1)
        for index in lists.values.indices {
            lists.values[index].withUnsafeMutableBufferPointer { list in
                let df = Double(list.count)
                let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                for position in list.indices {
                    let tf = Double(list[position].value)
                    let norm = Self.k1 * (1 - Self.b + Self.b * Double(lengths[Int(list[position].document)]) / averageLength)
                    let score = idf * tf * (Self.k1 + 1) / (tf + norm)
                    list[position].value = Int32(max(1, Int((score * 100).rounded())))
                }
            }
        }
        return lists
    }

    func build() -> (files: [StaticFile], termCount: Int) {
        var files: [StaticFile] = []
        let postings = postings()
        var shards: [String: [String]] = [:]
        for term in postings.keys { shards[Tokenizer.shardKey(term), default: []].append(term) }
        let shardList = shards.map { ($0.key, $0.value.sorted()) }
        let layout = ShardLayout(postings: postings)
        let shardFiles: [[StaticFile]] = Parallel.map(shardList) { key, terms in
            layout.files(prefix: String(terms[0].prefix(3)), terms: terms, stem: key)
        }
        files += shardFiles.flatMap { $0 }
        // Exact titles, bucketed by a hash of the whole title: one small file answers "is this query a title?".
        var titleIndex: [String: Int] = [:]
        for (index, document) in documents.enumerated() {
            let normalized = Tokenizer.normalizedTitle(document.title)
            if !normalized.isEmpty && titleIndex[normalized] == nil { titleIndex[normalized] = index }
        }
        let buckets = max(1, (titleIndex.count + Self.titlesPerBucket - 1) / Self.titlesPerBucket)
        var titles: [Int: [String]] = [:]
        for (title, index) in titleIndex { titles[Int(Self.titleHash(title) % UInt32(buckets)), default: []].append(JSONText.quote(title) + ":" + String(index)) }
        for (bucket, entries) in titles {
            files.append(StaticFile(outputPath: "search/titles/\(bucket).json", bytes: Array(("{" + entries.sorted().joined(separator: ",\n") + "}\n").utf8)))
        }
        let documents = self.documents
        files += Parallel.map(Array(documents.indices)) { index in
            let document = documents[index]
            let text = document.bodyPrefix(characters: Self.fragmentCharacters)
            let json = "{\"t\":\(JSONText.quote(document.title)),\"u\":\(JSONText.quote(document.url)),\"s\":\(JSONText.quote(document.section)),\"x\":\(JSONText.quote(text))}\n"
            return StaticFile(outputPath: "search/fragments/\(index).json", bytes: Array(json.utf8))
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
        let meta = "{\"version\":5,\"documents\":\(documents.count),\"terms\":\(postings.count),\"prefix\":3,\"titleBuckets\":\(buckets),\"sections\":[\(runs.joined(separator: ","))]}\n"
        files.append(StaticFile(outputPath: "search/meta.json", bytes: Array(meta.utf8)))
        return (files.sorted { $0.outputPath < $1.outputPath }, postings.count)
    }
}
