import PorticoMustache

/// The data every page template receives: the site, navigation, assets, and the page itself.
struct PageContext {
    let config: SiteConfig
    let data: SiteData
    let assets: [String: String]
    let navigation: [(title: String, path: String)]

    var basePath: String { config.basePath }

    /// A site-relative path (`help/`) as a link (`/help/` or `/guild/help/`); absolute URLs stay as they are.
    func link(_ path: String) -> String {
        if SiteURL.isExternal(path) { return path }
        return basePath + path
    }

    /// The absolute URL of a site-relative path, for canonical links and sitemaps.
    func absolute(_ path: String) -> String { config.baseURL + path }

    /// The full context for a page at `path` with `title`, merging `extra` keys.
    func page(path: String, title: String, description: String, extra: [String: MustacheValue] = [:], noIndex: Bool = false) -> MustacheValue {
        var root: [String: MustacheValue] = [
            "site": .object([
                "title": .string(config.title ?? data.organizationName),
                "tagline": .string(data.tagline),
                "email": .string(data.email),
                "language": .string(config.language),
                "base_path": .string(basePath),
                "home": .string(link("")),
                "search": .string(link("search/")),
            ]),
            "assets": .object(assets.mapValues { .string($0) }),
            "nav": .array(navigation.map { entry in
                let external = SiteURL.isExternal(entry.path)
                let current = !external && (entry.path.isEmpty ? path.isEmpty : path.hasPrefix(entry.path))
                return .object(["title": .string(entry.title), "url": .string(link(entry.path)), "current": .bool(current)])
            }),
            "page": .object([
                "title": .string(title),
                "description": .string(description),
                "canonical": .string(absolute(path)),
                "url": .string(link(path)),
                "noindex": .bool(noIndex),
            ]),
            // Keys every page has, null unless the layout's data sets them: templates render strictly, and the
            // base layout and shared partials ask for them on every page.
            "pagination": .null,
            "breadcrumbs": .array([]),
        ]
        for (key, value) in extra { root[key] = value }
        return .object(root)
    }
}
