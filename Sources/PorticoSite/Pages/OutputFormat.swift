import PorticoFormats
import PorticoMustache

/// What a page or a list renders to, through a template like any page (Hugo's output formats): HTML, an RSS 2.0
/// or Atom feed, an iCalendar file, JSON. Each format brings its own escaping for `{{name}}` (entities for HTML
/// and XML, RFC 5545 TEXT escaping for iCalendar, string escaping for JSON, so a `"` in a title cannot end a
/// string) and its own finishing (iCalendar's CRLF lines folded at 75 octets), so no section joins a feed from
/// strings by hand. A template for a format is named `<name>.<format>` (`events.ics`, `jobs.rss`).
struct OutputFormat: Sendable {
    /// The template name's suffix, and the format's name in errors (`rss`).
    let name: String
    /// The media type a host should serve it with (`_headers`, `portico serve`).
    let mediaType: String
    let escaping: Escaping
    /// The rendered text as written.
    let finish: @Sendable (String) -> String

    static let html = OutputFormat(name: "html", mediaType: "text/html; charset=utf-8", escaping: .html) { $0 }
    /// RSS 2.0: XML, whose special characters are HTML's.
    static let rss = OutputFormat(name: "rss", mediaType: "application/rss+xml", escaping: .html) { $0 }
    /// Atom (RFC 4287): XML as well.
    static let atom = OutputFormat(name: "atom", mediaType: "application/atom+xml", escaping: .html) { $0 }
    /// iCalendar (RFC 5545).
    static let iCalendar = OutputFormat(name: "ics", mediaType: "text/calendar; charset=utf-8",
                                        escaping: Escaping { ICalendarText.appendEscaped($0, to: &$1) }, finish: ICalendarText.folded)
    /// JSON: `{{name}}` goes inside a string literal the template quotes (`"title": "{{title}}"`).
    static let json = OutputFormat(name: "json", mediaType: "application/json", escaping: Escaping { JSONText.appendEscaped($0, to: &$1) }) { $0 }

    /// The template for `base` in this format: `base` itself for HTML, else `base.<format>`.
    func template(_ base: String) -> String { name == "html" ? base : base + "." + name }
}
