import PorticoMustache

/// The search page and its split index, built from every section's search documents.
struct SearchSection: SiteSection {
    let documents: [SearchDocument]
    /// Links shown when JavaScript is off (and under the results): the topics to browse.
    let browseLinks: MustacheValue

    var name: String { "search" }

    func jobs(context: PageContext) throws -> [RenderJob] {
        [RenderJob(outputPath: "search/index.html", template: "search", context: context.page(
            path: "search/", title: "Search", description: "Search the site.",
            extra: ["categories": browseLinks, "search_meta": .string(context.link("search/meta.json"))], noIndex: true),
            sitemap: nil)]
    }

    func files(context: PageContext) throws -> [StaticFile] {
        SearchIndexBuilder(documents: documents).build().files
    }
}
