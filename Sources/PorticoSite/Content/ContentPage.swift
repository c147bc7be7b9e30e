import PorticoMarkdown

/// One page from `content/`: its front matter, its URL, and its body rendered to HTML.
public struct ContentPage: Sendable {
    /// The file, relative to the site folder (`content/help/start/add-member.md`).
    public let sourcePath: String
    /// The folders between `content/` and the file (`help/start`), empty at the top.
    public let directory: String
    public let slug: String
    /// The URL path below the base path, with a trailing slash (`help/start/add-member/`), empty for the home page.
    public let urlPath: String
    public let title: String
    public let summary: String?
    public let date: String?
    public let updated: String?
    public let isDraft: Bool
    public let tags: [String]
    public let order: Int?
    /// True for `_index.md`: the page of a folder (a section or category).
    public let isIndex: Bool
    /// Every front matter field, for section-specific ones.
    public let fields: [String: FrontMatterValue]
    public let html: String
    public let headings: [MarkdownHeading]
    /// The body as plain text, for search and summaries.
    public let plainText: String

    /// The first folder (`help`), or empty.
    public var section: String { directory.split(separator: "/").first.map(String.init) ?? "" }

    /// The date shown as 'last updated': `updated`, else `date`.
    public var lastModified: String? { updated ?? date }

    /// The summary, or the first sentences of the body.
    public var summaryText: String {
        if let summary, !summary.isEmpty { return summary }
        return PlainText.excerpt(plainText, maximum: 180)
    }
}

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

import Foundation
