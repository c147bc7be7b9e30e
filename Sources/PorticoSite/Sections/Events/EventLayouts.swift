/// An event as a list shows it.
struct EventCard: Encodable, Sendable {
    let title: String
    let url: String
    /// `27 December 2026, 09:30 GMT`, in the event's own zone.
    let when: String
    /// The start as ISO 8601 with its offset, for `<time datetime>`.
    let datetime: String
    /// `Cancelled`, `Postponed`, `Rescheduled`; null while the event goes ahead as announced.
    let status: String?
    /// `Rotterdam`, `Online`, `London and online`.
    let place: String
    let summary: String
    enum CodingKeys: String, CodingKey { case title, url, when, datetime, status, place, summary }

    static let example = EventCard(title: "Port Engineering Conference", url: "/events/port-engineering-conference/", when: "4 February 2027, 09:00 CET",
                                   datetime: "2027-02-04T09:00:00+01:00", status: nil, place: "Rotterdam", summary: "Two days on port expansion.")
}

/// `events`: upcoming events, the past-events archive, and each category's and month's list.
struct EventsListData: LayoutData {
    static let layout = "events"
    static let pages = "`/events/` (upcoming, soonest first), `/events/past/` (newest first), `/events/category/CATEGORY/`, `/events/month/YYYY-MM/` (each paginated, then `page/N/`)"

    let heading: String
    let countLabel: String
    let events: [EventCard]
    /// Every category with its count; `current` on the one shown.
    let categories: ItemList<FilterLink>?
    /// Months with events from this month on, with counts.
    let months: ItemList<FilterLink>?
    let upcomingURL: String
    let pastURL: String
    let isPast: Bool
    /// The subscribable calendar for this list (every event, or the category's).
    let calendarURL: String
    let emptyMessage: String
    enum CodingKeys: String, CodingKey {
        case heading, countLabel = "count_label", events, categories, months, upcomingURL = "upcoming_url", pastURL = "past_url", isPast = "is_past",
             calendarURL = "calendar_url", emptyMessage = "empty_message"
    }

    static let fieldDocs = [
        "heading": "what the list shows: `Upcoming events`, `Past events`, `Category: Training`, `Events in February 2027`",
        "count_label": "`12 events`",
        "events": "this page's events: `title`, `url`, `when` (in the event's zone), `datetime` (ISO 8601), `status` (`Cancelled`, `Postponed`, `Rescheduled` or null), `place`, `summary`",
        "categories": "null when no event has a category; else `items`: every category with its page: `title`, `url`, `key`, `count` (upcoming events), `current`",
        "months": "null when none; else `items`: months from this one on that have events: `title`, `url`, `key` (`2027-02`), `count`, `current`",
        "upcoming_url": "`/events/`",
        "past_url": "`/events/past/`",
        "is_past": "true on the past-events archive",
        "calendar_url": "the iCalendar feed to subscribe to for this list",
        "empty_message": "what to say when the list is empty",
    ]
    static let example = EventsListData(heading: "Upcoming events", countLabel: "9 events", events: [EventCard.example], categories: ItemList([FilterLink.example]),
                                        months: ItemList([FilterLink.example]), upcomingURL: "/events/", pastURL: "/events/past/", isPast: false,
                                        calendarURL: "/events/calendar.ics", emptyMessage: "No events are planned yet.")
}

/// `event`: one event.
struct EventPageData: LayoutData {
    static let layout = "event"
    static let pages = "`/events/EVENT/` for each event that is not a draft (cancelled and postponed ones stay, marked)"

    struct Venue: Encodable, Sendable {
        let name: String
        let address: String?
        let mapURL: String?
        enum CodingKeys: String, CodingKey { case name, address, mapURL = "map_url" }
    }

    struct Ticket: Encodable, Sendable {
        let name: String
        let price: String
        let memberPrice: String?
        let availability: String
        /// True while it can be bought (or a waiting list joined).
        let onSale: Bool
        let checkoutURL: String?
        let membersOnly: Bool
        enum CodingKeys: String, CodingKey { case name, price, memberPrice = "member_price", availability, onSale = "on_sale", checkoutURL = "checkout_url", membersOnly = "members_only" }
    }

    let status: String?
    let statusNote: String?
    let summary: String
    let description: String
    let when: String
    let datetime: String
    let timeZone: String
    let previousStart: String?
    let venue: Venue?
    let onlineURL: String?
    let organizer: String?
    let cpdPoints: Int64?
    let imageURL: String?
    let categories: ItemList<Link>?
    let tickets: ItemList<Ticket>?
    let calendarURL: String
    let googleCalendarURL: String
    let series: ItemList<Link>?
    let related: ItemList<RelatedLink>?
    let sponsoredBy: ItemList<SponsorLink>?
    let isPast: Bool
    /// schema.org `Event` as JSON, safe inside `<script>` (every `<`, `>` and `&` escaped).
    let jsonLD: String
    enum CodingKeys: String, CodingKey {
        case status, statusNote = "status_note", summary, description, when, datetime, timeZone = "time_zone", previousStart = "previous_start", venue,
             onlineURL = "online_url", organizer, cpdPoints = "cpd_points", imageURL = "image_url", categories, tickets, calendarURL = "calendar_url",
             googleCalendarURL = "google_calendar_url", series, related, sponsoredBy = "sponsored_by", isPast = "is_past", jsonLD = "json_ld"
    }

