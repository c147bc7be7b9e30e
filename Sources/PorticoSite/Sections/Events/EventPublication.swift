import Foundation
import PorticoFormats
import PorticoModel

/// An event as the public site and calendar apps read it: its display times in its own zone, its place, its
/// tickets' availability as of the build, schema.org JSON-LD, its iCalendar entry and its Google Calendar link.
struct EventPublication: Sendable {
    let event: Event
    let tickets: [TicketType]
    /// Seats left per ticket type (nil: unlimited), as of the build.
    let remaining: [Int64: Int64?]

    var statusLabel: String? {
        switch event.status {
        case "cancelled": return "Cancelled"
        case "postponed": return "Postponed"
        case "rescheduled": return "Rescheduled"
        default: return nil
        }
    }

    var statusNote: String? {
        switch event.status {
        case "cancelled": return "This event has been cancelled."
        case "postponed": return "This event has been postponed; a new date will be announced."
        case "rescheduled": return "This event has moved to a new date."
        default: return nil
        }
    }

    /// `4 February 2027, 09:00 – 17:30 CET`, or across days `4 February 2027, 09:00 – 5 February 2027, 17:30 CET`.
    static func when(_ start: Date, _ end: Date, zone: TimeZone) -> String {
        let a = ZonedTime.parts(start, in: zone), b = ZonedTime.parts(end, in: zone)
        let startZone = ZonedTime.abbreviation(start, in: zone), endZone = ZonedTime.abbreviation(end, in: zone)
        let first = DateText.long(a.date) + ", " + a.clock
        // Across a change of clocks the start's abbreviation is given too (BST … GMT).
        let startLabel = startZone == endZone ? first : first + " " + startZone
        if a.date == b.date { return startLabel + " – " + b.clock + " " + endZone }
        return startLabel + " – " + DateText.long(b.date) + ", " + b.clock + " " + endZone
    }

    static func moment(_ date: Date, zone: TimeZone) -> String {
        let p = ZonedTime.parts(date, in: zone)
        return DateText.long(p.date) + ", " + p.clock + " " + ZonedTime.abbreviation(date, in: zone)
    }

    var place: String {
        let city = event.venueCity ?? event.venueName
        switch (city, event.onlineURL) {
        case (let city?, nil): return city
        case (let city?, _?): return city + " and online"
        default: return "Online"
        }
    }

