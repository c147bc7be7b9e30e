import Foundation
import PorticoFormats
import PorticoMarkdown
import PorticoModel

/// The public events: `/events/` (upcoming, soonest first) with the past-events archive, a list per category and per
/// month, a page per event (every status but draft: cancelled and postponed events stay, marked), a subscribable
/// calendar for all events and one per category, and an `.ics` per event. Availability is reckoned as of the
/// build's one clock.
struct EventsSection: SiteSection {
    static let name = "events"
    static let searchLabel = "Events"
    static let pageTypes: [any LayoutData.Type] = [EventsListData.self, EventPageData.self]
    static let formatTypes: [any LayoutData.Type] = [EventCalendarData.self]
    static let tables = ["events", "event_ticket_types", "event_quotas", "event_quota_ticket_types", "event_registrations", "former_slugs"]
    static let root = "events/"

    struct Entry: Sendable {
        let publication: EventPublication
        var descriptionHTML = ""
        var event: Event { publication.event }
    }

    let entries: [Entry]
    let now: Date
    let formerSlugs: [Int64: [String]]
    let organization: String
    /// `2026-12`: month lists from this month on are offered as filters.
    let thisMonth: String

    var navigation: (title: String, path: String)? { ("Events", Self.root) }

    init?(input: SectionInput) throws {
        let events = try EventRecords.list(in: input.store).filter(\.isPublic)
        guard !events.isEmpty else { return nil }
        now = input.store.clock()
        organization = input.config.title ?? input.data.organizationName
        thisMonth = String(format: "%04d-%02d", Int(input.today.components.year), Int(input.today.components.month))
        let tickets = try EventRecords.ticketTypesByEvent(in: input.store)
        var entries: [Entry] = []
        for event in events {
            var remaining: [Int64: Int64?] = [:]
            for ticket in tickets[event.id] ?? [] { remaining[ticket.id] = try Registrations.remaining(ticketType: ticket.id, in: input.store) }
            entries.append(Entry(publication: EventPublication(event: event, tickets: tickets[event.id] ?? [], remaining: remaining)))
        }
        let options = MarkdownOptions.safe.rooted(at: input.config.basePath)
        for index in entries.indices { entries[index].descriptionHTML = Markdown.html(entries[index].event.description, options: options) }
        self.entries = entries
        formerSlugs = Dictionary(grouping: try FormerSlug.all(table: Event.entity.table, in: input.store), by: \.recordID).mapValues { $0.map(\.slug) }
    }

    var upcoming: [Entry] { entries.filter { $0.event.endsAt > now } }
    var past: [Entry] { entries.filter { $0.event.endsAt <= now }.reversed() }

    static func categorySlug(_ name: String) -> String {
        let slug = Slug.make(name)
        return slug.isEmpty ? "category" : slug
    }

    static func monthKey(_ event: Event) -> String {
        let p = ZonedTime.parts(event.startsAt, in: event.timeZone)
        return String(format: "%04d-%02d", p.year, p.month)
    }

    static func monthTitle(_ key: String) -> String {
        let parts = key.split(separator: "-")
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return months[Int(parts[1])! - 1] + " " + parts[0]
    }

    private func card(_ entry: Entry, context: PageContext) -> EventCard {
        let event = entry.event
        return EventCard(title: event.title, url: context.link(Self.root + event.slug + "/"),
                         when: EventPublication.moment(event.startsAt, zone: event.timeZone), datetime: ZonedTime.iso8601(event.startsAt, in: event.timeZone),
                         status: entry.publication.statusLabel, place: entry.publication.place, summary: event.summary)
    }

    private func countLabel(_ count: Int) -> String { count == 1 ? "1 event" : "\(count) events" }

    func jobs(context: PageContext) throws -> [RenderJob] {
        listJobs(context: context) + pageJobs(context: context) + calendarJobs(context: context)
    }

