import Testing
import PorticoFormats
import PorticoModel
import PorticoSite
import PorticoTestSupport

/// A published record keeps its address whatever happens to other records, and an address staff change leaves a
/// redirect (a page with a meta refresh and `rel=canonical`, and a `_redirects` line for Netlify and Cloudflare Pages).
@Suite struct PermalinkTests {
    func member(_ name: String, _ email: String, plan: String = "annual", in context: WriteContext) throws {
        let added = try MemberRecords.add(["name": name, "email": email, "visibility": "public"], in: context)
        try MembershipRecords.add(.member(added.id), plan: plan, startsOn: CalendarDate("2026-01-01"), paid: true, in: context)
    }

    @Test func aProfileKeepsItsAddressWhenANamesakeLapses() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n")
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "annual", name: "Annual", price: "50.00", currency: "GBP", period: "annual", in: context)
            try member("Ana Silva", "first@example.org", in: context)
            try member("Ana Silva", "second@example.org", in: context)
        }
        try site.build()
        #expect(site.output("directory/members/ana-silva-2/index.html")?.contains("Ana Silva") == true)
        // The first Ana leaves the directory; the second is still where links and search engines know her.
        try site.store.write(as: TestStores.admin, command: "test") { _ = try MemberRecords.update("first@example.org", ["visibility": "hidden"], in: $0) }
        try site.build()
        #expect(site.output("directory/members/ana-silva-2/index.html")?.contains("Ana Silva") == true)
        #expect(site.output("directory/members/ana-silva/index.html") == nil, "no page, and no redirect, for a member who is not published")
        #expect(site.output("_redirects") == nil)
    }

    @Test func aChangedSlugRedirectsFromTheOldAddress() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n")
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "annual", name: "Annual", price: "50.00", currency: "GBP", period: "annual", in: context)
            try member("Ana Silva", "ana@example.org", in: context)
            try member("Bea Lopes", "bea@example.org", in: context)
        }
        try site.store.write(as: TestStores.admin, command: "test") { context in
            _ = try MemberRecords.update("ana@example.org", ["slug": "ana-m-silva"], in: context)
            _ = try MemberRecords.update("ana@example.org", ["slug": "dr-ana-silva"], in: context)
        }
        try site.build()
        #expect(site.output("directory/members/dr-ana-silva/index.html")?.contains("Ana Silva") == true)
        for old in ["ana-silva", "ana-m-silva"] {
            let page = try #require(site.output("directory/members/\(old)/index.html"), "no redirect from \(old)")
            #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/directory/members/dr-ana-silva/\">"))
            #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/directory/members/dr-ana-silva/\">"))
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        }
        #expect(site.output("_redirects") == """
            /directory/members/ana-m-silva/ /directory/members/dr-ana-silva/ 301
            /directory/members/ana-silva/ /directory/members/dr-ana-silva/ 301

            """)
        // Redirects are not pages: the sitemap lists the profile once, at its address.
        let sitemap = try #require(site.output("sitemap-1.xml"))
        #expect(sitemap.contains("/directory/members/dr-ana-silva/") && !sitemap.contains("/directory/members/ana-silva/"))
    }
}
