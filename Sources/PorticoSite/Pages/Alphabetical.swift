import Foundation

/// A–Z lists, the one way every section sorts names and groups them by letter (the member directory today, the
/// business directory and the resource library next): accents folded (`Ávila` files under A, beside `Avila`),
/// case ignored, and anything not starting with a Latin letter under `#`, shown last as "0–9 and others".
enum Alphabetical {
    /// The letter a name files under: `a`…`z`, or `#`.
    static func letter(of name: String) -> String {
        let first = folded(name).unicodeScalars.first { $0.properties.isAlphabetic || ($0 >= "0" && $0 <= "9") }
        return first.map { ($0 >= "a" && $0 <= "z") ? String($0) : "#" } ?? "#"
    }

    /// The key a name sorts by; `tiebreak` (a slug) keeps equal names in a fixed order.
    static func sortKey(_ name: String, tiebreak: String) -> String { folded(name) + "\u{0}" + tiebreak }

    /// Letters in list order: `a`…`z`, then `#`.
    static func ordered<Letters: Sequence>(_ letters: Letters) -> [String] where Letters.Element == String {
        letters.sorted { ($0 == "#" ? "{" : $0) < ($1 == "#" ? "{" : $1) }
    }

    /// The letter's folder under a list's root: `letter/a/`, `letter/0-9/`.
    static func path(of letter: String) -> String { "letter/\(letter == "#" ? "0-9" : letter)/" }

    /// How a letter is named on its page: `A`, `0–9 and others`.
    static func label(of letter: String) -> String { letter == "#" ? "0–9 and others" : letter.uppercased() }

    private static func folded(_ name: String) -> String {
        (name.applyingTransform(.stripDiacritics, reverse: false) ?? name).lowercased()
    }
}
