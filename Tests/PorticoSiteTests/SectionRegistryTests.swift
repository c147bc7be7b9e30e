import Foundation
import Testing
import PorticoMustache
@testable import PorticoSite
import PorticoTestSupport

/// A section is a plug-in: a type the build finds in the registry. This one, defined only here, owns
/// `content/notices/`, adds a navigation entry, a page, a file and search documents, and the build needs no change.
struct NoticesSection: SiteSection {
    static let name = "notices"
    static let contentFolder: String? = "notices"
    static let pageTypes: [any LayoutData.Type] = [ContentPageData.self]
    let notices: [ContentPage]

    init?(input: SectionInput) throws {
        notices = input.pages(in: "notices")
        if notices.isEmpty { return nil }
    }

    var navigation: (title: String, path: String)? { ("Notices", "notices/") }

    func jobs(context: PageContext) throws -> [RenderJob] {
        [RenderJob(outputPath: "notices/index.html", page: PageData(
            frame: context.frame(path: "notices/", title: "Notices", description: ""),
            data: ContentPageData(content: notices.map { "<p>\($0.title)</p>" }.joined(), updated: nil, updatedISO: nil)), sitemap: nil)]
    }

    func files(context: PageContext) throws -> [StaticFile] {
        [StaticFile(outputPath: "notices/count.txt", bytes: Array("\(notices.count)\n".utf8))]
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        notices.map { SearchDocument(url: context.link("notices/"), title: $0.title, section: "Notices", headings: [], body: $0.plainText) }
    }

    func browseLinks(context: PageContext) -> [TopicLink] {
        [TopicLink(title: "Notices", url: context.link("notices/"), summary: "", count: notices.count, countLabel: "")]
    }
}

@Suite struct SectionRegistryTests {
    @Test func aSectionPluggedIntoTheRegistryIsBuiltWithoutChangingTheBuild() throws {
        let site = try TinySite("""
        -- content/notices/closure.md --
        ---
        title: Office closed on Friday
        ---
        The office is closed.
        -- content/about.md --
        About.
        """)
        try site.directory.write("{{<base}}{{$main}}{{#nav}}[{{title}}]{{/nav}}{{{content}}}{{/main}}{{/base}}", to: "themes/default/layouts/page.mustache")
        _ = try Site(options: site.options, sections: SectionRegistry.all + [NoticesSection.self]).build()
        let page = try #require(site.output("notices/index.html"))
        #expect(page.contains("<p>Office closed on Friday</p>"))
        #expect(site.output("about/index.html")?.contains("[Home][Notices]") == true)
        #expect(site.output("notices/count.txt") == "1\n")
        // Its pages are its own: not also built as plain pages.
        #expect(site.output("notices/closure/index.html") == nil)
        // Its documents reach the search index, its links the search page.
        #expect(site.outputFiles().contains { $0.hasPrefix("search/terms/off") })
        #expect(site.output("search/index.html")?.contains("href=\"/notices/\"") == true)
    }

    @Test func theRegistryListsEverySectionOnceWithDistinctNamesAndFolders() {
        let names = SectionRegistry.all.map { $0.name }
        #expect(Set(names).count == names.count)
        let folders = SectionRegistry.all.compactMap { $0.contentFolder }
        #expect(Set(folders).count == folders.count)
        #expect(names.contains("pages") && names.contains("help"))
    }
}
