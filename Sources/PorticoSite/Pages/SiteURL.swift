import Foundation

/// The URLs a site's configuration may hold: its base URL and its menu links. Checked once, where they are read,
/// so nothing a template writes into `href` can run script or break the markup.
public enum SiteURL {
    /// The schemes a menu entry may link to; anything else (javascript:, data:, vbscript:…) is refused.
    static let menuSchemes = ["http://", "https://", "mailto:", "tel:"]

    /// True when `url` leaves the site (an allowed scheme), false for a path on the site.
    static func isExternal(_ url: String) -> Bool {
        let lower = Array(url.lowercased().unicodeScalars)
        return menuSchemes.contains { lower.starts(with: $0.unicodeScalars) }
    }

    /// Checks a menu entry's URL: http(s), mailto or tel, or a path on the site (`/about/`, `help/`).
    /// Returns the site-relative path for paths (no leading slash), the URL itself for external links.
    static func menuTarget(_ url: String, entry: Int, title: String) throws -> String {
        let refuse = { (reason: String) in
            SiteError(file: SiteConfig.fileName, message: "menu entry \(entry) ('\(title)'): \(reason)")
        }
        guard !url.isEmpty else { throw refuse("the URL is empty") }
        guard !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }) else {
            throw refuse("the URL '\(url)' contains spaces, control characters, quotes or angle brackets")
        }
        if isExternal(url) {
            if url.lowercased().hasPrefix("http") {
                guard let components = URLComponents(string: url), components.host?.isEmpty == false else {
                    throw refuse("'\(url)' is not a valid http(s) URL")
                }
            }
            return url
        }
        // No scheme may hide in a path: a colon before the first slash would be read as one by browsers.
        // Scalars, not Characters: a colon joined with a combining mark is still a colon to a browser.
        let beforeSlash = url.unicodeScalars.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !beforeSlash.contains(":"), !url.unicodeScalars.starts(with: "//".unicodeScalars) else {
            throw refuse("'\(url)' is not allowed; use an http(s), mailto or tel URL, or a path on the site such as /about/")
        }
        return url.unicodeScalars.first == "/" ? String(url.unicodeScalars.dropFirst()) : url
    }

    /// Checks a base URL (from portico.json or --base-url) and returns it ending in `/`. The path stays
    /// percent-encoded as written, so `%0a` never becomes a raw newline in links.
    static func base(_ text: String, source: String) throws -> String {
        guard !text.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }),
              let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              components.host?.isEmpty == false, components.query == nil, components.fragment == nil else {
            throw SiteError(file: source == "--base-url" ? nil : SiteConfig.fileName,
                            message: "\(source) must be an absolute http(s) URL without spaces, query or fragment, not '\(text)'")
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// The path part of a base URL, percent-encoded as written (`/` or `/guild/`).
    static func basePath(of baseURL: String) -> String {
        guard let path = URLComponents(string: baseURL)?.percentEncodedPath, !path.isEmpty else { return "/" }
        return path.hasSuffix("/") ? path : path + "/"
    }
}
