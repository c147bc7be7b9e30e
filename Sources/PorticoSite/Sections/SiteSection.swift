import Foundation
import PorticoFormats
import PorticoModel

/// What every section is built from: the configuration, the content pages, and the database snapshot the build
/// reads (read-only, one transaction for the whole build).
struct SectionInput {
    /// The site folder (files a section publishes, such as the resource library's, are read from under it).
    var siteDirectory: URL = URL(fileURLWithPath: ".")
    let config: SiteConfig
    let data: SiteData
    /// Every content page of the site; a section takes those under its `contentFolder`.
    let pages: [ContentPage]
    /// The database, read-only, inside the build's one read transaction.
    let store: Store
    /// The IANA time zone dates are shown in.
    let timeZone: String
    /// Today in that time zone, by the store's clock (`PORTICO_NOW` fixes it): what is current is reckoned from it.
    let today: CalendarDate
    /// Content folders owned by registered sections; their pages are not plain pages.
    let claimedFolders: Set<String>

    /// The pages under `content/<folder>/`.
    func pages(in folder: String) -> [ContentPage] { pages.filter { $0.section == folder } }
}

/// A part of the public site (plain pages, the help center, and later the directory, jobs, events…): a plug-in
/// the build finds in `SectionRegistry`. The build asks each, in registry order, for its pages, extra files,
/// search documents and browse links; `Site` names none of them.
protocol SiteSection: SendableMetatype {
    /// The section's name in `--verbose` timings and error stamps (`help`).
    static var name: String { get }
    /// The folder under `content/` whose pages the section owns (`help`), if any.
    static var contentFolder: String? { get }
    /// The layouts the section renders with, as their data types (checked against the theme before anything is
    /// rendered, and listed in the theme reference).
    static var pageTypes: [any LayoutData.Type] { get }
    /// The data types of its feed, calendar and JSON templates (`events.ics`), for the theme reference.
    static var formatTypes: [any LayoutData.Type] { get }
    /// The database tables the section reads. An unchanged rebuild is skipped only when these (with the content,
    /// theme and configuration) are unchanged, so a section that reads a table must list it.
    static var tables: [String] { get }
    /// Builds the section; nil when the site has nothing for it (no help pages, no members…).
    init?(input: SectionInput) throws
    /// Its entry in the main navigation, when it has one: title and site-relative path.
    var navigation: (title: String, path: String)? { get }
    func jobs(context: PageContext) throws -> [RenderJob]
    func files(context: PageContext) throws -> [StaticFile]
    /// What the site search indexes from this section (public fields only).
    func searchDocuments(context: PageContext) -> [SearchDocument]
    /// The section's pages that show and feed 'Related' blocks (site-relative paths, public fields only).
    func relatedDocuments() -> [RelatedDocument]
    /// The section's files of the static JSON API (`api/v1/NAME.json`): public fields only, paths site-relative.
    func apiFeeds(context: PageContext) -> [APIFeed]
    /// Sponsors placed on other sections' pages, by place (`event:SLUG`, `course:SLUG`, `jobs`, `widget`).
    func sponsorBlocks(context: PageContext) -> [String: [SponsorLink]]
    /// How search results and the search page's section filter name the section ("Help center").
    static var searchLabel: String { get }
    /// Links the search page offers for browsing (shown without JavaScript and under results).
    func browseLinks(context: PageContext) -> [TopicLink]
    /// Addresses of the section's pages that moved (a slug staff changed): each old one redirects to the new.
    func redirects() -> [Redirect]
    /// Values of `identifying` columns the section publishes with consent as of `today`: anywhere (`everywhere`),
    /// or only on some pages (`onPages`: value → site-relative files). `portico check --privacy` does not report
    /// them there; every other identifying value in the database is a leak wherever it appears.
    static func publishedValues(store: Store, today: CalendarDate) throws -> (everywhere: [String], onPages: [String: Set<String>])
    /// Templates the section brings, by name (`notice` → Mustache source): used when neither the site's theme, its
    /// parents nor the built-in default theme has one of that name. Portico's own sections keep theirs in
    /// themes/default, compiled into the program.
    static var defaultTemplates: [String: String] { get }
}

extension SiteSection {
    static var contentFolder: String? { nil }
    static var tables: [String] { [] }
    static var formatTypes: [any LayoutData.Type] { [] }
    var navigation: (title: String, path: String)? { nil }
    func files(context: PageContext) throws -> [StaticFile] { [] }
    func searchDocuments(context: PageContext) -> [SearchDocument] { [] }
    func relatedDocuments() -> [RelatedDocument] { [] }
    func sponsorBlocks(context: PageContext) -> [String: [SponsorLink]] { [:] }
    func apiFeeds(context: PageContext) -> [APIFeed] { [] }
    static var searchLabel: String { name.prefix(1).uppercased() + name.dropFirst() }
    func browseLinks(context: PageContext) -> [TopicLink] { [] }
    func redirects() -> [Redirect] { [] }
    static func publishedValues(store: Store, today: CalendarDate) throws -> (everywhere: [String], onPages: [String: Set<String>]) { ([], [:]) }
    static var defaultTemplates: [String: String] { [:] }
    /// The layouts' template names.
    static var layouts: [String] { pageTypes.map { $0.layout } }
}
