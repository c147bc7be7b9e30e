import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// The bulk operations (`members bulk-update`, `memberships bulk-renew`, `jobs bulk-expire`, `registrations
/// bulk-cancel`, `invoices bulk-issue`): a filter picks the records, the single-record change runs on each, all in
/// one transaction with an audit entry per record. `--dry-run` runs it all and rolls it back. They need
/// `bulk.operations` and the change's own capability.
enum BulkCommands {
    static let dryRun = OptionSpec.flag("dry-run", "Run every check of the real run, report the count and a sample, then change nothing.")

    /// Runs the operation and reports it: the count, whether it was a dry run, and the first records' lines.
    static func run(_ context: CommandContext, keys: [String], needs capability: Capability, noun: String,
                    change: (String, WriteContext) throws -> String) throws {
        let actor = try context.actor()
        try actor.require(capability)
        guard !keys.isEmpty else {
            context.say("No \(noun) match the filter: nothing to do.")
            return
        }
        let dry = context.arguments.flag("dry-run")
        let result = try BulkOperation.run(keys, dryRun: dry, as: actor, command: context.arguments.commandPath.joined(separator: " "), in: try context.store(),
                                           progress: { done, total in context.output.progress("\(noun)", done: done, total: total) }, change: change)
        context.print(OutputTable(records: result.sample.map { [("record", .text($0))] }))
        context.say(dry ? "Dry run: \(result.changed) \(noun) would change (the first \(result.sample.count) above); nothing was written."
                        : "Changed \(result.changed) \(noun), each in the audit trail.")
    }

