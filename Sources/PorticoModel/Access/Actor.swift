import PorticoSQLite

/// The staff member a command runs as (from `--as EMAIL` or `PORTICO_ACTOR`).
public struct Actor: Sendable, Equatable {
    public let email: String
    public let name: String
    public let role: Role

    public init(email: String, name: String, role: Role) {
        self.email = email
        self.name = name
        self.role = role
    }

    /// Throws unless this actor's role holds `capability`.
    public func require(_ capability: Capability) throws {
        guard PermissionMatrix.allows(role, capability) else {
            throw AccessError.denied(actor: email, role: role, capability: capability)
        }
    }

    /// Looks up an active staff member by email.
    public static func resolve(email: String?, in store: Store) throws -> Actor {
        guard let email, !email.isEmpty else { throw AccessError.noActor }
        guard let row = try store.database.row("SELECT * FROM staff WHERE email = ?", [email]) else {
            throw AccessError.unknownActor(email)
        }
        let staff = try StaffMember(row: row)
        guard staff.active else { throw AccessError.inactiveActor(email) }
        return Actor(email: staff.email, name: staff.name, role: staff.role)
    }
}

/// A refusal: who asked, and what they lack.
public enum AccessError: Error, Equatable, CustomStringConvertible {
    /// No `--as` and no `PORTICO_ACTOR`.
    case noActor
    /// No staff member has this email.
    case unknownActor(String)
    /// The staff member was deactivated.
    case inactiveActor(String)
    /// The actor's role lacks the capability.
    case denied(actor: String, role: Role, capability: Capability)
    /// The actor's staff record differs from its last audited state: it was changed outside portico-admin.
    case unauditedActor(String)

    public var description: String {
        switch self {
        case .noActor: return "no actor: say who you are with --as EMAIL or PORTICO_ACTOR"
        case .unknownActor(let email): return "unknown actor '\(email)': no staff member has this email"
        case .inactiveActor(let email): return "actor '\(email)' is deactivated"
        case .unauditedActor(let email):
            return "actor '\(email)' cannot act: their staff record differs from its last audited state (changed outside portico-admin); run 'portico-admin audit verify' as another admin"
        case .denied(let actor, let role, let capability):
            return "permission denied: \(actor) has role \(role.rawValue), which lacks capability '\(capability.rawValue)' (\(capability.summary))"
        }
    }
}
