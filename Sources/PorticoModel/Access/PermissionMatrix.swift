/// Which role holds which capability: `ROLE_CLIENT_ADMIN` holds every one; the others hold what each capability's
/// declaration grants them (`Capability.alsoHeldBy`).
public enum PermissionMatrix {
    /// Whether `role` holds `capability`.
    public static func allows(_ role: Role, _ capability: Capability) -> Bool {
        role == .clientAdmin || capability.alsoHeldBy.contains(role)
    }

    /// The matrix of `capabilities` as a Markdown table (the body of docs/permissions.md).
    public static func markdownTable(_ capabilities: [Capability]) -> String {
        var lines = ["| capability | what it allows | " + Role.allCases.map(\.rawValue).joined(separator: " | ") + " |"]
        lines.append("|---|---|" + Role.allCases.map { _ in "---|" }.joined())
        for capability in capabilities {
            let marks = Role.allCases.map { allows($0, capability) ? "yes" : "no" }
            lines.append("| `\(capability.rawValue)` | \(capability.summary) | " + marks.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
