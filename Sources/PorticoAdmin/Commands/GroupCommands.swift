import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// `portico-admin groups add|list|show|join|leave`.
enum GroupCommands {
    static let group = CommandGroup(noun: "groups", abstract: "Chapters, committees and special-interest groups.", commands: [add, list, show, join, leave])

    static let add = AdminCommand(["groups", "add"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "add", abstract: "Add a chapter, committee or special-interest group.",
        options: [
            .value("slug", "SLUG", "Its identifier in URLs.", required: true), .value("name", "NAME", "Its name.", required: true),
            .value("kind", "KIND", "chapter, committee or interest.", required: true), .value("description", "TEXT", "One paragraph about it."),
            .flag("private", "No public page (staff-only group)."),
        ],
        examples: ["portico-admin groups add --slug southern-chapter --name 'Southern Chapter' --kind chapter"]
    )) { context in
        let group = try context.write {
            try GroupRecords.add(slug: context.value("slug"), name: context.value("name"), kind: context.value("kind"),
                                 description: context.arguments.value("description") ?? "", isPublic: !context.arguments.flag("private"), in: $0)
        }
        context.say("Added group \(group.slug) (\(group.kind)).")
    }

    static let list = AdminCommand(["groups", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List groups.", examples: ["portico-admin groups list"]
    )) { context in
        context.print(OutputTable(records: try GroupRecords.list(in: context.store()).map(\.fields), emptyColumns: ["slug", "name", "kind", "public"]))
    }

    static let show = AdminCommand(["groups", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "A group's members and their roles.",
        positionals: [PositionalSpec("group", "The group's slug.")],
        examples: ["portico-admin groups show northern-chapter"]
    )) { context in
        let roster = try GroupRecords.roster(group: context.arguments.positionals[0], in: context.store())
        context.print(OutputTable(records: roster.map { [("member_number", .text($0.number)), ("name", .text($0.name)), ("role", .text($0.role))] },
                                  emptyColumns: ["member_number", "name", "role"]))
    }

    static let join = AdminCommand(["groups", "join"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "join", abstract: "Add a member to a group with a role (or change their role).",
        options: [.value("role", "ROLE", "chair, secretary, member… (default member).")],
        positionals: [PositionalSpec("group", "The group's slug."), PositionalSpec("member", "Email address or member number.")],
        examples: ["portico-admin groups join northern-chapter M000004 --role secretary"]
    )) { context in
        let (group, member) = (context.arguments.positionals[0], context.arguments.positionals[1])
        try context.write { try GroupRecords.join(group: group, member: member, role: context.arguments.value("role") ?? "member", in: $0) }
        context.say("\(member) is in \(group).")
    }

    static let leave = AdminCommand(["groups", "leave"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "leave", abstract: "Remove a member from a group.",
        positionals: [PositionalSpec("group", "The group's slug."), PositionalSpec("member", "Email address or member number.")],
        examples: ["portico-admin groups leave northern-chapter M000001"]
    )) { context in
        let (group, member) = (context.arguments.positionals[0], context.arguments.positionals[1])
        try context.write { try GroupRecords.leave(group: group, member: member, in: $0) }
        context.say("\(member) left \(group).")
    }
}
