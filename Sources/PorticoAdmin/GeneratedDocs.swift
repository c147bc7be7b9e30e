import PorticoArguments
import PorticoModel

/// Documentation generated from the code, so it cannot drift: a test fails when the committed files differ.
public enum GeneratedDocs {
    /// docs/permissions.md: the roles, the capability matrix, and the capability each command needs.
    public static func permissions(_ catalog: AdminCatalog = .builtIn) -> String {
        var out = "# Roles and permissions\n\n"
        out += "<!-- Generated from the features' capabilities and AdminCatalog by `PORTICO_UPDATE_DOCS=1 swift test --filter GeneratedDocsTests`; do not edit by hand. -->\n\n"
        out += "## Roles\n\n"
        for role in Role.allCases { out += "- `\(role.rawValue)`: \(role.summary).\n" }
        out += "\n## Capabilities\n\n" + PermissionMatrix.markdownTable(catalog.features.capabilities)
        out += "\n## Commands\n\n| command | needs | writes |\n|---|---|---|\n"
        for command in catalog.commands {
            out += "| `portico-admin \(command.path.joined(separator: " "))` | \(command.capability.map { "`\($0.rawValue)`" } ?? "none (works on the database file itself)") | \(command.writes ? "yes" : "no") |\n"
        }
        return out
    }

    /// docs/cli.md: every command of both tools with its options and examples, and the exit codes.
    public static func cliReference(porticoRoot: CommandSpec, catalog: AdminCatalog = .builtIn) -> String {
        var out = "# Command-line reference\n\n"
        out += "<!-- Generated from the command definitions by `PORTICO_UPDATE_DOCS=1 swift test --filter GeneratedDocsTests`; do not edit by hand. -->\n\n"
        out += "## Exit codes\n\n| code | meaning |\n|---|---|\n"
        for (code, meaning) in ExitCode.all { out += "| \(code.rawValue) | \(meaning) |\n" }
        out += "\n## Environment\n\n"
        out += "- `PORTICO_DB`: the database file, when `--db` is not given.\n"
        out += "- `PORTICO_ACTOR`: the acting staff member's email, when `--as` is not given.\n"
        out += "- `PORTICO_NOW`: a fixed UTC time (`2026-01-31T09:00:00Z`) used as 'now' for timestamps and reports, for reproducible runs.\n"
        out += "- `PORTICO_FAULT_AFTER_WRITES`: test hook; `portico build` kills itself after this many files, as a crash would.\n"
        out += "\n## Global options of portico-admin\n\n"
        for option in AdminCatalog.globalOptions { out += "- `--\(option.name)" + (option.valueName.map { " \($0)" } ?? "") + "`: \(option.help)\n" }
        for (tool, root) in [("portico", porticoRoot), ("portico-admin", catalog.root)] {
            out += "\n## \(tool)\n"
            for (path, command) in root.leaves() {
                let words = path.dropFirst().joined(separator: " ")
                out += "\n### \(tool) \(words)\n\n\(command.abstract)\n"
                if !command.discussion.isEmpty { out += "\n\(command.discussion)\n" }
                if !command.positionals.isEmpty || !command.options.filter({ !$0.isGlobal }).isEmpty { out += "\n" }
                for positional in command.positionals { out += "- `<\(positional.name)>`: \(positional.help)\n" }
                for option in command.options where !option.isGlobal {
                    out += "- `--\(option.name)" + (option.valueName.map { " \($0)" } ?? "") + "`: \(option.help)" + (option.isRequired ? " (required)" : "") + "\n"
                }
                if !command.examples.isEmpty {
                    out += "\n```sh\n" + command.examples.joined(separator: "\n") + "\n```\n"
                }
            }
        }
        return out
    }
}
