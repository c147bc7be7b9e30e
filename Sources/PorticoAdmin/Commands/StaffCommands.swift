import PorticoCommandLine
import PorticoArguments
import PorticoModel

/// `portico-admin staff add|list|update|deactivate`.
enum StaffCommands {
    static let group = CommandGroup(noun: "staff", abstract: "Staff members and their roles.", commands: [add, list, update, deactivate])

    static let add = AdminCommand(["staff", "add"], capability: .staffManage, writes: true, spec: CommandSpec(
        "add", abstract: "Add a staff member who can use portico-admin.",
        options: [
            .value("email", "EMAIL", "Their email address (their login name for --as).", required: true),
            .value("name", "NAME", "Their full name.", required: true),
            .value("role", "ROLE", "ROLE_CLIENT_ADMIN, ROLE_CLIENT_USER or ROLE_PLATFORM_ADMIN (default ROLE_CLIENT_USER)."),
        ],
        examples: ["portico-admin staff add --email sam@example.org --name 'Sam Lee' --role ROLE_CLIENT_USER"]
    )) { context in
        let role = try Role.named(context.arguments.value("role") ?? Role.clientUser.rawValue)
        let member = try context.write { try StaffRecords.add(email: context.value("email"), name: context.value("name"), role: role, in: $0) }
        context.say("Added \(member.email) as \(member.role.rawValue).")
        if context.wantsJSON { context.print(OutputTable(records: [member.fields])) }
    }

    static let list = AdminCommand(["staff", "list"], capability: .staffView, writes: false, spec: CommandSpec(
        "list", abstract: "List staff members with their roles.",
        options: [.flag("active", "Only active staff.")],
        examples: ["portico-admin staff list --json"]
    )) { context in
        let staff = try StaffRecords.list(in: context.store(), includeInactive: !context.arguments.flag("active"))
        context.print(OutputTable(records: staff.map(\.fields), emptyColumns: ["id", "email", "name", "role", "active"]))
    }

    static let update = AdminCommand(["staff", "update"], capability: .staffManage, writes: true, spec: CommandSpec(
        "update", abstract: "Change a staff member's name or role, or reactivate them.",
        options: [
            .value("name", "NAME", "A new name."),
            .value("role", "ROLE", "A new role."),
            .flag("activate", "Reactivate a deactivated staff member."),
        ],
        positionals: [PositionalSpec("email", "The staff member's email.")],
        examples: ["portico-admin staff update ops@demo.portico.example --role ROLE_CLIENT_ADMIN"]
    )) { context in
        let role = try context.arguments.value("role").map(Role.named)
        let active: Bool? = context.arguments.flag("activate") ? true : nil
        if role == nil && active == nil && context.arguments.value("name") == nil {
            throw ModelError.invalid(field: "options", value: "", reason: "say what to change: --name, --role or --activate")
        }
        let member = try context.write {
            try StaffRecords.update(email: context.arguments.positionals[0], name: context.arguments.value("name"), role: role, active: active, in: $0)
        }
        context.say("Updated \(member.email): \(member.role.rawValue), \(member.active ? "active" : "inactive").")
        if context.wantsJSON { context.print(OutputTable(records: [member.fields])) }
    }

    static let deactivate = AdminCommand(["staff", "deactivate"], capability: .staffManage, writes: true, spec: CommandSpec(
        "deactivate", abstract: "Deactivate a staff member: they can no longer act. Their audit history stays.",
        positionals: [PositionalSpec("email", "The staff member's email.")],
        examples: ["portico-admin staff deactivate events@demo.portico.example"]
    )) { context in
        let member = try context.write { try StaffRecords.update(email: context.arguments.positionals[0], active: false, in: $0) }
        context.say("Deactivated \(member.email).")
    }
}
