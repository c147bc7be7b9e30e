import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoTestSupport

/// Events through the real binaries and independent readers: registrations racing from separate processes for the
/// last seats, every `.ics` of the demo read back by Python's icalendar, the schema.org JSON-LD of every event page
/// parsed with the properties Google asks for, hostile text that cannot leave its `<script>`, and events in search.
@Suite struct EventsSiteTests {
    /// Eight `portico-admin registrations add` processes at once for a room of three: exactly three get seats, the
    /// rest wait in line, and the room is never overbooked.
    @Test func registrationsRacingFromSeparateProcessesNeverOverbook() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try store.write(as: TestStores.admin, command: "test") { context in
            try EventRecords.create(title: "Seminar", start: "2027-03-10 09:00", end: "2027-03-10 17:00", timeZone: "Europe/London",
                                    fields: ["venue_name": "Hall"], in: context)
            try TicketRecords.addTicket(event: "seminar", name: "Member", price: "10.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
            try TicketRecords.addTicket(event: "seminar", name: "Guest", price: "20.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
            try TicketRecords.addQuota(event: "seminar", name: "Room", size: 3, tickets: ["Member", "Guest"], in: context)
            try EventRecords.publish(slug: "seminar", in: context)
        }
        let results = ResultsList()
        let path = store.path
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let result = try? BinaryRunner.run("portico-admin", [
                "registrations", "add", "seminar", "--ticket", index % 2 == 0 ? "Member" : "Guest", "--guest-name", "Guest \(index)",
                "--guest-email", "guest\(index)@example.net", "--db", path, "--as", "admin@example.org", "--json"],
                environment: ["PORTICO_NOW": Timestamp.format(TestStores.fixedNow)])
            results.append(result)
        }
        for result in results.all {
            #expect(result?.exitCode == 0, "\(result?.standardError ?? "did not run")")
        }
        let registrations = try Registrations.list(event: "seminar", in: Store(path: store.path))
        #expect(registrations.count == 8)
        #expect(registrations.filter { $0.status == "confirmed" }.count == 3)
        #expect(registrations.filter { $0.status == "waitlisted" }.count == 5)
        // The waiting list is in the order the registrations were taken.
        #expect(registrations.filter { $0.status == "confirmed" }.map(\.id).max()! < registrations.filter { $0.status == "waitlisted" }.map(\.id).min()!)
    }

