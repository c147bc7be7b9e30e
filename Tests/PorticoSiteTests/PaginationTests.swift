import Foundation
import Testing
import PorticoFormats
import PorticoModel
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

    /// `pageSize` in portico.json sets every list's page size, help categories and the member directory alike; an
    /// exact multiple leaves no empty last page; a bad value is named.
    @Test func thePageSizeComesFromPorticoJSONForEveryList() throws {
        var files = "-- portico.json --\n{\"baseURL\": \"https://example.org/\", \"title\": \"Tiny\", \"pageSize\": 4}\n"
        for number in 1...8 { files += "-- content/help/big/a\(number).md --\n---\ntitle: Article \(number)\n---\nBody.\n" }
        let site = try TinySite(files)
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "honorary", name: "Honorary", price: "0", currency: "GBP", period: "lifetime", in: context)
            for number in 1...5 {
                let member = try MemberRecords.add(["name": "Member \(number)", "email": "m\(number)@example.org", "country": "GB", "visibility": "public"], in: context)
                try MembershipRecords.add(.member(member.id), plan: "honorary", startsOn: CalendarDate("2020-01-01"), paid: true, in: context)
            }
        }
        try site.build()
        #expect(site.output("help/big/page/2/index.html") != nil && site.output("help/big/page/3/index.html") == nil, "8 articles, 4 a page, no empty page 3")
        #expect(site.output("directory/members/page/2/index.html") != nil && site.output("directory/members/page/3/index.html") == nil, "5 members, 4 a page")
        try site.directory.write("{\"baseURL\": \"https://example.org/\", \"pageSize\": 0}", to: "portico.json")
        #expect { try site.build() } throws: { "\($0)" == "[load] portico.json: 'pageSize' must be a whole number from 1 to 1000, not 0" }
    }
}
