import PorticoArguments
import PorticoCommandLine
import PorticoModel

/// `portico-admin members add|list|show|update|remove`.
enum MemberCommands {
    static let group = CommandGroup(noun: "members", abstract: "Members: add, find, change and remove; what each agreed to publish.", commands: [add, list, show, update, remove, BulkCommands.membersUpdate])

    /// Options naming member fields, and the field each sets.
    static let fieldOptions: [(option: String, field: String, help: String)] = [
        ("name", "name", "Full name."), ("email", "email", "Email address (unique)."), ("phone", "phone", "Phone number."),
        ("job-title", "job_title", "Job title."), ("company", "company", "Employer or company."), ("city", "city", "City."),
        ("region", "region", "Region or state."), ("country", "country", "ISO 3166 country code, e.g. GB."),
        ("website", "website", "Website (http or https)."), ("joined", "joined_on", "Date joined, YYYY-MM-DD (default: today)."),
        ("visibility", "visibility", "public, unlisted, members or hidden (default members: not published)."),
        ("bio", "bio", "A short biography (Markdown; shown on a published profile)."),
        ("photo", "photo_url", "Photo URL (http or https)."),
        ("show-email", "show_email", "Publish the email on their profile: yes or no (default: the site's default)."),
        ("show-phone", "show_phone", "Publish the phone number: yes or no (default: the site's default)."),
        ("show-website", "show_website", "Publish the website: yes or no (default: the site's default)."),
        ("number", "member_number", "Member number (default: the next M number)."),
        ("slug", "slug", "Profile address under /directory/members/ (default: from the name; a changed one redirects from the old)."),
    ]

    static func values(_ context: CommandContext, excluding: Set<String> = []) -> [String: String] {
        var values: [String: String] = [:]
        for entry in fieldOptions where !excluding.contains(entry.option) {
            if let value = context.arguments.value(entry.option) { values[entry.field] = value }
        }
        return values
    }

    static let add = AdminCommand(["members", "add"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "add", abstract: "Add a member. Nothing about them is published unless --visibility says so.",
        options: fieldOptions.map { .value($0.option, $0.option.uppercased(), $0.help, required: $0.option == "name" || $0.option == "email") },
        examples: ["portico-admin members add --name 'Sam Lee' --email sam.lee@example.org --country GB --visibility public"]
    )) { context in
        let member = try context.write { try MemberRecords.add(values(context), in: $0) }
        context.say("Added \(member.name) as member \(member.memberNumber) (\(member.visibility)).")
        if context.wantsJSON { context.print(OutputTable(records: [member.fields])) }
    }

    static let list = AdminCommand(["members", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List members by name, filtered by plan, status, group, country, visibility or a search.",
        options: [
            .value("plan", "SLUG", "Only members whose current standing is on this plan."),
            .value("status", "STATUS", "Only active, grace, upcoming, pending, lapsed, cancelled, or none (no membership)."),
            .value("group", "SLUG", "Only members of this group."),
            .value("country", "CODE", "Only members in this country (ISO 3166, e.g. GB)."),
            .value("visibility", "VISIBILITY", "Only public, unlisted, members or hidden."),
            .value("query", "TEXT", "Name, email, company or member number containing TEXT."),
            .value("limit", "N", "At most N members."),
        ] + MembershipCommands.termOptions,
        examples: ["portico-admin members list --status active --plan full --json", "portico-admin members list --ending-within 30"]
    )) { context in
        let value = context.arguments.value
        var filter = try MemberRecords.Filter(country: value("country"), visibility: value("visibility"), query: value("query"),
                                          plan: value("plan"), status: value("status"), group: value("group"), limit: context.integer("limit"))
        filter.terms = try MembershipCommands.termFilter(context)
        let members = try MemberRecords.list(filter, in: context.store())
        context.print(OutputTable(records: members.map(\.fields), emptyColumns: ["member_number", "name", "email", "country", "visibility"]))
    }

    static let show = AdminCommand(["members", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "Show one member's record, every field.",
        positionals: [PositionalSpec("member", "Email address or member number.")],
        examples: ["portico-admin members show M000001"]
    )) { context in
        let record = try MemberRecords.find(context.arguments.positionals[0], in: context.store())
        context.print(OutputTable(records: [Member.entity.columns.map { ($0.name, record.values[$0.name] ?? .null) }]))
    }

    static let update = AdminCommand(["members", "update"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "update", abstract: "Change a member's fields; an empty value clears an optional one.",
        options: fieldOptions.filter { $0.option != "number" }.map { .value($0.option, $0.option.uppercased(), $0.help) },
        positionals: [PositionalSpec("member", "Email address or member number.")],
        examples: ["portico-admin members update M000002 --city 'Kuala Lumpur' --country MY"]
    )) { context in
        let values = values(context, excluding: ["number"])
        if values.isEmpty { throw ModelError.invalid(field: "options", value: "", reason: "say what to change, e.g. --city or --visibility") }
        let member = try context.write { try MemberRecords.update(context.arguments.positionals[0], values, in: $0) }
        context.say("Updated \(member.name) (\(member.memberNumber)).")
        if context.wantsJSON { context.print(OutputTable(records: [member.fields])) }
    }

    static let remove = AdminCommand(["members", "remove"], capability: .recordsDelete, writes: true, spec: CommandSpec(
        "remove", abstract: "Remove a member with their memberships, groups and CPD records (not one who was invoiced: hide them instead). The audit trail keeps what they were.",
        positionals: [PositionalSpec("member", "Email address or member number.")],
        examples: ["portico-admin members remove M000004"]
    )) { context in
        let key = context.arguments.positionals[0]
        try context.write { try MemberRecords.remove(key, in: $0) }
        context.say("Removed member \(key).")
    }
}
