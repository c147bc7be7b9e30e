import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// `portico-admin groups add|list|show|join|leave` and `companies add|list|link`.
enum GroupCommands {
    static let all: [AdminCommand] = [add, list, show, join, leave]

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

/// `portico-admin companies add|list|link`.
enum CompanyCommands {
    static let all: [AdminCommand] = [add, list, link]

    static let add = AdminCommand(["companies", "add"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "add", abstract: "Add a company that can hold a membership for its people; its primary contact receives reminders and invoices.",
        options: [
            .value("slug", "SLUG", "Its identifier in URLs.", required: true), .value("name", "NAME", "Its name.", required: true),
            .value("website", "URL", "Its website."), .value("contact", "MEMBER", "Primary contact (member email or number); linked to the company."),
        ],
        examples: ["portico-admin companies add --slug tidal-works --name 'Tidal Works Ltd' --contact M000004"]
    )) { context in
        let company = try context.write {
            try CompanyRecords.add(slug: context.value("slug"), name: context.value("name"), website: context.arguments.value("website"),
                                   contact: context.arguments.value("contact"), in: $0)
        }
        context.say("Added company \(company.slug).")
    }

    static let list = AdminCommand(["companies", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List companies.", examples: ["portico-admin companies list"]
    )) { context in
        context.print(OutputTable(records: try CompanyRecords.list(in: context.store()).map(\.fields), emptyColumns: ["slug", "name", "website"]))
    }

    static let link = AdminCommand(["companies", "link"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "link", abstract: "Link a member to a company (they count as a member under its membership); --none unlinks.",
        options: [.flag("none", "Unlink the member from any company.")],
        positionals: [PositionalSpec("member", "Email address or member number."), PositionalSpec("company", "The company's slug.", required: false)],
        examples: ["portico-admin companies link M000004 harbour-design"]
    )) { context in
        let member = context.arguments.positionals[0]
        let company = context.arguments.flag("none") ? nil : context.arguments.positionals.dropFirst().first
        if company == nil && !context.arguments.flag("none") { throw ModelError.invalid(field: "company", value: "", reason: "name a company, or give --none") }
        try context.write { try CompanyRecords.link(member: member, to: company, in: $0) }
        context.say(company.map { "\(member) is linked to \($0)." } ?? "\(member) is linked to no company.")
    }
}

/// `portico-admin cpd log|summary`.
enum CPDCommands {
    static let all: [AdminCommand] = [log, summary]

    static let log = AdminCommand(["cpd", "log"], capability: .cpdLog, writes: true, spec: CommandSpec(
        "log", abstract: "Log a CPD activity for a member.",
        options: [
            .value("activity", "TEXT", "What they did.", required: true), .value("category", "TEXT", "Its category (e.g. Learning, Teaching).", required: true),
            .value("points", "N", "Points earned (whole).", required: true), .value("date", "DATE", "When (default today)."),
            .value("evidence", "URL", "Link to a certificate or notes."), .value("source", "SOURCE", "manual (default), event or course."),
        ],
        positionals: [PositionalSpec("member", "Email address or member number.")],
        examples: ["portico-admin cpd log M000001 --activity 'Breakwater design course' --category Learning --points 6"]
    )) { context in
        let member = context.arguments.positionals[0]
        let record = try context.write {
            try CPDRecords.log(member: member, activity: context.value("activity"), category: context.value("category"),
                               points: context.integer("points") ?? 0, completedOn: MembershipCommands.date(context, "date"),
                               evidenceURL: context.arguments.value("evidence"), source: context.arguments.value("source") ?? "manual", in: $0)
        }
        context.say("Logged \(try record.integer("points")) CPD points for \(member).")
    }

    static let summary = AdminCommand(["cpd", "summary"], capability: .recordsView, writes: false, spec: CommandSpec(
        "summary", abstract: "A member's CPD points in the current cycle against their plan's requirement.",
        options: [.value("member", "MEMBER", "Email address or member number.", required: true)],
        examples: ["portico-admin cpd summary --member M000001"]
    )) { context in
        let summary = try CPDRecords.summary(member: context.value("member"), in: context.store())
        context.print(OutputTable(records: [CPDCommands.fields(summary)]))
    }

    static func fields(_ summary: CPDSummary) -> [(String, DatabaseValue)] {
        [("member_number", .text(summary.memberNumber)), ("name", .text(summary.name)), ("plan", summary.planName.map { .text($0) } ?? .null),
         ("cycle_start", .text(summary.cycleStart.description)), ("cycle_end", .text(summary.cycleEnd.description)),
         ("required", .integer(summary.required)), ("earned", .integer(summary.earned)), ("shortfall", .integer(summary.shortfall))]
    }
}
