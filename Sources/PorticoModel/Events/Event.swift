import Foundation
import PorticoFormats
import PorticoSQLite

/// An event the association runs: when (UTC instants with the IANA zone it happens in), where (a venue, an online
/// address or both), its status, and what attending is worth in CPD. `sequence` counts the changes calendar apps
/// must notice (iCalendar's SEQUENCE), raised by every change to the event.
public struct Event: Sendable, Equatable {
    public static let statuses = ["draft", "published", "cancelled", "postponed", "rescheduled"]
    /// Words the events section uses in its own paths, which an event slug may not take.
    public static let reservedSlugs: Set<String> = ["page", "past", "category", "month", "calendar", "calendar-ics"]

    public let id: Int64
    public let slug: String
    public let title: String
    public let summary: String
    /// Safe Markdown.
    public let description: String
    public let startsAt: Date
    public let endsAt: Date
    /// The IANA zone the event happens in; its times are shown there.
    public let timeZone: TimeZone
    public let venueName: String?
    public let venueAddress: String?
    public let venueCity: String?
    public let venueCountry: String?
    public let latitude: String?
    public let longitude: String?
    public let onlineURL: String?
    public let status: String
    /// The start before the event was rescheduled or postponed.
    public let previousStartsAt: Date?
    public let organizer: String
    public let cpdPoints: Int64
    public let imageURL: String?
    public let categories: [String]
    /// A recurring event's instances share a series name.
    public let series: String?
    public let sequence: Int64
    public let updatedAt: String

    /// Shown on the public site (every status but draft: cancelled and postponed events stay visible).
    public var isPublic: Bool { status != "draft" }
    public var isInPerson: Bool { venueName != nil }
    public var isOnline: Bool { onlineURL != nil }

    static func coordinate(_ text: String, field: String, limit: Double) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), abs(value) <= limit, trimmed.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else {
            throw ModelError.invalid(field: field, value: text, reason: "not a decimal degree between -\(Int(limit)) and \(Int(limit))")
        }
        return trimmed
    }

    static func zoneName(_ text: String, field: String = "time_zone") throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard ZonedTime.zone(trimmed) != nil else { throw ModelError.invalid(field: field, value: text, reason: "not an IANA time zone such as Europe/London") }
        return trimmed
    }

    /// Comma-separated category names, each one line, trimmed, in the order given, without repeats.
    static func categoryList(_ text: String) throws -> String {
        var seen: [String] = []
        for part in text.split(separator: ",") {
            let name = try Validate.text(String(part), field: "categories", maximum: 60)
            if !seen.contains(name) { seen.append(name) }
        }
        return seen.joined(separator: ", ")
    }

    /// The `events` table.
    public static let entity = Entity(table: "events", auditName: "event", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }, slug: .init(from: "title", reserved: reservedSlugs)),
        .init("title", .text, normalize: { try Validate.text($0, field: "title", maximum: 160) }),
        .init("summary", .text, defaultValue: .text(""), normalize: { $0.isEmpty ? "" : try Validate.text($0, field: "summary", maximum: 300) }),
        .init("description", .text, defaultValue: .text("")),
        .init("starts_at", .text, normalize: { try Validate.timestamp($0, field: "starts_at") }),
        .init("ends_at", .text, normalize: { try Validate.timestamp($0, field: "ends_at") }),
        .init("time_zone", .text, normalize: { try zoneName($0) }),
        .init("venue_name", .text, nullable: true, normalize: { try Validate.text($0, field: "venue_name", maximum: 160) }),
        .init("venue_address", .text, nullable: true, normalize: { try Validate.text($0, field: "venue_address", maximum: 300) }),
        .init("venue_city", .text, nullable: true, normalize: { try Validate.text($0, field: "venue_city", maximum: 80) }),
        .init("venue_country", .text, nullable: true, normalize: { try Validate.country($0, field: "venue_country") }),
        .init("latitude", .text, nullable: true, normalize: { try coordinate($0, field: "latitude", limit: 90) }),
        .init("longitude", .text, nullable: true, normalize: { try coordinate($0, field: "longitude", limit: 180) }),
        .init("online_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "online_url") }),
        .init("status", .text, allowed: statuses, defaultValue: .text("draft")),
        .init("previous_starts_at", .text, nullable: true, normalize: { try Validate.timestamp($0, field: "previous_starts_at") }),
        .init("organizer", .text, defaultValue: .text(""), normalize: { $0.isEmpty ? "" : try Validate.text($0, field: "organizer", maximum: 160) }),
        .init("cpd_points", .integer, defaultValue: .integer(0)),
        .init("image_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "image_url") }),
        .init("categories", .text, defaultValue: .text(""), normalize: { try categoryList($0) }),
        .init("series", .text, nullable: true, normalize: { try Validate.slug($0, field: "series") }),
        .init("sequence", .integer, defaultValue: .integer(0)),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "events", view: .recordsView, edit: .eventsEdit), validate: { values in
        try EventRecords.check(values)
        return values
    })

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        title = try record.text("title")
        summary = try record.text("summary")
        description = try record.text("description")
        func instant(_ name: String) throws -> Date {
            guard let date = Timestamp.parse(try record.text(name)) else {
                throw RecordError.wrongValue(table: "events", column: name, row: String(try record.integer("id")), reason: "is not a UTC time")
            }
            return date
        }
        startsAt = try instant("starts_at")
        endsAt = try instant("ends_at")
        let zone = try record.text("time_zone")
        guard let timeZone = ZonedTime.zone(zone) else {
            throw RecordError.wrongValue(table: "events", column: "time_zone", row: String(id), reason: "'\(zone)' is not an IANA time zone")
        }
        self.timeZone = timeZone
        venueName = try record.optionalText("venue_name")
        venueAddress = try record.optionalText("venue_address")
        venueCity = try record.optionalText("venue_city")
        venueCountry = try record.optionalText("venue_country")
        latitude = try record.optionalText("latitude")
        longitude = try record.optionalText("longitude")
        onlineURL = try record.optionalText("online_url")
        status = try record.text("status")
        previousStartsAt = try record.optionalText("previous_starts_at") == nil ? nil : try instant("previous_starts_at")
        organizer = try record.text("organizer")
        cpdPoints = try record.integer("cpd_points")
        imageURL = try record.optionalText("image_url")
        categories = try record.text("categories").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        series = try record.optionalText("series")
        sequence = try record.integer("sequence")
        updatedAt = try record.text("updated_at")
    }

    /// The day the event starts, in its own zone (what CPD for attending is dated).
    public var startDay: CalendarDate { ZonedTime.parts(startsAt, in: timeZone).date }

    public var fields: [(String, DatabaseValue)] {
        func optional(_ text: String?) -> DatabaseValue { text.map { .text($0) } ?? .null }
        return [("slug", .text(slug)), ("title", .text(title)), ("status", .text(status)),
                ("starts", .text(ZonedTime.iso8601(startsAt, in: timeZone))), ("ends", .text(ZonedTime.iso8601(endsAt, in: timeZone))),
                ("time_zone", .text(timeZone.identifier)), ("venue", optional(venueName)), ("online_url", optional(onlineURL)),
                ("categories", .text(categories.joined(separator: ", "))), ("series", optional(series)), ("cpd_points", .integer(cpdPoints)),
                ("previous_start", optional(previousStartsAt.map { ZonedTime.iso8601($0, in: timeZone) })), ("sequence", .integer(sequence))]
    }
}
