import PorticoDefaultTheme
import PorticoDigest
import PorticoFormats
import PorticoMustache

/// The embeddable widgets: each a custom element (`<portico-events>`) drawn by its own script from one feed of the
/// static JSON API. The catalog feeds the gallery page, `portico widgets snippet` and the WordPress plugin.
public struct Widget: Sendable {
    public struct Attribute: Sendable {
        public let name: String
        public let help: String
    }

    /// `events`: the script is `widgets/events.js` in the theme, the shortcode `portico_events`.
    public let name: String
    public let tag: String
    public let title: String
    public let summary: String
    /// The API feeds it reads; the gallery offers it when the site writes the first.
    public let feeds: [String]
    public let attributes: [Attribute]
    /// Attributes the gallery's live example uses.
    public let example: [(String, String)]

    static let common = [Attribute(name: "limit", help: "How many to show."),
                         Attribute(name: "layout", help: "list (default), cards or compact."),
                         Attribute(name: "heading", help: "A heading above the widget (it is labelled by it).")]

    public static let all: [Widget] = [
        Widget(name: "events", tag: "portico-events", title: "Events", summary: "Upcoming events with their dates in the visitor's language and the event's time zone.",
               feeds: ["events"], attributes: common + [Attribute(name: "category", help: "Only this category (its slug, as in /events/category/SLUG/)."),
                                                        Attribute(name: "show-past", help: "Past events instead, most recent first.")],
               example: [("limit", "3"), ("heading", "Coming up")]),
        Widget(name: "jobs", tag: "portico-jobs", title: "Jobs", summary: "Open positions from the job board, featured first.",
               feeds: ["jobs"], attributes: common + [Attribute(name: "category", help: "Only this category (its slug).")],
               example: [("limit", "4"), ("layout", "cards")]),
        Widget(name: "directory", tag: "portico-directory", title: "Directory", summary: "Members or member companies from the directory, A to Z.",
               feeds: ["members", "companies"], attributes: common + [Attribute(name: "type", help: "members (default) or companies."),
                                                                      Attribute(name: "country", help: "Only this country (two-letter code).")],
               example: [("type", "companies"), ("limit", "5")]),
        Widget(name: "help-search", tag: "portico-help-search", title: "Help search", summary: "A labelled search box over the help center's articles; Enter opens the site's search.",
               feeds: ["help"], attributes: [Attribute(name: "limit", help: "How many suggestions to show."), Attribute(name: "label", help: "The search box's label."),
                                             Attribute(name: "heading", help: "A heading above the widget.")],
               example: [("limit", "5")]),
        Widget(name: "courses", tag: "portico-courses", title: "Courses", summary: "Published courses with format, CPD points and price.",
               feeds: ["courses"], attributes: common + [Attribute(name: "category", help: "Only this format: online, in_person, self_paced or blended.")],
               example: [("limit", "3")]),
        Widget(name: "sponsors", tag: "portico-sponsors", title: "Sponsors", summary: "Sponsors placed in the widgets, logos linked with rel=\"sponsored\".",
               feeds: ["sponsors"], attributes: common + [Attribute(name: "tier", help: "Only this tier (its slug).")],
               example: [("heading", "Our sponsors")]),
    ]

    public static func named(_ name: String) -> Widget? { all.first { $0.name == name } }

    /// The element with `attributes` (name → value; an empty value is a bare attribute such as `show-past`).
    public func element(_ attributes: [(String, String)]) -> String {
        "<\(tag)" + attributes.map { $0.1.isEmpty ? " \($0.0)" : " \($0.0)=\"\(HTMLEscaping.escape($0.1))\"" }.joined() + "></\(tag)>"
    }

    /// The two lines to paste: the loader once, then the element.
    public static func snippet(siteURL: String, element: String) -> String {
        "<script src=\"\(HTMLEscaping.escape(siteURL))widgets/portico.js\" defer></script>\n" + element
    }
}

/// The widget scripts as the build writes them: minified, the widgets under content-hashed names (cached for
/// ever) and the loader, whose address is the embed contract, at `widgets/portico.js` with the names built in.
public enum WidgetScripts {
    /// Output path → bytes.
    public static func files() throws -> [(path: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        var names: [String] = []
        for widget in Widget.all {
            guard let source = DefaultTheme.file("widgets/\(widget.name).js") else { continue }
            let bytes = try minified(source, name: widget.name)
            let file = "\(widget.name).\(Hex.encode(SHA256.hash(bytes)).prefix(10)).js"
            names.append("\"\(widget.name)\":\"\(file)\"")
            files.append(("widgets/" + file, bytes))
        }
        guard let loader = DefaultTheme.file("widgets/portico.js") else { return files }
        let source = loader.replacingOccurrences(of: "{/*files*/}", with: "{" + names.joined(separator: ",") + "}")
        files.insert(("widgets/portico.js", try minified(source, name: "portico")), at: 0)
        return files
    }

    static func minified(_ source: String, name: String) throws -> [UInt8] {
        do { return try JavaScriptMinifier.minify(Array(source.utf8)) } catch let failure as JavaScriptMinifier.Failure {
            throw SiteError(file: "\(Theme.builtInLabel): widgets/\(name).js", line: failure.line, message: failure.message)
        }
    }
}
