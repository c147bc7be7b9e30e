import Foundation
import PorticoCommandLine
import PorticoArguments
import PorticoModel

/// `portico-admin init`: creates the database and its first admin (the only command that needs no actor).
enum InitCommand {
    static let command = AdminCommand(["init"], capability: nil, writes: true, spec: CommandSpec(
        "init", abstract: "Create a database with its first admin; --demo also loads the demo association.",
        options: [
            .value("admin-email", "EMAIL", "The first admin's email.", required: true),
            .value("admin-name", "NAME", "The first admin's name (default: the part of the email before @)."),
            .flag("demo", "Also load the demo association used by the repository itself."),
        ],
        examples: ["portico-admin init --admin-email admin@example.org --demo"]
    )) { context in
        let path = context.databasePath
        // An existing file is replaced only when it is empty or a Portico database that never got its first admin
        // (left by an interrupted init of an older version); anything else is refused untouched.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 {
            let existing = try Store(readingOnly: path)
            if try StaffRecords.count(in: existing) > 0 { throw ModelError.conflict("\(path) already has staff; init only creates a new database") }
        }
        let email = try Validate.email(try context.value("admin-email"), field: "--admin-email")
        let name = context.arguments.value("admin-name") ?? String(email.split(separator: "@")[0])
        let keyPath = try DemoData.createDatabase(at: path, auditKeyPath: context.auditKeyPath, adminEmail: email, adminName: name,
                                                  demo: context.arguments.flag("demo"))
        context.say("Created \(path) with admin \(email)" + (context.arguments.flag("demo") ? ", and loaded the demo association." : "."))
        context.say("The audit trail is signed with the key in \(keyPath): back it up apart from the database.")
    }
}
