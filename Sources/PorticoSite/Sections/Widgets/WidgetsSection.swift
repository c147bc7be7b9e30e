/// The widgets for other websites: the scripts under `widgets/` and the gallery at `/widgets/` showing each widget
/// whose data the site publishes, live, with its options and the snippet to paste. Registered last: it offers a
/// widget for each feed of the static JSON API the other sections write.
struct WidgetsSection: SiteSection {
    static let name = "widgets"
    static let pageTypes: [any LayoutData.Type] = [WidgetsGalleryData.self]

    init?(input: SectionInput) throws {}

    func available(_ context: PageContext) -> [Widget] { Widget.all.filter { $0.feeds.contains { context.apiFeeds.contains($0) } } }

    func jobs(context: PageContext) throws -> [RenderJob] {
        let widgets = available(context)
        guard !widgets.isEmpty else { return [] }
        let entries = widgets.map { widget in
            WidgetsGalleryData.Entry(name: widget.name, tag: widget.tag, title: widget.title, summary: widget.summary,
                                     options: widget.attributes.map { .init(name: $0.name, help: $0.help) },
                                     snippet: Widget.snippet(siteURL: context.config.baseURL, element: widget.element(widget.example)),
                                     example: widget.element(widget.example))
        }
        var frame = context.frame(path: "widgets/", title: "Widgets for your website",
                                  description: "Show our events, jobs, directory, courses and sponsors on your own site with two lines of HTML.")
        frame.breadcrumbs = [Link(title: "Home", url: context.link(""))]
        return [RenderJob(outputPath: "widgets/index.html", page: PageData(frame: frame, data: WidgetsGalleryData(loaderURL: context.link("widgets/portico.js"), widgets: entries)),
                          sitemap: SitemapEntry(location: context.absolute("widgets/"), lastModified: nil))]
    }

    func files(context: PageContext) throws -> [StaticFile] {
        guard !available(context).isEmpty else { return [] }
        return try WidgetScripts.files().map { StaticFile(outputPath: $0.path, bytes: $0.bytes) }
    }
}
