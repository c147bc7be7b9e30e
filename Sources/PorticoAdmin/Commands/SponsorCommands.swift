import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin sponsors …`: tiers, sponsors, placements and benefit fulfilment.
enum SponsorCommands {
    static let group = CommandGroup(noun: "sponsors", abstract: "Sponsors: tiers, contracts, assets, where they are shown, and the benefits delivered.",
                                    commands: [addTier, tiers, add, update, list, show, place, benefits, remove],
                                    reports: [CommandGroup.ReportEntry(report, summary: "Sponsors per tier with contract value, contracts ending within 60 days, undelivered benefits, missing assets, and placement views and clicks.")])

    static let fieldOptions: [(option: String, field: String, help: String)] = [
        ("start", "contract_start", "First day of the contract."), ("end", "contract_end", "Last day of the contract (it is not shown after it)."),
        ("logo-url", "logo_url", "The logo's address."), ("website", "website", "The sponsor's website."),
        ("description", "description", "One or two sentences about the sponsor."), ("assets-due", "assets_due", "When the tier's assets are due."),
        ("contact-name", "contact_name", "Who to deal with (private)."), ("contact-email", "contact_email", "Their email (private)."),
    ]

    static func fields(_ context: CommandContext) -> [String: String] {
        var values: [String: String] = [:]
        for (option, field, _) in fieldOptions { if let value = context.arguments.value(option) { values[field] = value } }
        return values
    }

    static let addTier = AdminCommand(["sponsors", "add-tier"], capability: .sponsorsManage, writes: true, spec: CommandSpec(
        "add-tier", abstract: "Add a sponsorship tier.",
        options: [.value("name", "NAME", "The tier's name.", required: true), .value("rank", "N", "Its place on the sponsors page (1 first; default 1)."),
                  .value("price", "AMOUNT", "Its price, e.g. 7500.", required: true), .value("currency", "CODE", "ISO 4217 currency.", required: true),
                  .value("benefits", "LIST", "What it includes, separated by ';'."), .value("assets", "LIST", "What the sponsor must give: logo, description, link (default logo)."),
                  .value("logo-size", "SIZE", "small, medium (default) or large.")],
        examples: ["portico-admin sponsors add-tier --name Bronze --rank 4 --price 1000 --currency GBP --benefits 'Logo on the sponsors page'"]
    )) { context in
        let tier = try context.write {
            try SponsorRecords.addTier(name: context.value("name"), rank: Int64(context.integer("rank") ?? 1), price: context.value("price"),
                                       currency: context.value("currency"), benefits: context.arguments.value("benefits") ?? "",
                                       requiredAssets: context.arguments.value("assets"), logoSize: context.arguments.value("logo-size"), in: $0)
        }
        context.say("Added tier \(tier.slug).")
        if context.wantsJSON { context.print(OutputTable(records: [tier.fields])) }
    }

    static let tiers = AdminCommand(["sponsors", "tiers"], capability: .recordsView, writes: false, spec: CommandSpec(
        "tiers", abstract: "List the sponsorship tiers in rank order.", examples: ["portico-admin sponsors tiers"]
    )) { context in
        context.print(OutputTable(records: try SponsorRecords.tiers(in: context.store()).map(\.fields), emptyColumns: ["slug", "name", "rank", "price"]))
    }

    static let add = AdminCommand(["sponsors", "add"], capability: .sponsorsManage, writes: true, spec: CommandSpec(
        "add", abstract: "Add a sponsor under a tier: shown on the sponsors page while its contract runs; its tier's benefits wait to be delivered.",
        options: [.value("organization", "NAME", "The sponsor.", required: true), .value("tier", "TIER", "The tier's slug.", required: true),
                  .value("slug", "SLUG", "Its address (default: from the name).")] + fieldOptions.map { .value($0.option, "VALUE", $0.help, required: $0.option == "start" || $0.option == "end") },
        examples: ["portico-admin sponsors add --organization 'Seabed Surveys' --tier silver --start 2027-01-01 --end 2027-12-31 --website https://seabed.example"]
    )) { context in
        var values = fields(context)
        if let slug = context.arguments.value("slug") { values["slug"] = slug }
        let sponsor = try context.write { try SponsorRecords.add(organization: context.value("organization"), tier: context.value("tier"), fields: values, in: $0) }
        context.say("Added sponsor \(sponsor.slug), under contract \(sponsor.contractStart) to \(sponsor.contractEnd).")
        if context.wantsJSON { context.print(OutputTable(records: [sponsor.fields])) }
    }

    static let update = AdminCommand(["sponsors", "update"], capability: .sponsorsManage, writes: true, spec: CommandSpec(
        "update", abstract: "Change a sponsor (renew by moving --end); an empty value clears a field.",
        options: [.value("organization", "NAME", "The sponsor."), .value("tier", "TIER", "Another tier."), .value("slug", "SLUG", "A new address.")]
            + fieldOptions.map { .value($0.option, "VALUE", $0.help) },
        positionals: [PositionalSpec("sponsor", "The sponsor's slug.")],
        examples: ["portico-admin sponsors update quayside-instruments --logo-url https://quayside-instruments.example/logo.svg"]
    )) { context in
        var values = fields(context)
        for name in ["organization", "slug"] { if let value = context.arguments.value(name) { values[name] = value } }
        let tier = context.arguments.value("tier")
        if values.isEmpty && tier == nil { throw ModelError.invalid(field: "options", value: "", reason: "say what to change, e.g. --end or --logo-url") }
        let sponsor = try context.write { try SponsorRecords.update(slug: context.arguments.positionals[0], fields: values, tier: tier, in: $0) }
        context.say("Updated sponsor \(sponsor.slug).")
        if context.wantsJSON { context.print(OutputTable(records: [sponsor.fields])) }
    }

    static let list = AdminCommand(["sponsors", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List sponsors by tier.", options: [.flag("active", "Only those under contract today.")],
        examples: ["portico-admin sponsors list --active"]
    )) { context in
        let store = try context.store()
        let today = try store.today()
        let tiers = Dictionary(uniqueKeysWithValues: try SponsorRecords.tiers(in: store).map { ($0.id, $0.slug) })
        let sponsors = try SponsorRecords.list(in: store).filter { !context.arguments.flag("active") || $0.isActive(on: today) }
        context.print(OutputTable(records: sponsors.map { [("tier", .text(tiers[$0.tierID] ?? ""))] + $0.fields + [("active", .integer($0.isActive(on: today) ? 1 : 0))] },
                                  emptyColumns: ["tier", "slug", "organization", "contract_end"]))
    }

    static let show = AdminCommand(["sponsors", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "A sponsor: its contract, placements, missing assets and benefits.",
        positionals: [PositionalSpec("sponsor", "The sponsor's slug.")], examples: ["portico-admin sponsors show northsea-dredging"]
    )) { context in
        let store = try context.store()
        let sponsor = try SponsorRecords.find(slug: context.arguments.positionals[0], in: store)
        let tier = try SponsorRecords.tiers(in: store).first { $0.id == sponsor.tierID }
        let placed = try SponsorRecords.placements(in: store).filter { $0.sponsorID == sponsor.id }.map { $0.target.isEmpty ? $0.place : $0.place + ":" + $0.target }
        context.print(OutputTable(records: [sponsor.fields + [("tier", .text(tier?.name ?? "")), ("active", .integer(sponsor.isActive(on: try store.today()) ? 1 : 0)),
                                                              ("placed_on", .text(placed.joined(separator: ", "))),
                                                              ("missing_assets", .text(tier.map { sponsor.missingAssets(of: $0).joined(separator: ", ") } ?? ""))]]))
    }

    static let place = AdminCommand(["sponsors", "place"], capability: .sponsorsManage, writes: true, spec: CommandSpec(
        "place", abstract: "Show a sponsor somewhere (or no longer, with --remove): the sponsors page, an event's or course's page, the job board, the widgets.",
        options: [.value("on", "PLACE", "sponsors_page, jobs, widget, event:SLUG or course:SLUG.", required: true), .flag("remove", "Take the placement away.")],
        positionals: [PositionalSpec("sponsor", "The sponsor's slug.")],
        examples: ["portico-admin sponsors place quayside-instruments --on jobs"]
    )) { context in
        let on = try context.value("on")
        let parts = on.split(separator: ":", maxSplits: 1).map(String.init)
        let (placeName, target) = (parts[0], parts.count > 1 ? parts[1] : "")
        let slug = context.arguments.positionals[0]
        if context.arguments.flag("remove") {
            let removed = try context.write { try SponsorRecords.unplace(sponsor: slug, from: placeName, target: target, in: $0) }
            context.say(removed ? "\(slug) is no longer shown on \(on)." : "\(slug) was not placed on \(on).")
        } else {
            try context.write { try SponsorRecords.place(sponsor: slug, on: placeName, target: target, in: $0) }
            context.say("\(slug) is shown on \(on) while its contract runs.")
        }
    }

    static let benefits = AdminCommand(["sponsors", "benefits"], capability: .sponsorsManage, writes: true, spec: CommandSpec(
        "benefits", abstract: "A sponsor's benefits and whether each was delivered; --deliver marks one delivered today (--undo takes that back), with --note.",
        options: [.value("deliver", "BENEFIT", "The benefit delivered (its text as listed)."), .value("undo", "BENEFIT", "A benefit not delivered after all."),
                  .value("note", "TEXT", "A note on it (where, when, who).")],
        positionals: [PositionalSpec("sponsor", "The sponsor's slug.")],
        examples: ["portico-admin sponsors benefits northsea-dredging --deliver 'Two conference passes' --note 'Codes emailed'"]
    )) { context in
        let slug = context.arguments.positionals[0]
        if let benefit = context.arguments.value("deliver") ?? context.arguments.value("undo") {
            try context.write { try SponsorRecords.setBenefit(sponsor: slug, benefit: benefit, delivered: context.arguments.value("deliver") != nil,
                                                              note: context.arguments.value("note"), in: $0) }
        }
        let store = try context.store()
        let sponsor = try SponsorRecords.find(slug: slug, in: store)
        context.print(OutputTable(records: try SponsorRecords.benefits(of: sponsor, in: store).map {
            [("benefit", .text($0.benefit)), ("delivered_on", $0.deliveredOn.map { .text($0.description) } ?? .null), ("note", .text($0.note))]
        }, emptyColumns: ["benefit", "delivered_on", "note"]))
    }

    static let remove = AdminCommand(["sponsors", "remove"], capability: .recordsDelete, writes: true, spec: CommandSpec(
        "remove", abstract: "Remove a sponsor with its placements and benefits (to stop showing it, end its contract instead).",
        positionals: [PositionalSpec("sponsor", "The sponsor's slug.")], examples: ["portico-admin sponsors remove breakwater-consulting"]
    )) { context in
        try context.write { try SponsorRecords.remove(slug: context.arguments.positionals[0], in: $0) }
        context.say("Removed sponsor \(context.arguments.positionals[0]).")
    }

    static let report = AdminCommand(["report", "sponsors"], capability: .reportsFinancial, writes: false, spec: CommandSpec(
        "sponsors", abstract: "Sponsors per tier with contract value, contracts ending within 60 days, undelivered benefits, missing assets, and views and clicks of placements (default the last 30 days).",
        options: ReportCommands.frameOptions,
        examples: ["portico-admin report sponsors --format json"]
    )) { context in
        let store = try context.store()
        try ReportCommands.emit(SponsorsReport.make(store: store, from: context.arguments.value("from"), to: context.arguments.value("to"), today: store.today()), context)
    }
}
