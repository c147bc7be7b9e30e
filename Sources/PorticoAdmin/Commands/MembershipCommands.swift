import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin memberships add|list|renew|cancel|change-plan`.
enum MembershipCommands {
    static let group = CommandGroup(noun: "memberships", abstract: "Memberships: join, renew, cancel and change plan; status from dates and payments.", commands: [add, list, renew, cancel, changePlan, BulkCommands.membershipsRenew],
                                    reports: [CommandGroup.ReportEntry(report, summary: "Current, new, renewed and lapsed holders and the renewal rate per month, quarter or year; current by plan; retention by join cohort.")])

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
        func status(_ membership: Membership) -> MembershipStatus { membership.status(graceDays: plans[membership.planID]?.graceDays ?? 0, today: today) }
        // In a holder's history, a term that ran its course and was followed by another reads "renewed", not
        // "lapsed": the member never lapsed. (Its own status is still lapsed: past its end and grace.)
        let followed = Set(memberships.filter { earlier in
            status(earlier) == .lapsed && earlier.cancelledOn == nil && memberships.contains { later in
                later.holder == earlier.holder && later.startsOn > earlier.startsOn && later.cancelledOn == nil
            }
        }.map(\.id))
        let records: [[(String, DatabaseValue)]] = memberships.map { membership in
            let plan = plans[membership.planID]
            return [("id", .integer(membership.id)), ("plan", .text(plan?.slug ?? "?")), ("starts_on", .text(membership.startsOn.description)),
                    ("ends_on", membership.endsOn.map { .text($0.description) } ?? .text("lifetime")),
                    ("status", .text(followed.contains(membership.id) ? "renewed" : status(membership).rawValue)),
                    ("paid_on", membership.paidOn.map { .text($0.description) } ?? .null), ("auto_renew", .integer(membership.autoRenew ? 1 : 0))]
        }
        return OutputTable(records: records, emptyColumns: ["id", "plan", "starts_on", "ends_on", "status"])
    }

    static let add = AdminCommand(["memberships", "add"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "add", abstract: "Start a membership on a plan for a member or a company; the end follows from the plan's period.",
        options: [
            .value("plan", "SLUG", "The plan.", required: true), companyOption,
            .value("start", "DATE", "First day (default: today in the site's time zone)."),
            .flag("paid", "Already paid (otherwise pending until its invoice is paid). A term on the plan already waiting for payment is settled instead: its invoice issued and paid."),
            .value("method", "METHOD", "With --paid: how it was paid, for the payment record (card, bank_transfer, cash, cheque, direct_debit or other; default other)."),
            .flag("no-invoice", "Draft no invoice for the term (you bill elsewhere); it stays pending until marked paid."),
            .flag("auto-renew", "Renew automatically at the end."),
        ],
        positionals: [holderPositional],
        examples: ["portico-admin memberships add M000004 --plan associate", "portico-admin memberships add M000004 --plan associate --paid"]
    )) { context in
        let (holder, name) = try holder(context)
        let paid = context.arguments.flag("paid")
        if context.arguments.value("method") != nil && !paid {
            throw ModelError.invalid(field: "--method", value: context.arguments.value("method")!, reason: "says how a term was paid: give it with --paid")
        }
        if paid, let waiting = try MembershipRecords.waitingForPayment(holder, plan: context.value("plan"), in: context.store()) {
            // The term exists and waits for payment: record the payment against it rather than refuse a second term.
            let invoice = try context.write {
                try InvoiceRecords.settle(waiting, method: context.arguments.value("method") ?? "other", reference: "memberships add --paid", in: $0)
            }
            context.say("Membership \(waiting.id) for \(name) (\(waiting.startsOn) to \(waiting.endsOn?.description ?? "lifetime")) was waiting for payment: now paid" +
                        (invoice.map { " (\($0.label), \($0.money($0.total)), \($0.status))." } ?? "."))
            return
        }
        let (membership, invoice) = try context.write { write -> (Membership, Invoice?) in
            let membership = try MembershipRecords.add(holder, plan: context.value("plan"), startsOn: date(context, "start"), paid: paid,
                                                       autoRenew: context.arguments.flag("auto-renew"), in: write)
            return (membership, paid || context.arguments.flag("no-invoice") ? nil : try InvoiceRecords.draft(forTerm: membership, in: write))
        }
        context.say("Added membership \(membership.id) for \(name): \(membership.startsOn) to \(membership.endsOn?.description ?? "lifetime").")
        announceDraft(invoice, context)
        if context.wantsJSON { context.print(try rows([membership], context)) }
    }

    /// Says which invoice was drafted for a term and how to send it.
    static func announceDraft(_ invoice: Invoice?, _ context: CommandContext) {
        guard let invoice else { return }
        context.say("Drafted invoice \(invoice.label) for \(invoice.money(invoice.total)); paying it in full makes the term paid. Send it: portico-admin invoices issue \(invoice.label)")
    }

    /// The options that pick terms by end date and standing (`memberships list`, `members list`).
    static let termOptions: [OptionSpec] = [
        .value("ending-within", "DAYS", "Current terms ending within DAYS days from today."),
        .value("ending-before", "DATE", "Current terms ending before DATE (YYYY-MM-DD): --ending-before 2027-01-01 in December is who ends this month."),
        .value("lapsed-since", "DATE", "Terms that lapsed on or after DATE and were not renewed."),
        .flag("renewing", "Only terms with a next term added (upcoming if paid, pending while its invoice waits)."),
    ]

    /// The term filter the options give, or nil when none is given.
    static func termFilter(_ context: CommandContext) throws -> TermList.Filter? {
        let within = try context.integer("ending-within").map(Int64.init)
        if let within, within < 0 { throw ModelError.invalid(field: "--ending-within", value: String(within), reason: "must be 0 or more days") }
        let filter = TermList.Filter(endingWithin: within, endingBefore: try date(context, "ending-before"),
                                     lapsedSince: try date(context, "lapsed-since"), renewing: context.arguments.flag("renewing"))
        return filter.isEmpty ? nil : filter
    }

    static let list = AdminCommand(["memberships", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "One holder's memberships with their status today; or, with no holder, every holder's current term, filtered.",
        discussion: """
        With no member or --company, lists each holder's term on each plan (the one running today, else the latest) with the member number,
        name, plan, dates, status and any next term, soonest end first. Statuses: active (paid, running), grace (ended, within the plan's
        grace days), upcoming (paid, starts later), pending (not paid yet), lapsed, cancelled; in one holder's history, a term that ended and
        was followed by another is shown as renewed.
        """,
        options: [companyOption] + termOptions, positionals: [holderPositional],
        examples: ["portico-admin memberships list M000001", "portico-admin memberships list --ending-before 2027-01-01",
                   "portico-admin memberships list --lapsed-since 2026-11-01", "portico-admin memberships list --ending-within 30 --renewing"]
    )) { context in
        if context.arguments.positionals.isEmpty && context.arguments.value("company") == nil {
            let terms = try TermList.terms(try termFilter(context) ?? TermList.Filter(), in: context.store())
            context.print(OutputTable(records: terms.map(\.fields), emptyColumns: ["member", "name", "plan", "ends_on", "status"]))
            return
        }
        if try termFilter(context) != nil {
            throw ModelError.invalid(field: "--ending-within/--ending-before/--lapsed-since/--renewing", value: "",
                                     reason: "filter the list of all holders; leave out the member or --company")
        }
        context.print(try rows(MembershipRecords.list(holder(context).holder, in: context.store()), context))
    }

    static let renew = AdminCommand(["memberships", "renew"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "renew", abstract: "Add the next term of the latest membership (from the day after its end, or from today once lapsed).",
        options: [companyOption, .flag("paid", "The renewal is already paid."),
                  .flag("no-invoice", "Draft no invoice for the new term (you bill elsewhere).")], positionals: [holderPositional],
        examples: ["portico-admin memberships renew M000001", "portico-admin memberships renew M000001 --paid"]
    )) { context in
        let (holder, name) = try holder(context)
        let paid = context.arguments.flag("paid")
        let (membership, invoice) = try context.write { write -> (Membership, Invoice?) in
            let membership = try MembershipRecords.renew(holder, paid: paid, in: write)
            return (membership, paid || context.arguments.flag("no-invoice") ? nil : try InvoiceRecords.draft(forTerm: membership, in: write))
        }
        context.say("Renewed \(name): \(membership.startsOn) to \(membership.endsOn?.description ?? "lifetime") (membership \(membership.id)).")
        announceDraft(invoice, context)
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

    static let report = AdminCommand(["report", "membership"], capability: .reportsView, writes: false, spec: CommandSpec(
        "membership", abstract: "Current, new, renewed and lapsed holders and the renewal rate per period (--by month, quarter or year); current by plan; retention by join cohort.",
        options: ReportCommands.frameOptions(by: [.month, .quarter, .year]),
        examples: ["portico-admin report membership --by quarter"]
    )) { context in
        let store = try context.store()
        try ReportCommands.emit(MembershipReport.make(store: store, from: context.arguments.value("from"), to: context.arguments.value("to"),
                                                      by: context.arguments.value("by"), today: store.today()), context)
    }
}
