import Foundation
import Testing
import PorticoFormats
import PorticoModel
@testable import PorticoSite
import PorticoTestSupport

/// The job board and business directory as built: a job expiring between two builds, JobPosting JSON-LD against
/// Google's required list, feeds read back by feedparser, each lead endpoint's field names, consent hiding a
/// company's email and phone, script payloads rendered inert, and both in the site search.
@Suite struct JobsSiteTests {
    static func build(_ site: TinySite, on day: String) throws {
        var options = site.options
        options.clock = { Timestamp.parse(day + "T12:00:00Z")! }
        _ = try Site(options: options).build()
    }

    static func seed(_ site: TinySite, expires: String, description: String = "Build **quays**.", companyFields: [String: String] = [:]) throws {
        try site.store.write(as: TestStores.admin, command: "test") { (context: WriteContext) throws in
            let company = try CompanyRecords.add(slug: "tidewater", name: "Tidewater Consulting", website: "https://tidewater.example", contact: nil, in: context)
            try CompanyRecords.update(slug: company.slug, ["public": "yes", "country": "GB", "city": "Aberdeen", "industry": "Consulting",
                                                           "email": "quiet@tidewater.example", "phone": "+44 20 7946 0999",
                                                           "description": description].merging(companyFields) { $1 }, in: context)
            for (title, remote) in [("Port engineer", false), ("Remote modeller", true)] {
                var fields = ["apply_url": "https://tidewater.example/apply", "categories": "Engineering", "description": description, "expires_on": expires,
                              "salary_min": "42000", "salary_max": "52000", "salary_currency": "GBP", "salary_unit": "year"]
                if remote { fields["remote"] = "yes"; fields["remote_countries"] = "GB,IE" } else { fields["city"] = "Aberdeen"; fields["country"] = "GB" }
                let job = try JobRecords.create(title: title, company: company.slug, fields: fields, in: context)
                try JobRecords.approve(slug: job.slug, in: context)
                try context.update(Job.entity, id: job.id, set: ["expires_on": .text(expires)])
            }
        }
    }

    @Test func aJobExpiringBetweenTwoBuildsLeavesEveryListFeedJSONAndSitemap() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n", theme: false)
        try Self.seed(site, expires: "2026-11-28")
        try Self.build(site, on: "2026-11-28")
        let places = ["jobs/index.html", "jobs/category/engineering/index.html", "jobs/feed.xml", "jobs/category/engineering/feed.xml", "jobs/index.json",
                      "sitemap-1.xml", "directory/companies/tidewater/index.html", "jobs/remote/index.html"]
        for file in places { #expect(site.output(file)?.contains("port-engineer") == true || file == "jobs/remote/index.html", "open on its last day: \(file)") }
        let open = try #require(site.output("jobs/port-engineer/index.html"))
        #expect(!open.contains("noindex") && open.contains("application/ld+json") && open.contains("How to apply"))

        try Self.build(site, on: "2026-11-29")
        for file in places {
            #expect(site.output(file)?.contains("/jobs/port-engineer/") != true, "expired, yet still in \(file)")
        }
        let closed = try #require(site.output("jobs/port-engineer/index.html"), "the page stays")
        #expect(closed.contains("<meta name=\"robots\" content=\"noindex\">") && closed.contains("This position closed on 28 November 2026"))
        #expect(!closed.contains("application/ld+json") && !closed.contains("tidewater.example/apply"), "no JSON-LD and no way to apply")
    }

