import PorticoCommandLine
import PorticoArguments
import PorticoModel

/// `portico-admin migrate`: brings a database written by an older Portico up to date. `portico build` never
/// migrates (it only reads), so after an upgrade this runs once before the next build.
enum MigrateCommand {
    static let command = AdminCommand(["migrate"], capability: nil, writes: true, spec: CommandSpec(
        "migrate", abstract: "Bring a database written by an older Portico up to this version's schema.",
        discussion: "Each migration runs in its own transaction; running it again when the database is current changes nothing.",
        examples: ["portico-admin migrate --db portico.db"]
    )) { context in
        let applied = try Store.migrate(path: context.databasePath)
        context.say(applied.isEmpty ? "\(context.databasePath) is up to date." : "Applied \(applied.count) migration\(applied.count == 1 ? "" : "s"): \(applied.joined(separator: ", ")).")
    }
}
