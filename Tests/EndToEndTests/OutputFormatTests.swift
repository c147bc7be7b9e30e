import Foundation
import Testing
import PorticoFormats
@testable import PorticoSite
import PorticoTestSupport

/// A section renders one list to RSS 2.0, Atom, iCalendar and JSON through templates, each format escaping in its
/// own language; independent parsers (feedparser, icalendar, JSONSerialization) read back exactly the hostile text
/// the section gave, so a title with `&`, `<`, quotes, `;`, `,`, a backslash or a line break cannot break a feed.
@Suite struct OutputFormatTests {
    struct Item: Encodable, Sendable {
        let title: String
        let summary: String
        let url: String
        let uid: String
        let updated: String
        let rssDate: String
        let icsStart: String
        /// JSON separates items with commas; Mustache has no "last", so each item says whether it comes first.
        let first: Bool
    }

    struct Listing: Encodable, Sendable {
        let title: String
        let url: String
        let updated: String
        let items: [Item]
    }

    static let hostileTitle = "Tom & Jerry's <b>\"AGM\"</b>; room 1, hall \\ A"
    static let longSummary = "Line one\nLine two: " + String(repeating: "Ørsted café ", count: 12)

    /// A section with a feed in every format; its templates are its defaults, as any section's would be.
    struct Section: SiteSection {
        static let name = "bulletins"
        static let pageTypes: [any LayoutData.Type] = []
        static let defaultTemplates = [
            "bulletins.rss": """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>{{title}}</title><link>{{url}}</link><description>{{title}}</description>
                {{#items}}<item><title>{{title}}</title><link>{{url}}</link><guid>{{uid}}</guid><pubDate>{{rssDate}}</pubDate><description>{{summary}}</description></item>
                {{/items}}</channel></rss>
                """,
            "bulletins.atom": """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>{{title}}</title><id>{{url}}</id><updated>{{updated}}</updated><link href="{{url}}"/>
                {{#items}}<entry><title>{{title}}</title><id>{{uid}}</id><link href="{{url}}"/><updated>{{updated}}</updated><summary>{{summary}}</summary></entry>
                {{/items}}</feed>
                """,
            "bulletins.ics": """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Portico//Output format test//EN
                {{#items}}
                BEGIN:VEVENT
                UID:{{uid}}
                DTSTAMP:{{icsStart}}
                DTSTART:{{icsStart}}
                SUMMARY:{{title}}
                DESCRIPTION:{{summary}}
                END:VEVENT
                {{/items}}
                END:VCALENDAR
                """,
            "bulletins.json": """
                {"title": "{{title}}", "items": [{{#items}}{{^first}}, {{/first}}{"title": "{{title}}", "summary": "{{summary}}", "url": "{{url}}"}{{/items}}]}
                """,
        ]

        init?(input: SectionInput) throws {}

        func listing(context: PageContext) -> Listing {
            let date = Timestamp.parse("2026-12-04T10:00:00Z")!
            return Listing(title: "Bulletins & news", url: context.absolute("bulletins/"), updated: Timestamp.format(date), items: [
                Item(title: OutputFormatTests.hostileTitle, summary: OutputFormatTests.longSummary, url: context.absolute("bulletins/agm/"),
                     uid: "bulletin-agm@example.org", updated: Timestamp.format(date), rssDate: Timestamp.rfc822(date), icsStart: Timestamp.iCalendar(date),
                     first: true),
                Item(title: "Plain", summary: "Nothing odd.", url: context.absolute("bulletins/plain/"), uid: "bulletin-plain@example.org",
                     updated: Timestamp.format(date), rssDate: Timestamp.rfc822(date), icsStart: Timestamp.iCalendar(date), first: false),
            ])
        }

        func jobs(context: PageContext) throws -> [RenderJob] {
            let listing = listing(context: context)
            return [(OutputFormat.rss, "bulletins/index.xml"), (.atom, "bulletins/atom.xml"), (.iCalendar, "bulletins/bulletins.ics"), (.json, "bulletins/index.json")]
                .map { format, path in RenderJob(outputPath: path, template: "bulletins", format: format) { listing } }
        }
    }

    @Test func everyFormatReadsBackTheTextItWasGiven() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n")
        _ = try Site(options: site.options, sections: SectionRegistry.all + [Section.self]).build()
        let output = site.directory.url.appendingPathComponent("output/bulletins")
        // JSON first, with Foundation's own parser.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("index.json"))) as? [String: Any])
        let jsonItems = try #require(json["items"] as? [[String: String]])
        #expect(jsonItems.map { $0["title"] } == [Self.hostileTitle, "Plain"])
        let jsonItem = try #require(jsonItems.first)
        #expect(json["title"] as? String == "Bulletins & news" && jsonItem["title"] == Self.hostileTitle && jsonItem["summary"] == Self.longSummary)
        #expect(site.output("bulletins/index.json")?.contains("<") == false, "JSON escapes < so it is safe inside a script element")

        guard let python = TestTools.python(importing: "feedparser, icalendar") else {
            Issue.record("no Python with feedparser and icalendar: apt-get install python3-feedparser python3-icalendar (see README)")
            return
        }
        let script = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools/read_feeds.py")
        let (status, data) = try PythonTool.run(python, [script.path] + ["index.xml", "atom.xml", "bulletins.ics", "index.json"].map { output.appendingPathComponent($0).path })
        #expect(status == 0, "\(String(decoding: data, as: UTF8.self))")
        let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

        for (name, version) in [("rss", "rss20"), ("atom", "atom10")] {
            let feed = try #require(read[name] as? [String: Any])
            #expect(feed["version"] as? String == version && feed["wellFormed"] as? Bool == true, "\(name): \(feed["problem"] ?? "")")
            #expect(feed["title"] as? String == "Bulletins & news")
            let items = try #require(feed["items"] as? [[String: Any]])
            #expect(items.count == 2)
            let item = try #require(items.first)
            #expect(item["title"] as? String == Self.hostileTitle, "\(name) title")
            #expect(item["link"] as? String == "https://example.org/bulletins/agm/")
        }
        let calendar = try #require(read["ics"] as? [String: Any])
        #expect(calendar["crlfOnly"] as? Bool == true && (calendar["longestLine"] as? Int ?? 99) <= 75, "\(calendar)")
        let events = try #require(calendar["events"] as? [[String: Any]])
        #expect(events.map { $0["uid"] as? String } == ["bulletin-agm@example.org", "bulletin-plain@example.org"])
        let event = try #require(events.first)
        #expect(event["summary"] as? String == Self.hostileTitle)
        #expect(event["description"] as? String == Self.longSummary)
        #expect(event["start"] as? String == "2026-12-04T10:00:00+00:00")
    }
}
