import PorticoMustache

/// A part of the public site (pages, help center, and later the directory, jobs, events…).
/// The build asks each section, in order, for its pages, extra files and search documents.
protocol SiteSection {
    /// The section's name in `--verbose` timings and error stamps.
    var name: String { get }
    /// Its entry in the main navigation, when it has one.
    var navigation: (title: String, path: String)? { get }
    func jobs(context: PageContext) throws -> [RenderJob]
    func files(context: PageContext) throws -> [StaticFile]
    func searchDocuments(context: PageContext) -> [SearchDocument]
}

extension SiteSection {
    var navigation: (title: String, path: String)? { nil }
    func files(context: PageContext) throws -> [StaticFile] { [] }
    func searchDocuments(context: PageContext) -> [SearchDocument] { [] }
}
