import PorticoArguments
import PorticoModel

/// Every `portico-admin` command, and the command tree built from them: the top-level commands, then each feature's
/// `CommandGroup` in order, then `report` gathering every group's reports.
public struct AdminCatalog: Sendable {
    /// The global options, accepted anywhere on the line.
    public static let globalOptions: [OptionSpec] = [
        .value("db", "PATH", "The database file (default: $PORTICO_DB, else portico.db here).", global: true),
        .value("as", "EMAIL", "The staff member acting (default: $PORTICO_ACTOR).", global: true),
        .value("audit-key", "PATH", "The key that signs the audit trail (default: $PORTICO_AUDIT_KEY, else the database path + .audit-key).", global: true),
        .flag("json", "Machine-readable JSON output.", global: true),
    ]

    /// Portico's command groups, one registration line each.
    public static let builtIn = AdminCatalog(features: .builtIn, groups: [
        StaffCommands.group,
        MemberCommands.group,
        MembershipCommands.group,
        CompanyCommands.group,
        GroupCommands.group,
        CPDCommands.group,
        InvoiceCommands.group,
        PaymentCommands.group,
        NotificationCommands.group,
        PlanCommands.group,
        SettingsCommands.group,
        AuditCommands.group,
        SupportCommands.group,
        EventCommands.group,
        RegistrationCommands.group,
        JobCommands.group,
        LeadCommands.group,
        ResourceCommands.group,
        AnalyticsCommands.group,
        SponsorCommands.group,
        IntegrationCommands.group,
        CourseCommands.group,
        CertificationCommands.group,
        AssistCommands.group,
    ])

    /// The features the commands' store is opened with (their entities are what `import`/`export` take).
    public let features: FeatureSet
    /// The feature groups, in help order.
    public let groups: [CommandGroup]
    /// Every runnable command.
    public let commands: [AdminCommand]
    /// The command tree for the parser and the help.
    public let root: CommandSpec

    public init(features: FeatureSet, groups: [CommandGroup]) {
        self.features = features
        self.groups = groups
        let topLevel = [InitCommand.command, MigrateCommand.command, RolesCommand.roles, CompletionsCommand.command] + TransferCommands.commands(for: features)
        let reports = groups.flatMap(\.reports)
        let reportGroup = CommandGroup(noun: "report", abstract: "Reports as tables, JSON or CSV.",
                                       commands: [ReportCommands.list(reports)] + reports.map(\.command))
        let nounGroups = groups + [reportGroup]
        commands = topLevel + nounGroups.flatMap(\.commands)
        var children = topLevel.map(\.spec)
        for group in nounGroups {
            guard let noun = group.noun else { continue }
            var verbs = group.commands.filter { $0.path.count == 2 && $0.path[0] == noun }.map(\.spec)
            // Three-word commands (`payments import stripe`) sit under a verb of their own.
            let nested = group.commands.filter { $0.path.count == 3 && $0.path[0] == noun }
            for verb in Set(nested.map { $0.path[1] }).sorted() {
                let specs = nested.filter { $0.path[1] == verb }.map(\.spec)
                verbs.append(CommandSpec(verb, abstract: "\(verb.prefix(1).uppercased() + verb.dropFirst()) from: " + specs.map(\.name).joined(separator: ", ") + ".",
                                         subcommands: specs, examples: specs.compactMap(\.examples.first)))
            }
            children.append(CommandSpec(noun, abstract: group.abstract, subcommands: verbs, examples: verbs.compactMap(\.examples.first)))
        }
        root = CommandSpec("portico-admin", abstract: "The Portico staff console: members, events, staff, support, reports and the audit trail.",
                           options: Self.globalOptions, subcommands: children,
                           examples: ["portico-admin init --admin-email admin@example.org --demo", "portico-admin staff list --as admin@example.org"])
    }

    /// This catalog with a feature's model and its command group added (what a test's throwaway feature does).
    public func adding(_ feature: Feature, _ group: CommandGroup) -> AdminCatalog {
        AdminCatalog(features: features.adding(feature), groups: groups + [group])
    }

    /// The command at a path of words.
    public func command(at path: [String]) -> AdminCommand? { commands.first { $0.path == path } }
}
