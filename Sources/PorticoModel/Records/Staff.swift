import PorticoSQLite

/// A member of the association's staff who can use `portico-admin`.
public struct StaffMember: Sendable, Equatable {
    public let id: Int64
    public let email: String
    public let name: String
    public let role: Role
    public let active: Bool
    public let createdAt: String
    public let updatedAt: String

    /// The `staff` table. Roles are the ones `Role` defines, nowhere else.
    public static let entity = Entity(table: "staff", auditName: "staff", auditKey: "email", columns: [
        .init("id", .integer, generated: .rowID),
        .init("email", .text, privacy: .identifying, unique: true, normalize: { try Validate.email($0) }),
        .init("name", .text, privacy: .personal, normalize: { try Validate.text($0, field: "name") }),
        .init("role", .text, allowed: Role.allCases.map(\.rawValue), defaultValue: .text(Role.clientUser.rawValue)),
        .init("active", .boolean, defaultValue: .integer(1)),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "staff", view: .staffView, edit: .staffManage, invariant: StaffRecords.requireActiveAdmin))

    /// Decodes a row; a missing column or a value outside the description throws.
    init(row: Row) throws {
        let record = try Self.entity.decode(row)
        id = try record.integer("id")
        email = try record.text("email")
        name = try record.text("name")
        role = try Role.named(record.text("role"))
        active = try record.bool("active")
        createdAt = try record.text("created_at")
        updatedAt = try record.text("updated_at")
    }

    /// Public fields for tables and `--json`.
    public var fields: [(String, DatabaseValue)] {
        [("id", .integer(id)), ("email", .text(email)), ("name", .text(name)), ("role", .text(role.rawValue)),
         ("active", .integer(active ? 1 : 0)), ("created_at", .text(createdAt)), ("updated_at", .text(updatedAt))]
    }
}

/// Staff records: adding, changing and deactivating, always keeping at least one active admin.
public enum StaffRecords {
    public static func list(in store: Store, includeInactive: Bool = true) throws -> [StaffMember] {
        try store.database.rows("SELECT * FROM staff" + (includeInactive ? "" : " WHERE active = 1") + " ORDER BY email").map { try StaffMember(row: $0) }
    }

    public static func find(email: String, in store: Store) throws -> StaffMember {
        guard let row = try store.database.row("SELECT * FROM staff WHERE email = ?", [email]) else {
            throw ModelError.notFound(entity: "staff member", key: email)
        }
        return try StaffMember(row: row)
    }

    /// Adds a staff member. A duplicate email is a conflict.
    @discardableResult
    public static func add(email: String, name: String, role: Role, in context: WriteContext) throws -> StaffMember {
        let email = try Validate.email(email)
        let name = try Validate.text(name, field: "name")
        if try context.database.row("SELECT id FROM staff WHERE email = ?", [email]) != nil {
            throw ModelError.conflict("a staff member with email '\(email)' already exists")
        }
        try context.insert(StaffMember.entity, ["email": .text(email), "name": .text(name), "role": .text(role.rawValue), "active": .integer(1)])
        return try find(email: email, in: context.store)
    }

    /// Changes a staff member's name, role or active flag.
    @discardableResult
    public static func update(email: String, name: String? = nil, role: Role? = nil, active: Bool? = nil, in context: WriteContext) throws -> StaffMember {
        let current = try find(email: email, in: context.store)
        let newName = try name.map { try Validate.text($0, field: "name") } ?? current.name
        let newRole = role ?? current.role
        let newActive = active ?? current.active
        if current.role == .clientAdmin && current.active && (newRole != .clientAdmin || !newActive) {
            if try activeAdmins(in: context.store) <= 1 { throw ModelError.conflict("'\(current.email)' is the last active ROLE_CLIENT_ADMIN; add another admin first") }
        }
        try context.update(StaffMember.entity, id: current.id, set: [
            "name": .text(newName), "role": .text(newRole.rawValue), "active": .integer(newActive ? 1 : 0)])
        return try find(email: email, in: context.store)
    }

    /// How many staff records there are, active or not. Every complete database has at least its first admin.
    public static func count(in store: Store) throws -> Int64 {
        try store.database.scalar("SELECT COUNT(*) FROM staff").integer ?? 0
    }

    static func activeAdmins(in store: Store) throws -> Int64 {
        try store.database.scalar("SELECT COUNT(*) FROM staff WHERE role = ? AND active = 1", [Role.clientAdmin.rawValue]).integer ?? 0
    }

    /// Someone must be able to administer: an import that leaves no active ROLE_CLIENT_ADMIN is refused.
    @Sendable static func requireActiveAdmin(in store: Store) throws {
        if try activeAdmins(in: store) == 0 { throw ModelError.conflict("no active ROLE_CLIENT_ADMIN would remain; keep at least one") }
    }
}
