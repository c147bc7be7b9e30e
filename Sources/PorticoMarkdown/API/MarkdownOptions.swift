/// How Markdown is turned into HTML.
public struct MarkdownOptions: Sendable, Equatable {
    /// Safe mode for text from the database: raw HTML is dropped, dangerous URL schemes removed, and footnotes
    /// left as text (several database fields share a page, and their footnote ids would collide).
    /// Trusted mode (false) is for staff-written content files and allows raw HTML, as CommonMark says.
    public var safe: Bool
    /// GitHub Flavored Markdown extensions: tables, strikethrough, autolinks, task lists, tag filter, footnotes.
    public var gfm: Bool
    /// Gives headings stable `id` attributes for tables of contents.
    public var headingAnchors: Bool
    /// GFM's tag filter: `<script>`, `<style>`, `<iframe>` and the like in raw HTML are escaped.
    /// Off for staff-written pages (they may embed what they choose), on in GitHub's own rendering.
    public var tagFilter: Bool
    /// cmark-gfm's exact markup: table alignment as `align` attributes (obsolete in HTML5), code blocks and task-list
    /// checkboxes as GitHub writes them. Off for pages, which use `style` alignment, keyboard-reachable code blocks
    /// (`tabindex="0"`, since they scroll) and labelled checkboxes.
    public var exactGitHubMarkup: Bool
    /// The path a site is published under (`/guild/`): a link or image written from the site's root (`/help/`) gets it
    /// in front (`/guild/help/`), so content links keep working when the site moves below a path. Nil leaves them.
    public var rootPath: String?

    public init(safe: Bool = false, gfm: Bool = true, headingAnchors: Bool = false, tagFilter: Bool = true, exactGitHubMarkup: Bool = false,
                rootPath: String? = nil) {
        self.rootPath = rootPath
        self.safe = safe
        self.gfm = gfm
        self.headingAnchors = headingAnchors
        self.tagFilter = tagFilter
        self.exactGitHubMarkup = exactGitHubMarkup
    }

    /// Plain CommonMark, as the spec examples expect.
    public static let commonMark = MarkdownOptions(safe: false, gfm: false, headingAnchors: false, exactGitHubMarkup: true)
    /// GitHub's rendering, byte for byte as cmark-gfm writes it: extensions and tag filter on, no heading ids.
    public static let github = MarkdownOptions(safe: false, gfm: true, headingAnchors: false, tagFilter: true, exactGitHubMarkup: true)
    /// Staff-written pages: GFM, raw HTML allowed, heading anchors.
    public static let trusted = MarkdownOptions(safe: false, gfm: true, headingAnchors: true, tagFilter: false)
    /// Database text: GFM, no raw HTML, safe URLs only.
    public static let safe = MarkdownOptions(safe: true, gfm: true, headingAnchors: false)

    /// These options with root-relative links placed under `path` (`/` changes nothing).
    public func rooted(at path: String) -> MarkdownOptions {
        var options = self
        options.rootPath = path == "/" ? nil : path
        return options
    }
}

/// A heading found while rendering, for tables of contents.
public struct MarkdownHeading: Sendable, Equatable {
    public let level: Int
    /// The heading's plain text.
    public let text: String
    /// The `id` the heading carries (empty when anchors are off).
    public let id: String
}

/// The HTML of a document and the headings in it.
public struct RenderedMarkdown: Sendable {
    public let html: String
    public let headings: [MarkdownHeading]

    public init(html: String, headings: [MarkdownHeading]) {
        self.html = html
        self.headings = headings
    }
}
