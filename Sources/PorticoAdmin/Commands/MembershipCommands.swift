import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `portico-admin memberships add|list|renew|cancel|change-plan`.
enum MembershipCommands {
    static let group = CommandGroup(noun: "memberships", abstract: "Memberships: join, renew, cancel and change plan; status from dates and payments.", commands: [add, list, renew, cancel, changePlan])

    static let holderPositional = PositionalSpec("member", "Email address or member number (or give --company).", required: false)
    static let companyOption = OptionSpec.value("company", "SLUG", "The company holding the membership, instead of a member.")

    static func holder(_ context: CommandContext) throws -> (holder: Membership.Holder, name: String) {
        try MembershipRecords.holder(member: context.arguments.positionals.first, company: context.arguments.value("company"), in: context.store())
    }

    static func date(_ context: CommandContext, _ option: String) throws -> CalendarDate? {
        try context.arguments.value(option).map { try Validate.calendarDate($0, field: "--\(option)") }
    }

    static func rows(_ memberships: [Membership], _ context: CommandContext) throws -> OutputTable {
        let store = try context.store()
        let today = try store.today()
        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0) })
        let records: [[(String, DatabaseValue)]] = memberships.map { membership in
            let plan = plans[membership.planID]
            return [("id", .integer(membership.id)), ("plan", .text(plan?.slug ?? "?")), ("starts_on", .text(membership.startsOn.description)),
                    ("ends_on", membership.endsOn.map { .text($0.description) } ?? .text("lifetime")),
                    ("status", .text(membership.status(graceDays: plan?.graceDays ?? 0, today: today).rawValue)),
                    ("paid_on", membership.paidOn.map { .text($0.description) } ?? .null), ("auto_renew", .integer(membership.autoRenew ? 1 : 0))]
        }
        return OutputTable(records: records, emptyColumns: ["id", "plan", "starts_on", "ends_on", "status"])
    }

    static let add = AdminCommand(["memberships", "add"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "add", abstract: "Start a membership on a plan for a member or a company; the end follows from the plan's period.",
        options: [
            .value("plan", "SLUG", "The plan.", required: true), companyOption,
            .value("start", "DATE", "First day (default: today in the site's time zone)."),
            .flag("paid", "Already paid (otherwise pending until an invoice for it is paid)."),
            .flag("auto-renew", "Renew automatically at the end."),
        ],
        positionals: [holderPositional],
        examples: ["portico-admin memberships add M000004 --plan associate --paid"]
    )) { context in
        let (holder, name) = try holder(context)
        let membership = try context.write {
            try MembershipRecords.add(holder, plan: context.value("plan"), startsOn: date(context, "start"), paid: context.arguments.flag("paid"),
                                      autoRenew: context.arguments.flag("auto-renew"), in: $0)
        }
        context.say("Added membership \(membership.id) for \(name): \(membership.startsOn) to \(membership.endsOn?.description ?? "lifetime").")
        if context.wantsJSON { context.print(try rows([membership], context)) }
    }

    static let list = AdminCommand(["memberships", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "A member's or a company's memberships with their status today.",
        options: [companyOption], positionals: [holderPositional],
        examples: ["portico-admin memberships list M000001"]
    )) { context in
        context.print(try rows(MembershipRecords.list(holder(context).holder, in: context.store()), context))
    }

    static let renew = AdminCommand(["memberships", "renew"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "renew", abstract: "Add the next term of the latest membership (from the day after its end, or from today once lapsed).",
        options: [companyOption, .flag("paid", "The renewal is already paid.")], positionals: [holderPositional],
        examples: ["portico-admin memberships renew M000001 --paid"]
    )) { context in
        let (holder, name) = try holder(context)
        let membership = try context.write { try MembershipRecords.renew(holder, paid: context.arguments.flag("paid"), in: $0) }
        context.say("Renewed \(name): \(membership.startsOn) to \(membership.endsOn?.description ?? "lifetime") (membership \(membership.id)).")
        if context.wantsJSON { context.print(try rows([membership], context)) }
    }

    static let cancel = AdminCommand(["memberships", "cancel"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "cancel", abstract: "Cancel the latest membership today (or --on DATE), or at the end of its term with --at-end.",
        options: [companyOption, .value("on", "DATE", "Cancel from this day (default today)."), .flag("at-end", "Stay a member to the end of the term, then stop.")],
        positionals: [holderPositional],
        examples: ["portico-admin memberships cancel M000002 --at-end"]
    )) { context in
        let (holder, name) = try holder(context)
        let membership = try context.write {
            try MembershipRecords.cancel(holder, on: date(context, "on"), atEnd: context.arguments.flag("at-end"), in: $0)
        }
        context.say("Cancelled membership \(membership.id) of \(name) from \(membership.cancelledOn?.description ?? "?").")
    }

    static let changePlan = AdminCommand(["memberships", "change-plan"], capability: .invoicesManage, writes: true, spec: CommandSpec(
        "change-plan", abstract: "Move the current membership to another plan, keeping the renewal date; an upgrade's prorated difference is drafted as an invoice.",
        discussion: "Proration: when both plans bill in the same period and currency, the new plan runs from today to the old end date and the difference is (new price - old price) x days left / days in the term, rounded half up; a downgrade is not refunded automatically (issue a credit note if you choose). Otherwise the new plan starts a full term today, charged in full.",
        options: [.value("plan", "SLUG", "The new plan.", required: true), companyOption, .value("tax", "PERCENT", "Tax rate for the drafted invoice (e.g. 20).")],
        positionals: [holderPositional],
        examples: ["portico-admin memberships change-plan M000002 --plan full"]
    )) { context in
        let (holder, name) = try holder(context)
        let tax = try InvoiceCommands.taxRate(context)
        let (membership, invoice) = try context.write { write -> (Membership, Invoice?) in
            let plan = try context.value("plan")
            let (membership, charge) = try MembershipRecords.changePlan(holder, to: plan, in: write)
            guard let charge else { return (membership, nil) }
            let line = InvoiceRecords.LineInput(description: "Change of plan to \(plan) from \(membership.startsOn)", unit: charge,
                                                taxRateBasisPoints: tax, membershipID: membership.id, planID: membership.planID)
            return (membership, try InvoiceRecords.draft(for: holder, lines: [line], in: write))
        }
        context.say("Moved \(name) to membership \(membership.id) (\(membership.startsOn) to \(membership.endsOn?.description ?? "lifetime")).")
        if let invoice { context.say("Drafted invoice \(invoice.label) for \(invoice.money(invoice.total)); issue it with: portico-admin invoices issue \(invoice.label)") }
    }
}