    static let membersUpdate = AdminCommand(["members", "bulk-update"], capability: .bulkOperations, writes: true, spec: CommandSpec(
        "bulk-update", abstract: "Set fields on every member the filters pick (the filters of members list), all or none.",
        options: [.value("set", "FIELD=VALUE", "A field to set (as members update takes it); repeat for several.", required: true, repeatable: true),
                  .value("plan", "SLUG", "Only members whose standing is on this plan."), .value("status", "STATUS", "Only members of this standing."),
                  .value("country", "CODE", "Only members in this country."), .value("group", "SLUG", "Only members of this group."),
                  .value("visibility", "VISIBILITY", "Only public, unlisted, members or hidden."), dryRun],
        examples: ["portico-admin members bulk-update --country IE --set visibility=members --dry-run"]
    )) { context in
        let value = context.arguments.value
        var changes: [String: String] = [:]
        for pair in context.arguments.allValues("set") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else { throw ModelError.invalid(field: "--set", value: pair, reason: "give FIELD=VALUE") }
            changes[parts[0]] = parts[1]
        }
        let filter = MemberRecords.Filter(country: value("country"), visibility: value("visibility"), query: nil, plan: value("plan"), status: value("status"),
                                          group: value("group"), limit: nil)
        let keys = try MemberRecords.list(filter, in: context.store()).map(\.memberNumber)
        try run(context, keys: keys, needs: .recordsEdit, noun: "members") { key, write in
            let member = try MemberRecords.update(key, changes, in: write)
            return "\(member.memberNumber) \(member.name): " + changes.keys.sorted().map { "\($0)=\(changes[$0]!)" }.joined(separator: ", ")
        }
    }

    static let membershipsRenew = AdminCommand(["memberships", "bulk-renew"], capability: .bulkOperations, writes: true, spec: CommandSpec(
        "bulk-renew", abstract: "Add the next term for every current membership ending soon that has none yet (waiting for payment unless --paid).",
        options: [.value("ending-within", "DAYS", "Terms ending within DAYS days (default 30)."), .value("plan", "SLUG", "Only this plan."),
                  .flag("paid", "Record the new terms as paid."), dryRun],
        examples: ["portico-admin memberships bulk-renew --ending-within 14 --dry-run"]
    )) { context in
        let store = try context.store()
        let days = Int64(try context.integer("ending-within") ?? 30)
        let plan = context.arguments.value("plan")
        let terms = try TermList.terms(TermList.Filter(endingWithin: days), in: store).filter { $0.next == nil && (plan == nil || $0.plan.slug == plan) }
        let holders = Dictionary(terms.map { ($0.holderKey, $0.membership.holder) }, uniquingKeysWith: { first, _ in first })
        try run(context, keys: terms.map(\.holderKey), needs: .recordsEdit, noun: "memberships") { key, write in
            let renewed = try MembershipRecords.renew(holders[key]!, paid: context.arguments.flag("paid"), in: write)
            return "\(key): next term \(renewed.startsOn) to \(renewed.endsOn?.description ?? "lifetime")"
        }
    }

    static let jobsExpire = AdminCommand(["jobs", "bulk-expire"], capability: .bulkOperations, writes: true, spec: CommandSpec(
        "bulk-expire", abstract: "Close every published job the filters pick (a company's, a category's, or those posted before a day).",
        options: [.value("company", "COMPANY", "Only this company's jobs."), .value("category", "NAME", "Only jobs in this category."),
                  .value("posted-before", "DATE", "Only jobs posted before this day."), dryRun],
        examples: ["portico-admin jobs bulk-expire --posted-before 2026-10-01 --dry-run"]
    )) { context in
        let store = try context.store()
        let company = try context.arguments.value("company").map { try CompanyRecords.find(slug: $0, in: store).id }
        let before = try context.arguments.value("posted-before").map { try Validate.calendarDate($0, field: "--posted-before") }
        let category = context.arguments.value("category")
        let jobs = try JobRecords.list(in: store).filter { job in
            job.status == "published" && (company == nil || job.companyID == company) && (category == nil || job.categories.contains(category!))
                && (before == nil || (job.postedOn.map { $0 < before! } ?? false))
        }
        try run(context, keys: jobs.map(\.slug), needs: .jobsEdit, noun: "jobs") { slug, write in
            let job = try JobRecords.expire(slug: slug, in: write)
            return "\(job.slug): closed (listed until \(job.expiresOn))"
        }
    }

    static let registrationsCancel = AdminCommand(["registrations", "bulk-cancel"], capability: .bulkOperations, writes: true, spec: CommandSpec(
        "bulk-cancel", abstract: "Cancel every registration of an event the filters pick; freed places are offered to the waiting list as one by one.",
        options: [.value("ticket", "NAME", "Only this ticket type."), .value("status", "STATUS", "Only registrations in this status (e.g. pending, waitlisted)."),
                  RegistrationCommands.themeOption, dryRun],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin registrations bulk-cancel breakwater-design-masterclass --status waitlisted --dry-run"]
    )) { context in
        let store = try context.store()
        let event = context.arguments.positionals[0]
        let status = context.arguments.value("status")
        let tickets = try EventRecords.ticketTypesByEvent(in: store).values.flatMap { $0 }
        let ticket = try context.arguments.value("ticket").map { name in
            guard let found = tickets.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else { throw ModelError.notFound(entity: "ticket type", key: name) }
            return found.id
        }
        let registrations = try Registrations.list(event: event, in: store).filter {
            ["confirmed", "pending", "waitlisted", "offered"].contains($0.status) && (status == nil || $0.status == status) && (ticket == nil || $0.ticketTypeID == ticket)
        }
        let templates = try NotificationCommands.templates(context)
        try run(context, keys: registrations.map(\.reference), needs: .registrationsCancel, noun: "registrations") { reference, write in
            let offers = try Registrations.cancel(reference: reference, render: templates.render, in: write)
            return "\(reference): cancelled" + (offers.isEmpty ? "" : "; offered to " + offers.map(\.reference).joined(separator: ", "))
        }
    }

    static let invoicesIssue = AdminCommand(["invoices", "bulk-issue"], capability: .bulkOperations, writes: true, spec: CommandSpec(
        "bulk-issue", abstract: "Issue every draft invoice (or those billed to one plan's renewals): each gets its number and due date.",
        options: [.value("source", "SOURCE", "Only drafts with a line of this source: membership, events, courses, sponsorship, other."),
                  .value("due-days", "N", "Days until due (default 30)."), dryRun],
        examples: ["portico-admin invoices bulk-issue --dry-run"]
    )) { context in
        let store = try context.store()
        let source = try context.arguments.value("source").map { try Validate.choice($0, field: "--source", allowed: Invoice.sources) }
        let drafts = try InvoiceRecords.list(status: "draft", in: store).filter { invoice in source == nil || invoice.lines.contains { $0.source == source } }
        let dueDays = Int64(try context.integer("due-days") ?? 30)
        try run(context, keys: drafts.map(\.label), needs: .invoicesManage, noun: "invoices") { label, write in
            let invoice = try InvoiceRecords.issue(label, dueDays: dueDays, in: write)
            return "\(label) → \(invoice.label): \(invoice.money(invoice.total)), due \(invoice.dueOn?.description ?? "")"
        }
    }
}
