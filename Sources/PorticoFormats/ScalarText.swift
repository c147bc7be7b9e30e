/// Text handled as Unicode scalars, for escapers and checks whose answer matters for safety.
///
/// Swift compares `Character`s (grapheme clusters), and a cluster can hide a special character: `"` followed by a
/// combining acute (U+0301) is one cluster that is not equal to `"`, and U+0600 followed by `<` is one cluster that
/// is not equal to `<`, yet every browser, spreadsheet and parser reads the bare character. So `contains`,
/// `firstIndex(where:)`, `split` and Foundation's `replacingOccurrences(of:with:)` over a `String` miss it. Each
/// function here looks at scalars instead.
public enum ScalarText {
    /// `text` with each scalar for which `replacement` returns a string replaced by it, every other scalar kept.
    public static func replacing(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// True when any scalar of `text` satisfies `predicate`.
    public static func contains(_ text: some StringProtocol, where predicate: (Unicode.Scalar) -> Bool) -> Bool {
        text.unicodeScalars.contains(where: predicate)
    }

    /// True when `text` holds the ASCII `character` as a scalar of its own, wherever clusters begin and end.
    public static func contains(_ text: some StringProtocol, _ character: Unicode.Scalar) -> Bool {
        text.unicodeScalars.contains(character)
    }

    /// `text` split at each `separator` scalar (empty pieces kept), whatever clusters the separator belongs to.
    public static func split(_ text: String, separator: Unicode.Scalar) -> [String] {
        text.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false).map { String($0) }
    }

    /// True for scalars that end a line: LF, VT, FF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    public static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
