import PorticoMustache

/// The sitemaps of a site (sitemaps.org protocol): `sitemap.xml` is an index of `sitemap-1.xml`, `sitemap-2.xml`…,
/// each holding at most 50,000 URLs and 50 MB (the protocol's limits), URLs in order so a record's file changes only
/// when URLs before it come or go; the index gives each file the latest `lastmod` it holds. `robots.txt` names the
/// index.
enum Sitemap {
    static let maximumURLs = 50_000
    static let maximumBytes = 50 * 1024 * 1024
    static let urlsetOpening = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    static let urlsetClosing = "</urlset>\n"

    /// The index and its files, as (output path, text). `baseURL` ends in `/`. The limits are parameters for tests.
    static func files(_ entries: [SitemapEntry], baseURL: String, maximumURLs: Int = maximumURLs,
                      maximumBytes: Int = maximumBytes) -> [(path: String, text: String)] {
        var parts: [(text: String, lastModified: String?)] = []
        var text = urlsetOpening, count = 0, latest: String? = nil
        func close() {
            parts.append((text + urlsetClosing, latest))
            (text, count, latest) = (urlsetOpening, 0, nil)
        }
        for entry in entries.sorted(by: { $0.location < $1.location }) {
            var line = "  <url><loc>\(XMLText.escape(entry.location))</loc>"
            let day = entry.lastModified.map { String($0.prefix(10)) }
            if let day { line += "<lastmod>\(XMLText.escape(day))</lastmod>" }
            line += "</url>\n"
            if count > 0 && (count == maximumURLs || text.utf8.count + line.utf8.count + urlsetClosing.utf8.count > maximumBytes) { close() }
            text += line
            count += 1
            if let day, day > (latest ?? "") { latest = day }
        }
        if count > 0 || parts.isEmpty { close() }
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        var files: [(path: String, text: String)] = []
        for (number, part) in parts.enumerated() {
            let path = "sitemap-\(number + 1).xml"
            index += "  <sitemap><loc>\(XMLText.escape(baseURL + path))</loc>"
            if let latest = part.lastModified { index += "<lastmod>\(latest)</lastmod>" }
            index += "</sitemap>\n"
            files.append((path, part.text))
        }
        return [("sitemap.xml", index + "</sitemapindex>\n")] + files
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
