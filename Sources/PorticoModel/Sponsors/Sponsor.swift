import Foundation
import PorticoFormats
import PorticoSQLite

/// A sponsorship tier: its rank on the sponsors page (1 first), price, the benefits it promises, the assets it needs
/// from the sponsor and the size its logos are shown at.
public struct SponsorTier: Sendable, Equatable {
    public static let assetKinds = ["logo", "description", "link"]
    public static let logoSizes = ["small", "medium", "large"]

    public let id: Int64
    public let slug: String
    public let name: String
    public let rank: Int64
    public let price: Money
    /// One benefit a line.
    public let benefits: [String]
    public let requiredAssets: [String]
    public let logoSize: String

    static func assetList(_ text: String) throws -> String {
        try text.split(separator: ",").map { try Validate.choice($0.trimmingCharacters(in: .whitespaces), field: "required_assets", allowed: assetKinds) }
            .joined(separator: ",")
    }

    public static let entity = Entity(table: "sponsor_tiers", auditName: "sponsor tier", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }, slug: .init(from: "name")),
        .init("name", .text, normalize: { try Validate.text($0, field: "name", maximum: 80) }),
        .init("rank", .integer, defaultValue: .integer(1)),
        .init("price_minor", .integer, defaultValue: .integer(0)),
        .init("currency", .text, normalize: { try Money.currency($0) }),
        .init("benefits", .text, defaultValue: .text("")),
        .init("required_assets", .text, defaultValue: .text("logo"), normalize: { try assetList($0) }),
        .init("logo_size", .text, allowed: logoSizes, defaultValue: .text("medium")),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "sponsor-tiers", view: .recordsView, edit: .sponsorsManage))

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        name = try record.text("name")
        rank = try record.integer("rank")
        price = Money(minorUnits: try record.integer("price_minor"), currency: try record.text("currency"))
        benefits = try record.text("benefits").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        requiredAssets = try record.text("required_assets").split(separator: ",").map(String.init)
        logoSize = try record.text("logo_size")
    }

    public var fields: [(String, DatabaseValue)] {
        [("slug", .text(slug)), ("name", .text(name)), ("rank", .integer(rank)), ("price", .text(price.description)),
         ("benefits", .text(benefits.joined(separator: "; "))), ("required_assets", .text(requiredAssets.joined(separator: ", "))), ("logo_size", .text(logoSize))]
    }
}

/// An organization sponsoring the association under a tier for a contract period. It is shown only while its contract
/// runs (start and end days inclusive, in the site's time zone), and only where it is placed.
public struct Sponsor: Sendable, Equatable {
    public let id: Int64
    public let slug: String
    public let organization: String
    public let tierID: Int64
    public let logoURL: String?
    public let website: String?
    public let description: String
    public let contractStart: CalendarDate
    public let contractEnd: CalendarDate
    /// When the tier's assets are due from the sponsor; nil: no date agreed.
    public let assetsDue: CalendarDate?
    public let contactName: String?
    /// Private: never published.
    public let contactEmail: String?

    public func isActive(on today: CalendarDate) -> Bool { contractStart <= today && today <= contractEnd }

    /// The tier's assets the sponsor has not given yet (a logo URL, a description, a website link).
    public func missingAssets(of tier: SponsorTier) -> [String] {
        tier.requiredAssets.filter {
            switch $0 {
            case "logo": return logoURL == nil
            case "description": return description.isEmpty
            default: return website == nil
            }
        }
    }

    public static let entity = Entity(table: "sponsors", auditName: "sponsor", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }, slug: .init(from: "organization")),
        .init("organization", .text, normalize: { try Validate.text($0, field: "organization", maximum: 160) }),
        .init("tier_id", .integer, references: "sponsor_tiers"),
        .init("logo_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "logo_url") }),
        .init("website", .text, nullable: true, normalize: { try Validate.webURL($0, field: "website") }),
        .init("description", .text, defaultValue: .text("")),
        .init("contract_start", .text, normalize: { try Validate.date($0, field: "contract_start") }),
        .init("contract_end", .text, normalize: { try Validate.date($0, field: "contract_end") }),
        .init("assets_due", .text, nullable: true, normalize: { try Validate.date($0, field: "assets_due") }),
        .init("contact_name", .text, nullable: true, privacy: .personal, normalize: { try Validate.text($0, field: "contact_name", maximum: 120) }),
        .init("contact_email", .text, nullable: true, privacy: .identifying, normalize: { try Validate.email($0, field: "contact_email") }),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "sponsors", view: .recordsView, edit: .sponsorsManage), validate: { values in
        try SponsorRecords.check(values)
        return values
    })

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        organization = try record.text("organization")
        tierID = try record.integer("tier_id")
        logoURL = try record.optionalText("logo_url")
        website = try record.optionalText("website")
        description = try record.text("description")
        func day(_ column: String) throws -> CalendarDate {
            guard let day = CalendarDate(try record.text(column)) else {
                throw RecordError.wrongValue(table: "sponsors", column: column, row: String(try record.integer("id")), reason: "is not a date")
            }
            return day
        }
        contractStart = try day("contract_start")
        contractEnd = try day("contract_end")
        assetsDue = try record.optionalText("assets_due").flatMap(CalendarDate.init)
        contactName = try record.optionalText("contact_name")
        contactEmail = try record.optionalText("contact_email")
    }

    public var fields: [(String, DatabaseValue)] {
        func optional(_ text: String?) -> DatabaseValue { text.map { .text($0) } ?? .null }
        return [("slug", .text(slug)), ("organization", .text(organization)), ("contract_start", .text(contractStart.description)),
                ("contract_end", .text(contractEnd.description)), ("logo_url", optional(logoURL)), ("website", optional(website)),
                ("assets_due", optional(assetsDue?.description))]
    }

    /// Where a sponsor is shown: the sponsors page, one event's or course's page, the job board, or the widgets.
    public static let places = ["sponsors_page", "event", "course", "jobs", "widget"]

    public static let placementEntity = Entity(table: "sponsor_placements", auditName: "sponsor placement", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("sponsor_id", .integer, references: "sponsors", onDelete: .cascade),
        .init("place", .text, allowed: places),
        .init("target", .text, defaultValue: .text("")),
    ], transfer: .init(name: "sponsor-placements", view: .recordsView, edit: .sponsorsManage))

    /// Each benefit the tier promised, delivered (with the day) or not, with a note.
    public static let benefitEntity = Entity(table: "sponsor_benefits", auditName: "sponsor benefit", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("sponsor_id", .integer, references: "sponsors", onDelete: .cascade),
        .init("benefit", .text, normalize: { try Validate.text($0, field: "benefit", maximum: 200) }),
        .init("delivered_on", .text, nullable: true, normalize: { try Validate.date($0, field: "delivered_on") }),
        .init("note", .text, defaultValue: .text("")),
    ], transfer: .init(name: "sponsor-benefits", view: .recordsView, edit: .sponsorsManage))
}

/// A sponsor's placement: `event` and `course` name their page's slug in `target`.
public struct SponsorPlacement: Sendable, Equatable, Hashable {
    public let sponsorID: Int64
    public let place: String
    public let target: String
}

/// One benefit of a sponsor's tier and whether it was delivered.
public struct SponsorBenefit: Sendable, Equatable {
    public let benefit: String
    public let deliveredOn: CalendarDate?
    public let note: String
}
