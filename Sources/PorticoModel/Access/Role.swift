/// A staff role. The names are the contract the association's staff know them by.
public enum Role: String, CaseIterable, Sendable, Codable {
    /// Full access, including prices, invoices, refunds, integrations, staff and deletes.
    case clientAdmin = "ROLE_CLIENT_ADMIN"
    /// Day-to-day work: view, create and edit records, check people in, log CPD, answer tickets.
    case clientUser = "ROLE_CLIENT_USER"
    /// The platform's support staff: read everything but secrets, work tickets, run checks and builds.
    case platformAdmin = "ROLE_PLATFORM_ADMIN"

    /// A one-line summary for `roles` and the docs.
    public var summary: String {
        switch self {
        case .clientAdmin: return "full access"
        case .clientUser: return "view and basic operations: create and edit records, check in, log CPD, answer tickets"
        case .platformAdmin: return "support access: read everything except secrets, work tickets, run checks and builds"
        }
    }

    /// Parses a role name, accepting the documented spelling only.
    public static func named(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text) else {
            throw ModelError.invalid(field: "role", value: text, reason: "must be one of \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return role
    }
}