    @Test func jobPostingJSONLDHasEverythingGoogleRequires() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n", theme: false)
        try Self.seed(site, expires: "2026-12-31", description: "Build <script>alert(1)</script> quays </script> & more")
        try Self.build(site, on: "2026-11-27")
        for slug in ["port-engineer", "remote-modeller"] {
            let html = try #require(site.output("jobs/\(slug)/index.html"))
            let object = try #require(try EventsSiteTests.jsonLD(html))
            // Required: title, description, datePosted, hiringOrganization, jobLocation (or TELECOMMUTE with applicant countries).
            #expect(object["@type"] as? String == "JobPosting" && object["title"] as? String != nil && (object["description"] as? String)?.isEmpty == false)
            #expect(object["datePosted"] as? String == "2026-11-27")
            let hiring = try #require(object["hiringOrganization"] as? [String: Any])
            #expect(hiring["name"] as? String == "Tidewater Consulting" && hiring["sameAs"] as? String == "https://tidewater.example")
            if slug == "remote-modeller" {
                #expect(object["jobLocationType"] as? String == "TELECOMMUTE")
                #expect((object["applicantLocationRequirements"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["GB", "IE"])
            } else {
                let address = try #require((object["jobLocation"] as? [String: Any])?["address"] as? [String: Any])
                #expect(address["@type"] as? String == "PostalAddress" && address["addressLocality"] as? String == "Aberdeen" && address["addressCountry"] as? String == "GB")
            }
            // Recommended: validThrough, employmentType, baseSalary, identifier.
            #expect(object["validThrough"] as? String == "2026-12-31T23:59:59+00:00" && object["employmentType"] as? String == "FULL_TIME")
            let salary = try #require((object["baseSalary"] as? [String: Any]))
            let value = try #require(salary["value"] as? [String: Any])
            #expect(salary["currency"] as? String == "GBP" && value["minValue"] as? Double == 42000 && value["maxValue"] as? Double == 52000 && value["unitText"] as? String == "YEAR")
            #expect((object["identifier"] as? [String: Any])?["value"] as? String == slug)
            // The description's script is inert: escaped in the page, kept out of the JSON-LD's script element.
            #expect(!html.contains("<script>alert"))
            #expect(html.components(separatedBy: "</script>").count == 2, "one script element (the JSON-LD), closed once")
        }
        let company = try #require(site.output("directory/companies/tidewater/index.html"))
        #expect(!company.contains("<script>alert"))
    }

    @Test func feedsReadBackWithFeedparser() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n", theme: false)
        try Self.seed(site, expires: "2026-12-31")
        try Self.build(site, on: "2026-11-27")
        guard let python = TestTools.python(importing: "feedparser") else {
            Issue.record("no Python with feedparser: apt-get install python3-feedparser (see README)")
            return
        }
        let script = site.directory.url.appendingPathComponent("read.py")
        try """
            import json, sys, feedparser
            out = {}
            for path in sys.argv[1:]:
                f = feedparser.parse(path)
                out[path] = {"version": f.version, "bozo": bool(f.bozo), "items": [{"title": e.get("title"), "link": e.get("link"), "id": e.get("id"),
                             "published": e.get("published")} for e in f.entries]}
            print(json.dumps(out))
            """.write(to: script, atomically: true, encoding: .utf8)
        let feeds = ["jobs/feed.xml", "jobs/category/engineering/feed.xml"].map { site.directory.url.appendingPathComponent("output/" + $0).path }
        let (status, data) = try PythonTool.run(python, [script.path] + feeds)
        #expect(status == 0, "\(String(decoding: data, as: UTF8.self))")
        let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        for feed in feeds {
            let parsed = try #require(read[feed])
            #expect(parsed["version"] as? String == "rss20" && parsed["bozo"] as? Bool == false, "\(feed)")
            let items = parsed["items"] as? [[String: Any]] ?? []
            let base = try #require(site.output("jobs/feed.xml")?.components(separatedBy: "<link>").dropFirst().first?.components(separatedBy: "jobs/</link>").first)
            #expect(Set(items.compactMap { $0["link"] as? String }) == [base + "jobs/port-engineer/", base + "jobs/remote-modeller/"], "\(items)")
            #expect(items.allSatisfy { ($0["id"] as? String)?.hasPrefix(base + "jobs/") == true && ($0["published"] as? String)?.contains("27 Nov 2026") == true })
        }
    }

    @Test(arguments: ["hubspot", "salesforce", "url", "none"])
    func eachLeadEndpointGetsItsOwnFieldNames(_ endpoint: String) throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n", theme: false)
        try Self.seed(site, expires: "2026-12-31")
        try site.store.write(as: TestStores.admin, command: "test") { (context: WriteContext) throws in
            for (key, value) in ["leads.endpoint": endpoint, "leads.hubspot_portal_id": "123456", "leads.hubspot_form_guid": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
                                 "leads.salesforce_oid": "00D000000000001", "leads.form_url": "https://forms.example.net/f/abc",
                                 "organization.email": "hello@guild.example"] {
                try SiteSettings.set(key, to: value, in: context)
            }
        }
        try Self.build(site, on: "2026-11-27")
        let html = try #require(site.output("directory/companies/tidewater/index.html"))
        let companyID = try CompanyRecords.find(slug: "tidewater", in: site.store).id
        func has(_ name: String) -> Bool { html.contains("name=\"\(name)\"") }
        switch endpoint {
        case "hubspot":
            #expect(html.contains("action=\"https://api.hsforms.com/submissions/v3/integration/submit/123456/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\""))
            #expect(["firstname", "lastname", "email", "phone", "message", "consent", "portico_company_id"].allSatisfy(has))
            #expect(html.contains("name=\"portico_company_id\" value=\"\(companyID)\"") && html.contains("<noscript>") && html.contains("leads."))
        case "salesforce":
            #expect(html.contains("action=\"https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8\""))
            #expect(html.contains("name=\"oid\" value=\"00D000000000001\"") && html.contains("/directory/companies/tidewater/?sent=1\""))
            #expect(["first_name", "last_name", "email", "company", "description", "lead_source", "portico_company_id"].allSatisfy(has))
        case "url":
            #expect(html.contains("action=\"https://forms.example.net/f/abc\"") && html.contains("method=\"post\""))
            #expect(["firstname", "lastname", "email", "message", "portico_company_id"].allSatisfy(has))
        default:
            // No endpoint: a mail link, never a form that goes nowhere. The company has not consented to publish its
            // email, so the link goes to the association.
            #expect(!html.contains("<form class=\"lead-form\""))
            #expect(html.contains("href=\"mailto:hello@guild.example?subject=") && !html.contains("quiet@tidewater.example"))
        }
    }

    @Test func consentHidesACompanysEmailAndPhoneEverywhere() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n", theme: false)
        try Self.seed(site, expires: "2026-12-31")
        try Self.build(site, on: "2026-11-27")
        func everywhere(_ text: String) -> [String] {
            site.outputFiles().filter { site.output($0)?.contains(text) == true }
        }
        #expect(everywhere("quiet@tidewater.example").isEmpty && everywhere("7946 0999").isEmpty)
        #expect(try PrivacyCheck(store: Store(readingOnly: site.store.path), today: CalendarDate("2026-11-27")!).scan(site.directory.url.appendingPathComponent("output")).isEmpty)
        try site.store.write(as: TestStores.admin, command: "test") { try CompanyRecords.update(slug: "tidewater", ["show_email": "yes", "show_phone": "yes"], in: $0) }
        try Self.build(site, on: "2026-11-27")
        #expect(everywhere("quiet@tidewater.example") == ["directory/companies/tidewater/index.html"])
        #expect(everywhere("+44 20 7946 0999") == ["directory/companies/tidewater/index.html"])
        // Companies and jobs are in the site search.
        let titles = site.outputFiles().filter { $0.hasPrefix("search/titles/") }.compactMap { site.output($0) }.joined()
        #expect(titles.contains("\"tidewater consulting\"") && titles.contains("\"port engineer\""))
    }
}
