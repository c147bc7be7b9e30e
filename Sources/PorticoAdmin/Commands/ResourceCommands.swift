import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin resources …`: the resource library.
enum ResourceCommands {
    static let group = CommandGroup(noun: "resources", abstract: "The resource library: toolkits, templates, documents, recordings and links.",
                                    commands: [add, update, list, show, remove],
                                    reports: [CommandGroup.ReportEntry(report, summary: "The most used resources over a period (COUNTER rules, from access logs), with the trend, and views and downloads per period.")])

    static let fieldOptions: [(option: String, field: String, help: String)] = [
        ("type", "type", "document (default), video, link, template or toolkit."),
        ("file", "file", "The file, in the site's content folder (content/resources/toolkit.pdf): published under a content-hashed name."),
        ("url", "url", "Or an external address (a recording, a standard)."),
        ("description", "description", "What it is (Markdown; rendered safely)."), ("categories", "categories", "Comma-separated categories."),
        ("tags", "tags", "Comma-separated tags."), ("audience", "audience", "public (default) or members: listed with a 'members only' note, no file or link published."),
        ("published", "published_on", "The day it is listed from (default today)."),
    ]

    static func fields(_ context: CommandContext) -> [String: String] {
        var values: [String: String] = [:]
        for (option, field, _) in fieldOptions { if let value = context.arguments.value(option) { values[field] = value } }
        return values
    }

    static let add = AdminCommand(["resources", "add"], capability: .resourcesEdit, writes: true, spec: CommandSpec(
        "add", abstract: "Add a resource: a file in the site's content folder or an external link.",
        options: [.value("title", "TITLE", "Its title.", required: true), .value("slug", "SLUG", "Its address (default: from the title).")]
            + fieldOptions.map { .value($0.option, "VALUE", $0.help) },
        examples: ["portico-admin resources add --title 'Quay inspection checklist' --file content/resources/quay-inspection-checklist.pdf --categories 'Asset management'"]
    )) { context in
        var values = fields(context)
        if let slug = context.arguments.value("slug") { values["slug"] = slug }
        let resource = try context.write { try ResourceRecords.add(title: context.value("title"), fields: values, in: $0) }
        context.say("Added resource \(resource.slug).")
        if context.wantsJSON { context.print(OutputTable(records: [resource.fields])) }
    }

    static let update = AdminCommand(["resources", "update"], capability: .resourcesEdit, writes: true, spec: CommandSpec(
        "update", abstract: "Change a resource; a new --file replaces its link and a new --url its file.",
        options: [.value("title", "TITLE", "Its title."), .value("slug", "SLUG", "A new address.")] + fieldOptions.map { .value($0.option, "VALUE", $0.help) },
        positionals: [PositionalSpec("resource", "The resource's slug.")],
        examples: ["portico-admin resources update cpd-log-template --audience members"]
    )) { context in
        var values = fields(context)
        for name in ["title", "slug"] { if let value = context.arguments.value(name) { values[name] = value } }
        if values.isEmpty { throw ModelError.invalid(field: "options", value: "", reason: "say what to change, e.g. --title or --audience") }
        let resource = try context.write { try ResourceRecords.update(slug: context.arguments.positionals[0], fields: values, in: $0) }
        context.say("Updated resource \(resource.slug).")
        if context.wantsJSON { context.print(OutputTable(records: [resource.fields])) }
    }

    static let list = AdminCommand(["resources", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List resources, newest first.",
        options: [.value("type", "TYPE", "Only this type."), .value("audience", "AUDIENCE", "Only public or members resources.")],
        examples: ["portico-admin resources list --type template"]
    )) { context in
        let store = try context.store()
        let type = try context.arguments.value("type").map { try Validate.choice($0, field: "--type", allowed: Resource.types) }
        let audience = try context.arguments.value("audience").map { try Validate.choice($0, field: "--audience", allowed: Resource.audiences) }
        let resources = try ResourceRecords.list(in: store).filter { (type == nil || $0.type == type) && (audience == nil || $0.audience == audience) }
        context.print(OutputTable(records: resources.map(\.fields), emptyColumns: ["slug", "title", "type", "audience"]))
    }

    static let show = AdminCommand(["resources", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "A resource and its views and downloads over all time.",
        positionals: [PositionalSpec("resource", "The resource's slug.")],
        examples: ["portico-admin resources show cpd-log-template"]
    )) { context in
        let store = try context.store()
        let resource = try ResourceRecords.find(slug: context.arguments.positionals[0], in: store)
        let uses = try UsageAnalytics.totals(kind: "resource", in: store)[resource.slug] ?? 0
        let downloads = try UsageAnalytics.downloads(kind: "resource", slug: resource.slug, in: store)
        context.print(OutputTable(records: [resource.fields + [("views", .integer(uses - downloads)), ("downloads", .integer(downloads))]]))
    }

    static let remove = AdminCommand(["resources", "remove"], capability: .recordsDelete, writes: true, spec: CommandSpec(
        "remove", abstract: "Remove a resource from the library (its usage counts stay for the reports).",
        positionals: [PositionalSpec("resource", "The resource's slug.")],
        examples: ["portico-admin resources remove cpd-log-template"]
    )) { context in
        try context.write { try ResourceRecords.remove(slug: context.arguments.positionals[0], in: $0) }
        context.say("Removed resource \(context.arguments.positionals[0]).")
    }

    static let report = AdminCommand(["report", "resources"], capability: .reportsView, writes: false, spec: CommandSpec(
        "resources", abstract: "The most used resources over a period (default the last 30 days) with the period before for the trend, and views and downloads per period.",
        options: ReportCommands.frameOptions() + [.value("kind", "KIND", "Another kind of item the logs count: job, event, course, help, or all.")],
        examples: ["portico-admin report resources --from 2026-11-01 --to 2026-12-01"]
    )) { context in
        let store = try context.store()
        let kind = try context.arguments.value("kind").map { $0 == "all" ? nil : try Validate.choice($0, field: "--kind", allowed: UsageItem.kinds) } ?? "resource"
        try ReportCommands.emit(ResourcesReport.make(store: store, from: context.arguments.value("from"), to: context.arguments.value("to"),
                                                     today: store.today(), kind: kind, by: context.arguments.value("by")), context)
    }
}
