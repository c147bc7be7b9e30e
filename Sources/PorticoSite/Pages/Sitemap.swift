import PorticoMustache

/// sitemap.xml (sitemaps.org protocol) and robots.txt pointing at it.
enum Sitemap {
    static func xml(_ entries: [SitemapEntry]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.sorted(by: { $0.location < $1.location }) {
            out += "  <url><loc>\(XMLText.escape(entry.location))</loc>"
            if let lastModified = entry.lastModified { out += "<lastmod>\(XMLText.escape(String(lastModified.prefix(10))))</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    static func robots(baseURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(baseURL)sitemap.xml\n"
    }
}

/// Escaping for XML text and attributes: XML's five special characters are HTML's, and `&#39;` is as valid in XML as
/// `&apos;`, so the byte-level HTML escaper serves (never a comparison of `Character`s; see `HTMLEscaping`).
public enum XMLText {
    public static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
