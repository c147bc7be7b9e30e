/// `search`: the search page (its index is built from every section's documents).
struct SearchData: LayoutData {
    static let layout = "search"
    static let pages = "`/search/`"
    let categories: [TopicLink]
    let searchMeta: String
    /// The sections results come from, for the filter (shown when there are two or more).
    let sections: [SearchSectionOption]
    var hasSections: Bool { !sections.isEmpty }
    enum CodingKeys: String, CodingKey { case categories, searchMeta = "search_meta", sections, hasSections = "has_sections" }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(categories, forKey: .categories)
        try container.encode(searchMeta, forKey: .searchMeta)
        try container.encode(sections, forKey: .sections)
        try container.encode(hasSections, forKey: .hasSections)
    }

    static let fieldDocs = [
        "categories": "topics to browse, from every section (shown without JavaScript and under results)",
        "search_meta": "the URL of the index's `meta.json`, for the search script",
        "sections": "the site sections search covers, each `value` (for `?section=`) and `title`, for a filter; empty when there is only one",
        "sections.value": "the section's name in the URL (`help`)",
        "sections.title": "the section's label (\"Help center\")",
        "has_sections": "true when there are sections to filter by",
    ]
    static let example = SearchData(categories: [TopicLink.example], searchMeta: "/search/meta.json",
                                     sections: [SearchSectionOption(value: "help", title: "Help center"), SearchSectionOption(value: "directory", title: "Members")])
}

/// One choice of the search page's section filter.
struct SearchSectionOption: Encodable, Sendable {
    let value: String
    let title: String
}
