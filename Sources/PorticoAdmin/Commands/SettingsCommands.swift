import PorticoCommandLine
import PorticoArguments
import PorticoModel
import PorticoSQLite

/// `portico-admin settings list|set`: the organization's name, tagline, contact and time zone.
enum SettingsCommands {
    static let group = CommandGroup(noun: "settings", abstract: "The organization's name, contact and time zone.", commands: [list, set])

    static let list = AdminCommand(["settings", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "Show the organization's settings and what each does.",
        examples: ["portico-admin settings list --json"]
    )) { context in
        let rows = try SiteSettings.list(in: context.store()).map { key, value -> [DatabaseValue] in
            [.text(key.name), value.map { .text($0) } ?? .null, .text(key.summary)]
        }
        context.print(OutputTable(columns: ["setting", "value", "meaning"], rows: rows))
    }

    static let set = AdminCommand(["settings", "set"], capability: .settingsManage, writes: true, spec: CommandSpec(
        "set", abstract: "Change one setting; the next build shows it.",
        positionals: [PositionalSpec("setting", "organization.name, organization.tagline, organization.email or site.timezone."),
                      PositionalSpec("value", "The new value.")],
        examples: ["portico-admin settings set organization.email hello@example.org"]
    )) { context in
        let name = context.arguments.positionals[0]
        let value = try context.write { try SiteSettings.set(name, to: context.arguments.positionals[1], in: $0) }
        context.say("\(name) is now '\(value)'.")
    }
}
