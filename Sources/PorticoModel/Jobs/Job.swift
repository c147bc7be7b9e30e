import Foundation
import PorticoFormats
import PorticoSQLite

/// A job a company advertises. A job is **open** when it is published and its expiry date has not passed in the
/// site's time zone: no scheduler decides it, the build reckons it from its one clock, so a job past its date drops
/// out of every list, feed, JSON file and sitemap at the next build whether or not anyone ran a command.
public struct Job: Sendable, Equatable {
    public static let statuses = ["draft", "pending_review", "published", "filled", "expired"]
    public static let employmentTypes = ["full_time", "part_time", "contract", "temporary", "internship", "volunteer"]
    public static let salaryUnits = ["hour", "day", "week", "month", "year"]
    /// Words the job board uses in its own paths, which a job slug may not take.
    public static let reservedSlugs: Set<String> = ["page", "category", "location", "remote", "type", "feed-xml", "index-json"]

    public let id: Int64
    public let slug: String
    public let title: String
    public let companyID: Int64
    public let city: String?
    public let region: String?
    public let country: String?
    public let remote: Bool
    /// Countries a remote job is open to (ISO 3166 codes); empty: anywhere.
    public let remoteCountries: [String]
    public let employmentType: String
    public let salaryMin: Money?
    public let salaryMax: Money?
    public let salaryUnit: String?
    /// Safe Markdown.
    public let description: String
    public let applyURL: String?
    public let applyEmail: String?
    public let categories: [String]
    public let postedOn: CalendarDate?
    public let expiresOn: CalendarDate
    public let featured: Bool
    public let status: String
    public let filledOn: CalendarDate?
    /// Who posted it (reminders before expiry go there); private.
    public let posterEmail: String?
    public let updatedAt: String

    /// Published and not past its expiry date on `today` (in the site's time zone).
    public func isOpen(on today: CalendarDate) -> Bool { status == "published" && today <= expiresOn }
    /// Has a public page: open, or closed after being published (filled, expired, or published past its date).
    public var hasPage: Bool { ["published", "filled", "expired"].contains(status) && postedOn != nil }

    /// `Full time`.
    public static func label(ofType type: String) -> String {
        type.replacingOccurrences(of: "_", with: " ").prefix(1).uppercased() + type.replacingOccurrences(of: "_", with: " ").dropFirst()
    }

    static func countryList(_ text: String) throws -> String {
        try text.split(separator: ",").map { try Validate.country(String($0), field: "remote_countries") }.joined(separator: ",")
    }

