/// A link to an article with its summary (category lists, previous and next, related articles).
struct ArticleLink: Encodable, Sendable {
    let title: String
    let url: String
    let summary: String
}

/// A link to a topic with its size (help categories; the search page's browse links).
struct TopicLink: Encodable, Sendable {
    let title: String
    let url: String
    let summary: String
    let count: Int
    let countLabel: String
    enum CodingKeys: String, CodingKey { case title, url, summary, count, countLabel = "count_label" }

    static let example = TopicLink(title: "Billing", url: "/help/billing/", summary: "Invoices and payments.", count: 12, countLabel: "12 articles")
}

/// `help-home`: the help center's front page.
struct HelpHomeData: LayoutData {
    static let layout = "help-home"
    static let pages = "`/help/`"
    let content: String
    let categories: [TopicLink]

    static let fieldDocs = [
        "content": "HTML of `content/help/_index.md`",
        "categories": "every category with its article count",
    ]
    static let example = HelpHomeData(content: "<p>Answers.</p>", categories: [TopicLink.example])
}

/// `help-category`: one category's articles, 50 to a page.
struct HelpCategoryData: LayoutData {
    static let layout = "help-category"
    static let pages = "`/help/CATEGORY/`, then `/help/CATEGORY/page/N/` (50 articles a page)"
    let content: String
    let articles: [ArticleLink]

    static let fieldDocs = [
        "content": "HTML of the category's `_index.md` (first page only)",
        "articles": "this page's articles in reading order",
    ]
    static let example = HelpCategoryData(content: "<p>Invoices.</p>", articles: [ArticleLink(title: "Paying by card", url: "/help/billing/card/", summary: "Card payments.")])
}

/// `help-article`: one article.
struct HelpArticleData: LayoutData {
    static let layout = "help-article"
    static let pages = "`/help/CATEGORY/ARTICLE/`"

    struct Contents: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            let title: String
            let id: String
            let sub: Bool
        }
        let items: [Item]
    }

    let content: String
    let toc: Contents?
    let previous: ArticleLink?
    let next: ArticleLink?
    let related: ItemList<RelatedLink>?
    let updated: String?
    let updatedISO: String?
    let category: Link
    let tags: [String]
    enum CodingKeys: String, CodingKey { case content, toc, previous, next, related, updated, updatedISO = "updated_iso", category, tags }

    static let fieldDocs = [
        "content": "the article's HTML",
        "toc": "the table of contents (level 2 and 3 headings, `sub` true for level 3); null without headings",
        "previous": "the article before this one in its category; null for the first",
        "next": "the article after this one; null for the last",
        "related": RelatedLink.fieldDocs,
        "updated": "`updated` (else `date`) shown in the site's time zone; null when neither is set",
        "updated_iso": "the same date as `YYYY-MM-DD`",
        "category": "the article's category",
        "tags": "the front matter's `tags`",
    ]
    static let example: HelpArticleData = {
        let link = ArticleLink(title: "Paying by card", url: "/help/billing/card/", summary: "Card payments.")
        return HelpArticleData(content: "<p>Steps.</p>", toc: Contents(items: [.init(title: "Before you start", id: "before-you-start", sub: false)]),
                               previous: link, next: link, related: RelatedLink.example, updated: "4 March 2026", updatedISO: "2026-03-04",
                               category: Link(title: "Billing", url: "/help/billing/"), tags: ["renewal"])
    }()
}
