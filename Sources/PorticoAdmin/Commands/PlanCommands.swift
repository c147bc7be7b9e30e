import PorticoArguments
import PorticoCommandLine
import PorticoModel

/// `portico-admin plans add|list|update`.
enum PlanCommands {
    static let group = CommandGroup(noun: "plans", abstract: "Membership plans and their prices.", commands: [add, list, update])

    static let add = AdminCommand(["plans", "add"], capability: .pricesManage, writes: true, spec: CommandSpec(
        "add", abstract: "Add a membership plan with its price (exact, in the currency's units).",
        options: [
            .value("slug", "SLUG", "Its identifier in URLs, e.g. gold.", required: true),
            .value("name", "NAME", "Its name.", required: true),
            .value("price", "AMOUNT", "Price per period, e.g. 95.00.", required: true),
            .value("currency", "CODE", "ISO 4217 currency, e.g. GBP.", required: true),
            .value("period", "PERIOD", "monthly, annual or lifetime.", required: true),
            .value("cpd-points", "N", "CPD points a member must earn each year."),
            .value("payment-url", "URL", "Where members pay online; renewal reminders carry it with their email prefilled."),
            .flag("private", "Not offered publicly (staff assign it)."),
        ],
        examples: ["portico-admin plans add --slug fellow --name Fellow --price 250.00 --currency GBP --period annual"]
    )) { context in
        let plan = try context.write { write -> Plan in
            let plan = try PlanRecords.add(slug: context.value("slug"), name: context.value("name"), price: context.value("price"), currency: context.value("currency"),
                                           period: context.value("period"), cpdPoints: context.integer("cpd-points") ?? 0, isPublic: !context.arguments.flag("private"), in: write)
            guard let url = context.arguments.value("payment-url") else { return plan }
            return try PlanRecords.update(slug: plan.slug, ["payment_url": url], in: write)
        }
        context.say("Added plan \(plan.slug): \(plan.price) \(plan.period).")
        if context.wantsJSON { context.print(OutputTable(records: [plan.fields])) }
    }

    static let list = AdminCommand(["plans", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List membership plans and their prices.",
        examples: ["portico-admin plans list"]
    )) { context in
        context.print(OutputTable(records: try PlanRecords.list(in: context.store()).map(\.fields), emptyColumns: ["slug", "name", "price", "period"]))
    }

    static let update = AdminCommand(["plans", "update"], capability: .pricesManage, writes: true, spec: CommandSpec(
        "update", abstract: "Change a plan: its name, price (for invoices from now on; issued ones keep theirs), payment link, CPD points, grace days.",
        options: [
            .value("name", "NAME", "Its name."), .value("price", "AMOUNT", "New price per period, in the plan's currency."),
            .value("payment-url", "URL", "Where members pay online (reminders carry it with their email prefilled); empty to remove."),
            .value("cpd-points", "N", "CPD points required each year."), .value("grace-days", "N", "Days a lapsed membership stays current."),
            .value("public", "yes|no", "Offered publicly (and shown in the directory)."),
        ],
        positionals: [PositionalSpec("plan", "The plan's slug.")],
        examples: ["portico-admin plans update full --price 190.00 --payment-url https://pay.example.org/full"]
    )) { context in
        var values: [String: String] = [:]
        for (option, field) in [("name", "name"), ("price", "price"), ("payment-url", "payment_url"), ("cpd-points", "cpd_points"), ("grace-days", "grace_days"), ("public", "public")] {
            if let value = context.arguments.value(option) { values[field] = value }
        }
        if values.isEmpty { throw ModelError.invalid(field: "options", value: "", reason: "say what to change, e.g. --price or --payment-url") }
        let plan = try context.write { try PlanRecords.update(slug: context.arguments.positionals[0], values, in: $0) }
        context.say("Updated plan \(plan.slug): \(plan.price) \(plan.period).")
        if context.wantsJSON { context.print(OutputTable(records: [plan.fields])) }
    }
}
