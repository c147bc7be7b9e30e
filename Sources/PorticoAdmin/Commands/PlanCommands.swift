import PorticoArguments
import PorticoCommandLine
import PorticoModel

/// `portico-admin plans add|list`.
enum PlanCommands {
    static let all: [AdminCommand] = [add, list]

    static let add = AdminCommand(["plans", "add"], capability: .pricesManage, writes: true, spec: CommandSpec(
        "add", abstract: "Add a membership plan with its price (exact, in the currency's units).",
        options: [
            .value("slug", "SLUG", "Its identifier in URLs, e.g. gold.", required: true),
            .value("name", "NAME", "Its name.", required: true),
            .value("price", "AMOUNT", "Price per period, e.g. 95.00.", required: true),
            .value("currency", "CODE", "ISO 4217 currency, e.g. GBP.", required: true),
            .value("period", "PERIOD", "monthly, annual or lifetime.", required: true),
            .value("cpd-points", "N", "CPD points a member must earn each year."),
            .flag("private", "Not offered publicly (staff assign it)."),
        ],
        examples: ["portico-admin plans add --slug fellow --name Fellow --price 250.00 --currency GBP --period annual"]
    )) { context in
        let plan = try context.write {
            try PlanRecords.add(slug: context.value("slug"), name: context.value("name"), price: context.value("price"), currency: context.value("currency"),
                                period: context.value("period"), cpdPoints: context.integer("cpd-points") ?? 0, isPublic: !context.arguments.flag("private"), in: $0)
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
}
