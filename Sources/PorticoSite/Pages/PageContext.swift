
/// The data every page template receives: the site, navigation, assets, and the page itself.
struct PageContext {
    let config: SiteConfig
    let data: SiteData
    let assets: [String: String]
    let navigation: [(title: String, path: String)]
    /// Every section's pages that take part in 'Related' blocks, indexed once per build.
    var related: RelatedContent = .empty
    /// Sponsors placed on pages, by place (`event:SLUG`, `course:SLUG`, `jobs`), as the sponsors section gives them.
    var sponsors: [String: [SponsorLink]] = [:]
    /// The static JSON API's feeds this build writes (`events`, `members`…): the widget gallery shows a widget for each.
    var apiFeeds: Set<String> = []

    var basePath: String { config.basePath }

    /// A site-relative path (`help/`) as a link (`/help/` or `/guild/help/`); absolute URLs stay as they are.
    func link(_ path: String) -> String {
        if SiteURL.isExternal(path) { return path }
        return basePath + path
    }

    /// Splits a list into its pages at the site's page size (`pageSize` in portico.json): the one list helper every
    /// section paginates with (page 1 at `root`, page n at `<root>page/n/`, no empty last page).
    func paginate<Item>(_ items: [Item], root: String) -> [(page: Pagination, items: ArraySlice<Item>)] {
        Pagination.paginate(items, root: root, size: config.pageSize)
    }

    /// The absolute URL of a site-relative path, for canonical links and sitemaps.
    func absolute(_ path: String) -> String { config.baseURL + path }

    /// The data every page at `path` has; its layout adds its own (`PageData`).
    func frame(path: String, title: String, description: String, noIndex: Bool = false) -> PageFrame {
        PageFrame(
            site: .init(title: config.title ?? data.organizationName, tagline: data.tagline, email: data.email, language: config.language,
                        basePath: basePath, home: link(""), search: link("search/")),
            assets: assets,
            nav: navigation.map { entry in
                let external = SiteURL.isExternal(entry.path)
                let current = !external && (entry.path.isEmpty ? path.isEmpty : path.hasPrefix(entry.path))
                return .init(title: entry.title, url: link(entry.path), current: current)
            },
            page: .init(title: title, description: description, canonical: absolute(path), url: link(path), noindex: noIndex))
    }

    /// The 'Related' block of the page at `path`: up to `limit` pages from any section; nil when none is close.
    func relatedLinks(to path: String, limit: Int = 3) -> ItemList<RelatedLink>? {
        ItemList(related.related(to: path, limit: limit).map { RelatedLink(title: $0.title, url: link($0.urlPath), summary: $0.summary, kind: $0.kind) })
    }

    /// The 'Supported by' block of a place (`event:SLUG`); nil when no sponsor under contract is placed there.
    func sponsoredBy(_ place: String) -> ItemList<SponsorLink>? { ItemList(sponsors[place] ?? []) }
}
