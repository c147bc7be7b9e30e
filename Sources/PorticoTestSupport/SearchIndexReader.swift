import Foundation
import PorticoSite

/// Reads a built search index (`search/terms`, `search/blocks`) in full, for tests that compare what the browser
/// ranks with the exhaustive ranking: the same tokenizer, the same weights, every posting of every block.
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

    /// Every posting of a term: document → impact, from the first block in its shard and every later block.
    public func postings(of term: String) -> [Int: Int] {
        let key = Tokenizer.shardKey(term)
        guard let shard = files["search/terms/\(key).json"],
              let object = try? JSONSerialization.jsonObject(with: Data(shard)) as? [String: [Any]],
              let entry = object[term], entry.count == 4, let ordinal = entry[1] as? Int,
              let first = entry[2] as? [Int], let later = entry[3] as? [Int] else { return [:] }
        var result: [Int: Int] = [:]
        func add(_ flat: [Int]) { for index in stride(from: 0, to: flat.count - 1, by: 2) { result[flat[index]] = flat[index + 1] } }
        add(first)
        for number in 1...max(1, later.count / 2) where later.count >= 2 {
            guard let bytes = files["search/blocks/\(key)/\(ordinal)-\(number).json"],
                  let block = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [Int] else { continue }
            add(block)
        }
        return result
    }

    /// The terms a query word matches in its shard, with their weight: itself (10), longer terms it begins when it is
    /// the last word (7); when neither exists, terms one typo away (6).
    func matches(_ word: String, isLast: Bool) -> [(String, Int)] {
        guard let shard = files["search/terms/\(Tokenizer.shardKey(word)).json"],
              let object = try? JSONSerialization.jsonObject(with: Data(shard)) as? [String: Any] else { return [] }
        let direct: [(String, Int)] = object.keys.compactMap { term in
            if term == word { return (term, 10) }
            if isLast && term.hasPrefix(word) { return (term, 7) }
            return nil
        }
        guard direct.isEmpty, word.unicodeScalars.count >= 4 else { return direct }
        return object.keys.filter { Self.oneTypo(word, $0) }.map { ($0, 6) }
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
        var totals: [Int: Int] = [:]
        for (index, word) in words.enumerated() {
            var best: [Int: Int] = [:]
            for (term, weight) in matches(word, isLast: index == words.count - 1) {
                for (document, impact) in postings(of: term) { best[document] = max(best[document] ?? 0, impact * weight) }
            }
            for (document, score) in best { totals[document, default: 0] += score }
        }
        return totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
    }
}
