import Foundation
import Testing
import PorticoSite
import PorticoTestSupport

/// List pages hold 50 entries each: the first at the list's root, the rest at page/N/, linked with rel prev/next.
@Suite struct PaginationTests {
    @Test func aLongCategoryIsSplitIntoPagesOfFifty() throws {
        var files = "-- content/help/big/_index.md --\n---\ntitle: Big\n---\nIntro text.\n"
        for number in 1...120 {
            files += "-- content/help/big/a\(String(format: "%03d", number)).md --\n---\ntitle: Article \(String(format: "%03d", number))\norder: \(number)\n---\nBody \(number).\n"
        }
        let site = try TinySite(files)
        try site.directory.write("""
        {{<base}}{{$main}}<h1>{{page.title}}</h1>{{{content}}}<ol>{{#articles}}<li>{{title}}</li>{{/articles}}</ol>
        {{#pagination}}{{#previous}}<a rel="prev" href="{{.}}">prev</a>{{/previous}}{{#pages}}{{#number}}[{{number}}{{#current}}*{{/current}}]{{/number}}{{/pages}}{{#next}}<a rel="next" href="{{.}}">next</a>{{/next}}{{/pagination}}{{/main}}{{/base}}
        """, to: "themes/default/layouts/help-category.mustache")
        try site.build()
        let first = try #require(site.output("help/big/index.html"))
        let second = try #require(site.output("help/big/page/2/index.html"))
        let third = try #require(site.output("help/big/page/3/index.html"))
        #expect(site.output("help/big/page/4/index.html") == nil)
        #expect(site.output("help/big/page/1/index.html") == nil)
        #expect(first.components(separatedBy: "<li>").count - 1 == 50)
        #expect(first.contains("<li>Article 001</li>") && first.contains("<li>Article 050</li>") && !first.contains("Article 051"))
        #expect(third.components(separatedBy: "<li>").count - 1 == 20 && third.contains("<li>Article 120</li>"))
        #expect(first.contains("Intro text.") && !second.contains("Intro text."))
        #expect(first.contains("[1*][2][3]<a rel=\"next\" href=\"/help/big/page/2/\">") && !first.contains("rel=\"prev\""))
        #expect(second.contains("<a rel=\"prev\" href=\"/help/big/\">prev</a>[1][2*][3]<a rel=\"next\" href=\"/help/big/page/3/\">"))
        #expect(second.contains("<h1>Big (page 2 of 3)</h1>"))
        // Only the first page is in the sitemap; the others are reached through it.
        let sitemap = try #require(site.output("sitemap-1.xml"))
        #expect(sitemap.contains("https://example.org/help/big/</loc>") && !sitemap.contains("/help/big/page/"))
    }

    @Test func aShortListHasNoPagination() throws {
        let site = try TinySite("-- content/help/small/one.md --\nOne.\n")
        try site.directory.write("{{<base}}{{$main}}{{#pagination}}PAGINATED{{/pagination}}{{^pagination}}single{{/pagination}}{{/main}}{{/base}}",
                                 to: "themes/default/layouts/help-category.mustache")
        try site.build()
        #expect(site.output("help/small/index.html")?.contains("single") == true)
        #expect(site.outputFiles().allSatisfy { !$0.contains("/page/") })
    }
}
