import PorticoSQLite

/// An organization that can hold a membership for its people (organizational membership). Its linked members
/// (`members.company_id`) count as members while its membership is current, share its renewal date, and are
/// renewed together through its primary contact, who receives its reminders and invoices. The business directory
/// adds public profiles, jobs and leads to this table.
public struct Company: Sendable, Equatable {
    public let id: Int64
    public let slug: String
    public let name: String
    public let website: String?
    public let primaryContactID: Int64?

    /// The `companies` table.
    public static let entity = Entity(table: "companies", auditName: "company", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }),
        .init("name", .text, normalize: { try Validate.text($0, field: "name", maximum: 160) }),
        .init("website", .text, nullable: true, normalize: { try Validate.webURL($0, field: "website") }),
        .init("primary_contact_id", .integer, nullable: true, references: "members"),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "companies", view: .recordsView, edit: .recordsEdit))

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        name = try record.text("name")
        website = try record.optionalText("website")
        primaryContactID = try record.values["primary_contact_id"]?.isNull == false ? record.integer("primary_contact_id") : nil
    }

    public var fields: [(String, DatabaseValue)] {
        [("slug", .text(slug)), ("name", .text(name)), ("website", website.map { .text($0) } ?? .null),
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
    public static func add(slug: String, name: String, website: String?, contact: String?, in context: WriteContext) throws -> Company {
        let slug = try Validate.slug(slug, field: "--slug")
        if try Company.entity.find("slug", equals: .text(slug), in: context.store) != nil { throw ModelError.conflict("a company with slug '\(slug)' already exists") }
        let contactRecord = try contact.map { try MemberRecords.find($0, in: context.store) }
        let values: [String: DatabaseValue] = [
            "slug": .text(slug), "name": .text(try Validate.text(name, field: "--name", maximum: 160)),
            "website": try website.map { .text(try Validate.webURL($0, field: "--website")) } ?? .null,
            "primary_contact_id": try contactRecord.map { .integer(try $0.integer("id")) } ?? .null,
        ]
        let company = try Company(record: context.insert(Company.entity, Company.entity.completedForInsert(values, in: context.store)))
        if let contactRecord { try context.update(contactRecord, set: ["company_id": .integer(company.id)]) }
        return company
    }

    /// Links a member to a company (they count as a member under its membership), or unlinks with nil.
    public static func link(member key: String, to slug: String?, in context: WriteContext) throws {
        let member = try MemberRecords.find(key, in: context.store)
        let companyID: DatabaseValue = try slug.map { .integer(try find(slug: $0, in: context.store).id) } ?? .null
        try context.update(member, set: ["company_id": companyID])
    }
}
