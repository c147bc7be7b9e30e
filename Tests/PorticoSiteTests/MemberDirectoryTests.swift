import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoSite
import PorticoTestSupport

/// The public member directory publishes only what members agreed to: a marker planted in every private place must
/// appear nowhere in the output, while what was agreed to is there (so an empty site cannot pass).
@Suite struct MemberDirectoryTests {
    /// Members whose every field carries a unique marker, in each visibility and standing.
    static func seed(_ site: TinySite) throws {
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "honorary", name: "Honorary", price: "0", currency: "GBP", period: "lifetime", in: context)
            try PlanRecords.add(slug: "annual", name: "Annual", price: "50.00", currency: "GBP", period: "annual", in: context)
            func member(_ marker: String, _ visibility: String, _ extra: [String: String] = [:], plan: String? = "honorary", start: String = "2026-01-01") throws {
                let added = try MemberRecords.add([
                    "name": "Name \(marker)", "email": "\(marker.lowercased())@example.org", "phone": "+1 555 \(marker)",
                    "website": "https://\(marker.lowercased()).example", "city": "City\(marker)", "country": "GB", "visibility": visibility,
                    "bio": "Bio of **\(marker)**.",
                ].merging(extra) { $1 }, in: context)
                if let plan { try MembershipRecords.add(.member(added.id), plan: plan, startsOn: CalendarDate(start), paid: true, in: context) }
            }
            try member("Publicmarker", "public", ["show_email": "yes"])
            try member("Quietmarker", "public")
            try member("Unlistedmarker", "unlisted")
            try member("Membersmarker", "members")
            try member("Hiddenmarker", "hidden")
            try member("Lapsedmarker", "public", plan: "annual", start: "2020-01-01")
            try member("Nomembershipmarker", "public", plan: nil)
            try GroupRecords.add(slug: "chapter", name: "Chapter", kind: "chapter", in: context)
            for key in ["publicmarker@example.org", "unlistedmarker@example.org", "hiddenmarker@example.org"] {
                try GroupRecords.join(group: "chapter", member: key, role: "member", in: context)
            }
        }
    }

    func everything(_ site: TinySite) -> [(String, String)] {
        site.outputFiles().map { ($0, site.output($0) ?? "") }
    }

    @Test func privateMembersAndFieldsAppearNowhereInTheOutput() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n")
        try Self.seed(site)
        try site.build()
        let files = everything(site)
        func filesContaining(_ text: String) -> [String] { files.filter { $0.1.localizedCaseInsensitiveContains(text) }.map(\.0) }
        // Nothing at all about members who are not published.
        for marker in ["Membersmarker", "Hiddenmarker", "Lapsedmarker", "Nomembershipmarker"] {
            #expect(filesContaining(marker).isEmpty, "\(marker) reached \(filesContaining(marker))")
        }
        // Contact details only with consent (the site default is no).
        #expect(filesContaining("quietmarker@example.org").isEmpty && filesContaining("+1 555 Quietmarker").isEmpty)
        #expect(filesContaining("https://quietmarker.example").isEmpty && filesContaining("+1 555 Publicmarker").isEmpty)
        #expect(filesContaining("publicmarker@example.org") == ["directory/members/name-publicmarker/index.html"], "consented email on the profile only")
        // An unlisted member has their page, and nothing else mentions them.
        #expect(filesContaining("Unlistedmarker") == ["directory/members/name-unlistedmarker/index.html"])
        #expect(site.output("directory/members/name-unlistedmarker/index.html") != nil)
        // A profile's lastmod is its record's update time (the test clock's day).
        #expect(site.output("sitemap-1.xml")?.contains("<loc>https://example.org/directory/members/name-publicmarker/</loc><lastmod>2026-11-27</lastmod>") == true)
        // Listed members are everywhere a visitor looks: lists, the filter index, search, the sitemap, group pages.
        for file in ["directory/members/index.html", "directory/members/index.json", "sitemap-1.xml", "directory/groups/chapter/index.html",
                     "directory/members/letter/n/index.html", "directory/members/country/gb/index.html"] {
            #expect(site.output(file)?.localizedCaseInsensitiveContains("Publicmarker") == true, "\(file) lacks the listed member")
        }
        #expect(filesContaining("Publicmarker").contains { $0.hasPrefix("search/") })
        #expect(site.output("directory/members/name-publicmarker/index.html")?.contains("<strong>Publicmarker</strong>") == true, "the bio is Markdown")
        #expect(site.output("directory/members/index.html")?.contains("2 members") == true)
    }

    @Test func aLockedSiteDefaultOverridesMembersChoices() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n")
        try Self.seed(site)
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try SiteSettings.set("directory.default.email", to: "no", in: context)
            try SiteSettings.set("directory.lock.email", to: "yes", in: context)
            try SiteSettings.set("directory.default.website", to: "yes", in: context)
        }
        try site.build()
        let profiles = everything(site).filter { $0.0.hasPrefix("directory/members/name-") }
        #expect(!profiles.contains { $0.1.contains("@example.org") }, "a locked 'no' hides every email, even a consented one")
        #expect(profiles.contains { $0.1.contains("https://quietmarker.example") }, "an unlocked 'yes' default shows websites of members who did not say")
    }

    @Test func thePrivacyCheckPassesACleanBuildAndNamesAPlantedLeak() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n")
        try Self.seed(site)
        try site.build()
        let store = try Store(readingOnly: site.store.path)
        let check = try PrivacyCheck(store: store, today: CalendarDate("2026-11-30")!)
        let output = site.directory.url.appendingPathComponent("output")
        #expect(try check.scan(output) == [])
        try "<p>Write to HIDDENMARKER@example.org or see Name Unlistedmarker</p>".write(to: output.appendingPathComponent("about.html"), atomically: true, encoding: .utf8)
        try "{\"x\":\"Name Membersmarker\"}".write(to: output.appendingPathComponent("directory/members/index.json"), atomically: true, encoding: .utf8)
        let findings = try check.scan(output)
        #expect(findings.map(\.description) == [
            "about.html: private member email (members M000005 email)",
            "about.html: private member name (members M000003 name)",
            "directory/members/index.json: private member name (members M000004 name)",
        ])
        #expect(!PrivacyLeak(findings: findings).description.contains("HIDDENMARKER"), "the report never repeats the value")
    }

    /// What a member consented to publish, on the page where it is published, is no leak, even when the same text
    /// is another record's private value: two unlisted members of one name, each on their own page; an unlisted
    /// member's consented email that is also a support ticket's requester. The same values elsewhere still are.
    @Test func thePrivacyCheckRaisesNoFalseAlarmForConsentedValuesOnTheirOwnPage() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n")
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "honorary", name: "Honorary", price: "0", currency: "GBP", period: "lifetime", in: context)
            for (email, extra) in [("first.twin@example.org", ["show_email": "yes"]), ("second.twin@example.org", [:])] {
                let added = try MemberRecords.add(["name": "Robin Twinname", "email": email, "country": "GB", "visibility": "unlisted"]
                    .merging(extra) { $1 }, in: context)
                try MembershipRecords.add(.member(added.id), plan: "honorary", startsOn: CalendarDate("2026-01-01"), paid: true, in: context)
            }
            try SupportDesk.open(subject: "A question about renewals", requester: "first.twin@example.org", body: "When is my renewal due?",
                                 priority: "normal", category: "membership", in: context)
        }
        try site.build()
        let output = site.directory.url.appendingPathComponent("output")
        let profiles = site.outputFiles().filter { $0.hasPrefix("directory/members/") && $0.hasSuffix("/index.html") && $0 != "directory/members/index.html" }
        #expect(profiles.count == 2, "\(profiles)")
        #expect(profiles.contains { site.output($0)?.contains("first.twin@example.org") == true }, "the consented email is on its profile")
        let check = try PrivacyCheck(store: try Store(readingOnly: site.store.path), today: CalendarDate("2026-11-30")!)
        #expect(try check.scan(output) == [], "nothing private was published")
        try "<p>Robin Twinname, first.twin@example.org</p>".write(to: output.appendingPathComponent("about.html"), atomically: true, encoding: .utf8)
        #expect(try check.scan(output).map(\.description) == [
            // An unlisted member's consented email belongs on their own page only.
            "about.html: private member email (members M000001 email)",
            "about.html: private member name (members M000001 name)",
            "about.html: private member name (members M000002 name)",
            "about.html: private support message author email (support_messages 1 author_email)",
            "about.html: private support ticket requester email (support_tickets 1 requester_email)",
        ])
    }

    /// One clock per build, in the database's time zone when portico.json names none: a member whose grace ends at
    /// Auckland's midnight is published before it and gone from the rebuild just after, though the UTC day is the
    /// same (the rebuild's fingerprint once reckoned the day in UTC and called the old output up to date).
    @Test func aMemberLapsingAtTheSitesMidnightLeavesOnTheNextBuild() throws {
        let site = try TinySite("""
        -- portico.json --
        {"baseURL": "https://example.org/", "title": "Tiny"}
        -- content/_index.md --
        # Home
        """)
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try SiteSettings.set("site.timezone", to: "Pacific/Auckland", in: context)
            try PlanRecords.add(slug: "annual", name: "Annual", price: "50.00", currency: "GBP", period: "annual", in: context)
            let member = try MemberRecords.add(["name": "Name Midnightmarker", "email": "midnight@example.org", "country": "NZ", "visibility": "public"], in: context)
            // Ends 2026-10-28; 30 days of grace make 2026-11-27 its last current day.
            try MembershipRecords.add(.member(member.id), plan: "annual", startsOn: CalendarDate("2025-10-29"), paid: true, in: context)
        }
        var options = site.options
        options.clock = { Timestamp.parse("2026-11-27T10:30:00Z")! }      // 23:30 on the 27th in Auckland (UTC+13)
        _ = try Site(options: options).build()
        #expect(site.output("directory/members/index.html")?.contains("Midnightmarker") == true)
        options.clock = { Timestamp.parse("2026-11-27T11:30:00Z")! }      // 00:30 on the 28th in Auckland, still the 27th in UTC
        let rebuilt = try Site(options: options).build()
        #expect(rebuilt.written > 0)
        #expect(!site.outputFiles().contains { site.output($0)?.contains("Midnightmarker") == true }, "lapsed at the site's midnight")
    }

    @Test func aBuildWithThePrivacyCheckNeverPublishesALeak() throws {
        // A theme that prints what it should not: the page data never carries private members, so the leak is
        // planted through content (a web editor pasting a member's email).
        let site = try TinySite("-- content/_index.md --\n# Home\n\nContact hiddenmarker@example.org\n")
        try Self.seed(site)
        var options = site.options
        options.checkPrivacy = true
        #expect(throws: PrivacyLeak.self) { try Site(options: options).build() }
        #expect(site.outputFiles().isEmpty, "nothing went live")
        try site.directory.write("# Home\n", to: "content/_index.md")
        #expect(try Site(options: options).build().pages > 5)
    }
}
