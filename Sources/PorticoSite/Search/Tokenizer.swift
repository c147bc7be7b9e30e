/// Splits text into search terms: lowercase runs of letters and digits, stop words dropped.
/// The browser script (themes/default/assets/search.js) splits queries the same way.
enum Tokenizer {
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it", "its", "of", "on", "or",
        "that", "the", "this", "to", "was", "were", "will", "with",
    ]

    static func terms(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            if current.count >= 2 && !stopWords.contains(current) { result.append(current) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { current.append(character) } else { flush() }
        }
        flush()
        return result
    }

    /// The shard a term lives in: its first three characters, hex-encoded when not plain ASCII letters and digits.
    static func shardKey(_ term: String) -> String {
        let prefix = String(term.prefix(3))
        if prefix.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }) { return prefix }
        return "x" + prefix.utf8.map { String($0, radix: 16) }.joined()
    }

    /// A title as the exact-match table keys it: its terms joined by single spaces.
    static func normalizedTitle(_ title: String) -> String {
        var words: [String] = []
        var current = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber { current.append(character) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }
}
