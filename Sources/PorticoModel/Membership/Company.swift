import PorticoSQLite

/// An organization that can hold a membership for its people (organizational membership). Its linked members
/// (`members.company_id`) count as members while its membership is current, share its renewal date, and are
/// renewed together through its primary contact, who receives its reminders and invoices. The business directory
/// adds public profiles, jobs and leads to this table.
public struct Company: Sendable, Equatable {
    public static let tiers = ["basic", "featured"]
    /// Words the business directory uses in its own paths, which a company slug may not take.
    public static let reservedSlugs: Set<String> = ["letter", "industry", "country", "page", "index-json"]

    public let id: Int64
    public let slug: String
    public let name: String
    public let website: String?
    public let primaryContactID: Int64?
    public let logoURL: String?
    public let industry: String?
    /// Safe Markdown.
    public let description: String
    public let address: String?
    public let city: String?
    public let country: String?
    /// The company's contact email and phone, published only with its consent (`show_email`, `show_phone`).
    public let email: String?
    public let phone: String?
    public let showEmail: Bool
    public let showPhone: Bool
    public let tier: String
    /// Listed in the public business directory.
    public let isPublic: Bool
    public let updatedAt: String

    /// The `companies` table. Its contact email and phone are identifying: published only with consent, and the
    /// privacy check looks for them everywhere else.
    public static let entity = Entity(table: "companies", auditName: "company", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }, slug: .init(from: "name", reserved: reservedSlugs)),
        .init("name", .text, normalize: { try Validate.text($0, field: "name", maximum: 160) }),
        .init("website", .text, nullable: true, normalize: { try Validate.webURL($0, field: "website") }),
        .init("primary_contact_id", .integer, nullable: true, references: "members"),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
        .init("logo_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "logo_url") }),
        .init("industry", .text, nullable: true, normalize: { try Validate.text($0, field: "industry", maximum: 80) }),
        .init("description", .text, defaultValue: .text("")),
        .init("address", .text, nullable: true, normalize: { try Validate.text($0, field: "address", maximum: 300) }),
        .init("city", .text, nullable: true, normalize: { try Validate.text($0, field: "city", maximum: 80) }),
        .init("country", .text, nullable: true, normalize: { try Validate.country($0, field: "country") }),
        .init("email", .text, nullable: true, privacy: .identifying, normalize: { try Validate.email($0, field: "email") }),
        .init("phone", .text, nullable: true, privacy: .identifying, normalize: { try Validate.text($0, field: "phone", maximum: 40) }),
        .init("show_email", .boolean, defaultValue: .integer(0)),
        .init("show_phone", .boolean, defaultValue: .integer(0)),
        .init("tier", .text, allowed: tiers, defaultValue: .text("basic")),
        .init("public", .boolean, defaultValue: .integer(0)),
    ], transfer: .init(name: "companies", view: .recordsView, edit: .recordsEdit))

    /// The business directory's columns, added to the table organizational memberships made.
    static let profileMigration = Migrator.Migration("membership/0002_company_profiles", sql: """
        ALTER TABLE companies ADD COLUMN logo_url TEXT;
        ALTER TABLE companies ADD COLUMN industry TEXT;
        ALTER TABLE companies ADD COLUMN description TEXT NOT NULL DEFAULT '';
        ALTER TABLE companies ADD COLUMN address TEXT;
        ALTER TABLE companies ADD COLUMN city TEXT;
        ALTER TABLE companies ADD COLUMN country TEXT;
        ALTER TABLE companies ADD COLUMN email TEXT;
        ALTER TABLE companies ADD COLUMN phone TEXT;
        ALTER TABLE companies ADD COLUMN show_email INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE companies ADD COLUMN show_phone INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE companies ADD COLUMN tier TEXT NOT NULL DEFAULT 'basic' CHECK (tier IN ('basic', 'featured'));
        ALTER TABLE companies ADD COLUMN public INTEGER NOT NULL DEFAULT 0;
        """)

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        name = try record.text("name")
        website = try record.optionalText("website")
        primaryContactID = record.values["primary_contact_id"]?.integer
        logoURL = try record.optionalText("logo_url")
        industry = try record.optionalText("industry")
        description = try record.text("description")
        address = try record.optionalText("address")
        city = try record.optionalText("city")
        country = try record.optionalText("country")
        email = try record.optionalText("email")
        phone = try record.optionalText("phone")
        showEmail = try record.bool("show_email")
        showPhone = try record.bool("show_phone")
        tier = try record.text("tier")
        isPublic = try record.bool("public")
        updatedAt = try record.text("updated_at")
    }

    /// The email and phone as published: each only with consent.
    public var publishedEmail: String? { showEmail ? email : nil }
    public var publishedPhone: String? { showPhone ? phone : nil }

    public var fields: [(String, DatabaseValue)] {
        func optional(_ text: String?) -> DatabaseValue { text.map { .text($0) } ?? .null }
        return [("slug", .text(slug)), ("name", .text(name)), ("website", optional(website)), ("industry", optional(industry)),
                ("city", optional(city)), ("country", optional(country)), ("tier", .text(tier)), ("public", .integer(isPublic ? 1 : 0)),
                ("primary_contact_id", primaryContactID.map { .integer($0) } ?? .null)]
    }
}

