import PorticoMustache

/// The search page and its split index: a site-wide artifact (like the sitemap), built from every section's
/// search documents and browse links after the sections.
struct SearchPage {
    let documents: [SearchDocument]
    /// Links shown when JavaScript is off (and under the results): the topics to browse.
    let browseLinks: [MustacheValue]

    func jobs(context: PageContext) throws -> [RenderJob] {
        [RenderJob(outputPath: "search/index.html", template: "search", context: context.page(
            path: "search/", title: "Search", description: "Search the site.",
            extra: ["categories": .array(browseLinks), "search_meta": .string(context.link("search/meta.json"))], noIndex: true),
            sitemap: nil)]
    }

    func files(context: PageContext) throws -> [StaticFile] {
        SearchIndexBuilder(documents: documents).build().files
    }
}
