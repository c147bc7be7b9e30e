import Foundation
import PorticoFormats
import PorticoSQLite

/// Events, their ticket types and quotas: creating, changing and the status changes staff make (publish, cancel,
/// postpone, reschedule), each audited, each raising the event's `sequence` so calendar apps take the change.
public enum EventRecords {
    public static func find(slug: String, in store: Store) throws -> Event {
        guard let record = try Event.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "event", key: slug) }
        return try Event(record: record)
    }

    /// Every event, soonest first.
    public static func list(in store: Store) throws -> [Event] {
        try store.database.rows("SELECT * FROM events ORDER BY starts_at, id").map { try Event(record: Event.entity.decode($0)) }
    }

    /// An event's ticket types in their order.
    public static func ticketTypes(eventID: Int64, in store: Store) throws -> [TicketType] {
        try store.database.rows("SELECT * FROM event_ticket_types WHERE event_id = ? ORDER BY position, id", [eventID])
            .map { try TicketType(record: TicketType.entity.decode($0)) }
    }

    /// Every ticket type, by event id (one read, for the site and reports).
    public static func ticketTypesByEvent(in store: Store) throws -> [Int64: [TicketType]] {
        let all = try store.database.rows("SELECT * FROM event_ticket_types ORDER BY position, id").map { try TicketType(record: TicketType.entity.decode($0)) }
        return Dictionary(grouping: all, by: \.eventID)
    }

    /// An event's quotas with the ticket types drawing on each.
    public static func quotas(eventID: Int64?, in store: Store) throws -> [EventQuota] {
        var links: [Int64: [Int64]] = [:]
        for row in try store.database.rows("SELECT quota_id, ticket_type_id FROM event_quota_ticket_types ORDER BY id") {
            links[try row.integer("quota_id"), default: []].append(try row.integer("ticket_type_id"))
        }
        let rows = try eventID.map { try store.database.rows("SELECT * FROM event_quotas WHERE event_id = ? ORDER BY id", [$0]) }
            ?? store.database.rows("SELECT * FROM event_quotas ORDER BY id")
        return try rows.map { row in
            let id = try row.integer("id")
            return EventQuota(id: id, code: try row.text("code"), eventID: try row.integer("event_id"), name: try row.text("name"), size: try row.integer("size"),
                              ticketTypeIDs: links[id] ?? [])
        }
    }

    /// The ticket type of `event` called `name` (its name or the slug part of its code).
    public static func ticketType(event: Event, named name: String, in store: Store) throws -> TicketType {
        let tickets = try ticketTypes(eventID: event.id, in: store)
        let wanted = name.trimmingCharacters(in: .whitespaces)
        guard let ticket = tickets.first(where: { $0.name.lowercased() == wanted.lowercased() || $0.code == event.slug + "/" + wanted || $0.code == wanted }) else {
            let names = tickets.map(\.name).joined(separator: ", ")
            throw ModelError.invalid(field: "--ticket", value: name, reason: names.isEmpty ? "'\(event.slug)' has no ticket types yet" : "not a ticket type of '\(event.slug)' (\(names))")
        }
        return ticket
    }

    /// `Saturday 20 March 2027, 09:00 GMT (Europe/London)`: the start as the event's own place reads it.
    public static func displayStart(_ event: Event) -> String {
        let parts = ZonedTime.parts(event.startsAt, in: event.timeZone)
        return DateText.long(parts.date) + ", " + parts.clock + " " + ZonedTime.abbreviation(event.startsAt, in: event.timeZone) + " (\(event.timeZone.identifier))"
    }

    /// Reads a local time typed for an event (`2027-03-20 09:00`) in its zone, naming the flag when it cannot.
    public static func instant(_ text: String, zone: TimeZone, field: String) throws -> Date {
        switch ZonedTime.instant(local: text, in: zone) {
        case .success(let date): return date
        case .failure(.malformed): throw ModelError.invalid(field: field, value: text, reason: "not a local time such as 2027-03-20 09:00")
        case .failure(.skipped):
            throw ModelError.invalid(field: field, value: text, reason: "does not exist in \(zone.identifier): the clocks go forward over it")
        }
    }

    /// The event fields staff give as text, checked against the description; `start`/`end` are local times in
    /// `time_zone` (the event's, or the new one given).
    public static let textFields = ["title", "summary", "description", "venue_name", "venue_address", "venue_city", "venue_country", "latitude", "longitude",
                                    "online_url", "organizer", "cpd_points", "image_url", "categories", "series", "slug"]

    @discardableResult
    public static func create(title: String, start: String, end: String, timeZone: String, fields: [String: String], in context: WriteContext) throws -> Event {
        let zoneName = try Event.zoneName(timeZone, field: "--time-zone")
        let zone = ZonedTime.zone(zoneName)!
        var values: [String: DatabaseValue] = ["title": .text(try Validate.text(title, field: "--title", maximum: 160)), "time_zone": .text(zoneName),
                                               "status": .text("draft")]
        values["starts_at"] = .text(Timestamp.format(try instant(start, zone: zone, field: "--start")))
        values["ends_at"] = .text(Timestamp.format(try instant(end, zone: zone, field: "--end")))
        for (name, text) in fields { values[name] = try value(name, text) }
        try check(values)
        let record = try context.insert(Event.entity, Event.entity.completedForInsert(values, in: context.store))
        return try Event(record: record)
    }

    /// Changes fields given as text; `start`, `end` and `time_zone` together move the event (its times are read in the
    /// zone it will have). Moving a published event's start is a reschedule: use `reschedule` so the previous start is kept.
    @discardableResult
    public static func update(slug: String, start: String?, end: String?, timeZone: String?, fields: [String: String], in context: WriteContext) throws -> Event {
        guard let current = try Event.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "event", key: slug) }
        let event = try Event(record: current)
        var changes: [String: DatabaseValue] = [:]
        for (name, text) in fields { changes[name] = try value(name, text) }
        let zone = try timeZone.map { ZonedTime.zone(try Event.zoneName($0, field: "--time-zone"))! } ?? event.timeZone
        if timeZone != nil { changes["time_zone"] = .text(zone.identifier) }
        if let start { changes["starts_at"] = .text(Timestamp.format(try instant(start, zone: zone, field: "--start"))) }
        if let end { changes["ends_at"] = .text(Timestamp.format(try instant(end, zone: zone, field: "--end"))) }
        return try save(context, current, changes)
    }

    @discardableResult
    public static func publish(slug: String, in context: WriteContext) throws -> Event {
        let (record, event) = try load(slug, context)
        guard event.status == "draft" || event.status == "postponed" else {
            throw ModelError.conflict("event '\(slug)' is \(event.status); only a draft or postponed event is published")
        }
        let tickets = try ticketTypes(eventID: event.id, in: context.store)
        guard !tickets.isEmpty || event.status == "postponed" else {
            throw ModelError.conflict("event '\(slug)' has no ticket types: add one with 'events add-ticket' before publishing")
        }
        return try save(context, record, ["status": .text("published")])
    }

    /// Cancels the event: it stays on the site marked cancelled, and calendars receive STATUS:CANCELLED.
    @discardableResult
    public static func cancel(slug: String, in context: WriteContext) throws -> Event {
        let (record, event) = try load(slug, context)
        guard event.status != "cancelled" else { throw ModelError.conflict("event '\(slug)' is already cancelled") }
        return try save(context, record, ["status": .text("cancelled")])
    }

    /// Postpones the event without a new date: it stays listed, marked postponed; registrations are kept.
    @discardableResult
    public static func postpone(slug: String, in context: WriteContext) throws -> Event {
        let (record, event) = try load(slug, context)
        guard event.status == "published" || event.status == "rescheduled" else {
            throw ModelError.conflict("event '\(slug)' is \(event.status); only a published event is postponed")
        }
        return try save(context, record, ["status": .text("postponed"), "previous_starts_at": .text(Timestamp.format(event.startsAt))])
    }

    /// Moves the event to a new start and end (local times in its zone), keeping the previous start, as schema.org's
    /// EventRescheduled and calendar apps expect.
    @discardableResult
    public static func reschedule(slug: String, start: String, end: String, in context: WriteContext) throws -> Event {
        let (record, event) = try load(slug, context)
        guard event.status != "cancelled" && event.status != "draft" else {
            throw ModelError.conflict("event '\(slug)' is \(event.status); a draft is changed with 'events update', a cancelled event is not rescheduled")
        }
        let newStart = try instant(start, zone: event.timeZone, field: "--start")
        let previous = event.status == "postponed" ? (event.previousStartsAt ?? event.startsAt) : event.startsAt
        return try save(context, record, ["status": .text("rescheduled"), "previous_starts_at": .text(Timestamp.format(previous)),
                                 "starts_at": .text(Timestamp.format(newStart)),
                                 "ends_at": .text(Timestamp.format(try instant(end, zone: event.timeZone, field: "--end")))])
    }

    private static func load(_ slug: String, _ context: WriteContext) throws -> (Record, Event) {
        guard let record = try Event.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "event", key: slug) }
        return (record, try Event(record: record))
    }

    /// Writes changes, raising `sequence` when anything changes.
    private static func save(_ context: WriteContext, _ record: Record, _ changes: [String: DatabaseValue]) throws -> Event {
        var merged = record.values
        for (name, value) in changes { merged[name] = value }
        try check(merged)
        var changes = changes
        if changes.contains(where: { record.values[$0.key] != $0.value }) {
            changes["sequence"] = .integer(try record.integer("sequence") + 1)
        }
        return try Event(record: context.update(record, set: changes))
    }

    private static func value(_ name: String, _ text: String) throws -> DatabaseValue {
        guard textFields.contains(name), let column = Event.entity.column(name) else {
            throw ModelError.invalid(field: "--" + name.replacingOccurrences(of: "_", with: "-"), value: text, reason: "not an event field that can be set")
        }
        if text.isEmpty && column.nullable { return .null }
        return try Event.entity.value(fromText: text, for: column)
    }

    /// What the database's checks would refuse, said in staff's terms first.
    static func check(_ values: [String: DatabaseValue]) throws {
        if let start = values["starts_at"]?.text, let end = values["ends_at"]?.text, end < start {
            throw ModelError.invalid(field: "--end", value: end, reason: "is before the start")
        }
        if (values["venue_name"] ?? .null).isNull && (values["online_url"] ?? .null).isNull {
            throw ModelError.invalid(field: "--venue-name", value: "", reason: "an event needs a venue (--venue-name), an online address (--online-url) or both")
        }
    }
}
