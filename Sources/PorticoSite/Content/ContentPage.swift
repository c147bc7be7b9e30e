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
    /// Drops tags, decodes the few entities the renderer writes, and collapses whitespace.
    public static func fromHTML(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var inTag = false
        var lastWasSpace = true
        for character in html {
            if character == "<" { inTag = true; continue }
            if character == ">" && inTag {
                inTag = false
                if !lastWasSpace { out.append(" "); lastWasSpace = true }
                continue
            }
            if inTag { continue }
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
