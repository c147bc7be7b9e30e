import PorticoFormats
import PorticoSQLite

/// A member of the association: who they are, how to reach them, and what they agreed to publish.
///
/// `visibility` says where the member may appear: `public` (listed in the directory), `unlisted` (a profile page,
/// left out of listings, search and sitemaps), `members` (not published) or `hidden`. `show_email`, `show_phone`
/// and `show_website` are the member's consent per field; null follows the site-wide default.
public struct Member: Sendable, Equatable {
    public static let visibilities = ["public", "unlisted", "members", "hidden"]

    public let id: Int64
    public let memberNumber: String
    public let name: String
    public let email: String
    public let country: String?
    public let city: String?
    public let company: String?
    public let visibility: String
    public let joinedOn: String
    /// The member's permanent profile address under the directory (`ana-silva`): made from the name when they are
    /// added, never changed by another member appearing or lapsing; staff may change it, and the old one redirects.
    public let slug: String

    /// Words the member directory uses in its own paths, which a profile slug may not take.
    public static let reservedSlugs: Set<String> = ["letter", "plan", "country", "page", "index-json"]

    /// The `members` table. Contact details and the bio are personal data: exported only with
    /// `exports.personal-data`, never published without consent.
    public static let entity = Entity(table: "members", auditName: "member", auditKey: "member_number", columns: [
        .init("id", .integer, generated: .rowID),
        .init("member_number", .text, unique: true, normalize: { try Validate.text($0, field: "member_number", maximum: 32) },
              makeDefault: MemberRecords.nextNumber),
        .init("name", .text, privacy: .identifying, normalize: { try Validate.text($0, field: "name", maximum: 120) }),
        .init("slug", .text, privacy: .personal, unique: true, normalize: { try Validate.slug($0, field: "slug") },
              slug: .init(from: "name", reserved: reservedSlugs)),
        .init("email", .text, privacy: .identifying, unique: true, normalize: { try Validate.email($0) }),
        .init("phone", .text, nullable: true, privacy: .identifying, normalize: { try Validate.text($0, field: "phone", maximum: 40) }),
        .init("job_title", .text, nullable: true, privacy: .personal, normalize: { try Validate.text($0, field: "job_title", maximum: 120) }),
        .init("company", .text, nullable: true, privacy: .personal, normalize: { try Validate.text($0, field: "company", maximum: 120) }),
        .init("city", .text, nullable: true, privacy: .personal, normalize: { try Validate.text($0, field: "city", maximum: 80) }),
        .init("region", .text, nullable: true, privacy: .personal, normalize: { try Validate.text($0, field: "region", maximum: 80) }),
        .init("country", .text, nullable: true, normalize: { try Validate.country($0, field: "country") }),
        .init("bio", .text, privacy: .personal, defaultValue: .text("")),
        .init("photo_url", .text, nullable: true, privacy: .personal, normalize: { try Validate.webURL($0, field: "photo_url") }),
        .init("website", .text, nullable: true, privacy: .identifying, normalize: { try Validate.webURL($0, field: "website") }),
        .init("joined_on", .text, normalize: { try Validate.date($0, field: "joined_on") }, makeDefault: { .text(String($0.now.prefix(10))) }),
        .init("visibility", .text, allowed: visibilities, defaultValue: .text("members")),
        .init("show_email", .boolean, nullable: true),
        .init("show_phone", .boolean, nullable: true),
        .init("show_website", .boolean, nullable: true),
        .init("company_id", .integer, nullable: true, privacy: .personal, references: "companies"),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "members", view: .recordsView, edit: .recordsEdit))

    init(record: Record) throws {
        id = try record.integer("id")
        memberNumber = try record.text("member_number")
        name = try record.text("name")
        email = try record.text("email")
        country = try record.optionalText("country")
        city = try record.optionalText("city")
        company = try record.optionalText("company")
        visibility = try record.text("visibility")
        joinedOn = try record.text("joined_on")
        slug = try record.text("slug")
    }