    private func listJobs(context: PageContext) -> [RenderJob] {
        var jobs: [RenderJob] = []
        let home = Link(title: "Home", url: context.link(""))
        let eventsCrumb = Link(title: "Events", url: context.link(Self.root))
        var byCategory: [String: (name: String, entries: [Entry])] = [:]
        for entry in entries { for name in entry.event.categories { byCategory[Self.categorySlug(name), default: (name, [])].entries.append(entry) } }
        let byMonth = Dictionary(grouping: entries, by: { Self.monthKey($0.event) })
        func categories(current: String?) -> [FilterLink] {
            byCategory.keys.sorted().map { slug in
                FilterLink(title: byCategory[slug]!.name, url: context.link(Self.root + "category/\(slug)/"), key: slug,
                           count: byCategory[slug]!.entries.filter { $0.event.endsAt > now }.count, current: slug == current)
            }
        }
        func months(current: String?) -> [FilterLink] {
            byMonth.keys.filter { $0 >= thisMonth || $0 == current }.sorted().map { key in
                FilterLink(title: Self.monthTitle(key), url: context.link(Self.root + "month/\(key)/"), key: key, count: byMonth[key]!.count, current: key == current)
            }
        }
        func list(_ items: [Entry], path: String, title: String, heading: String, past: Bool = false, category: String? = nil, month: String? = nil,
                  calendar: String, empty: String) {
            for (pagination, slice) in context.paginate(items, root: path) {
                var frame = context.frame(path: pagination.path, title: title + pagination.titleSuffix, description: "\(countLabel(items.count)) of \(organization).")
                frame.breadcrumbs = path == Self.root ? [home] : [home, eventsCrumb]
                frame.pagination = pagination.data(context: context)
                jobs.append(RenderJob(outputPath: pagination.path + "index.html", page: PageData(frame: frame, data: EventsListData(
                    heading: heading, countLabel: countLabel(items.count), events: slice.map { card($0, context: context) },
                    categories: ItemList(categories(current: category)), months: ItemList(months(current: month)), upcomingURL: context.link(Self.root),
                    pastURL: context.link(Self.root + "past/"), isPast: past, calendarURL: context.link(calendar), emptyMessage: empty)),
                    sitemap: pagination.number == 1 ? SitemapEntry(location: context.absolute(path), lastModified: nil) : nil))
            }
        }
        list(upcoming, path: Self.root, title: "Events", heading: "Upcoming events", calendar: Self.root + "calendar.ics",
             empty: "No events are planned just now. See past events, or subscribe to the calendar to hear of new ones.")
        list(past, path: Self.root + "past/", title: "Past events", heading: "Past events", past: true, calendar: Self.root + "calendar.ics",
             empty: "No past events yet.")
        for (slug, category) in byCategory {
            let upcomingFirst = category.entries.filter { $0.event.endsAt > now } + category.entries.filter { $0.event.endsAt <= now }.reversed()
            list(upcomingFirst, path: Self.root + "category/\(slug)/", title: "Events: \(category.name)", heading: "Category: \(category.name)", category: slug,
                 calendar: Self.root + "category/\(slug)/calendar.ics", empty: "No events in this category.")
        }
        for (key, items) in byMonth {
            list(items, path: Self.root + "month/\(key)/", title: "Events in \(Self.monthTitle(key))", heading: "Events in \(Self.monthTitle(key))", month: key,
                 calendar: Self.root + "calendar.ics", empty: "No events this month.")
        }
        return jobs
    }

    private func pageJobs(context: PageContext) -> [RenderJob] {
        let home = Link(title: "Home", url: context.link(""))
        let eventsCrumb = Link(title: "Events", url: context.link(Self.root))
        let bySeries = Dictionary(grouping: entries.filter { $0.event.series != nil }, by: { $0.event.series! })
        let now = self.now
        let organization = self.organization
        return entries.map { entry in
            let event = entry.event
            let path = Self.root + event.slug + "/"
            let publication = entry.publication
            let text = PlainText.fromHTML(entry.descriptionHTML)
            // A series' instances share a title; each page's title names its date so titles stay unique.
            let title = event.series == nil ? event.title : event.title + ", " + DateText.long(event.startDay)
            var frame = context.frame(path: path, title: title, description: event.summary.isEmpty ? String(text.prefix(160)) : event.summary)
            frame.breadcrumbs = [home, eventsCrumb]
            let series = (event.series.flatMap { bySeries[$0] } ?? []).filter { $0.event.id != event.id }.map {
                Link(title: $0.event.title + ", " + DateText.long($0.event.startDay), url: context.link(Self.root + $0.event.slug + "/"))
            }
            let tickets = publication.publicTickets.map { ticket -> EventPageData.Ticket in
                let availability = publication.availability(ticket, now: now)
                return .init(name: ticket.name, price: ticket.price.minorUnits == 0 ? "Free" : ticket.price.description,
                             memberPrice: ticket.memberPrice.map { $0.minorUnits == 0 ? "Free" : $0.description }, availability: availability.label,
                             onSale: availability.onSale, checkoutURL: availability.onSale ? ticket.checkoutURL : nil, membersOnly: ticket.visibility == "members")
            }
            let pageURL = context.absolute(path)
            let data = EventPageData(
                status: publication.statusLabel, statusNote: publication.statusNote, summary: event.summary, description: entry.descriptionHTML,
                when: EventPublication.when(event.startsAt, event.endsAt, zone: event.timeZone), datetime: ZonedTime.iso8601(event.startsAt, in: event.timeZone),
                timeZone: event.timeZone.identifier,
                previousStart: event.previousStartsAt.map { EventPublication.moment($0, zone: event.timeZone) },
                venue: event.venueName.map { .init(name: $0, address: publication.address, mapURL: publication.mapURL) }, onlineURL: event.onlineURL,
                organizer: event.organizer.isEmpty ? nil : event.organizer, cpdPoints: event.cpdPoints > 0 ? event.cpdPoints : nil, imageURL: event.imageURL,
                categories: ItemList(event.categories.map { Link(title: $0, url: context.link(Self.root + "category/\(Self.categorySlug($0))/")) }),
                tickets: ItemList(tickets), calendarURL: context.link(path + "event.ics"),
                googleCalendarURL: publication.googleCalendarURL(pageURL: pageURL, descriptionText: String(text.prefix(500))),
                series: ItemList(series), related: context.relatedLinks(to: path), sponsoredBy: context.sponsoredBy("event:" + event.slug), isPast: event.endsAt <= now,
                jsonLD: publication.jsonLD(pageURL: pageURL, siteURL: context.absolute(""), organization: organization, descriptionText: String(text.prefix(300)), now: now))
            return RenderJob(outputPath: path + "index.html", page: PageData(frame: frame, data: data),
                             sitemap: SitemapEntry(location: pageURL, lastModified: event.updatedAt))
        }
    }