/// Companies: adding, finding, and linking people to them.
public enum CompanyRecords {
    public static func find(slug: String, in store: Store) throws -> Company {
        guard let record = try Company.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "company", key: slug) }
        return try Company(record: record)
    }

    public static func list(in store: Store) throws -> [Company] {
        try store.database.rows("SELECT * FROM companies ORDER BY name, slug").map { try Company(record: Company.entity.decode($0)) }
    }

    /// Adds a company; `contact` (a member's email or number) becomes its primary contact and is linked to it.
    @discardableResult
    public static func add(slug: String?, name: String, website: String?, contact: String?, in context: WriteContext) throws -> Company {
        let slug = try slug.map { try Validate.slug($0, field: "--slug") }
        if let slug, try Company.entity.find("slug", equals: .text(slug), in: context.store) != nil { throw ModelError.conflict("a company with slug '\(slug)' already exists") }
        let contactRecord = try contact.map { try MemberRecords.find($0, in: context.store) }
        let values: [String: DatabaseValue] = [
            "slug": slug.map { .text($0) } ?? .null, "name": .text(try Validate.text(name, field: "--name", maximum: 160)),
            "website": try website.map { .text(try Validate.webURL($0, field: "--website")) } ?? .null,
            "primary_contact_id": try contactRecord.map { .integer(try $0.integer("id")) } ?? .null,
        ]
        let company = try Company(record: context.insert(Company.entity, Company.entity.completedForInsert(values, in: context.store)))
        if let contactRecord { try context.update(contactRecord, set: ["company_id": .integer(company.id)]) }
        return company
    }

    /// The profile fields staff set as text (`companies create|update`).
    public static let profileFields = ["name", "website", "logo_url", "industry", "description", "address", "city", "country", "email", "phone",
                                       "show_email", "show_phone", "tier", "public", "slug"]

    /// Changes a company's profile fields given as text (an empty value clears an optional field).
    @discardableResult
    public static func update(slug: String, _ values: [String: String], in context: WriteContext) throws -> Company {
        guard let current = try Company.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "company", key: slug) }
        var changes: [String: DatabaseValue] = [:]
        for (name, text) in values {
            guard profileFields.contains(name), let column = Company.entity.column(name) else {
                throw ModelError.invalid(field: "--" + name.replacingOccurrences(of: "_", with: "-"), value: text, reason: "not a company field that can be set")
            }
            changes[name] = text.isEmpty && column.nullable ? .null : try Company.entity.value(fromText: text, for: column)
        }
        return try Company(record: context.update(current, set: changes))
    }

    /// Removes a company with its jobs and leads. Members linked to it, its memberships and its invoices are kept,
    /// so a company that still has any cannot be removed (the error says which).
    public static func remove(slug: String, in context: WriteContext) throws {
        guard let record = try Company.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "company", key: slug) }
        try context.deleteWithDependents(record)
    }

    /// Links a member to a company (they count as a member under its membership), or unlinks with nil.
    public static func link(member key: String, to slug: String?, in context: WriteContext) throws {
        let member = try MemberRecords.find(key, in: context.store)
        let companyID: DatabaseValue = try slug.map { .integer(try find(slug: $0, in: context.store).id) } ?? .null
        try context.update(member, set: ["company_id": companyID])
    }
}
