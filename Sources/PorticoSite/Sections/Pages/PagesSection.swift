import PorticoMustache

/// Plain pages from `content/` outside any other section, and the home page.
struct PagesSection: SiteSection {
    static let name = "pages"
    static let layouts = ["home", "page", "404"]

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
            jobs.append(RenderJob(outputPath: page.urlPath + "index.html", template: "page", context: context.page(
                path: page.urlPath, title: page.title, description: page.summaryText,
                extra: ["content": .string(page.html),
                        "updated": page.lastModified.map { .string(DateDisplay.long($0, timeZone: timeZone)) } ?? .null,
                        "updated_iso": page.lastModified.map { .string(DateDisplay.machine($0)) } ?? .null]),
                sitemap: SitemapEntry(location: context.absolute(page.urlPath), lastModified: page.lastModified), source: page.sourcePath))
        }
        if !jobs.contains(where: { $0.outputPath == "index.html" }) {
            jobs.append(home(context: context, title: data.organizationName, description: data.tagline, content: "", lastModified: nil))
        }
        jobs.append(RenderJob(outputPath: "404.html", template: "404", context: context.page(
            path: "404.html", title: "Page not found", description: "", noIndex: true), sitemap: nil))
        return jobs
    }

    private func home(context: PageContext, title: String, description: String, content: String, lastModified: String?) -> RenderJob {
        RenderJob(outputPath: "index.html", template: "home", context: context.page(
            path: "", title: title, description: description, extra: ["content": .string(content), "home": true]),
            sitemap: SitemapEntry(location: context.absolute(""), lastModified: lastModified))
    }
}
