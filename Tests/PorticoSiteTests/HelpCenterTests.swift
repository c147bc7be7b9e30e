import Foundation
import Testing
@testable import PorticoSite
import PorticoTestSupport

@Suite struct HelpCenterTests {
    static let files = """
    -- content/help/_index.md --
    ---
    title: Help center
    ---
    Answers.
    -- content/help/billing/_index.md --
    ---
    title: Billing
    summary: Fees and invoices.
    order: 2
    ---
    -- content/help/start/_index.md --
    ---
    title: Getting started
    order: 1
    ---
    -- content/help/start/first.md --
    ---
    title: Build the site
    order: 1
    tags: [build]
    updated: 2026-06-30T23:30:00Z
    ---
    ## Build
    Run the build command to publish the site.
    ### Details
    The build writes files.
    -- content/help/start/second.md --
    ---
    title: Publish the site
    order: 2
    tags: [build, publish]
    ---
    Publish the built site files to a host after the build.
    -- content/help/start/third.md --
    ---
    title: Add staff
    order: 3
    ---
    Staff accounts and roles.
    -- content/help/billing/fees.md --
    ---
    title: Annual fees
    tags: [money]
    ---
    Fees are due every year.
    """

    @Test func homeListsCategoriesInOrderWithCounts() throws {
        let site = try TinySite(Self.files)
        try site.build()
        let home = try #require(site.output("help/index.html"))
        #expect(home.contains("<li><a href=\"/help/start/\">Getting started</a> (3 articles)</li><li><a href=\"/help/billing/\">Billing</a> (1 article)</li>"))
        let category = try #require(site.output("help/start/index.html"))
        #expect(category.contains("<ol><li><a href=\"/help/start/first/\">Build the site</a></li><li><a href=\"/help/start/second/\">Publish the site</a></li><li><a href=\"/help/start/third/\">Add staff</a></li></ol>"))
    }

    @Test func articleHasBreadcrumbsTocPrevNextUpdatedAndRelated() throws {
        let site = try TinySite(Self.files)
        try site.build()
        let second = try #require(site.output("help/start/second/index.html"))
        #expect(second.contains("<nav><a href=\"/\">Home</a> › <a href=\"/help/\">Help</a> › <a href=\"/help/start/\">Getting started</a> › Publish the site</nav>"))
        #expect(second.contains("<a rel=\"prev\" href=\"/help/start/first/\">Build the site</a><a rel=\"next\" href=\"/help/start/third/\">Add staff</a>"))
        // Related: shares a tag and words with 'Build the site', nothing with 'Annual fees'.
        #expect(second.contains("<ul class=\"related\"><li><a href=\"/help/start/first/\">Build the site</a></li>"))
        let relatedBlock = try #require(second.components(separatedBy: "<ul class=\"related\">").last)
        #expect(!relatedBlock.contains("Annual fees"))
        let first = try #require(site.output("help/start/first/index.html"))
        #expect(first.contains("<ul class=\"toc\"><li><a href=\"#build\">Build</a></li><li><a href=\"#details\">Details</a></li></ul>"))
        #expect(first.contains("<h2 id=\"build\">Build</h2>"))
        // 23:30 UTC on 30 June is 1 July in London.
        #expect(first.contains("<p>Last updated <time datetime=\"2026-06-30\">1 July 2026</time></p>"))
        #expect(!first.contains("rel=\"prev\""))
    }

    @Test func searchPageAndIndexAreWritten() throws {
        let site = try TinySite(Self.files)
        try site.build()
        #expect(site.output("search/index.html")?.contains("data-meta=\"/search/meta.json\"") == true)
        // 20 terms: build site details run command publish writes files built host after add staff accounts roles annual fees due every year.
        #expect(site.output("search/meta.json") == "{\"version\":5,\"documents\":4,\"terms\":20,\"prefix\":3,\"titleBuckets\":1,\"sections\":[[\"help\",\"Help center\",0,4]]}\n")
        let shard = try #require(site.output("search/terms/bui.json"))
        // [df, ordinal, [each block's highest impact], first block (PostingCodec)]
        #expect(shard.contains("\"build\":[2,0,["))
        #expect(shard.contains("\"built\":[1,1,["))
        let titles = try #require(site.output("search/titles/0.json"))
        #expect(titles.contains("\"annual fees\":3"))
        #expect(site.output("search/fragments/3.json") == "{\"t\":\"Annual fees\",\"u\":\"/help/billing/fees/\",\"s\":\"Billing\",\"x\":\"Fees are due every year.\"}\n")
        #expect(site.output("sitemap-1.xml")?.contains("search") == false)
    }

    /// A layout the site's theme lacks comes from the built-in theme; one that exists nowhere is named.
    @Test func aMissingSectionLayoutFallsBackOrIsNamed() throws {
        let site = try TinySite(Self.files)
        try FileManager.default.removeItem(at: site.directory.url.appendingPathComponent("themes/default/layouts/help-article.mustache"))
        try site.build()
        #expect(site.output("help/billing/fees/index.html")?.contains("<div class=\"wrap article-layout\">") == true, "the built-in help-article layout")
        let fresh = try TinySite(Self.files)
        do { _ = try Site(options: fresh.options, sections: SectionRegistry.all + [NoticeBoardSection.self]).build(); Issue.record("expected an error") } catch let error as SiteError {
            #expect(error.description == "[assemble] themes/default/layouts/notice-board.mustache: missing: the theme has no 'notice-board' layout, which the notice-board section needs")
        }
    }

