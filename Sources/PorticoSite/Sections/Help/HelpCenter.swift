/// The help center: `content/help/<category>/<article>.md`, categories described by their `_index.md`.
struct HelpCenter: SiteSection {
    static let section = "help"
    static let name = "help"
    static let searchLabel = "Help center"
    static let contentFolder: String? = "help"
    static let pageTypes: [any LayoutData.Type] = [HelpHomeData.self, HelpCategoryData.self, HelpArticleData.self]

    /// A category and its articles in reading order (`order`, then title).
    struct Category {
        let page: ContentPage?
        let slug: String
        let title: String
        let summary: String
        let order: Int
        let articles: [ContentPage]
    }

    let home: ContentPage?
    let categories: [Category]
    let timeZone: String

    var navigation: (title: String, path: String)? { ("Help", "help/") }

    /// Nil when the site has no help pages.
    init?(input: SectionInput) throws {
        timeZone = input.timeZone
        let help = input.pages(in: Self.section)
        guard !help.isEmpty else { return nil }
        home = help.first { $0.isIndex && $0.directory == Self.section }
        var byCategory: [String: [ContentPage]] = [:]
        var categoryPages: [String: ContentPage] = [:]
        for page in help where !(page.isIndex && page.directory == Self.section) {
            let parts = page.directory.split(separator: "/").map(String.init)
            guard parts.count == 2 else {
                throw SiteError(file: page.sourcePath, message: "help articles belong in a category folder: content/help/<category>/<article>.md")
            }
            if page.isIndex { categoryPages[parts[1]] = page } else { byCategory[parts[1], default: []].append(page) }
        }
        var categories: [Category] = []
        for slug in Set(byCategory.keys).union(categoryPages.keys).sorted() {
            let index = categoryPages[slug]
            let articles = (byCategory[slug] ?? []).sorted { ($0.order ?? Int.max, $0.title, $0.urlPath) < ($1.order ?? Int.max, $1.title, $1.urlPath) }
            categories.append(Category(page: index, slug: slug, title: index?.title ?? slug.replacingOccurrences(of: "-", with: " ").capitalized,
                                       summary: index?.summaryText ?? "", order: index?.order ?? Int.max, articles: articles))
        }
        self.categories = categories.sorted { ($0.order, $0.title) < ($1.order, $1.title) }
    }

    var articles: [ContentPage] { categories.flatMap(\.articles) }

    func browseLinks(context: PageContext) -> [TopicLink] {
        categories.map { category in
            TopicLink(title: category.title, url: context.link("help/\(category.slug)/"), summary: category.summary, count: category.articles.count,
                      countLabel: category.articles.count == 1 ? "1 article" : "\(category.articles.count) articles")
        }
    }

    fileprivate func articleLink(_ page: ContentPage, context: PageContext) -> ArticleLink {
        ArticleLink(title: page.title, url: context.link(page.urlPath), summary: page.summaryText)
    }

    func jobs(context: PageContext) throws -> [RenderJob] {
        var jobs: [RenderJob] = []
        let helpCrumb = Link(title: "Help", url: context.link("help/"))
        let homeCrumb = Link(title: "Home", url: context.link(""))
        var homeFrame = context.frame(path: "help/", title: home?.title ?? "Help center", description: home?.summaryText ?? "Answers for members and staff.")
        homeFrame.breadcrumbs = [homeCrumb]
        jobs.append(RenderJob(outputPath: "help/index.html", page: PageData(
            frame: homeFrame, data: HelpHomeData(content: home?.html ?? "", categories: browseLinks(context: context))),
            sitemap: SitemapEntry(location: context.absolute("help/"), lastModified: home?.lastModified)))

        for category in categories {
            let path = "help/\(category.slug)/"
            for (pagination, articles) in context.paginate(category.articles, root: path) {
                let first = pagination.number == 1
                var frame = context.frame(path: pagination.path, title: category.title + pagination.titleSuffix, description: category.summary)
                frame.breadcrumbs = [homeCrumb, helpCrumb]
                frame.pagination = pagination.data(context: context)
                jobs.append(RenderJob(outputPath: pagination.path + "index.html", page: PageData(
                    frame: frame, data: HelpCategoryData(content: first ? category.page?.html ?? "" : "", articles: articles.map { articleLink($0, context: context) })),
                    sitemap: first ? SitemapEntry(location: context.absolute(path), lastModified: category.page?.lastModified) : nil))
            }
            // An article's page data (and its related articles, the costly part) is made as it is rendered, on every
            // core, and let go once written.
            let shared = ArticlePages(center: self, category: category, context: context, crumbs: [homeCrumb, helpCrumb, Link(title: category.title, url: context.link(path))])
            for (index, article) in category.articles.enumerated() {
                jobs.append(RenderJob(outputPath: article.urlPath + "index.html",
                                      sitemap: SitemapEntry(location: context.absolute(article.urlPath), lastModified: article.lastModified),
                                      source: article.sourcePath) { shared.page(at: index) })
            }
        }
        return jobs
    }

    /// What every article page of one category is made from, shared by their render jobs.
    private final class ArticlePages: Sendable {
        let center: HelpCenter
        let category: Category
        let context: PageContext
        let crumbs: [Link]

        init(center: HelpCenter, category: Category, context: PageContext, crumbs: [Link]) {
            self.center = center
            self.category = category
            self.context = context
            self.crumbs = crumbs
        }

        func page(at index: Int) -> PageData<HelpArticleData> {
            let article = category.articles[index]
            let toc = article.headings.filter { $0.level == 2 || $0.level == 3 }.map { HelpArticleData.Contents.Item(title: $0.text, id: $0.id, sub: $0.level == 3) }
            var frame = context.frame(path: article.urlPath, title: article.title, description: article.summaryText)
            frame.breadcrumbs = crumbs
            let data = HelpArticleData(
                content: article.html, toc: toc.isEmpty ? nil : .init(items: toc),
                previous: index > 0 ? center.articleLink(category.articles[index - 1], context: context) : nil,
                next: index + 1 < category.articles.count ? center.articleLink(category.articles[index + 1], context: context) : nil,
                related: context.relatedLinks(to: article.urlPath),
                updated: article.lastModified.map { DateDisplay.long($0, timeZone: center.timeZone) }, updatedISO: article.lastModified.map(DateDisplay.machine),
                category: crumbs[2], tags: article.tags)
            return PageData(frame: frame, data: data)
        }
    }

    /// `api/v1/help.json`: every article's title, summary and category, for the help search widget.
    func apiFeeds(context: PageContext) -> [APIFeed] {
        [APIFeed(name: "help", items: categories.flatMap { category in
            category.articles.map { .record(["title": .string($0.title), "path": .string($0.urlPath), "summary": .string($0.summaryText), "category": .string(category.title)]) }
        })]
    }

    func relatedDocuments() -> [RelatedDocument] {
        articles.map { RelatedDocument(urlPath: $0.urlPath, title: $0.title, summary: $0.summaryText, html: $0.html, tags: $0.tags, kind: "Help article", offered: true) }
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        categories.flatMap { category in
            category.articles.map { article in
                SearchDocument(url: context.link(article.urlPath), title: article.title, section: category.title,
                               headings: article.headings.map(\.text), html: article.html)
            }
        }
    }
}