    /// `/events/calendar.ics` (every public event, so a subscriber keeps past ones too), one per category (so each
    /// category list's feed link has a feed), and one per event.
    private func calendarJobs(context: PageContext) -> [RenderJob] {
        let host = URL(string: context.config.baseURL)?.host ?? "portico.invalid"
        let all = entries
        func calendar(_ items: [Entry], name: String) -> EventCalendarData {
            EventPublication.calendar(name: name, organization: organization,
                                      items.map { ($0.publication, context.absolute(Self.root + $0.event.slug + "/")) }, host: host)
        }
        var jobs: [RenderJob] = []
        let everything = calendar(all, name: organization + " events")
        jobs.append(RenderJob(outputPath: Self.root + "calendar.ics", template: "events", format: .iCalendar) { everything })
        var byCategory: [String: (String, [Entry])] = [:]
        for entry in all { for name in entry.event.categories { byCategory[Self.categorySlug(name), default: (name, [])].1.append(entry) } }
        for (slug, (name, items)) in byCategory {
            let data = calendar(items, name: organization + ": " + name)
            jobs.append(RenderJob(outputPath: Self.root + "category/\(slug)/calendar.ics", template: "events", format: .iCalendar) { data })
        }
        for entry in entries {
            let data = calendar([entry], name: entry.event.title)
            jobs.append(RenderJob(outputPath: Self.root + entry.event.slug + "/event.ics", template: "events", format: .iCalendar) { data })
        }
        return jobs
    }

    func redirects() -> [Redirect] {
        entries.flatMap { entry in
            (formerSlugs[entry.event.id] ?? []).map { Redirect(from: Self.root + $0 + "/", to: Self.root + entry.event.slug + "/") }
        }
    }

    /// `api/v1/events.json`: every public event in start order, past ones marked.
    func apiFeeds(context: PageContext) -> [APIFeed] {
        [APIFeed(name: "events", items: entries.map { entry in
            let event = entry.event
            return .record([
                "title": .string(event.title), "path": .string(Self.root + event.slug + "/"), "summary": .string(event.summary),
                "starts_at": .string(ZonedTime.iso8601(event.startsAt, in: event.timeZone)), "ends_at": .string(ZonedTime.iso8601(event.endsAt, in: event.timeZone)),
                "time_zone": .string(event.timeZone.identifier), "status": .text(entry.publication.statusLabel), "place": .text(entry.publication.place),
                "online": .bool(event.isOnline), "is_past": .bool(event.endsAt <= now), "cpd_points": .int(event.cpdPoints > 0 ? event.cpdPoints : nil),
                "categories": .array(event.categories.map { .object(["name": .string($0), "slug": .string(Self.categorySlug($0))]) }),
            ])
        })]
    }

    /// Every event page shows related pages; only upcoming events that go ahead are offered as related.
    func relatedDocuments() -> [RelatedDocument] {
        entries.map { entry in
            let event = entry.event
            let title = event.series == nil ? event.title : event.title + ", " + DateText.long(event.startDay)
            let summary = event.summary.isEmpty ? PlainText.excerpt(PlainText.fromHTML(entry.descriptionHTML), maximum: 180) : event.summary
            return RelatedDocument(urlPath: Self.root + event.slug + "/", title: title, summary: summary, html: entry.descriptionHTML,
                                   tags: event.categories, kind: "Event", offered: event.endsAt > now && event.status != "cancelled")
        }
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        entries.map { entry in
            let event = entry.event
            let facts = [entry.publication.statusLabel, EventPublication.moment(event.startsAt, zone: event.timeZone), entry.publication.place,
                         event.categories.joined(separator: ", "), event.summary].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
            return SearchDocument(url: context.link(Self.root + event.slug + "/"), title: event.title, section: "Events", headings: [],
                                  body: [facts, PlainText.fromHTML(entry.descriptionHTML)].filter { !$0.isEmpty }.joined(separator: ". "))
        }
    }

    func browseLinks(context: PageContext) -> [TopicLink] {
        [TopicLink(title: "Events", url: context.link(Self.root), summary: "Conferences, training, lectures and meetups, with a calendar to subscribe to.",
                   count: upcoming.count, countLabel: countLabel(upcoming.count) + " to come")]
    }
}
