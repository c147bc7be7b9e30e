import Foundation
import PorticoSite

/// Reads a built search index (`search/terms`, `search/blocks`) in full, for tests that compare what the browser
/// ranks with the exhaustive ranking: the same tokenizer, the same weights, every posting of every block, every term
/// wherever the shard layout put it.
public struct SearchIndexReader {
    /// Output files by path (relative to the output folder, `search/terms/bui.json`).
    let files: [String: [UInt8]]

    public init(files: [(String, [UInt8])]) {
        self.files = Dictionary(files, uniquingKeysWith: { first, _ in first })
    }

    /// Reads the `search/` folder of a built site.
    public init(output: URL) throws {
        var files: [(String, [UInt8])] = []
        for path in TemporaryDirectory.files(in: output.appendingPathComponent("search")) {
            files.append(("search/" + path, try [UInt8](Data(contentsOf: output.appendingPathComponent("search/" + path)))))
        }
        self.init(files: files)
    }

    func shard(_ stem: String) -> [String: Any]? {
        files["search/terms/\(stem).json"].flatMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
    }

    /// Every term of the index, with the shard file it is in.
    public var terms: [String: String] {
        var result: [String: String] = [:]
        for path in files.keys where path.hasPrefix("search/terms/") {
            let stem = String(path.dropFirst("search/terms/".count).dropLast(".json".count))
            for name in shard(stem)?.keys ?? [:].keys where !name.hasPrefix("#") { result[name] = stem }
        }
        return result
    }

    /// The shard files a word leads to, as search.js walks them: its three-letter shard, then, while that is split,
    /// the part whose prefix the word begins. The last one, and whether the word stopped at a split shard.
    public func walk(_ word: String) -> (stem: String, isLeaf: Bool) {
        let stems = path(word)
        return (stems.last!, shard(stems.last!)?["#split"] == nil)
    }

    /// Every shard file the walk for `word` reads, in order.
    public func path(_ word: String) -> [String] {
        var stems = [Tokenizer.shardKey(word)]
        while let split = shard(stems.last!)?["#split"] as? [String: String], let next = split.keys.first(where: { word.hasPrefix($0) }) {
            stems.append(split[next]!)
        }
        return stems
    }

    /// Every posting of a term: document → impact, from the first block in its shard and every later block.
    public func postings(of term: String, in stem: String? = nil) -> [Int: Int] {
        guard let stem = stem ?? terms[term], let entry = shard(stem)?[term] as? [Any], entry.count == 4,
              let highest = entry[2] as? [Int], let first = entry[3] as? String, !highest.isEmpty else { return [:] }
        let ordinal = (entry[1] as? Int).map(String.init) ?? (entry[1] as? String ?? "")
        var result: [Int: Int] = [:]
        func add(_ text: String, _ highest: Int) {
            for (document, impact) in PostingCodec.decode(text, highest: highest) ?? [] { result[document] = impact }
        }
        add(first, highest[0])
        for number in highest.indices.dropFirst() {
            guard let bytes = files["search/blocks/\(stem)/\(ordinal)-\(number).json"],
                  let block = try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String else { continue }
            add(block, highest[number])
        }
        return result
    }

    /// The terms a query word matches, with their weight: itself (10), every longer term it begins when it is the
    /// last word (7; words of three letters or more, as the shards are keyed by three); when neither exists, the
    /// terms one typo away in the shard file the word leads to (6).
    func matches(_ word: String, isLast: Bool, in all: [String: String]) -> [(String, Int)] {
        var direct: [(String, Int)] = []
        if all[word] != nil { direct.append((word, 10)) }
        if isLast && word.count >= 3 { direct += all.keys.filter { $0 != word && $0.hasPrefix(word) }.map { ($0, 7) } }
        guard direct.isEmpty, word.unicodeScalars.count >= 4 else { return direct }
        let (stem, isLeaf) = walk(word)
        guard isLeaf else { return [] }
        return (shard(stem)?.keys ?? [:].keys).filter { !$0.hasPrefix("#") && Self.oneTypo(word, $0) }.map { ($0, 6) }
    }

    /// One edit apart: a substitution, insertion, deletion, or swap of neighbours (in code points).
    public static func oneTypo(_ first: String, _ second: String) -> Bool {
        let a = Array(first.unicodeScalars), b = Array(second.unicodeScalars)
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var i = 0, j = 0
        while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
        while j < a.count - i && j < b.count - i && a[a.count - 1 - j] == b[b.count - 1 - j] { j += 1 }
        let restA = a.count - i - j, restB = b.count - i - j
        if restA <= 1 && restB <= 1 { return true }
        return restA == 2 && restB == 2 && a[i] == b[i + 1] && a[i + 1] == b[i]
    }

    /// The top ten documents for `query` by the full ranking: for each query word its best weighted impact, summed;
    /// ties by document number. (The exact-title rule is search.js's and is left out: callers choose queries that are
    /// no title.)
    public func exhaustive(_ query: String, limit: Int = 10) -> [Int] {
        let words = Tokenizer.terms(query)
        let all = terms
        var totals: [Int: Int] = [:]
        for (index, word) in words.enumerated() {
            var best: [Int: Int] = [:]
            for (term, weight) in matches(word, isLast: index == words.count - 1, in: all) {
                for (document, impact) in postings(of: term, in: all[term]) { best[document] = max(best[document] ?? 0, impact * weight) }
            }
            for (document, score) in best { totals[document, default: 0] += score }
        }
        return totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
    }
}
