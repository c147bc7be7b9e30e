import PorticoFormats

/// One file set of the static JSON API (`/api/v1/events.json`): a section's public items, each a JSON object whose
/// `path` is site-relative (`events/agm/`), so a widget on any origin joins it to the site's address. The section's
/// public read model decides what is in it, as it does for pages.
struct APIFeed: Sendable {
    /// `events`: the file is `api/v1/events.json`.
    let name: String
    let items: [JSONValue]
}

/// Writes the API: each feed as `api/v1/NAME.json` with `schema_version`, `count` and `items`, split into files of
/// `pageSize` items (`api/v1/NAME/2.json` …) linked by `next`; and `_headers` letting any origin read the API and
/// the widget scripts (Netlify and Cloudflare Pages read it; docs/api.md gives nginx, Apache and S3 equivalents).
enum APIFiles {
    static let version = "v1"
    static let schemaVersion = 1.0
    static let pageSize = 500

    static func path(_ name: String, page: Int) -> String {
        page == 1 ? "api/\(version)/\(name).json" : "api/\(version)/\(name)/\(page).json"
    }

    static func files(_ feeds: [APIFeed], pageSize: Int = pageSize) -> [StaticFile] {
        var files: [StaticFile] = []
        for feed in feeds {
            let pages = max(1, (feed.items.count + pageSize - 1) / pageSize)
            for page in 1...pages {
                let slice = Array(feed.items[min(feed.items.count, (page - 1) * pageSize)..<min(feed.items.count, page * pageSize)])
                let document = JSONValue.object([
                    "schema_version": .number(schemaVersion), "name": .string(feed.name), "count": .number(Double(feed.items.count)),
                    "page": .number(Double(page)), "pages": .number(Double(pages)), "items": .array(slice),
                    "next": page < pages ? .string(path(feed.name, page: page + 1)) : .null,
                ])
                files.append(StaticFile(outputPath: path(feed.name, page: page), bytes: Array((document.canonical + "\n").utf8)))
            }
        }
        return files
    }

    /// `_headers`: cross-origin reading of the API and the widget scripts, and JSON served as JSON.
    static func headers(basePath: String) -> StaticFile {
        let text = """
            \(basePath)api/*
              Access-Control-Allow-Origin: *
              Content-Type: application/json; charset=utf-8
            \(basePath)widgets/*
              Access-Control-Allow-Origin: *

            """
        return StaticFile(outputPath: "_headers", bytes: Array(text.utf8))
    }
}

extension JSONValue {
    /// A JSON object from optional members: nil values are written as `null`.
    static func record(_ members: [String: JSONValue?]) -> JSONValue { .object(members.mapValues { $0 ?? .null }) }
    static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    static func int(_ value: Int64?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
}
