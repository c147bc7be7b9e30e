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
    /// Where members pay for this plan online (a payment link); reminders carry it with the member's email prefilled.
    public let paymentURL: String?

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
        .init("payment_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "payment_url") }),
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
        paymentURL = try record.optionalText("payment_url")
    }

    public var fields: [(String, DatabaseValue)] {
        [("slug", .text(slug)), ("name", .text(name)), ("price", .text(price.description)), ("period", .text(period)),
         ("public", .integer(isPublic ? 1 : 0)), ("cpd_points", .integer(cpdPoints)), ("grace_days", .integer(graceDays)),
         ("payment_url", paymentURL.map { .text($0) } ?? .null)]
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
        let record = try context.insert(Plan.entity, [
            "slug": .text(slug), "name": .text(try Validate.text(name, field: "--name", maximum: 120)), "price_minor": .integer(amount.minorUnits),
            "currency": .text(currency), "period": .text(try Validate.choice(period, field: "--period", allowed: Plan.periods)),
            "benefits": .text(""), "public": .integer(isPublic ? 1 : 0), "cpd_points": .integer(Int64(cpdPoints)), "grace_days": .integer(30),
            "payment_url": .null])
        return try Plan(record: record)
    }

    /// Changes a plan's fields (name, price, payment link, CPD points, grace days, public) given as text. A new price
    /// applies to invoices drafted from now on; issued invoices keep the amounts they were issued with.
    @discardableResult
    public static func update(slug: String, _ values: [String: String], in context: WriteContext) throws -> Plan {
        guard let current = try Plan.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "plan", key: slug) }
        var changes: [String: DatabaseValue] = [:]
        for (name, text) in values {
            if name == "price" {
                changes["price_minor"] = .integer(try Money.parse(text, currency: try current.text("currency"), field: "--price").minorUnits)
                continue
            }
            guard let column = Plan.entity.column(name), column.generated == nil, !["slug", "currency", "price_minor"].contains(name) else {
                throw ModelError.invalid(field: name, value: text, reason: "not a plan field that can be changed")
            }
            if text.isEmpty && column.nullable { changes[name] = .null; continue }
            changes[name] = try Plan.entity.value(fromText: text, for: column)
        }
        return try Plan(record: context.update(current, set: changes))
    }
}
