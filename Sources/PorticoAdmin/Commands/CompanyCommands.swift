import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// `portico-admin companies add|list|link`.
enum CompanyCommands {
    static let group = CommandGroup(noun: "companies", abstract: "Companies holding memberships for their people.", commands: [add, list, link])

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
