/// Something a command needs permission to do. Every admin command names exactly one. A capability says which roles
/// hold it besides `ROLE_CLIENT_ADMIN` (who holds every one); the built-in ones are below, and a feature declares
/// its own in its `Feature` value, so the permission docs and `roles` list it without another edit.
public struct Capability: Hashable, Sendable, CustomStringConvertible {
    /// The name staff and the docs use (`records.view`).
    public let rawValue: String
    /// What holding the capability lets staff do.
    public let summary: String
    /// The roles that hold it besides `ROLE_CLIENT_ADMIN`.
    public let alsoHeldBy: Set<Role>

    public init(_ rawValue: String, _ summary: String, alsoHeldBy: Set<Role> = []) {
        self.rawValue = rawValue
        self.summary = summary
        self.alsoHeldBy = alsoHeldBy
    }

    public var description: String { rawValue }

    // Equal by name: two declarations of one name are one capability.
    public static func == (lhs: Capability, rhs: Capability) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension Capability {
    private static let everyone: Set<Role> = [.clientUser, .platformAdmin]

    public static let recordsView = Capability("records.view", "view members, events, jobs and other records", alsoHeldBy: everyone)
    public static let recordsEdit = Capability("records.edit", "create and edit records", alsoHeldBy: [.clientUser])
    public static let recordsDelete = Capability("records.delete", "delete records")
    public static let attendanceCheckIn = Capability("attendance.checkin", "check people in at events", alsoHeldBy: [.clientUser])
    public static let cpdLog = Capability("cpd.log", "log CPD activity", alsoHeldBy: [.clientUser])
    public static let supportView = Capability("support.view", "view support tickets", alsoHeldBy: everyone)
    public static let supportWork = Capability("support.work", "open, answer, assign and resolve support tickets", alsoHeldBy: everyone)
    public static let pricesManage = Capability("prices.manage", "set plan and ticket prices")
    public static let invoicesManage = Capability("invoices.manage", "issue, void and credit invoices")
    public static let paymentsRefund = Capability("payments.refund", "refund payments")
    public static let integrationsManage = Capability("integrations.manage", "configure integrations")
    public static let secretsView = Capability("secrets.view", "see integration secrets")
    public static let staffView = Capability("staff.view", "list staff and roles", alsoHeldBy: everyone)
    public static let staffManage = Capability("staff.manage", "add, change and deactivate staff")
    public static let settingsManage = Capability("settings.manage", "change the organization's settings (name, contact, time zone)")
    public static let exportsPersonalData = Capability("exports.personal-data", "bulk-export personal data")
    public static let bulkOperations = Capability("bulk.operations", "run bulk updates and imports")
    public static let auditView = Capability("audit.view", "read and verify the audit trail", alsoHeldBy: [.platformAdmin])
    public static let auditRevert = Capability("audit.revert", "undo an audited change (audit revert)")
    public static let reportsView = Capability("reports.view", "run operational reports", alsoHeldBy: everyone)
    public static let reportsFinancial = Capability("reports.financial", "run revenue and other financial reports", alsoHeldBy: [.platformAdmin])
    public static let siteBuild = Capability("site.build", "build the public site", alsoHeldBy: everyone)
    public static let checksRun = Capability("checks.run", "run site and data checks", alsoHeldBy: everyone)
}
