import Foundation

/// Plain text from HTML, for search indexes and excerpts.
public enum PlainText {
    /// Inline elements: their tags join text without a space (`<code>x</code>.` reads `x.`).
    static let inlineTags: Set<String> = ["a", "abbr", "b", "code", "del", "em", "i", "kbd", "mark", "s", "small", "span", "strong", "sub", "sup", "u"]

    /// Drops tags (a block tag counts as a space), decodes the few entities the renderer writes, and collapses whitespace.
    public static func fromHTML(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var tag: String?
        var lastWasSpace = true
        for character in html {
            if var current = tag {
                if character == ">" {
                    let name = current.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                    if !inlineTags.contains(name) && !lastWasSpace { out.append(" "); lastWasSpace = true }
                    tag = nil
                } else {
                    current.append(character)
                    tag = current
                }
                continue
            }
            if character == "<" { tag = ""; continue }
            if character.isWhitespace {
                if !lastWasSpace { out.append(" "); lastWasSpace = true }
            } else {
                out.append(character)
                lastWasSpace = false
            }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespaces)
    }

    /// The text cut at a word boundary to at most `maximum` characters, with an ellipsis when cut.
    public static func excerpt(_ text: String, maximum: Int) -> String {
        guard text.count > maximum else { return text }
        let cut = text.prefix(maximum)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + "…" }
        return String(cut) + "…"
    }
}
