/// `search`: the search page (its index is built from every section's documents).
struct SearchData: LayoutData {
    static let layout = "search"
    static let pages = "`/search/`"
    let categories: [TopicLink]
    let searchMeta: String
    enum CodingKeys: String, CodingKey { case categories, searchMeta = "search_meta" }

    static let fieldDocs = [
        "categories": "topics to browse, from every section (shown without JavaScript and under results)",
        "search_meta": "the URL of the index's `meta.json`, for the search script",
    ]
    static let example = SearchData(categories: [TopicLink.example], searchMeta: "/search/meta.json")
}
