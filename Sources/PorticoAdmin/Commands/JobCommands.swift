import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin jobs …`: the job board.
enum JobCommands {
    static let group = CommandGroup(noun: "jobs", abstract: "The job board: post, review, fill, expire and renew jobs.",
                                    commands: [create, update, approve, fill, expire, renew, list, show, remove, BulkCommands.jobsExpire],
                                    reports: [CommandGroup.ReportEntry(report, summary: "Jobs posted, published, filled and expired per period or category; median days to fill.")])

    static let fieldOptions: [(option: String, field: String, help: String)] = [
        ("city", "city", "City."), ("region", "region", "Region or state."), ("country", "country", "Two-letter country code."),
        ("remote", "remote", "yes: can be done remotely."), ("remote-countries", "remote_countries", "Countries a remote job is open to, e.g. GB,IE (empty: anywhere)."),
        ("type", "employment_type", "full_time (default), part_time, contract, temporary, internship or volunteer."),
        ("salary-min", "salary_min", "Lowest salary, e.g. 42000."), ("salary-max", "salary_max", "Highest salary."),
        ("salary-currency", "salary_currency", "ISO 4217 currency of the salary."), ("salary-unit", "salary_unit", "hour, day, week, month or year."),
        ("description", "description", "The job (Markdown; rendered safely)."), ("apply-url", "apply_url", "Where to apply."),
        ("apply-email", "apply_email", "Or an address to apply to."), ("categories", "categories", "Comma-separated categories."),
        ("expires", "expires_on", "Last day it is listed (default: 30 days after approval, setting jobs.default_days)."),
        ("featured", "featured", "yes: listed first."), ("poster-email", "poster_email", "Who posted it (gets the reminder before it expires)."),
    ]

    static func fields(_ context: CommandContext) -> [String: String] {
        var values: [String: String] = [:]
        for (option, field, _) in fieldOptions { if let value = context.arguments.value(option) { values[field] = value } }
        return values
    }

    static let create = AdminCommand(["jobs", "create"], capability: .jobsEdit, writes: true, spec: CommandSpec(
        "create", abstract: "Post a job for a company; it waits for review until 'jobs approve' publishes it.",
        options: [.value("title", "TITLE", "The job title.", required: true), .value("company", "COMPANY", "The company's slug.", required: true),
                  .value("slug", "SLUG", "Its address (default: from the title).")] + fieldOptions.map { .value($0.option, "VALUE", $0.help) },
        examples: ["portico-admin jobs create --title 'Coastal engineer' --company tidewater-consulting --city Aberdeen --country GB --apply-url https://tidewater-consulting.example/jobs"]
    )) { context in
        var values = fields(context)
        if let slug = context.arguments.value("slug") { values["slug"] = slug }
        let job = try context.write { try JobRecords.create(title: context.value("title"), company: context.value("company"), fields: values, in: $0) }
        context.say("Posted job \(job.slug) (pending review).")
        if context.wantsJSON { context.print(OutputTable(records: [job.fields])) }
    }

    static let update = AdminCommand(["jobs", "update"], capability: .jobsEdit, writes: true, spec: CommandSpec(
        "update", abstract: "Change a job; an empty value clears a field.",
        options: [.value("title", "TITLE", "The job title."), .value("slug", "SLUG", "A new address (the old one redirects).")]
            + fieldOptions.map { .value($0.option, "VALUE", $0.help) },
        positionals: [PositionalSpec("job", "The job's slug.")],
        examples: ["portico-admin jobs update port-engineer --featured yes"]
    )) { context in
        var values = fields(context)
        for name in ["title", "slug"] { if let value = context.arguments.value(name) { values[name] = value } }
        if values.isEmpty { throw ModelError.invalid(field: "options", value: "", reason: "say what to change, e.g. --salary-max or --expires") }
        let job = try context.write { try JobRecords.update(slug: context.arguments.positionals[0], fields: values, in: $0) }
        context.say("Updated job \(job.slug).")
        if context.wantsJSON { context.print(OutputTable(records: [job.fields])) }
    }

    static func statusCommand(_ verb: String, abstract: String, example: String, options: [OptionSpec] = [],
                              _ change: @escaping @Sendable (String, CommandContext, WriteContext) throws -> Job) -> AdminCommand {
        AdminCommand(["jobs", verb], capability: .jobsEdit, writes: true, spec: CommandSpec(
            verb, abstract: abstract, options: options, positionals: [PositionalSpec("job", "The job's slug.")], examples: [example]
        )) { context in
            let job = try context.write { try change(context.arguments.positionals[0], context, $0) }
            context.say("Job \(job.slug) is \(job.status.replacingOccurrences(of: "_", with: " ")), listed until \(job.expiresOn).")
            if context.wantsJSON { context.print(OutputTable(records: [job.fields])) }
        }
    }

    static let approve = statusCommand("approve", abstract: "Publish a job awaiting review: posted today, open until its expiry date.",
                                       example: "portico-admin jobs approve graduate-civil-engineer-2") { try JobRecords.approve(slug: $0, in: $2) }
    static let fill = statusCommand("fill", abstract: "Mark a job filled: it leaves the board at the next build; its page says it is closed.",
                                    example: "portico-admin jobs fill port-engineer") { try JobRecords.fill(slug: $0, in: $2) }
    static let expire = statusCommand("expire", abstract: "Close a job now (it closes by itself after its expiry date).",
                                      example: "portico-admin jobs expire port-engineer") { try JobRecords.expire(slug: $0, in: $2) }
    static let renew = statusCommand("renew", abstract: "Extend a job (from its expiry date or today, whichever is later) and reopen it if it expired.",
                                     example: "portico-admin jobs renew port-engineer --days 30",
                                     options: [.value("days", "N", "Days to extend by (default: jobs.default_days, 30).")]) { slug, context, write in
        try JobRecords.renew(slug: slug, days: context.integer("days").map(Int64.init), in: write)
    }

    static let list = AdminCommand(["jobs", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List jobs, newest posted first.",
        options: [.value("status", "STATUS", "Only this status (draft, pending_review, published, filled, expired)."), .flag("open", "Only jobs open today."),
                  .value("company", "COMPANY", "Only this company's.")],
        examples: ["portico-admin jobs list --status pending_review"]
    )) { context in
        let store = try context.store()
        let today = try store.today()
        let status = try context.arguments.value("status").map { try Validate.choice($0, field: "--status", allowed: Job.statuses) }
        let company = try context.arguments.value("company").map { try CompanyRecords.find(slug: $0, in: store).id }
        let jobs = try JobRecords.list(in: store).filter {
            (status == nil || $0.status == status) && (!context.arguments.flag("open") || $0.isOpen(on: today)) && (company == nil || $0.companyID == company)
        }
        context.print(OutputTable(records: jobs.map(\.fields), emptyColumns: ["slug", "title", "status", "expires_on"]))
    }

    static let show = AdminCommand(["jobs", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "A job, whether it is open today, and its company.",
        positionals: [PositionalSpec("job", "The job's slug.")],
        examples: ["portico-admin jobs show port-engineer"]
    )) { context in
        let store = try context.store()
        let job = try JobRecords.find(slug: context.arguments.positionals[0], in: store)
        let company = try Company.entity.find(id: job.companyID, in: store).map { try $0.text("slug") } ?? ""
        context.print(OutputTable(records: [job.fields + [("company", .text(company)), ("open_today", .integer(job.isOpen(on: try store.today()) ? 1 : 0)),
                                                          ("apply", .text(job.applyURL ?? job.applyEmail ?? ""))]]))
    }

    static let remove = AdminCommand(["jobs", "remove"], capability: .recordsDelete, writes: true, spec: CommandSpec(
        "remove", abstract: "Remove a job altogether (to close it, fill or expire it instead: its page then says it is closed).",
        positionals: [PositionalSpec("job", "The job's slug.")],
        examples: ["portico-admin jobs remove port-engineer"]
    )) { context in
        try context.write { try JobRecords.remove(slug: context.arguments.positionals[0], in: $0) }
        context.say("Removed job \(context.arguments.positionals[0]).")
    }

    static let report = AdminCommand(["report", "jobs"], capability: .reportsView, writes: false, spec: CommandSpec(
        "jobs", abstract: "Jobs posted, published, filled and expired per period (and category) or per category; median days from posting to filled.",
        options: ReportCommands.frameOptions(fields: ["category"]),
        examples: ["portico-admin report jobs --format csv"]
    )) { context in
        let store = try context.store()
        try ReportCommands.emit(JobsReport.make(store: store, from: context.arguments.value("from"), to: context.arguments.value("to"),
                                                by: context.arguments.value("by"), today: store.today()), context)
    }
}
