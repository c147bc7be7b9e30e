/// The one place that says which role holds which capability.
public enum PermissionMatrix {
    private static let clientUser: Set<Capability> = [
        .recordsView, .recordsEdit, .attendanceCheckIn, .cpdLog, .supportView, .supportWork,
        .staffView, .reportsView, .siteBuild, .checksRun,
    ]
    private static let platformAdmin: Set<Capability> = [
        .recordsView, .supportView, .supportWork, .staffView, .auditView, .reportsView, .reportsFinancial,
        .siteBuild, .checksRun,
    ]

    /// Whether `role` holds `capability`.
    public static func allows(_ role: Role, _ capability: Capability) -> Bool {
        switch role {
        case .clientAdmin: return true
        case .clientUser: return clientUser.contains(capability)
        case .platformAdmin: return platformAdmin.contains(capability)
        }
    }

    /// The matrix as a Markdown table (the body of docs/permissions.md).
    public static func markdownTable() -> String {
        var lines = ["| capability | what it allows | " + Role.allCases.map(\.rawValue).joined(separator: " | ") + " |"]
        lines.append("|---|---|" + Role.allCases.map { _ in "---|" }.joined())
        for capability in Capability.allCases {
            let marks = Role.allCases.map { allows($0, capability) ? "yes" : "no" }
            lines.append("| `\(capability.rawValue)` | \(capability.summary) | " + marks.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
