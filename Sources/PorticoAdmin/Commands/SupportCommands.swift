import PorticoCommandLine
import PorticoArguments
import PorticoModel
import PorticoReports
import PorticoSQLite
import PorticoFormats

/// `portico-admin support open|list|show|reply|assign|status|reopen`.
enum SupportCommands {
    static let group = CommandGroup(noun: "support", abstract: "Support tickets: open, answer, assign and resolve.", commands: [open, list, show, reply, assign, status, reopen], reports: [
        CommandGroup.ReportEntry(supportReport, summary: "Support volume, first-response and resolution times, backlog by age, per-assignee counts."),
    ])

    private static func ticketArgument(_ context: CommandContext) throws -> Int64 {
        try SupportDesk.ticketID(context.arguments.positionals[0])
    }

    private static func report(_ ticket: SupportTicket, _ verb: String, _ context: CommandContext) {
        context.say("Ticket #\(ticket.id) \(verb): \(ticket.status)" + (ticket.assigneeEmail.map { ", assigned to \($0)" } ?? "") + ".")
        if context.wantsJSON { context.print(OutputTable(records: [ticket.fields])) }
    }

    static let open = AdminCommand(["support", "open"], capability: .supportWork, writes: true, spec: CommandSpec(
        "open", abstract: "Open a ticket for a member's question.",
        options: [
            .value("subject", "TEXT", "A one-line subject.", required: true),
            .value("requester", "EMAIL", "Who asked.", required: true),
            .value("body", "TEXT", "The question, as the requester wrote it.", required: true),
            .value("priority", "PRIORITY", "low, normal (default), high or urgent."),
            .value("category", "NAME", "A category such as billing or events."),
        ],
        examples: ["portico-admin support open --subject 'Cannot renew' --requester ana@example.org --body 'The link expired.' --priority high"]
    )) { context in
        let ticket = try context.write {
            try SupportDesk.open(subject: context.value("subject"), requester: context.value("requester"), body: context.value("body"),
                                 priority: context.arguments.value("priority") ?? "normal", category: context.arguments.value("category"), in: $0)
        }
        report(ticket, "opened", context)
    }

    static let list = AdminCommand(["support", "list"], capability: .supportView, writes: false, spec: CommandSpec(
        "list", abstract: "List tickets, filtered by status, assignee, priority, category or requester.",
        options: [
            .value("status", "STATUS", "new, open, pending, solved or closed."),
            .value("assignee", "EMAIL", "Only tickets assigned to this staff member."),
            .value("priority", "PRIORITY", "low, normal, high or urgent."),
            .value("category", "NAME", "Only this category."),
            .value("requester", "EMAIL", "Only tickets from this requester."),
        ],
        examples: ["portico-admin support list --status open --assignee ops@demo.portico.example"]
    )) { context in
        let a = context.arguments
        let tickets = try SupportDesk.list(SupportDesk.Filter(status: a.value("status"), assignee: a.value("assignee"), priority: a.value("priority"),
                                                              category: a.value("category"), requester: a.value("requester")), in: context.store())
        if context.wantsJSON {
            context.print(OutputTable(records: tickets.map(\.fields)))
        } else {
            let rows = tickets.map { t -> [DatabaseValue] in
                [.integer(t.id), .text(t.status), .text(t.priority), .text(t.subject), .text(t.requesterEmail), t.assigneeEmail.map { .text($0) } ?? .null, .text(t.createdAt)]
            }
            context.print(OutputTable(columns: ["id", "status", "priority", "subject", "requester", "assignee", "created_at"], rows: rows))
        }
    }

