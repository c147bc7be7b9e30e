import Foundation

/// Offline, deterministic writing aids (no network, no model): an extractive summary (the sentences that best
/// represent a text, by how much of its vocabulary they carry) and tags (the terms that set a text apart from the
/// others in its corpus, by TF-IDF). Same input, same output; nothing is invented, only picked.
public enum TextAssist {
    /// Common English words that say nothing about a text's subject.
    public static let stopwords: Set<String> = [
        "a", "about", "above", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being",
        "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either",
        "else", "every", "few", "for", "from", "further", "get", "gets", "give", "gives", "had", "has", "have", "having", "here", "how", "if", "in",
        "into", "is", "it", "its", "itself", "just", "like", "make", "makes", "may", "more", "most", "much", "must", "need", "needs", "no", "nor",
        "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "same", "say", "says", "see", "set",
        "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "two", "under", "until", "up", "use", "used", "uses", "using", "very", "was", "way", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your", "yours", "via", "per", "new", "first", "last",
    ]

    /// Lower-cased words of at least three letters or digits, stop words and plain numbers left out.
    public static func terms(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        func flush() {
            if word.count >= 3, !stopwords.contains(word), !word.allSatisfy(\.isNumber) { out.append(word) }
            word = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { word.append(character) } else if character == "-" && !word.isEmpty { word.append(character) } else { flush() }
        }
        flush()
        return out.map { singular($0.hasSuffix("-") ? String($0.dropLast()) : $0) }
    }

    /// A plain English plural as its singular (`invoices` → `invoice`, `categories` → `category`), so a text about
    /// events and the event counts one term.
    static func singular(_ word: String) -> String {
        guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        return String(word.dropLast())
    }

    /// The text's sentences: split at `.`, `!` or `?` followed by a space, and at line breaks.
    public static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var current = ""
            let characters = Array(line)
            for (index, character) in characters.enumerated() {
                current.append(character)
                if ".!?".contains(character), index + 1 == characters.count || characters[index + 1] == " " {
                    out.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                }
            }
            let rest = current.trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { out.append(rest) }
        }
        return out.filter { !$0.isEmpty }
    }

    /// An extractive summary of at most `limit` characters: the best-scoring sentences (of 6 to 40 words), in the
    /// order the text has them. A sentence scores the frequencies in the whole text of the terms it holds, divided by
    /// the square root of its length, so a sentence full of the text's own vocabulary wins over a long one.
    public static func summary(of text: String, limit: Int = 200) -> String? {
        let candidates = sentences(text).enumerated().filter { (6...40).contains($0.element.split(separator: " ").count) }
        guard !candidates.isEmpty else { return nil }
        var frequency: [String: Int] = [:]
        for term in terms(text) { frequency[term, default: 0] += 1 }
        let scored = candidates.map { index, sentence -> (index: Int, sentence: String, score: Double) in
            let own = Set(terms(sentence))
            let total = own.reduce(0) { $0 + Double(frequency[$1] ?? 0) }
            return (index, sentence, total / Double(max(1, terms(sentence).count)).squareRoot())
        }
        var picked: [(index: Int, sentence: String)] = []
        var length = 0
        for candidate in scored.sorted(by: { ($0.score, -$0.index) > ($1.score, -$1.index) }) {
            let added = candidate.sentence.count + (picked.isEmpty ? 0 : 1)
            if length + added > limit { if picked.isEmpty { continue } else { break } }
            picked.append((candidate.index, candidate.sentence))
            length += added
        }
        guard !picked.isEmpty else { return nil }
        return picked.sorted { $0.index < $1.index }.map(\.sentence).joined(separator: " ")
    }

    /// For each document of a corpus, its `count` most distinctive terms by TF-IDF (term frequency in the document
    /// times the log of how rare the term is across the corpus), ties broken alphabetically. Terms in every
    /// document say nothing about one of them and are never picked.
    /// A document's title, when given, counts three times: it names what the document is about.
    public static func tags(for documents: [String], titles: [String]? = nil, count: Int = 5) -> [[String]] {
        let termLists = documents.enumerated().map { index, text in
            let title = titles.map { index < $0.count ? $0[index] : "" } ?? ""
            return terms(text) + Array(repeating: terms(title), count: 3).flatMap { $0 }
        }
        var documentFrequency: [String: Int] = [:]
        for list in termLists { for term in Set(list) { documentFrequency[term, default: 0] += 1 } }
        let total = Double(documents.count)
        return termLists.map { list in
            var frequency: [String: Int] = [:]
            for term in list { frequency[term, default: 0] += 1 }
            let scored = frequency.compactMap { term, count -> (String, Double)? in
                // Hyphenated words are mostly command and option names (`portico-admin`, `--member`), not subjects.
                guard !term.contains("-") else { return nil }
                let df = Double(documentFrequency[term] ?? 1)
                guard df < total || total == 1 else { return nil }
                return (term, Double(count) * log(total / df + 1))
            }
            return scored.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count).map(\.0)
        }
    }

    /// Text of an HTML fragment for the aids: code blocks dropped, tags removed, blocks on their own lines, the
    /// common entities decoded.
    public static func plainText(fromHTML html: String) -> String {
        var text = html
        // Code blocks are commands and output, not prose: they are left out (inline code stays, as part of its sentence).
        while let start = text.range(of: "<pre"), let end = text.range(of: "</pre>", range: start.upperBound..<text.endIndex) {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        // A paragraph's soft line breaks are spaces; blocks end lines (below).
        text = text.replacingOccurrences(of: "\n", with: " ")
        var out = ""
        var inTag = false
        var tag = ""
        for character in text {
            if character == "<" { inTag = true; tag = ""; continue }
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.lowercased()
                    if ["/p", "/li", "/h1", "/h2", "/h3", "/h4", "br", "br/", "/td", "/th", "/tr"].contains(where: { name.hasPrefix($0) }) { out.append("\n") }
                } else { tag.append(character) }
                continue
            }
            out.append(character)
        }
        for (entity, value) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: value)
        }
        return out
    }
}
