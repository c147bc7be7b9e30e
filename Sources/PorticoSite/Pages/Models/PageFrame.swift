/// The data every page's template receives, whatever its layout: the site, its assets and navigation, the page
/// itself, and the breadcrumbs and pagination a layout may set. A layout's own data sits beside these keys.
struct PageFrame: Encodable, Sendable {
    struct Site: Encodable, Sendable {
        let title: String
        let tagline: String
        let email: String
        let language: String
        let basePath: String
        let home: String
        let search: String
        enum CodingKeys: String, CodingKey { case title, tagline, email, language, basePath = "base_path", home, search }
    }

    struct NavigationLink: Encodable, Sendable {
        let title: String
        let url: String
        let current: Bool
    }

    struct Page: Encodable, Sendable {
        let title: String
        let description: String
        let canonical: String
        let url: String
        let noindex: Bool
    }

    let site: Site
    /// `NAME_EXT` → hashed URL (`style_css` → `/assets/style.1a2b3c4d.css`).
    let assets: [String: String]
    let nav: [NavigationLink]
    let page: Page
    /// Up to, not including, the current page; empty unless the layout sets it.
    var breadcrumbs: [Link] = []
    /// Null unless the page is one of several pages of a list.
    var pagination: PaginationData? = nil

    /// What each key holds, for the theme reference.
    static let fieldDocs: [String: String] = [
        "site": "the site: `title` and `tagline` (portico.json and the database settings), `email`, `language`, and links honouring the base URL's path (`home`, `search`, `base_path`)",
        "assets": "the hashed URL of each file in `assets/`, by name with `_` for `.` (`assets.style_css`, `assets.search_js`)",
        "nav": "the main navigation; `current` is true on the page's own section",
        "page": "the page itself; `canonical` is absolute; `noindex` is true for pages search engines should skip (search, 404)",
        "breadcrumbs": "links up to, not including, the current page (empty on top-level pages)",
        "pagination": "null when a list fits on one page; otherwise `current` and `total`, `previous` and `next` (URLs, null at the ends) and `pages`, a window of page links, each `number`, `url` and `current`, with `gap` entries where numbers are skipped",
    ]

    static let example = PageFrame(
        site: Site(title: "Guild of Harbour Engineers", tagline: "The professional body", email: "hello@example.org", language: "en",
                   basePath: "/", home: "/", search: "/search/"),
        assets: ["style_css": "/assets/style.1a2b3c4d.css"], nav: [NavigationLink(title: "Help", url: "/help/", current: true)],
        page: Page(title: "Renewing", description: "How to renew.", canonical: "https://example.org/help/renewing/", url: "/help/renewing/", noindex: false),
        breadcrumbs: [Link(title: "Help", url: "/help/")],
        pagination: PaginationData(current: 2, total: 5, previous: "/help/billing/", next: "/help/billing/page/3/",
                                   pages: [PaginationData.PageLink(gap: false, number: 1, url: "/help/billing/", current: false)]))
}

/// A titled link (breadcrumbs, categories of an article).
struct Link: Encodable, Sendable {
    let title: String
    let url: String
}

/// A paginated list's position: see `Pagination`.
struct PaginationData: Encodable, Sendable {
    struct PageLink: Encodable, Sendable {
        let gap: Bool
        let number: Int?
        let url: String?
        let current: Bool
    }

    let current: Int
    let total: Int
    let previous: String?
    let next: String?
    let pages: [PageLink]
}
