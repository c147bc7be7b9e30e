import Foundation
/// URL slugs: lowercase ASCII letters, digits and single hyphens; nothing that can climb out of a folder.
public enum Slug {
    /// A slug made from any title: accents folded, everything else turned into hyphens.
    public static func make(_ text: String) -> String {
        let folded = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        var out = ""
        var pendingHyphen = false
        for scalar in folded.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return String(out.prefix(80))
    }

    /// True when `text` is already a valid slug.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 100, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }
}
