/// Splits text into search terms: lowercase runs of letters and digits, stop words dropped.
/// The browser script (themes/default/assets/search.js) splits queries the same way: runs of `[\p{L}\p{N}]` in
/// lowercased text, at least two UTF-16 units long.
public enum Tokenizer {
    /// Lucene's English stop words (`EnglishAnalyzer`) and a few more ("from", "has", "its", "were"): words too common
    /// to tell documents apart, whose long lists a query would otherwise read to the end.
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "if", "in", "into", "is", "it",
        "its", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
        "to", "was", "were", "will", "with",
    ]

    public static func terms(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(text) { word in
            if word.utf16.count >= 2 && !stopWords.contains(word) { result.append(word) }
        }
        return result
    }

    /// Calls `body` with each lowercased run of letters and digits. ASCII goes byte by byte; other scalars are
    /// lowercased by their full Unicode mapping and classified by general category (letters L*, numbers N*).
    static func forEachWord(_ text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        func flush() {
            if !word.isEmpty { body(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { word.append(byte) }
                else if byte >= 0x41 && byte <= 0x5A { word.append(byte + 32) }
                else { flush() }
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if isWordScalar(lower) { word.append(contentsOf: String(lower).utf8) } else { flush() }
            }
        }
        flush()
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The shard a term lives in: its first three characters, hex-encoded when not plain ASCII letters and digits.
    public static func shardKey(_ term: String) -> String {
        let prefix = String(term.prefix(3))
        if prefix.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }) { return prefix }
        return "x" + prefix.utf8.map { String($0, radix: 16) }.joined()
    }

    /// A title as the exact-match table keys it: its words joined by single spaces.
    static func normalizedTitle(_ title: String) -> String {
        var words: [String] = []
        forEachWord(title) { words.append($0) }
        return words.joined(separator: " ")
    }
}
