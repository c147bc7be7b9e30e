import PorticoSQLite

/// A membership plan: what it costs, how often, and what it asks of members (CPD points a year).
public struct Plan: Sendable, Equatable {
    public static let periods = ["monthly", "annual", "lifetime"]

    public let id: Int64
    public let slug: String
    public let name: String
    public let price: Money
    public let period: String
    public let benefits: String
    public let isPublic: Bool
    public let cpdPoints: Int64
    public let graceDays: Int64

    /// The `plans` table. Prices are integer minor units with their ISO 4217 currency.
    public static let entity = Entity(table: "plans", auditName: "plan", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }),
        .init("name", .text, normalize: { try Validate.text($0, field: "name", maximum: 120) }),
        .init("price_minor", .integer),
        .init("currency", .text, normalize: { try Money.currency($0) }),
        .init("period", .text, allowed: periods),
        .init("benefits", .text, defaultValue: .text("")),
        .init("public", .boolean, defaultValue: .integer(1)),
        .init("cpd_points", .integer, defaultValue: .integer(0)),
        .init("grace_days", .integer, defaultValue: .integer(30)),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "plans", view: .recordsView, edit: .pricesManage))

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        name = try record.text("name")
        price = Money(minorUnits: try record.integer("price_minor"), currency: try record.text("currency"))
        period = try record.text("period")
        benefits = try record.text("benefits")
        isPublic = try record.bool("public")
        cpdPoints = try record.integer("cpd_points")
        graceDays = try record.integer("grace_days")
    }

    public var fields: [(String, DatabaseValue)] {
        [("slug", .text(slug)), ("name", .text(name)), ("price", .text(price.description)), ("period", .text(period)),
         ("public", .integer(isPublic ? 1 : 0)), ("cpd_points", .integer(cpdPoints)), ("grace_days", .integer(graceDays))]
    }
}

/// Plans: adding and listing. A price change never touches an issued invoice (invoices copy their amounts).
public enum PlanRecords {
    public static func list(in store: Store) throws -> [Plan] {
        try store.database.rows("SELECT * FROM plans ORDER BY name").map { try Plan(record: Plan.entity.decode($0)) }
    }

    public static func find(id: Int64, in store: Store) throws -> Plan {
        guard let record = try Plan.entity.find(id: id, in: store) else { throw ModelError.notFound(entity: "plan", key: String(id)) }
        return try Plan(record: record)
    }

    public static func find(slug: String, in store: Store) throws -> Plan {
        guard let record = try Plan.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "plan", key: slug) }
        return try Plan(record: record)
    }

    @discardableResult
    public static func add(slug: String, name: String, price: String, currency: String, period: String, cpdPoints: Int = 0,
                           isPublic: Bool = true, in context: WriteContext) throws -> Plan {
        let slug = try Validate.slug(slug, field: "--slug")
        if try Plan.entity.find("slug", equals: .text(slug), in: context.store) != nil { throw ModelError.conflict("a plan with slug '\(slug)' already exists") }
        let currency = try Money.currency(currency, field: "--currency")
        let amount = try Money.parse(price, currency: currency, field: "--price")
        let now = DatabaseValue.text(context.store.now)
        let record = try context.insert(Plan.entity, [
            "slug": .text(slug), "name": .text(try Validate.text(name, field: "--name", maximum: 120)), "price_minor": .integer(amount.minorUnits),
            "currency": .text(currency), "period": .text(try Validate.choice(period, field: "--period", allowed: Plan.periods)),
            "benefits": .text(""), "public": .integer(isPublic ? 1 : 0), "cpd_points": .integer(Int64(cpdPoints)), "grace_days": .integer(30),
            "created_at": now, "updated_at": now])
        return try Plan(record: record)
    }
}
