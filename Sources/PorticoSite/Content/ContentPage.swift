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
    /// The body as plain text, for search and related pages: derived from the HTML when asked (a quick scan) rather
    /// than kept, which at 100,000 pages would hold another 200 MB for the whole build.
    public var plainText: String { PlainText.fromHTML(html) }
    /// The summary, or the first sentences of the body (computed once: every link to the page shows it).
    public let summaryText: String

    /// The first folder (`help`), or empty.
    public var section: String { directory.split(separator: "/").first.map(String.init) ?? "" }

    /// The date shown as 'last updated': `updated`, else `date`.
    public var lastModified: String? { updated ?? date }

    public init(sourcePath: String, directory: String, slug: String, urlPath: String, title: String, summary: String?, date: String?,
                updated: String?, isDraft: Bool, tags: [String], order: Int?, isIndex: Bool, fields: [String: FrontMatterValue],
                html: String, headings: [MarkdownHeading]) {
        self.sourcePath = sourcePath
        self.directory = directory
        self.slug = slug
        self.urlPath = urlPath
        self.title = title
        self.summary = summary
        self.date = date
        self.updated = updated
        self.isDraft = isDraft
        self.tags = tags
        self.order = order
        self.isIndex = isIndex
        self.fields = fields
        self.html = html
        self.headings = headings
        if let summary, !summary.isEmpty { summaryText = summary } else { summaryText = PlainText.excerpt(PlainText.prefix(ofHTML: html, characters: 181), maximum: 180) }
    }
}
