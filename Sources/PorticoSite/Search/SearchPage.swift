
/// The search page and its split index: a site-wide artifact (like the sitemap), built from every section's
/// search documents and browse links after the sections.
struct SearchPage {
    let documents: [SearchDocument]
    /// Links shown when JavaScript is off (and under the results): the topics to browse.
    let browseLinks: [TopicLink]
    /// The sections with documents, in registry order: labels in the index, and the filter when there are two or more.
    let sections: [SearchSection]

    func jobs(context: PageContext) throws -> [RenderJob] {
        [RenderJob(outputPath: "search/index.html", page: PageData(
            frame: context.frame(path: "search/", title: "Search", description: "Search the site.", noIndex: true),
            data: SearchData(categories: browseLinks, searchMeta: context.link("search/meta.json"),
                             sections: sections.count > 1 ? sections.map { SearchSectionOption(value: $0.value, title: $0.label) } : [])), sitemap: nil)]
    }

    func files(context: PageContext) throws -> [StaticFile] {
        SearchIndexBuilder(documents: documents, sections: sections).build().files
    }
}