    /// Gives every member a slug from their name, in member-number order (`ana-silva`, then `ana-silva-2`): the
    /// addresses the directory computed each build until slugs were stored, so published links stay as they were
    /// where no unpublished namesake came first.
    static let slugMigration = Migrator.Migration("membership/0001_member_slugs", sql: "ALTER TABLE members ADD COLUMN slug TEXT NOT NULL DEFAULT ''") { database in
        var taken = Set<String>()
        for row in try database.rows("SELECT id, name FROM members ORDER BY member_number") {
            let slug = Slug.unique(for: try row.text("name"), fallback: "member", reserved: reservedSlugs) { taken.contains($0) }
            taken.insert(slug)
            try database.execute("UPDATE members SET slug = ? WHERE id = ?", [slug, row["id"]])
        }
        try database.execute("CREATE UNIQUE INDEX members_slug ON members (slug)")
    }

    public var fields: [(String, DatabaseValue)] {
        [("member_number", .text(memberNumber)), ("name", .text(name)), ("email", .text(email)), ("company", company.map { .text($0) } ?? .null),
         ("city", city.map { .text($0) } ?? .null), ("country", country.map { .text($0) } ?? .null), ("visibility", .text(visibility)),
         ("joined_on", .text(joinedOn))]
    }
}

/// Members: adding, finding, filtering, changing and removing, each audited.
public enum MemberRecords {
    /// The next member number, `M000001` upward. A number is never given twice, even after its member is removed:
    /// the highest number issued is kept (an internal setting, inside the caller's transaction, so a rolled-back
    /// import issues nothing), and a number already taken (say, imported from another system) is skipped. Two
    /// indexed lookups per member: adding 100,000 members never scans the table.
    @Sendable public static func nextNumber(in store: Store) throws -> DatabaseValue {
        var next = (try store.setting(lastNumberKey).flatMap { Int64($0) } ?? 0) + 1
        func number(_ value: Int64) -> String {
            let digits = String(value)
            return "M" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        }
        while try store.database.row("SELECT 1 FROM members WHERE member_number = ?", [number(next)]) != nil { next += 1 }
        try store.setSetting(lastNumberKey, String(next))
        return .text(number(next))
    }

    static let lastNumberKey = "members.last_number"

    /// A member by email (any case) or member number.
    public static func find(_ key: String, in store: Store) throws -> Record {
        let column = key.contains("@") ? "email" : "member_number"
        guard let record = try Member.entity.find(column, equals: .text(key), in: store) else { throw ModelError.notFound(entity: "member", key: key) }
        return record
    }

    /// What `members list` filters on; every filter given must match.
    public struct Filter: Sendable {
        public var country: String?
        public var visibility: String?
        /// Name, email, company or member number containing this text.
        public var query: String?
        /// The plan (slug) of the membership that gives the member their standing today.
        public var plan: String?
        /// Their standing today: pending, active, grace, lapsed, cancelled, or `none` (no membership).
        public var status: String?
        /// A group (slug) they belong to.
        public var group: String?
        /// Their own membership terms by end date and standing (`TermList`).
        public var terms: TermList.Filter?
        public var limit: Int?

        public init(country: String? = nil, visibility: String? = nil, query: String? = nil, plan: String? = nil, status: String? = nil,
                    group: String? = nil, limit: Int? = nil) {
            self.country = country
            self.visibility = visibility
            self.query = query
            self.plan = plan
            self.status = status
            self.group = group
            self.limit = limit
        }
    }

    /// Members matching every filter given, by name.
    public static func list(country: String? = nil, visibility: String? = nil, query: String? = nil, limit: Int? = nil, in store: Store) throws -> [Member] {
        try list(Filter(country: country, visibility: visibility, query: query, limit: limit), in: store)
    }

