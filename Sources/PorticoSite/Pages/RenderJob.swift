import PorticoMustache

/// One page to render: the template, its data, and where it goes.
struct RenderJob: Sendable {
    /// The output file, relative to the output folder (`help/index.html`).
    let outputPath: String
    let template: String
    /// The page's data as the template sees it, encoded when the page is rendered (on a render worker).
    let context: @Sendable () throws -> MustacheValue
    /// The page's entry in sitemap.xml, when it should be listed.
    let sitemap: SitemapEntry?
    /// The content file the page comes from, named when two pages want one output file.
    var source: String? = nil
    /// What the template renders to: an HTML page unless the job is a feed, a calendar or JSON.
    var format: OutputFormat = .html

    /// A page rendered with its layout's typed data: the template is the one the data type belongs to.
    init<Data: LayoutData>(outputPath: String, page: PageData<Data>, sitemap: SitemapEntry?, source: String? = nil) {
        self.init(outputPath: outputPath, sitemap: sitemap, source: source) { page }
    }

    /// A page whose data is made when it is rendered, on a render worker: a section with 100,000 pages never holds
    /// every page's data (links, contents, related pages) at once.
    init<Data: LayoutData>(outputPath: String, sitemap: SitemapEntry?, source: String? = nil, page: @escaping @Sendable () throws -> PageData<Data>) {
        self.outputPath = outputPath
        self.template = Data.layout
        self.context = { try page().mustacheValue() }
        self.sitemap = sitemap
        self.source = source
    }

    /// A feed, calendar or JSON file rendered from `template` in `format` (`events` → `events.ics`) with `data`,
    /// any Encodable value: the same data types a page's layout gets, encoded on a render worker.
    init<Data: Encodable & Sendable>(outputPath: String, template: String, format: OutputFormat, data: @escaping @Sendable () throws -> Data) {
        self.outputPath = outputPath
        self.template = format.template(template)
        self.context = { try MustacheEncoder().encode(data()) }
        self.sitemap = nil
        self.format = format
    }
}

/// A file written as it is (assets, JSON, feeds).
struct StaticFile: Sendable {
    let outputPath: String
    let bytes: [UInt8]
}

/// A URL for sitemap.xml.
struct SitemapEntry: Sendable {
    let location: String
    let lastModified: String?
}