    final class ResultsList: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [BinaryRunner.Result?] = []
        func append(_ result: BinaryRunner.Result?) { lock.lock(); results.append(result); lock.unlock() }
        var all: [BinaryRunner.Result?] { lock.lock(); defer { lock.unlock() }; return results }
    }

    /// Every `.ics` the demo writes (the whole calendar, each category's, each event's), read by Python's icalendar:
    /// CRLF lines of at most 75 octets, PRODID and VERSION, and per event a UID, DTSTAMP, DTSTART and DTEND with a
    /// TZID whose VTIMEZONE is in the file and that resolve to the instants the database holds, SUMMARY, LOCATION for
    /// events with a venue, URL, SEQUENCE, and STATUS:CANCELLED for the cancelled one.
    @Test(arguments: DemoSite.Clock.allCases)
    func everyDemoCalendarReadsBackWithAnIndependentParser(_ clock: DemoSite.Clock) throws {
        let site = try DemoSite.site(clock)
        let output = site.appendingPathComponent("output")
        let files = TemporaryDirectory.files(in: output).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(files.contains("events/calendar.ics") && files.contains("events/category/training/calendar.ics"))
        #expect(files.contains("events/harbour-site-visit-bristol/event.ics"))
        guard let python = TestTools.python(importing: "icalendar") else {
            Issue.record("no Python with icalendar: apt-get install python3-icalendar (see README)")
            return
        }
        let script = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools/read_calendars.py")
        let (status, data) = try PythonTool.run(python, [script.path] + files.map { output.appendingPathComponent($0).path })
        #expect(status == 0, "\(String(decoding: data, as: UTF8.self))")
        let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        let store = try Store(readingOnly: site.appendingPathComponent("portico.db").path)
        let events = Dictionary(uniqueKeysWithValues: try EventRecords.list(in: store).map { ("event-\($0.id)@demo.portico.example", $0) })
        var seen = Set<String>()
        for file in files {
            let calendar = try #require(read[output.appendingPathComponent(file).path], "\(file)")
            #expect(calendar["crlfOnly"] as? Bool == true && (calendar["longestLine"] as? Int ?? 99) <= 75, "\(file)")
            #expect((calendar["prodid"] as? String)?.hasPrefix("-//Portico//") == true && calendar["version"] as? String == "2.0", "\(file)")
            let zones = calendar["timezones"] as? [String] ?? []
            for entry in calendar["events"] as? [[String: Any]] ?? [] {
                let uid = entry["uid"] as? String ?? ""
                let event = try #require(events[uid], "\(file): unknown UID \(uid)")
                seen.insert(uid)
                #expect(entry["dtstamp"] as? Bool == true, "\(file) \(uid)")
                #expect(entry["tzid"] as? String == event.timeZone.identifier && zones.contains(event.timeZone.identifier), "\(file) \(uid)")
                #expect(entry["start"] as? String == Timestamp.format(event.startsAt) && entry["end"] as? String == Timestamp.format(event.endsAt), "\(file) \(uid): \(entry)")
                #expect(entry["summary"] as? String == event.title)
                #expect(entry["url"] as? String == "https://demo.portico.example/events/\(event.slug)/")
                #expect(entry["sequence"] as? Int == Int(event.sequence) && event.sequence >= 1)
                #expect(entry["status"] as? String == (event.status == "cancelled" ? "CANCELLED" : event.status == "postponed" ? "TENTATIVE" : "CONFIRMED"))
                if let venue = event.venueName { #expect((entry["location"] as? String)?.hasPrefix(venue) == true, "\(file) \(uid)") }
            }
        }
        // Every public event is in some calendar; the draft is in none.
        #expect(seen == Set(events.filter { $0.value.isPublic }.keys))
    }

    /// Each event page's JSON-LD parses and carries what Google requires (name, startDate, location as a Place with a
    /// PostalAddress or a VirtualLocation with a URL) and recommends (endDate, eventStatus with previousStartDate
    /// when rescheduled, eventAttendanceMode, offers with price, priceCurrency, availability, validFrom and url,
    /// organizer, description).
    @Test func everyEventPageCarriesSchemaOrgEvent() throws {
        let output = try DemoSite.output()
        let pages = TemporaryDirectory.files(in: output.appendingPathComponent("events")).filter { $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 2 }
            .filter { !["past", "category", "month", "page"].contains(String($0.split(separator: "/")[0])) }
        #expect(pages.count >= 10, "\(pages)")
        var statuses = Set<String>()
        for page in pages {
            let html = try String(contentsOf: output.appendingPathComponent("events/" + page), encoding: .utf8)
            let object = try #require(try Self.jsonLD(html), "\(page) has no JSON-LD")
            #expect(object["@type"] as? String == "Event" && object["name"] as? String != nil && object["startDate"] as? String != nil, "\(page)")
            #expect(object["endDate"] as? String != nil && object["description"] as? String != nil && object["organizer"] != nil, "\(page)")
            let status = try #require(object["eventStatus"] as? String)
            statuses.insert(status)
            if status.hasSuffix("EventRescheduled") { #expect(object["previousStartDate"] as? String != nil, "\(page)") }
            let locations = (object["location"] as? [[String: Any]]) ?? [(object["location"] as? [String: Any])].compactMap { $0 }
            #expect(!locations.isEmpty, "\(page)")
            for location in locations {
                switch location["@type"] as? String {
                case "Place": #expect((location["address"] as? [String: Any])?["@type"] as? String == "PostalAddress" && location["name"] != nil, "\(page)")
                case "VirtualLocation": #expect((location["url"] as? String)?.hasPrefix("https://") == true, "\(page)")
                default: Issue.record("\(page): location \(location)")
                }
            }
            #expect((object["eventAttendanceMode"] as? String)?.hasPrefix("https://schema.org/") == true)
            for offer in object["offers"] as? [[String: Any]] ?? [] {
                for key in ["price", "priceCurrency", "availability", "validFrom", "url"] { #expect(offer[key] != nil, "\(page) offer lacks \(key)") }
            }
        }
        #expect(statuses.isSuperset(of: ["https://schema.org/EventScheduled", "https://schema.org/EventCancelled", "https://schema.org/EventPostponed",
                                        "https://schema.org/EventRescheduled"]))
    }

    static func jsonLD(_ html: String) throws -> [String: Any]? {
        let open = "<script type=\"application/ld+json\">"
        guard let start = html.range(of: open), let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else { return nil }
        return try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
    }

    /// A title and summary holding `</script>`, a comment opener and `&` stay inside the JSON-LD, which reads back
    /// exactly as given; the page shows them as text; the description's raw HTML is not passed through.
    @Test func hostileEventTextCannotLeaveItsScript() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n", theme: false)
        let hostile = "AGM </script><script>alert(1)</script> <!-- & \"quotes\""
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try EventRecords.create(title: hostile, start: "2027-03-10 09:00", end: "2027-03-10 17:00", timeZone: "Europe/London",
                                    fields: ["venue_name": "Hall", "summary": hostile, "description": "Hello <script>alert(2)</script> **world**", "slug": "agm"], in: context)
            try TicketRecords.addTicket(event: "agm", name: "Seat", price: "5.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
            try EventRecords.publish(slug: "agm", in: context)
        }
        try site.build()
        let html = try #require(site.output("events/agm/index.html"))
        let object = try #require(try Self.jsonLD(html))
        #expect(object["name"] as? String == hostile && object["description"] as? String == hostile)
        #expect(!html.contains("<script>alert"), "no script from the data runs")
        #expect(html.components(separatedBy: "</script>").count == 2, "one script element, closed once")
        #expect(html.contains("<strong>world</strong>"))
        // Events join the site search.
        let files = site.outputFiles().filter { $0.hasPrefix("search/titles/") }
        #expect(try files.contains { try String(contentsOf: site.directory.url.appendingPathComponent("output/" + $0), encoding: .utf8).contains("\"agm") }, "titles are indexed lower-cased")
    }
}
