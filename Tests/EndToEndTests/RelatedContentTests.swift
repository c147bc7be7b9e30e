import Foundation
import Testing
import PorticoModel
import PorticoTestSupport

/// 'Related' blocks across sections: a help article, a course and an upcoming event about the same subject point at
/// one another with what each is; a past or cancelled event is never offered; an unrelated page is not listed.
@Suite struct RelatedContentTests {
    static let files = """
    -- portico.json --
    {"baseURL": "https://example.org/"}
    -- content/_index.md --
    # Home
    -- content/help/start/_index.md --
    ---
    title: Getting started
    ---
    -- content/help/start/tide-tables.md --
    ---
    title: Reading tide tables
    tags: [Tides]
    ---
    Tide tables give the height of the tide at each harbour, hour by hour. Spring tides and neap tides follow the moon.
    -- content/help/start/fees.md --
    ---
    title: Annual fees
    ---
    Membership fees are invoiced every year and paid by card or bank transfer.
    """

    static func seed(_ site: TinySite) throws {
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try LearningRecords.createCourse(title: "Tide tables for harbour engineers", price: "120.00", memberPrice: nil, currency: "GBP", requires: [],
                                             credential: nil, fields: ["summary": "Spring tides, neap tides and the harbour's tide tables."], in: context)
            try LearningRecords.setStatus(slug: "tide-tables-for-harbour-engineers", to: "published", in: context)
            let upcoming: [(title: String, start: String, end: String)] = [
                ("Tides workshop", "2027-03-10 09:00", "2027-03-10 17:00"),
                ("Tides seminar, last year", "2025-03-10 09:00", "2025-03-10 17:00"),
                ("Cancelled tides walk", "2027-04-10 09:00", "2027-04-10 12:00"),
            ]
            for event in upcoming {
                let created = try EventRecords.create(title: event.title, start: event.start, end: event.end, timeZone: "Europe/London",
                                                      fields: ["venue_name": "Harbour office", "categories": "Tides",
                                                               "summary": "Tide tables, spring tides and neap tides at the harbour."], in: context)
                try TicketRecords.addTicket(event: created.slug, name: "Place", price: "0", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                            perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
                try EventRecords.publish(slug: created.slug, in: context)
            }
            try EventRecords.cancel(slug: "cancelled-tides-walk", in: context)
        }
    }

    @Test func helpCoursesAndEventsRelateAcrossSections() throws {
        let site = try TinySite(Self.files, theme: false)
        try Self.seed(site)
        try site.build()

        let article = try #require(site.output("help/start/tide-tables/index.html"))
        let articleBlock = try Self.relatedBlock(article)
        #expect(articleBlock.contains("<a href=\"/courses/tide-tables-for-harbour-engineers/\">Tide tables for harbour engineers</a> <span class=\"meta\">Course</span>"))
        #expect(articleBlock.contains("<a href=\"/events/tides-workshop/\">Tides workshop</a> <span class=\"meta\">Event</span>"))
        // A past event and a cancelled one keep their pages but are never offered as related.
        #expect(!articleBlock.contains("last year") && !articleBlock.contains("Cancelled"))
        #expect(!articleBlock.contains("Annual fees"))

        let course = try #require(site.output("courses/tide-tables-for-harbour-engineers/index.html"))
        let courseBlock = try Self.relatedBlock(course)
        #expect(courseBlock.contains("<a href=\"/help/start/tide-tables/\">Reading tide tables</a> <span class=\"meta\">Help article</span>"))
        #expect(courseBlock.contains("/events/tides-workshop/"))
        #expect(!courseBlock.contains("/courses/tide-tables-for-harbour-engineers/"))

        // The past event's own page still shows what is related to it.
        let past = try #require(site.output("events/tides-seminar-last-year/index.html"))
        let pastBlock = try Self.relatedBlock(past)
        #expect(pastBlock.contains("/events/tides-workshop/") && pastBlock.contains("/help/start/tide-tables/"))
        #expect(!pastBlock.contains("/events/tides-seminar-last-year/"))

        // Nothing shares words or tags with the fees article: it has no block at all.
        let fees = try #require(site.output("help/start/fees/index.html"))
        #expect(!fees.contains("class=\"related\""))
    }

    static func relatedBlock(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<aside class=\"related\""), "no related block")
        let end = try #require(html.range(of: "</aside>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }
}
