import PorticoCommandLine
import PorticoArguments
import PorticoModel
import PorticoSQLite

/// `portico-admin roles`: the capability matrix, from the one place in code that defines it.
enum RolesCommand {
    static let roles = AdminCommand(["roles"], capability: .staffView, writes: false, spec: CommandSpec(
        "roles", abstract: "Show which role holds which capability.",
        examples: ["portico-admin roles", "portico-admin roles --json"]
    )) { context in
        _ = try context.actor()
        let rows = context.catalog.features.capabilities.map { capability -> [DatabaseValue] in
            [.text(capability.rawValue)] + Role.allCases.map { .text(PermissionMatrix.allows($0, capability) ? "yes" : "-") } + [.text(capability.summary)]
        }
        context.print(OutputTable(columns: ["capability"] + Role.allCases.map(\.rawValue) + ["allows"], rows: rows))
    }
}
