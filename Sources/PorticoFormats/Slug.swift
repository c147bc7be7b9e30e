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

    /// A slug for `text` that nothing else holds: `ana-silva`, then `ana-silva-2`, `ana-silva-3`… (`fallback` when the
    /// text has no letters or digits; a reserved word is never given). At most 80 characters with its suffix.
    public static func unique(for text: String, fallback: String, reserved: Set<String> = [], isTaken: (String) throws -> Bool) rethrows -> String {
        let made = make(text)
        var base = String((made.isEmpty ? fallback : made).prefix(72))
        while base.hasSuffix("-") { base.removeLast() }
        var slug = base
        var suffix = 2
        while try reserved.contains(slug) || isTaken(slug) {
            slug = "\(base)-\(suffix)"
            suffix += 1
        }
        return slug
    }

    /// True when `text` is already a valid slug.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 100, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }
}
