import Foundation
import PorticoFormats
import PorticoSQLite

/// Sponsorship tiers, sponsors, where they are placed and the benefits delivered to them, each change audited.
public enum SponsorRecords {
    public static func tiers(in store: Store) throws -> [SponsorTier] {
        try store.database.rows("SELECT * FROM sponsor_tiers ORDER BY rank, name").map { try SponsorTier(record: SponsorTier.entity.decode($0)) }
    }

    public static func tier(slug: String, in store: Store) throws -> SponsorTier {
        guard let record = try SponsorTier.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "sponsor tier", key: slug) }
        return try SponsorTier(record: record)
    }

    /// Every sponsor, by tier rank then organization.
    public static func list(in store: Store) throws -> [Sponsor] {
        try store.database.rows("""
            SELECT sponsors.* FROM sponsors JOIN sponsor_tiers ON sponsor_tiers.id = sponsors.tier_id
            ORDER BY sponsor_tiers.rank, sponsors.organization COLLATE NOCASE, sponsors.id
            """).map { try Sponsor(record: Sponsor.entity.decode($0)) }
    }

    public static func find(slug: String, in store: Store) throws -> Sponsor {
        guard let record = try Sponsor.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "sponsor", key: slug) }
        return try Sponsor(record: record)
    }

    public static func placements(in store: Store) throws -> [SponsorPlacement] {
        try store.database.rows("SELECT sponsor_id, place, target FROM sponsor_placements ORDER BY id").map {
            SponsorPlacement(sponsorID: try $0.integer("sponsor_id"), place: try $0.text("place"), target: try $0.text("target"))
        }
    }

    public static func benefits(of sponsor: Sponsor, in store: Store) throws -> [SponsorBenefit] {
        try store.database.rows("SELECT benefit, delivered_on, note FROM sponsor_benefits WHERE sponsor_id = ? ORDER BY id", [sponsor.id]).map {
            SponsorBenefit(benefit: try $0.text("benefit"), deliveredOn: try $0.string("delivered_on").flatMap(CalendarDate.init), note: try $0.text("note"))
        }
    }

    /// Adds a tier. `benefits` are one a line (or separated by `;`); `price` is an amount in `currency`.
    @discardableResult
    public static func addTier(name: String, rank: Int64, price: String, currency: String, benefits: String, requiredAssets: String?, logoSize: String?,
                               in context: WriteContext) throws -> SponsorTier {
        let currency = try Money.currency(currency, field: "--currency")
        guard rank >= 1 else { throw ModelError.invalid(field: "--rank", value: String(rank), reason: "must be 1 or more (1 is shown first)") }
        var values: [String: DatabaseValue] = [
            "name": .text(try Validate.text(name, field: "--name", maximum: 80)), "rank": .integer(rank), "currency": .text(currency),
            "price_minor": .integer(try Money.parse(price, currency: currency, field: "--price").minorUnits),
            "benefits": .text(benefits.split(whereSeparator: { $0 == "\n" || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")),
        ]
        if let requiredAssets { values["required_assets"] = .text(try SponsorTier.assetList(requiredAssets)) }
        if let logoSize { values["logo_size"] = .text(try Validate.choice(logoSize, field: "--logo-size", allowed: SponsorTier.logoSizes)) }
        return try SponsorTier(record: context.insert(SponsorTier.entity, SponsorTier.entity.completedForInsert(values, in: context.store)))
    }

    /// The fields staff give as text when adding or changing a sponsor.
    public static let textFields = ["organization", "logo_url", "website", "description", "contract_start", "contract_end", "assets_due", "contact_name",
                                    "contact_email", "slug"]

    private static func values(_ fields: [String: String], tier: String?, store: Store) throws -> [String: DatabaseValue] {
        var values: [String: DatabaseValue] = [:]
        for (name, text) in fields {
            guard textFields.contains(name), let column = Sponsor.entity.column(name) else {
                throw ModelError.invalid(field: "--" + name.replacingOccurrences(of: "_", with: "-"), value: text, reason: "not a sponsor field that can be set")
            }
            values[name] = text.isEmpty && column.nullable ? .null : try Sponsor.entity.value(fromText: text, for: column)
        }
        if let tier { values["tier_id"] = .integer(try self.tier(slug: tier, in: store).id) }
        return values
    }

    /// Adds a sponsor under a tier, shown on the sponsors page; the tier's benefits are recorded as not yet delivered.
    @discardableResult
    public static func add(organization: String, tier: String, fields: [String: String], in context: WriteContext) throws -> Sponsor {
        var values = try values(fields, tier: tier, store: context.store)
        values["organization"] = .text(try Validate.text(organization, field: "--organization", maximum: 160))
        try check(values)
        let sponsor = try Sponsor(record: context.insert(Sponsor.entity, Sponsor.entity.completedForInsert(values, in: context.store)))
        try place(sponsor: sponsor.slug, on: "sponsors_page", target: "", in: context)
        for benefit in try self.tier(slug: tier, in: context.store).benefits {
            _ = try context.insert(Sponsor.benefitEntity, ["sponsor_id": .integer(sponsor.id), "benefit": .text(benefit), "note": .text("")])
        }
        return sponsor
    }

    @discardableResult
    public static func update(slug: String, fields: [String: String], tier: String?, in context: WriteContext) throws -> Sponsor {
        guard let record = try Sponsor.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "sponsor", key: slug) }
        let changes = try values(fields, tier: tier, store: context.store)
        var merged = record.values
        for (name, value) in changes { merged[name] = value }
        try check(merged)
        return try Sponsor(record: context.update(record, set: changes))
    }

    public static func remove(slug: String, in context: WriteContext) throws {
        guard let record = try Sponsor.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "sponsor", key: slug) }
        try context.deleteWithDependents(record)
    }

    /// Places a sponsor: `sponsors_page`, `jobs`, `widget`, or `event`/`course` with the page's slug as `target`.
    public static func place(sponsor slug: String, on place: String, target: String, in context: WriteContext) throws {
        let sponsor = try find(slug: slug, in: context.store)
        let place = try Validate.choice(place, field: "--on", allowed: Sponsor.places)
        if place == "event" || place == "course" {
            guard !target.isEmpty else { throw ModelError.invalid(field: "--on", value: place, reason: "name the \(place): --on \(place):SLUG") }
            let table = place == "event" ? "events" : "courses"
            guard try context.database.scalar("SELECT COUNT(*) FROM \(table) WHERE slug = ?", [target]).integer == 1 else {
                throw ModelError.notFound(entity: place, key: target)
            }
        } else if !target.isEmpty {
            throw ModelError.invalid(field: "--on", value: place + ":" + target, reason: "only event and course placements name a page")
        }
        guard try context.database.scalar("SELECT COUNT(*) FROM sponsor_placements WHERE sponsor_id = ? AND place = ? AND target = ?",
                                          [sponsor.id, place, target]).integer == 0 else { return }
        _ = try context.insert(Sponsor.placementEntity, ["sponsor_id": .integer(sponsor.id), "place": .text(place), "target": .text(target)])
    }

    /// Takes a placement away; false when the sponsor was not placed there.
    @discardableResult
    public static func unplace(sponsor slug: String, from place: String, target: String, in context: WriteContext) throws -> Bool {
        let sponsor = try find(slug: slug, in: context.store)
        guard let row = try context.database.rows("SELECT id FROM sponsor_placements WHERE sponsor_id = ? AND place = ? AND target = ?",
                                                  [sponsor.id, place, target]).first,
              let record = try Sponsor.placementEntity.find(id: try row.integer("id"), in: context.store) else { return false }
        try context.delete(record)
        return true
    }

    /// Marks a benefit delivered today (or not, with `delivered` false), with a note.
    public static func setBenefit(sponsor slug: String, benefit: String, delivered: Bool, note: String?, in context: WriteContext) throws {
        let sponsor = try find(slug: slug, in: context.store)
        guard let row = try context.database.rows("SELECT id FROM sponsor_benefits WHERE sponsor_id = ? AND benefit = ?", [sponsor.id, benefit]).first,
              let record = try Sponsor.benefitEntity.find(id: try row.integer("id"), in: context.store) else {
            let known = try benefits(of: sponsor, in: context.store).map(\.benefit)
            throw ModelError.invalid(field: "--deliver", value: benefit, reason: known.isEmpty ? "the sponsor's tier promises no benefits"
                                     : "not one of the sponsor's benefits: " + known.joined(separator: "; "))
        }
        var changes: [String: DatabaseValue] = ["delivered_on": delivered ? .text(try context.store.today().description) : .null]
        if let note { changes["note"] = .text(note) }
        _ = try context.update(record, set: changes)
    }

    /// A contract ends on or after the day it starts.
    static func check(_ values: [String: DatabaseValue]) throws {
        if let start = values["contract_start"]?.text, let end = values["contract_end"]?.text, end < start {
            throw ModelError.invalid(field: "--end", value: end, reason: "is before the contract's start (\(start))")
        }
    }
}