    var address: String? {
        let parts = [event.venueAddress, event.venueCity, event.venueCountry].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    var mapURL: String? {
        if let lat = event.latitude, let lon = event.longitude {
            return "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=17/\(lat)/\(lon)"
        }
        guard let address else { return nil }
        return "https://www.openstreetmap.org/search?query=" + Self.queryEncoded([event.venueName, address].compactMap { $0 }.joined(separator: ", "))
    }

    /// Availability of a ticket type as of `now`, for people (`On sale from 1 March 2027, 09:00 GMT`) and machines
    /// (schema.org's availability).
    func availability(_ ticket: TicketType, now: Date) -> (label: String, onSale: Bool, schema: String) {
        if event.status == "cancelled" { return ("Cancelled", false, "https://schema.org/Discontinued") }
        if event.status == "postponed" { return ("Not on sale until a new date is set", false, "https://schema.org/OutOfStock") }
        switch ticket.saleWindow(at: now, eventEnd: event.endsAt) {
        case .notYet(let start): return ("On sale from " + Self.moment(start, zone: event.timeZone), false, "https://schema.org/PreOrder")
        case .closed: return ("Sales closed", false, "https://schema.org/SoldOut")
        case .open:
            switch remaining[ticket.id] ?? nil {
            case 0?: return ("Sold out: waiting list open", true, "https://schema.org/SoldOut")
            case let left? where left <= 10: return ("On sale: \(left) left", true, left <= 3 ? "https://schema.org/LimitedAvailability" : "https://schema.org/InStock")
            default: return ("On sale", true, "https://schema.org/InStock")
            }
        }
    }

    /// The tickets the public sees (hidden ones are left out).
    var publicTickets: [TicketType] { tickets.filter { $0.visibility != "hidden" } }

    /// schema.org `Event` (Google's required and recommended properties), as JSON safe inside a `<script>` element.
    func jsonLD(pageURL: String, siteURL: String, organization: String, descriptionText: String, now: Date) -> String {
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "Event", "name": event.title, "url": pageURL,
            "startDate": ZonedTime.iso8601(event.startsAt, in: event.timeZone), "endDate": ZonedTime.iso8601(event.endsAt, in: event.timeZone),
            "eventStatus": "https://schema.org/" + ["cancelled": "EventCancelled", "postponed": "EventPostponed", "rescheduled": "EventRescheduled"][event.status, default: "EventScheduled"],
            "eventAttendanceMode": "https://schema.org/" + (event.isInPerson && event.isOnline ? "MixedEventAttendanceMode" : event.isOnline ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"),
            "organizer": ["@type": "Organization", "name": event.organizer.isEmpty ? organization : event.organizer, "url": siteURL],
        ]
        let description = event.summary.isEmpty ? descriptionText : event.summary
        if !description.isEmpty { object["description"] = description }
        if let previous = event.previousStartsAt, event.status == "rescheduled" || event.status == "postponed" {
            object["previousStartDate"] = ZonedTime.iso8601(previous, in: event.timeZone)
        }
        var locations: [[String: Any]] = []
        if let name = event.venueName {
            var place: [String: Any] = ["@type": "Place", "name": name]
            var postal: [String: Any] = ["@type": "PostalAddress"]
            if let street = event.venueAddress { postal["streetAddress"] = street }
            if let city = event.venueCity { postal["addressLocality"] = city }
            if let country = event.venueCountry { postal["addressCountry"] = country }
            place["address"] = postal
            if let lat = event.latitude, let lon = event.longitude, let latitude = Double(lat), let longitude = Double(lon) {
                place["geo"] = ["@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude]
            }
            locations.append(place)
        }
        if let url = event.onlineURL { locations.append(["@type": "VirtualLocation", "url": url]) }
        object["location"] = locations.count == 1 ? locations[0] : locations
        if let image = event.imageURL { object["image"] = [image] }
        let offers: [[String: Any]] = publicTickets.map { ticket in
            var offer: [String: Any] = ["@type": "Offer", "name": ticket.name, "price": ticket.price.amount, "priceCurrency": ticket.price.currency,
                                        "availability": availability(ticket, now: now).schema, "url": ticket.checkoutURL ?? pageURL]
            if let start = ticket.salesStart { offer["validFrom"] = ZonedTime.iso8601(start, in: event.timeZone) }
            else { offer["validFrom"] = ZonedTime.iso8601(ticketCreatedOrStart(ticket), in: event.timeZone) }
            return offer
        }
        if !offers.isEmpty { object["offers"] = offers }
        return Self.scriptSafeJSON(object)
    }

    /// Offers without a sale start have been valid since the ticket type was added (never after the event starts).
    private func ticketCreatedOrStart(_ ticket: TicketType) -> Date {
        ticket.createdAt.map { min($0, event.startsAt) } ?? event.startsAt
    }

    /// JSON with sorted keys (the same bytes every build) in which `<`, `>` and `&` are escaped, so no value can
    /// close the `<script>` element or open a comment in it.
    static func scriptSafeJSON(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        var out = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A Google Calendar "add event" link.
    func googleCalendarURL(pageURL: String, descriptionText: String) -> String {
        let dates = Timestamp.iCalendar(event.startsAt) + "/" + Timestamp.iCalendar(event.endsAt)
        var query = "action=TEMPLATE&text=" + Self.queryEncoded(event.title) + "&dates=" + dates + "&ctz=" + Self.queryEncoded(event.timeZone.identifier)
        query += "&details=" + Self.queryEncoded([event.summary.isEmpty ? descriptionText : event.summary, pageURL].filter { !$0.isEmpty }.joined(separator: "\n\n"))
        let location = [event.venueName, address, event.onlineURL].compactMap { $0 }.joined(separator: ", ")
        if !location.isEmpty { query += "&location=" + Self.queryEncoded(location) }
        return "https://calendar.google.com/calendar/render?" + query
    }

    static func queryEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The event's VEVENT: a stable UID, DTSTAMP and LAST-MODIFIED from its last change (so an unchanged event is the
    /// same bytes in every build), local times with their TZID, SEQUENCE and STATUS.
    func calendarEntry(pageURL: String, host: String) -> EventCalendarData.Entry {
        let modified = Timestamp.parse(event.updatedAt).map(Timestamp.iCalendar) ?? Timestamp.iCalendar(event.startsAt)
        let location = [event.venueName, address].compactMap { $0 }.joined(separator: ", ")
        let description = [event.summary, event.onlineURL.map { "Join online: " + $0 }].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
        return .init(uid: "event-\(event.id)@\(host)", stamp: modified, tzid: event.timeZone.identifier,
                     start: ZonedTime.iCalendarLocal(event.startsAt, in: event.timeZone), end: ZonedTime.iCalendarLocal(event.endsAt, in: event.timeZone),
                     sequence: event.sequence, status: ["cancelled": "CANCELLED", "postponed": "TENTATIVE"][event.status, default: "CONFIRMED"],
                     title: event.title, location: location.isEmpty ? (event.onlineURL ?? nil) : location, url: pageURL,
                     description: description.isEmpty ? nil : description, lastModified: modified)
    }

    /// A calendar of `events` with one VTIMEZONE per zone they use, covering their dates.
    static func calendar(name: String, organization: String, _ events: [(EventPublication, String)], host: String) -> EventCalendarData {
        var ranges: [String: (TimeZone, Date, Date)] = [:]
        for (publication, _) in events {
            let event = publication.event
            let current = ranges[event.timeZone.identifier]
            ranges[event.timeZone.identifier] = (event.timeZone, min(current?.1 ?? event.startsAt, event.startsAt), max(current?.2 ?? event.endsAt, event.endsAt))
        }
        let zones = ranges.keys.sorted().map { key -> EventCalendarData.Zone in
            let (zone, start, end) = ranges[key]!
            return .init(lines: ZonedTime.vTimeZone(zone, covering: start...end))
        }
        return EventCalendarData(name: name, organization: organization, timezones: zones,
                                 events: events.map { $0.0.calendarEntry(pageURL: $0.1, host: host) })
    }
}