    static let fieldDocs = [
        "status": "`Cancelled`, `Postponed`, `Rescheduled`, or null while the event goes ahead as announced",
        "status_note": "one sentence on the status (`This event has been cancelled.`); null when none",
        "summary": "one line",
        "description": "the description as HTML (safe Markdown: no raw HTML, safe links only)",
        "when": "date and time in the event's zone with the zone's abbreviation: `4 February 2027, 09:00 – 5 February 2027, 17:30 CET`",
        "datetime": "the start as ISO 8601 with its offset",
        "time_zone": "the IANA zone (`Europe/Amsterdam`)",
        "previous_start": "the start before it was rescheduled or postponed; null otherwise",
        "venue": "null for an online-only event; else `name`, `address` (or null) and `map_url` (OpenStreetMap; null without coordinates or address)",
        "online_url": "where to join online; null for in-person events",
        "organizer": "who organizes it; null when not given",
        "cpd_points": "CPD points attending earns; null for none",
        "image_url": "an image URL; null when none",
        "categories": "null when none; else `items`: `title` and `url` of each category's list",
        "tickets": "null when none; else `items`, the public and members-only ticket types: `name`, `price`, `member_price` (or null), `availability` as of the build (`On sale`, `On sale from …`, `Sold out: waiting list open`, `Sales closed`), `on_sale`, `checkout_url` (or null), `members_only`",
        "calendar_url": "this event's `.ics` file",
        "google_calendar_url": "a link that adds the event to Google Calendar",
        "series": "null when none; else `items`, the other events of its series: `title` and `url`",
        "related": RelatedLink.fieldDocs,
        "sponsored_by": SponsorLink.fieldDocs,
        "is_past": "true once it has ended",
        "json_ld": "schema.org `Event` JSON-LD; use it unescaped inside `<script type=\"application/ld+json\">` (it is made safe there)",
    ]
    static let example = EventPageData(
        status: "Rescheduled", statusNote: "This event has moved to a new date.", summary: "Two days in Rotterdam.", description: "<p>The annual conference.</p>",
        when: "4 February 2027, 09:00 – 5 February 2027, 17:30 CET", datetime: "2027-02-04T09:00:00+01:00", timeZone: "Europe/Amsterdam",
        previousStart: "28 January 2027, 09:00 CET",
        venue: Venue(name: "SS Rotterdam", address: "3e Katendrechtsehoofd 25, Rotterdam", mapURL: "https://www.openstreetmap.org/?mlat=51.9&mlon=4.484#map=17/51.9/4.484"),
        onlineURL: "https://meet.example.org/conference", organizer: "Guild of Harbour Engineers", cpdPoints: 12, imageURL: "https://example.org/c.jpg",
        categories: ItemList([Link(title: "Conferences", url: "/events/category/conferences/")]),
        tickets: ItemList([Ticket(name: "Member", price: "450.00 EUR", memberPrice: "320.00 EUR", availability: "On sale", onSale: true,
                                  checkoutURL: "https://pay.example.org/c", membersOnly: false)]),
        calendarURL: "/events/port-engineering-conference/event.ics", googleCalendarURL: "https://calendar.google.com/calendar/render?action=TEMPLATE",
        series: ItemList([Link(title: "Northern Chapter meetup, 24 November 2026", url: "/events/northern-chapter-meetup/")]), related: RelatedLink.example, sponsoredBy: ItemList([SponsorLink.example]), isPast: false, jsonLD: "{}")
}

/// `events.ics`: a calendar of events with the time zones they use.
struct EventCalendarData: LayoutData {
    static let layout = "events.ics"
    static let pages = "`/events/calendar.ics` (every event that is not a draft), `/events/category/CATEGORY/calendar.ics`, `/events/EVENT/event.ics`"

    struct Zone: Encodable, Sendable { let lines: [String] }
    struct Entry: Encodable, Sendable {
        let uid: String
        let stamp: String
        let tzid: String
        let start: String
        let end: String
        let sequence: Int64
        let status: String
        let title: String
        let location: String?
        let url: String
        let description: String?
        let lastModified: String
        enum CodingKeys: String, CodingKey { case uid, stamp, tzid, start, end, sequence, status, title, location, url, description, lastModified = "last_modified" }
    }
    let name: String
    let organization: String
    let timezones: [Zone]
    let events: [Entry]

    static let fieldDocs = [
        "name": "the calendar's name (X-WR-CALNAME)",
        "organization": "the association's name (in PRODID)",
        "timezones": "one per zone the events use: `lines`, the VTIMEZONE's content lines (write them with triple braces)",
        "events": "`uid` (stable), `stamp` and `last_modified` (the event's last change, UTC), `tzid`, `start` and `end` (local times in `tzid`), `sequence` (raised by every change), `status` (`CONFIRMED`, `TENTATIVE` when postponed, `CANCELLED`), `title`, `location` (or null), `url`, `description` (or null)",
    ]
    static let example = EventCalendarData(name: "Guild events", organization: "Guild of Harbour Engineers",
                                           timezones: [Zone(lines: ["BEGIN:VTIMEZONE", "TZID:Europe/London", "END:VTIMEZONE"])],
                                           events: [Entry(uid: "event-1@example.org", stamp: "20261201T090000Z", tzid: "Europe/London", start: "20270310T090000",
                                                          end: "20270310T170000", sequence: 1, status: "CONFIRMED", title: "Seminar", location: "Hall",
                                                          url: "https://example.org/events/seminar/", description: "A day of talks.", lastModified: "20261201T090000Z")])
}
