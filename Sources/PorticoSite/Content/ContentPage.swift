import Foundation
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
