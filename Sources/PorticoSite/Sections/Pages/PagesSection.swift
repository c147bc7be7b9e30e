
/// Plain pages from `content/` outside any other section, and the home page.
struct PagesSection: SiteSection {
    static let name = "pages"
    static let searchLabel = "Pages"
    static let pageTypes: [any LayoutData.Type] = [HomeData.self, ContentPageData.self, NotFoundData.self]

    let pages: [ContentPage]
    let data: SiteData
    let timeZone: String

    /// Always present: every site has a home page and a 404 page.
    init?(input: SectionInput) throws {
        pages = input.pages.filter { !input.claimedFolders.contains($0.section) }
        data = input.data
        timeZone = input.timeZone
    }

    func jobs(context: PageContext) throws -> [RenderJob] {
        var jobs: [RenderJob] = []
        for page in pages {
            if page.urlPath.isEmpty {
                jobs.append(home(context: context, title: page.title, description: page.summaryText, content: page.html, lastModified: page.lastModified))
                continue
            }
            jobs.append(RenderJob(outputPath: page.urlPath + "index.html", page: PageData(
                frame: context.frame(path: page.urlPath, title: page.title, description: page.summaryText),
                data: ContentPageData(content: page.html, updated: page.lastModified.map { DateDisplay.long($0, timeZone: timeZone) },
                                      updatedISO: page.lastModified.map(DateDisplay.machine))),
                sitemap: SitemapEntry(location: context.absolute(page.urlPath), lastModified: page.lastModified), source: page.sourcePath))
        }
        if !jobs.contains(where: { $0.outputPath == "index.html" }) {
            jobs.append(home(context: context, title: data.organizationName, description: data.tagline, content: "", lastModified: nil))
        }
        jobs.append(RenderJob(outputPath: "404.html", page: PageData(
            frame: context.frame(path: "404.html", title: "Page not found", description: "", noIndex: true), data: NotFoundData()), sitemap: nil))
        return jobs
    }

    /// Every plain page with text, the home page included.
    func searchDocuments(context: PageContext) -> [SearchDocument] {
        pages.filter { !$0.plainText.isEmpty }.map { page in
            SearchDocument(url: context.link(page.urlPath), title: page.title, section: "Pages", headings: page.headings.map(\.text), html: page.html)
        }
    }

    private func home(context: PageContext, title: String, description: String, content: String, lastModified: String?) -> RenderJob {
        RenderJob(outputPath: "index.html", page: PageData(
            frame: context.frame(path: "", title: title, description: description), data: HomeData(content: content, home: true)),
            sitemap: SitemapEntry(location: context.absolute(""), lastModified: lastModified))
    }
}