    /// Members matching every filter given, by name. Plan and status come from each member's standing today
    /// (their own memberships and their company's), computed in one pass.
    public static func list(_ filter: Filter, in store: Store) throws -> [Member] {
        var sql = "SELECT * FROM members WHERE 1 = 1"
        var arguments: [DatabaseValueConvertible] = []
        if let country = filter.country { sql += " AND country = ?"; arguments.append(try Validate.country(country, field: "--country")) }
        if let visibility = filter.visibility {
            sql += " AND visibility = ?"
            arguments.append(try Validate.choice(visibility, field: "--visibility", allowed: Member.visibilities))
        }
        if let query = filter.query, !query.isEmpty {
            // LIKE with the user's text as a bound pattern; % and _ in it are escaped so they match themselves.
            let pattern = "%" + query.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            sql += " AND (name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\' OR member_number LIKE ? ESCAPE '\\')"
            arguments += [pattern, pattern, pattern, pattern]
        }
        if let group = filter.group {
            sql += " AND id IN (SELECT member_id FROM group_members WHERE group_id = ?)"
            arguments.append(try GroupRecords.find(slug: group, in: store).id)
        }
        sql += " ORDER BY name, member_number"
        let standingFilter = filter.plan != nil || filter.status != nil || filter.terms != nil
        if let limit = filter.limit, !standingFilter { sql += " LIMIT ?"; arguments.append(limit) }
        var members = try store.database.rows(sql, arguments).map { try Member(record: Member.entity.decode($0)) }
        if standingFilter {
            let standings = try MembershipRecords.standings(on: store.today(), in: store)
            if let status = filter.status {
                _ = try Validate.choice(status, field: "--status", allowed: MembershipStatus.allCases.map(\.rawValue) + ["none"])
                members = members.filter { (standings[$0.id]?.status.rawValue ?? "none") == status }
            }
            if let plan = filter.plan {
                let planID = try PlanRecords.find(slug: plan, in: store).id
                members = members.filter { standings[$0.id]?.planID == planID }
            }
            if let terms = filter.terms {
                let chosen = Set(try TermList.terms(terms, in: store).compactMap(\.memberID))
                members = members.filter { chosen.contains($0.id) }
            }
            if let limit = filter.limit { members = Array(members.prefix(limit)) }
        }
        return members
    }

    /// Adds a member. Text fields go through the description's checks; a duplicate email is a conflict.
    @discardableResult
    public static func add(_ values: [String: String], in context: WriteContext) throws -> Member {
        var row: [String: DatabaseValue] = [:]
        for (name, text) in values {
            guard let column = Member.entity.column(name), column.generated == nil else {
                throw ModelError.invalid(field: name, value: text, reason: "not a member field")
            }
            row[name] = try Member.entity.value(fromText: text, for: column)
        }
        guard let email = row["email"]?.text, row["name"] != nil else { throw ModelError.invalid(field: "--name/--email", value: "", reason: "a member needs a name and an email") }
        if try Member.entity.find("email", equals: .text(email), in: context.store) != nil {
            throw ModelError.conflict("a member with email '\(email)' already exists")
        }
        return try Member(record: context.insert(Member.entity, Member.entity.completedForInsert(row, in: context.store)))
    }

    /// Changes the given fields of a member (by email or number); an empty value clears an optional field.
    @discardableResult
    public static func update(_ key: String, _ values: [String: String], in context: WriteContext) throws -> Member {
        let current = try find(key, in: context.store)
        var changes: [String: DatabaseValue] = [:]
        for (name, text) in values {
            guard let column = Member.entity.column(name), column.generated == nil, name != "member_number" else {
                throw ModelError.invalid(field: name, value: text, reason: "not a member field that can be changed")
            }
            if text.isEmpty && column.nullable { changes[name] = .null; continue }
            changes[name] = try Member.entity.value(fromText: text, for: column)
        }
        return try Member(record: context.update(current, set: changes))
    }

    /// Removes a member with what goes with them (memberships, group places, CPD records, queued messages: the
    /// references described as `.cascade`); the audit trail keeps what they were. A member referred to by a record
    /// that must be kept (an invoice; a company naming them as primary contact) stays, with a message saying why.
    public static func remove(_ key: String, in context: WriteContext) throws {
        let member = try find(key, in: context.store)
        do {
            try context.deleteWithDependents(member)
        } catch ModelError.conflict(let reason) {
            throw ModelError.conflict(reason + "; to take the member off the site instead: members update \(key) --visibility hidden")
        }
    }
}
