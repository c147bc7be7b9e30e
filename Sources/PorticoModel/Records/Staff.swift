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

    init(row: Row) {
        id = row["id"].integer ?? 0
        email = row.string("email") ?? ""
        name = row.string("name") ?? ""
        role = Role(rawValue: row.string("role") ?? "") ?? .clientUser
        active = row.bool("active")
        createdAt = row.string("created_at") ?? ""
        updatedAt = row.string("updated_at") ?? ""
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
        try store.database.rows("SELECT * FROM staff" + (includeInactive ? "" : " WHERE active = 1") + " ORDER BY email").map(StaffMember.init(row:))
    }

    public static func find(email: String, in store: Store) throws -> StaffMember {
        guard let row = try store.database.row("SELECT * FROM staff WHERE email = ?", [email]) else {
            throw ModelError.notFound(entity: "staff member", key: email)
        }
        return StaffMember(row: row)
    }

    /// Adds a staff member. A duplicate email is a conflict.
    @discardableResult
    public static func add(email: String, name: String, role: Role, in context: WriteContext) throws -> StaffMember {
        let email = try Validate.email(email)
        let name = try Validate.text(name, field: "name")
        if try context.database.row("SELECT id FROM staff WHERE email = ?", [email]) != nil {
            throw ModelError.conflict("a staff member with email '\(email)' already exists")
        }
        let now = context.store.now
        try context.database.execute("INSERT INTO staff (email, name, role, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)",
                                     [email, name, role.rawValue, now, now])
        let id = context.database.lastInsertedRowID
        try context.audit(entity: "staff", id: email, before: nil, after: context.store.snapshot(table: "staff", id: id))
        return try find(email: email, in: context.store)
    }

    /// Changes a staff member's name, role or active flag.
    @discardableResult
    public static func update(email: String, name: String? = nil, role: Role? = nil, active: Bool? = nil, in context: WriteContext) throws -> StaffMember {
        let current = try find(email: email, in: context.store)
        let before = try context.store.snapshot(table: "staff", id: current.id)
        let newName = try name.map { try Validate.text($0, field: "name") } ?? current.name
        let newRole = role ?? current.role
        let newActive = active ?? current.active
        if current.role == .clientAdmin && current.active && (newRole != .clientAdmin || !newActive) {
            let admins = try context.database.scalar("SELECT COUNT(*) FROM staff WHERE role = 'ROLE_CLIENT_ADMIN' AND active = 1").integer ?? 0
            if admins <= 1 { throw ModelError.conflict("'\(current.email)' is the last active ROLE_CLIENT_ADMIN; add another admin first") }
        }
        try context.database.execute("UPDATE staff SET name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?",
                                     [newName, newRole.rawValue, newActive, context.store.now, current.id])
        try context.audit(entity: "staff", id: current.email, before: before, after: context.store.snapshot(table: "staff", id: current.id))
        return try find(email: email, in: context.store)
    }
}
