import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin companies create|update|list|show|remove|link`: companies holding memberships for their people,
/// and their business directory profiles.
enum CompanyCommands {
    static let group = CommandGroup(noun: "companies", abstract: "Companies: organizational memberships and business directory profiles.",
                                    commands: [create, update, list, show, remove, link],
                                    reports: [CommandGroup.ReportEntry(report, summary: "Companies in the business directory per tier, industry and country.")])

    /// Options naming profile fields, and the field each sets.
    static let profileOptions: [(option: String, field: String, help: String)] = [
        ("website", "website", "Its website."), ("logo-url", "logo_url", "Its logo (an image URL)."), ("industry", "industry", "Its industry."),
        ("description", "description", "What it does (Markdown; rendered safely)."), ("address", "address", "Street address."), ("city", "city", "City."),
        ("country", "country", "Two-letter country code."), ("email", "email", "Contact email (published only with --show-email yes)."),
        ("phone", "phone", "Contact phone (published only with --show-phone yes)."), ("show-email", "show_email", "yes: publish the email on its profile."),
        ("show-phone", "show_phone", "yes: publish the phone."), ("tier", "tier", "basic or featured (listed first)."),
        ("public", "public", "yes: listed in the public business directory."),
    ]

    static func profile(_ context: CommandContext) -> [String: String] {
        var values: [String: String] = [:]
        for (option, field, _) in profileOptions { if let value = context.arguments.value(option) { values[field] = value } }
        return values
    }

    static let create = AdminCommand(["companies", "create"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "create", abstract: "Add a company: it can hold a membership for its people (its primary contact receives reminders and invoices) and have a directory profile.",
        options: [.value("name", "NAME", "Its name.", required: true), .value("slug", "SLUG", "Its address (default: from the name)."),
                  .value("contact", "MEMBER", "Primary contact (member email or number); linked to the company.")]
            + profileOptions.map { .value($0.option, "VALUE", $0.help) },
        examples: ["portico-admin companies create --name 'Tidal Works Ltd' --contact M000004 --industry Engineering --country GB --public yes"]
    )) { context in
        let company = try context.write { write -> Company in
            let company = try CompanyRecords.add(slug: context.arguments.value("slug"), name: context.value("name"), website: nil,
                                                 contact: context.arguments.value("contact"), in: write)
            let values = profile(context)
            return values.isEmpty ? company : try CompanyRecords.update(slug: company.slug, values, in: write)
        }
        context.say("Added company \(company.slug).")
        if context.wantsJSON { context.print(OutputTable(records: [company.fields])) }
    }

    static let update = AdminCommand(["companies", "update"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "update", abstract: "Change a company's profile; an empty value clears a field. A new slug keeps the old address redirecting.",
        options: [.value("name", "NAME", "Its name."), .value("slug", "SLUG", "A new address.")] + profileOptions.map { .value($0.option, "VALUE", $0.help) },
        positionals: [PositionalSpec("company", "The company's slug.")],
        examples: ["portico-admin companies update tidewater-consulting --tier featured --show-phone yes"]
    )) { context in
        var values = profile(context)
        for name in ["name", "slug"] { if let value = context.arguments.value(name) { values[name] = value } }
        if values.isEmpty { throw ModelError.invalid(field: "options", value: "", reason: "say what to change, e.g. --industry or --public") }
        let company = try context.write { try CompanyRecords.update(slug: context.arguments.positionals[0], values, in: $0) }
        context.say("Updated company \(company.slug).")
        if context.wantsJSON { context.print(OutputTable(records: [company.fields])) }
    }

    static let list = AdminCommand(["companies", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List companies.", options: [.flag("public", "Only those listed in the business directory.")],
        examples: ["portico-admin companies list"]
    )) { context in
        let companies = try CompanyRecords.list(in: context.store()).filter { !context.arguments.flag("public") || $0.isPublic }
        context.print(OutputTable(records: companies.map(\.fields), emptyColumns: ["slug", "name", "website"]))
    }

    static let show = AdminCommand(["companies", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "A company's profile, with its jobs and leads counted.",
        positionals: [PositionalSpec("company", "The company's slug.")],
        examples: ["portico-admin companies show tidewater-consulting"]
    )) { context in
        let store = try context.store()
        let company = try CompanyRecords.find(slug: context.arguments.positionals[0], in: store)
        let jobs = try JobRecords.list(in: store).filter { $0.companyID == company.id }
        let today = try store.today()
        func optional(_ text: String?) -> DatabaseValue { text.map { .text($0) } ?? .null }
        context.print(OutputTable(records: [company.fields + [
            ("email", optional(company.email)), ("show_email", .integer(company.showEmail ? 1 : 0)), ("phone", optional(company.phone)),
            ("show_phone", .integer(company.showPhone ? 1 : 0)), ("open_jobs", .integer(Int64(jobs.filter { $0.isOpen(on: today) }.count))),
            ("jobs", .integer(Int64(jobs.count))), ("leads", .integer(Int64(try LeadRecords.list(company: company.slug, in: store).count))),
        ]]))
    }

    static let remove = AdminCommand(["companies", "remove"], capability: .recordsDelete, writes: true, spec: CommandSpec(
        "remove", abstract: "Remove a company with its jobs and leads (refused while members, memberships or invoices refer to it).",
        positionals: [PositionalSpec("company", "The company's slug.")],
        examples: ["portico-admin companies remove seattle-waterfront-partners"]
    )) { context in
        try context.write { try CompanyRecords.remove(slug: context.arguments.positionals[0], in: $0) }
        context.say("Removed company \(context.arguments.positionals[0]) with its jobs and leads.")
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

    static let report = AdminCommand(["report", "directory"], capability: .reportsView, writes: false, spec: CommandSpec(
        "directory", abstract: "Companies listed in the business directory per tier, industry and country.",
        options: [.value("format", "FORMAT", "table (default), csv or json.")],
        examples: ["portico-admin report directory"]
    )) { context in
        try ReportCommands.emit(DirectoryReport.make(store: context.store()), context)
    }
}
