/// `home`: the site's front page.
struct HomeData: LayoutData {
    static let layout = "home"
    static let pages = "`/`"
    let content: String
    let home: Bool

    static let fieldDocs = [
        "content": "HTML of `content/_index.md` (empty when there is none)",
        "home": "always true, for partials shared with other layouts",
    ]
    static let example = HomeData(content: "<p>Welcome.</p>", home: true)
}

/// `page`: every file in `content/` outside a section.
struct ContentPageData: LayoutData {
    static let layout = "page"
    static let pages = "every file in `content/` outside a section (`/about/`)"
    let content: String
    let updated: String?
    let updatedISO: String?
    enum CodingKeys: String, CodingKey { case content, updated, updatedISO = "updated_iso" }

    static let fieldDocs = [
        "content": "the page's HTML",
        "updated": "`updated` (else `date`) from the front matter, shown in the site's time zone; null when neither is set",
        "updated_iso": "the same date as `YYYY-MM-DD`, for `<time datetime>`",
    ]
    static let example = ContentPageData(content: "<p>About us.</p>", updated: "4 March 2026", updatedISO: "2026-03-04")
}

/// `404`: the page static hosts serve for a missing URL.
struct NotFoundData: LayoutData {
    static let layout = "404"
    static let pages = "`/404.html`"
    static let fieldDocs: [String: String] = [:]
    static let example = NotFoundData()
}
