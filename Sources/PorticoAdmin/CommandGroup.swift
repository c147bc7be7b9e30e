import PorticoArguments
import PorticoModel

/// A feature's commands as the staff console knows them: the noun staff type (`members`), its one-line description,
/// its verbs, and its reports (each a `report NAME` command listed by `report list`). A feature's group is
/// declared beside its commands and registered with one line in `AdminCatalog.builtIn`; `--help`, the completion
/// scripts, the CLI and permission docs, and the command-matrix test all find it there.
public struct CommandGroup: Sendable {
    /// One report: its `report NAME` command and what `report list` says it shows.
    public struct ReportEntry: Sendable {
        public let command: AdminCommand
        public let summary: String
        public init(_ command: AdminCommand, summary: String) {
            self.command = command
            self.summary = summary
        }
    }

    /// The noun (`members`); nil for the top-level commands (`init`, `migrate`…), which have none.
    public let noun: String?
    public let abstract: String
    public let commands: [AdminCommand]
    public let reports: [ReportEntry]

    public init(noun: String?, abstract: String, commands: [AdminCommand], reports: [ReportEntry] = []) {
        self.noun = noun
        self.abstract = abstract
        self.commands = commands
        self.reports = reports
    }
}