    static let show = AdminCommand(["support", "show"], capability: .supportView, writes: false, spec: CommandSpec(
        "show", abstract: "Show a ticket with its whole conversation.",
        positionals: [PositionalSpec("ticket", "The ticket number (12 or #12).")],
        examples: ["portico-admin support show 12"]
    )) { context in
        let store = try context.store()
        let ticket = try SupportDesk.find(try ticketArgument(context), in: store)
        let messages = try SupportDesk.messages(of: ticket.id, in: store)
        if context.wantsJSON {
            let object = "{" + ticket.fields.map { JSONText.quote($0.0) + ":" + CanonicalJSON.encode($0.1) }.joined(separator: ",")
                + ",\"messages\":" + OutputTable(records: messages.map(\.fields), emptyColumns: ["id"]).json().trimmingCharacters(in: .newlines) + "}\n"
            context.output.writeData(object)
            return
        }
        var text = "#\(ticket.id) \(ticket.subject)\n"
        text += "Status: \(ticket.status) · Priority: \(ticket.priority)" + (ticket.category.map { " · Category: \($0)" } ?? "") + "\n"
        text += "Requester: \(ticket.requesterEmail) · Assignee: \(ticket.assigneeEmail ?? "(unassigned)")\n"
        text += "Opened: \(ticket.createdAt)" + (ticket.firstResponseAt.map { " · First response: \($0)" } ?? "") + (ticket.solvedAt.map { " · Solved: \($0)" } ?? "") + "\n"
        for message in messages {
            text += "\n--- \(message.side == "staff" ? "Staff" : "Requester") \(message.authorEmail) at \(message.createdAt)\n\(message.body)\n"
        }
        context.output.write(text)
    }

    static let reply = AdminCommand(["support", "reply"], capability: .supportWork, writes: true, spec: CommandSpec(
        "reply", abstract: "Add a reply to a ticket: yours, or the requester's with --from-requester.",
        options: [
            .value("body", "TEXT", "The reply.", required: true),
            .flag("from-requester", "Record a reply the requester sent (for example by email)."),
        ],
        positionals: [PositionalSpec("ticket", "The ticket number.")],
        examples: ["portico-admin support reply 12 --body 'I have sent a new renewal link.'"]
    )) { context in
        let id = try ticketArgument(context)
        let ticket = try context.write {
            try SupportDesk.reply(to: id, body: context.value("body"), fromRequester: context.arguments.flag("from-requester"), in: $0)
        }
        report(ticket, "replied", context)
    }

    static let assign = AdminCommand(["support", "assign"], capability: .supportWork, writes: true, spec: CommandSpec(
        "assign", abstract: "Assign a ticket to a staff member who can work tickets.",
        options: [.value("to", "EMAIL", "The staff member.", required: true)],
        positionals: [PositionalSpec("ticket", "The ticket number.")],
        examples: ["portico-admin support assign 12 --to ops@demo.portico.example"]
    )) { context in
        let id = try ticketArgument(context)
        let ticket = try context.write { try SupportDesk.assign(id, to: context.value("to"), in: $0) }
        report(ticket, "assigned", context)
    }

    static let status = AdminCommand(["support", "status"], capability: .supportWork, writes: true, spec: CommandSpec(
        "status", abstract: "Move a ticket to a status: open, pending, solved or closed.",
        positionals: [PositionalSpec("ticket", "The ticket number."), PositionalSpec("status", "open, pending, solved or closed.")],
        examples: ["portico-admin support status 12 solved"]
    )) { context in
        let id = try ticketArgument(context)
        let ticket = try context.write { try SupportDesk.setStatus(id, to: context.arguments.positionals[1], in: $0) }
        report(ticket, "updated", context)
    }

    static let reopen = AdminCommand(["support", "reopen"], capability: .supportWork, writes: true, spec: CommandSpec(
        "reopen", abstract: "Reopen a solved or closed ticket.",
        positionals: [PositionalSpec("ticket", "The ticket number.")],
        examples: ["portico-admin support reopen 2"]
    )) { context in
        let id = try ticketArgument(context)
        let ticket = try context.write { try SupportDesk.reopen(id, in: $0) }
        report(ticket, "reopened", context)
    }

    /// `report support`.
    static let supportReport = AdminCommand(["report", "support"], capability: .reportsView, writes: false, spec: CommandSpec(
        "support", abstract: "Support volume, first-response and resolution times (median, 90th percentile), backlog by age, per assignee.",
        options: ReportCommands.frameOptions(),
        examples: ["portico-admin report support --from 2026-10-01 --to 2026-11-01 --by week --format csv"]
    )) { context in
        let store = try context.store()
        let period = try ReportGrouping.parse(context.arguments.value("by"), report: "support").period!
        let report = try SupportReport.make(store: store, from: context.arguments.value("from"), to: context.arguments.value("to"),
                                            by: period, now: store.clock())
        try ReportCommands.emit(report, context)
    }
}
