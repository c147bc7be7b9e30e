import PorticoMustache

/// One page to render: the template, its data, and where it goes.
struct RenderJob: Sendable {
    /// The output file, relative to the output folder (`help/index.html`).
    let outputPath: String
    let template: String
    let context: MustacheValue
    /// The page's entry in sitemap.xml, when it should be listed.
    let sitemap: SitemapEntry?
    /// The content file the page comes from, named when two pages want one output file.
    var source: String? = nil
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
