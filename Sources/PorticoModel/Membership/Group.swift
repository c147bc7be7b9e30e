import PorticoSQLite

/// A chapter, committee or special-interest group. Public groups get a page in the member directory listing
/// their publicly listed members (with their role); private groups are for staff only.
public struct Group: Sendable, Equatable {
    public static let kinds = ["chapter", "committee", "interest"]

    public let id: Int64
    public let slug: String
    public let name: String
    public let kind: String
    public let description: String
    public let isPublic: Bool

    /// The `groups` table.
    public static let entity = Entity(table: "groups", auditName: "group", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }),
        .init("name", .text, normalize: { try Validate.text($0, field: "name", maximum: 120) }),
        .init("kind", .text, allowed: kinds),
        .init("description", .text, defaultValue: .text("")),
        .init("public", .boolean, defaultValue: .integer(1)),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "groups", view: .recordsView, edit: .recordsEdit))

    /// The `group_members` table: who is in which group, with what role (`chair`, `secretary`, `member`…).
    public static let membershipEntity = Entity(table: "group_members", auditName: "group_member", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("group_id", .integer, references: "groups"),
        .init("member_id", .integer, references: "members", onDelete: .cascade),
        .init("role", .text, defaultValue: .text("member"), normalize: { try Validate.text($0, field: "role", maximum: 40) }),
        .init("joined_on", .text, normalize: { try Validate.date($0, field: "joined_on") }, makeDefault: { .text(try $0.today().description) }),
        .init("created_at", .text, generated: .createdAt),
    ], transfer: .init(name: "group-members", view: .recordsView, edit: .recordsEdit))

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        name = try record.text("name")
        kind = try record.text("kind")
        description = try record.text("description")
        isPublic = try record.bool("public")
    }

    public var fields: [(String, DatabaseValue)] {
        [("slug", .text(slug)), ("name", .text(name)), ("kind", .text(kind)), ("public", .integer(isPublic ? 1 : 0))]
    }
}

/// Groups: adding them, and members joining and leaving with a role.
public enum GroupRecords {
    public static func list(in store: Store) throws -> [Group] {
        try store.database.rows("SELECT * FROM groups ORDER BY name, slug").map { try Group(record: Group.entity.decode($0)) }
    }

    public static func find(slug: String, in store: Store) throws -> Group {
        guard let record = try Group.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "group", key: slug) }
        return try Group(record: record)
    }

    @discardableResult
    public static func add(slug: String, name: String, kind: String, description: String = "", isPublic: Bool = true, in context: WriteContext) throws -> Group {
        let slug = try Validate.slug(slug, field: "--slug")
        if try Group.entity.find("slug", equals: .text(slug), in: context.store) != nil { throw ModelError.conflict("a group with slug '\(slug)' already exists") }
        let values: [String: DatabaseValue] = ["slug": .text(slug), "name": .text(try Validate.text(name, field: "--name", maximum: 120)),
                                               "kind": .text(try Validate.choice(kind, field: "--kind", allowed: Group.kinds)),
                                               "description": .text(description), "public": .integer(isPublic ? 1 : 0)]
        return try Group(record: context.insert(Group.entity, Group.entity.completedForInsert(values, in: context.store)))
    }

    /// Adds a member to a group with a role, or changes their role when they are already in it.
    public static func join(group slug: String, member key: String, role: String, in context: WriteContext) throws {
        let group = try find(slug: slug, in: context.store)
        let member = try MemberRecords.find(key, in: context.store)
        let role = try Validate.text(role, field: "--role", maximum: 40)
        if let existing = try context.database.row("SELECT * FROM group_members WHERE group_id = ? AND member_id = ?", [.integer(group.id), member.values["id"]!]) {
            try context.update(Group.membershipEntity.decode(existing), set: ["role": .text(role)])
            return
        }
        try context.insert(Group.membershipEntity, Group.membershipEntity.completedForInsert(
            ["group_id": .integer(group.id), "member_id": member.values["id"]!, "role": .text(role)], in: context.store))
    }

    public static func leave(group slug: String, member key: String, in context: WriteContext) throws {
        let group = try find(slug: slug, in: context.store)
        let member = try MemberRecords.find(key, in: context.store)
        guard let row = try context.database.row("SELECT * FROM group_members WHERE group_id = ? AND member_id = ?", [.integer(group.id), member.values["id"]!]) else {
            throw ModelError.notFound(entity: "group member", key: "\(key) in \(slug)")
        }
        try context.delete(Group.membershipEntity.decode(row))
    }

    /// A group's members with their roles: (member number, name, role), chairs and other roles before plain members.
    public static func roster(group slug: String, in store: Store) throws -> [(number: String, name: String, role: String)] {
        let group = try find(slug: slug, in: store)
        return try store.database.rows("""
            SELECT m.member_number, m.name, g.role FROM group_members g JOIN members m ON m.id = g.member_id
            WHERE g.group_id = ? ORDER BY g.role = 'member', g.role, m.name
            """, [group.id]).map { (try $0.text("member_number"), try $0.text("name"), try $0.text("role")) }
    }
}