    @Test func articleOutsideACategoryIsAnError() throws {
        let site = try TinySite("-- content/help/loose.md --\nLoose.\n")
        do { try site.build(); Issue.record("expected an error") } catch let error as SiteError {
            #expect(error.description == "[help] content/help/loose.md: help articles belong in a category folder: content/help/<category>/<article>.md")
        }
    }
}

@Suite struct SearchIndexTests {
    /// The exhaustive ranking the index encodes: every block of every query term read, scored as search.js scores
    /// (exact term 10 × impact, a longer term matching the last word as a prefix 7 ×, a word's best match counts).
    func rank(_ files: [StaticFile], _ query: String) -> [Int] {
        SearchIndexReader(files: files.map { ($0.outputPath, $0.bytes) }).exhaustive(query)
    }

    @Test func titleMatchesOutrankBodyMatches() {
        let documents = [
            SearchDocument(url: "/a/", title: "Renewals explained", section: "S", headings: [], body: "How membership works."),
            SearchDocument(url: "/b/", title: "Membership", section: "S", headings: ["Renewals"], body: "Text."),
            SearchDocument(url: "/c/", title: "Other", section: "S", headings: [], body: "Renewals renewals renewals are mentioned here in the body."),
        ]
        let files = SearchIndexBuilder(documents: documents).build().files
        #expect(rank(files, "renewals") == [0, 1, 2])
    }

    /// On a 10,000-article site common prefixes are split into files of bounded size that the walk finds, and a first
    /// query's shards, title bucket and ten fragments stay far below Pagefind's 255 KB (bench/search measures it in a
    /// browser, with the blocks it reads).
    @Test func shardsStaySmallAndEveryTermIsFoundOnTenThousandArticles() throws {
        let vocabulary = (0..<6000).map { index -> String in
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            var word = ""
            var value = index * 7919 + 13
            for _ in 0..<(4 + index % 6) { word.append(letters[value % 26]); value = value / 26 + index * 31 + 7 }
            return word
        }
        // A family of common words with one prefix (renewala, renewalb, …) makes the "ren" shard too large for one file.
        let alphabet: [Character] = Array("abcdefghijklmnopqrstuvwxyz")
        var family: [String] = []
        for index in 0..<60 { family.append("renewal" + String(alphabet[index % 26]) + String(alphabet[index / 26])) }
        let base: [String] = ["member", "members", "membership", "renewal", "event", "events", "invoice", "payment", "staff", "site", "directory", "profile"]
        let common: [String] = base + family
        var documents: [SearchDocument] = []
        for index in 0..<10_000 {
            var words: [String] = []
            for k in 0..<180 {
                // Zipf-like: common words often, the long tail rarely.
                let pick = (index * 131 + k * 977) % 1000
                words.append(pick < 150 ? common[(index + k) % common.count] : vocabulary[(index * 17 + k * k * 31) % vocabulary.count])
            }
            documents.append(SearchDocument(url: "/help/c\(index % 40)/a\(index)/", title: "Article \(vocabulary[index % vocabulary.count]) \(common[index % common.count])",
                                            section: "Category \(index % 40)", headings: [vocabulary[(index * 3) % vocabulary.count]], body: words.joined(separator: " ")))
        }
        let files = SearchIndexBuilder(documents: documents).build().files
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.outputPath, $0.bytes.count) })
        let reader = SearchIndexReader(files: files.map { ($0.outputPath, $0.bytes) })
        // Every term is where walking the shards leads, and no shard file is over its budget unless it holds one term.
        let terms = reader.terms
        #expect(terms.count > 6000)
        for (term, stem) in terms { #expect(reader.walk(term).stem == stem, "\(term) is in \(stem)") }
        for file in files where file.outputPath.hasPrefix("search/terms/") {
            let names = (try? JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])?.keys.filter { !$0.hasPrefix("#") } ?? []
            #expect(file.bytes.count <= ShardLayout.maximumBytes || names.count == 1, "\(file.outputPath): \(file.bytes.count) bytes")
        }
        #expect(files.contains { $0.outputPath.hasPrefix("search/terms/ren-") }, "the 'ren' shard was split")
        let script = try #require(FileManager.default.contents(atPath: BuildTestPaths.repository.appendingPathComponent("themes/default/assets/search.js").path)).count
        for query in ["membership renewal", "member", "invoice payment staff", "renewalqb event", "renewal"] {
            var fetched = script + byPath["search/meta.json", default: 0] + byPath["search/titles/0.json", default: 0]
            for word in Tokenizer.terms(query) {
                // The three-letter shard and each part the walk goes through.
                for stem in reader.path(word) { fetched += byPath["search/terms/\(stem).json", default: 0] }
            }
            for document in rank(files, query) { fetched += byPath["search/fragments/\(document).json", default: 0] }
            #expect(fetched < 60_000, "query '\(query)' fetches \(fetched) bytes")
        }
    }
}

/// Where the repository's own files are, for tests that read the default theme.
enum BuildTestPaths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// A section whose layout no theme has, built in or not.
struct NoticeBoardSection: SiteSection {
    struct BoardData: LayoutData {
        static let layout = "notice-board"
        static let pages = "the notice board"
        static let fieldDocs: [String: String] = [:]
        static let example = BoardData()
    }
    static let name = "notice-board"
    static let contentFolder: String? = nil
    static let pageTypes: [any LayoutData.Type] = [BoardData.self]
    init?(input: SectionInput) throws {}
    func jobs(context: PageContext) throws -> [RenderJob] { [] }
}
