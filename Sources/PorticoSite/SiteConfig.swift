import PorticoFormats
import Foundation

/// The site's settings from `portico.json` in the site folder.
public struct SiteConfig: Sendable {
    /// The absolute URL the site is published at, ending in `/` (sitemaps and feeds need absolute links).
    public var baseURL: String
    public var title: String?
    public var language: String
    public var theme: String
    /// IANA time zone that dates are shown in; when absent, the `site.timezone` setting, else UTC.
    public var timeZone: String?
    /// Extra navigation entries: title and either an external URL (http(s), mailto, tel) or a site-relative path.
    public var menu: [(title: String, url: String)]
    /// Items per page of every paginated list (help categories, the member directory, groups): `"pageSize"`, 1–1000.
    public var pageSize = 50

    public static let fileName = "portico.json"
    static let knownKeys: Set<String> = ["baseURL", "title", "language", "theme", "timezone", "menu", "pageSize"]

    public init(baseURL: String = "http://localhost:8080/", title: String? = nil, language: String = "en", theme: String = "default",
                timeZone: String? = nil, menu: [(title: String, url: String)] = []) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.title = title
        self.language = language
        self.theme = theme
        self.timeZone = timeZone
        self.menu = menu
    }

    /// The path part of the base URL (`/` or `/guild/`), prefixed to every internal link.
    public var basePath: String { SiteURL.basePath(of: baseURL) }

    /// The line and column of the "character N" a JSON error mentions.
    static func position(of detail: String, in data: Data) -> (Int?, Int?) {
        guard let range = detail.range(of: "character "),
              let offset = Int(detail[range.upperBound...].prefix(while: \.isNumber)) else { return (nil, nil) }
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// Reads `portico.json` from `siteDirectory`; a missing file gives the defaults.
    public static func load(siteDirectory: URL) throws -> SiteConfig {
        let url = siteDirectory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return SiteConfig() }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = "\((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error.localizedDescription)"
            let (line, column) = Self.position(of: detail, in: data)
            throw SiteError(file: fileName, line: line, column: column, message: "not valid JSON: \(detail)")
        }
        guard let dictionary = object as? [String: Any] else { throw SiteError(file: fileName, message: "must hold a JSON object") }
        for key in dictionary.keys.sorted() where !knownKeys.contains(key) {
            throw SiteError(file: fileName, message: "unknown setting '\(key)' (known: \(knownKeys.sorted().joined(separator: ", ")))")
        }
        func string(_ key: String) throws -> String? {
            guard let value = dictionary[key] else { return nil }
            guard let text = value as? String else { throw SiteError(file: fileName, message: "'\(key)' must be a string") }
            return text
        }
        var config = SiteConfig()
        if let base = try string("baseURL") { config.baseURL = try SiteURL.base(base, source: "'baseURL'") }
        config.title = try string("title")
        config.language = try string("language") ?? "en"
        config.theme = try string("theme") ?? "default"
        guard Slug.isValid(config.theme) else { throw SiteError(file: fileName, message: "'theme' must be a folder name under themes/, not '\(config.theme)'") }
        config.timeZone = try string("timezone")
        if let zone = config.timeZone, TimeZone(identifier: zone) == nil {
            throw SiteError(file: fileName, message: "'timezone' is not an IANA time zone: '\(zone)'")
        }
        if let size = dictionary["pageSize"] {
            guard let number = size as? Int, !(size is Bool), (1...1000).contains(number) else {
                throw SiteError(file: fileName, message: "'pageSize' must be a whole number from 1 to 1000, not \(size)")
            }
            config.pageSize = number
        }
        if let menu = dictionary["menu"] {
            guard let entries = menu as? [[String: Any]] else { throw SiteError(file: fileName, message: "'menu' must be a list of {\"title\", \"url\"} objects") }
            config.menu = try entries.enumerated().map { index, entry in
                guard let title = entry["title"] as? String, let url = entry["url"] as? String else {
                    throw SiteError(file: fileName, message: "menu entry \(index + 1) needs a string 'title' and 'url'")
                }
                return (title, try SiteURL.menuTarget(url, entry: index + 1, title: title))
            }
        }
        return config
    }
}
