import PorticoArguments
import PorticoModel

/// Every `portico-admin` command, and the command tree built from them.
public enum AdminCatalog {
    /// The global options, accepted anywhere on the line.
    public static let globalOptions: [OptionSpec] = [
        .value("db", "PATH", "The database file (default: $PORTICO_DB, else portico.db here).", global: true),
        .value("as", "EMAIL", "The staff member acting (default: $PORTICO_ACTOR).", global: true),
        .value("audit-key", "PATH", "The key that signs the audit trail (default: $PORTICO_AUDIT_KEY, else the database path + .audit-key).", global: true),
        .flag("json", "Machine-readable JSON output.", global: true),
    ]

    /// Every runnable command.
    public static let commands: [AdminCommand] =
        [InitCommand.command, MigrateCommand.command, RolesCommand.roles, CompletionsCommand.command] + TransferCommands.all + StaffCommands.all + MemberCommands.all + MembershipCommands.all + CompanyCommands.all + GroupCommands.all + CPDCommands.all + InvoiceCommands.all + NotificationCommands.all + PlanCommands.all + SettingsCommands.all + AuditCommands.all + SupportCommands.all + ReportCommands.all

    /// Nouns and their one-line descriptions, in help order.
    static let nouns: [(String, String)] = [
        ("staff", "Staff members and their roles."),
        ("members", "Members: add, find, change and remove; what each agreed to publish."),
        ("memberships", "Memberships: join, renew, cancel and change plan; status from dates and payments."),
        ("companies", "Companies holding memberships for their people."),
        ("groups", "Chapters, committees and special-interest groups."),
        ("cpd", "Continuing professional development: log activities, see progress."),
        ("invoices", "Invoices, credit notes and payments."),
        ("notifications", "Welcome, renewal, lapse, invoice and receipt messages: queue what is due, export as .eml."),
        ("plans", "Membership plans and their prices."),
        ("settings", "The organization's name, contact and time zone."),
        ("audit", "The audit trail of every change."),
        ("support", "Support tickets: open, answer, assign and resolve."),
        ("report", "Reports as tables, JSON or CSV."),
    ]

    /// The command tree for the parser and the help.
    public static let root: CommandSpec = {
        var children: [CommandSpec] = []
        for command in commands where command.path.count == 1 { children.append(command.spec) }
        for (noun, abstract) in nouns {
            let verbs = commands.filter { $0.path.count == 2 && $0.path[0] == noun }.map(\.spec)
            children.append(CommandSpec(noun, abstract: abstract, subcommands: verbs, examples: verbs.compactMap(\.examples.first)))
        }
        return CommandSpec("portico-admin", abstract: "The Portico staff console: members, events, staff, support, reports and the audit trail.",
                           options: globalOptions, subcommands: children,
                           examples: ["portico-admin init --admin-email admin@example.org --demo", "portico-admin staff list --as admin@example.org"])
    }()

    /// The command at a path of words.
    public static func command(at path: [String]) -> AdminCommand? { commands.first { $0.path == path } }
}