    public static let entity = Entity(table: "jobs", auditName: "job", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }, slug: .init(from: "title", reserved: reservedSlugs)),
        .init("title", .text, normalize: { try Validate.text($0, field: "title", maximum: 160) }),
        .init("company_id", .integer, references: "companies", onDelete: .cascade),
        .init("city", .text, nullable: true, normalize: { try Validate.text($0, field: "city", maximum: 80) }),
        .init("region", .text, nullable: true, normalize: { try Validate.text($0, field: "region", maximum: 80) }),
        .init("country", .text, nullable: true, normalize: { try Validate.country($0, field: "country") }),
        .init("remote", .boolean, defaultValue: .integer(0)),
        .init("remote_countries", .text, defaultValue: .text(""), normalize: { try countryList($0) }),
        .init("employment_type", .text, allowed: employmentTypes, defaultValue: .text("full_time")),
        .init("salary_min_minor", .integer, nullable: true),
        .init("salary_max_minor", .integer, nullable: true),
        .init("salary_currency", .text, nullable: true, normalize: { try Money.currency($0, field: "salary_currency") }),
        .init("salary_unit", .text, nullable: true, allowed: salaryUnits),
        .init("description", .text, defaultValue: .text("")),
        .init("apply_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "apply_url") }),
        .init("apply_email", .text, nullable: true, normalize: { try Validate.email($0, field: "apply_email") }),
        .init("categories", .text, defaultValue: .text(""), normalize: { try Event.categoryList($0) }),
        .init("posted_on", .text, nullable: true, normalize: { try Validate.date($0, field: "posted_on") }),
        .init("expires_on", .text, normalize: { try Validate.date($0, field: "expires_on") }),
        .init("featured", .boolean, defaultValue: .integer(0)),
        .init("status", .text, allowed: statuses, defaultValue: .text("draft")),
        .init("filled_on", .text, nullable: true, normalize: { try Validate.date($0, field: "filled_on") }),
        .init("poster_email", .text, nullable: true, privacy: .identifying, normalize: { try Validate.email($0, field: "poster_email") }),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "jobs", view: .recordsView, edit: .jobsEdit), validate: { values in
        try JobRecords.check(values)
        return values
    })

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        title = try record.text("title")
        companyID = try record.integer("company_id")
        city = try record.optionalText("city")
        region = try record.optionalText("region")
        country = try record.optionalText("country")
        remote = try record.bool("remote")
        remoteCountries = try record.text("remote_countries").split(separator: ",").map(String.init)
        employmentType = try record.text("employment_type")
        let currency = try record.optionalText("salary_currency")
        salaryMin = currency.flatMap { c in record.values["salary_min_minor"]?.integer.map { Money(minorUnits: $0, currency: c) } }
        salaryMax = currency.flatMap { c in record.values["salary_max_minor"]?.integer.map { Money(minorUnits: $0, currency: c) } }
        salaryUnit = try record.optionalText("salary_unit")
        description = try record.text("description")
        applyURL = try record.optionalText("apply_url")
        applyEmail = try record.optionalText("apply_email")
        categories = try record.text("categories").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        postedOn = try record.optionalText("posted_on").flatMap(CalendarDate.init)
        guard let expires = CalendarDate(try record.text("expires_on")) else {
            throw RecordError.wrongValue(table: "jobs", column: "expires_on", row: String(id), reason: "is not a date")
        }
        expiresOn = expires
        featured = try record.bool("featured")
        status = try record.text("status")
        filledOn = try record.optionalText("filled_on").flatMap(CalendarDate.init)
        posterEmail = try record.optionalText("poster_email")
        updatedAt = try record.text("updated_at")
    }

    /// `Aberdeen, Scotland, United Kingdom` as known; `Remote` (with the countries) for remote jobs.
    public func location(countryName: (String) -> String) -> String {
        let place = [city, region, country.map(countryName)].compactMap { $0 }.joined(separator: ", ")
        if remote {
            let countries = remoteCountries.map(countryName).joined(separator: ", ")
            let label = countries.isEmpty ? "Remote" : "Remote (\(countries))"
            return place.isEmpty ? label : label + " or " + place
        }
        return place.isEmpty ? "Location not given" : place
    }

    /// `45,000–55,000 GBP a year`.
    public var salaryText: String? {
        guard let unit = salaryUnit, let low = salaryMin ?? salaryMax else { return nil }
        let high = salaryMax ?? low
        let range = low == high ? Self.display(low) : Self.display(low) + "–" + Self.display(high)
        return range + " " + low.currency + " a" + (unit == "hour" ? "n " : " ") + unit
    }

    /// `42,000` for a whole amount, `38.50` otherwise.
    static func display(_ money: Money) -> String {
        var text = money.amount
        let zeros = "." + String(repeating: "0", count: Money.exponent(of: money.currency))
        guard Money.exponent(of: money.currency) > 0 ? text.hasSuffix(zeros) : true else { return text }
        if Money.exponent(of: money.currency) > 0 { text.removeLast(zeros.count) }
        var grouped = ""
        for (index, digit) in text.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return String(grouped.reversed())
    }

    public var fields: [(String, DatabaseValue)] {
        func optional(_ text: String?) -> DatabaseValue { text.map { .text($0) } ?? .null }
        return [("slug", .text(slug)), ("title", .text(title)), ("status", .text(status)), ("type", .text(employmentType)),
                ("location", .text(location(countryName: { $0 }))), ("posted_on", optional(postedOn?.description)), ("expires_on", .text(expiresOn.description)),
                ("featured", .integer(featured ? 1 : 0)), ("salary", optional(salaryText)), ("categories", .text(categories.joined(separator: ", ")))]
    }
}
