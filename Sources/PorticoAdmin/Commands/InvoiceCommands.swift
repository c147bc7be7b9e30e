import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin invoices list|show|draft|add-line|issue|void|credit|pay|generate-renewals|render`.
enum InvoiceCommands {
    static let group = CommandGroup(noun: "invoices", abstract: "Invoices, credit notes and payments.", commands: [list, show, draft, addLine, issue, void, credit, pay, generateRenewals, render, BulkCommands.invoicesIssue], reports: [
        CommandGroup.ReportEntry(revenueReport, summary: "Issued invoices less credit notes, and event tickets, by period, plan or source (membership, events, courses, sponsorship), per currency."),
    ])

    static let invoicePositional = PositionalSpec("invoice", "Invoice number (INV-2026-0001), or #ID for a draft.")

    /// `--tax 20` or `--tax 5.5` as basis points (2000, 550); 0 without the option.
    static func taxRate(_ context: CommandContext) throws -> Int64 {
        try context.arguments.value("tax").map { try Invoice.taxRate(percent: $0) } ?? 0
    }

    static func line(_ context: CommandContext, currency: String) throws -> InvoiceRecords.LineInput {
        var line = InvoiceRecords.LineInput(description: try context.value("description"), quantity: Int64(try context.integer("quantity") ?? 1),
                                            unit: try Money.parse(context.value("amount"), currency: currency, field: "--amount"),
                                            taxRateBasisPoints: try taxRate(context), source: context.arguments.value("source") ?? "other")
        if let term = try context.integer("term") {
            let membership = try MembershipRecords.find(id: Int64(term), in: context.store())
            line.membershipID = membership.id
            line.planID = membership.planID
            line.source = "membership"
        }
        return line
    }

    static let lineOptions: [OptionSpec] = [
        .value("description", "TEXT", "What the line is for.", required: true),
        .value("amount", "AMOUNT", "Unit price before tax, e.g. 250.00.", required: true),
        .value("quantity", "N", "How many (default 1)."),
        .value("tax", "PERCENT", "Tax rate, e.g. 20 (default 0)."),
        .value("source", "SOURCE", "membership, events, courses, sponsorship or other (default other): where revenue reports count it."),
    ]

    static func announce(_ invoice: Invoice, _ verb: String, _ context: CommandContext) {
        context.say("\(verb) \(invoice.label): \(invoice.money(invoice.total)) to \(invoice.billToName), \(invoice.status).")
        if context.wantsJSON { context.print(OutputTable(records: [invoice.fields])) }
    }

    static let list = AdminCommand(["invoices", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "Invoices and credit notes, newest first, with totals, balances and status.",
        options: [.value("status", "STATUS", "Only draft, issued, part-paid, paid or void.")],
        examples: ["portico-admin invoices list --status part-paid"]
    )) { context in
        let invoices = try InvoiceRecords.list(status: context.arguments.value("status"), in: context.store())
        context.print(OutputTable(records: invoices.map(\.fields), emptyColumns: ["number", "kind", "bill_to", "total", "balance", "status"]))
    }

    static let show = AdminCommand(["invoices", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "One invoice's lines, tax, payments (voided ones marked), credit notes and balance.",
        positionals: [invoicePositional],
        examples: ["portico-admin invoices show INV-2026-0001"]
    )) { context in
        let invoice = try InvoiceRecords.find(context.arguments.positionals[0], in: context.store())
        let lines = invoice.lines.map { line -> [(String, DatabaseValue)] in
            [("description", .text(line.description)), ("quantity", .integer(line.quantity)), ("unit", .text(invoice.money(line.unitMinor).amount)),
             ("tax_rate", .text(line.taxRateText)), ("net", .text(invoice.money(line.net).amount)),
             ("tax", .text(invoice.money(line.tax).amount)), ("source", .text(line.source))]
        }
        let store = try context.store()
        let received = try PaymentRecords.list(.init(invoice: invoice.label), in: store).reversed()
        let payments = received.map(\.fields)
        let credits = try InvoiceRecords.creditNotes(of: invoice, in: store).map(\.fields)
        if context.wantsJSON { context.print(OutputTable(records: [invoice.fields])); return }
        context.print(OutputTable(records: [invoice.fields]))
        context.output.write("\n")
        context.print(OutputTable(records: lines))
        context.output.write(payments.isEmpty ? "\nNo payments.\n" : "\nPayments:\n")
        if !payments.isEmpty { context.print(OutputTable(records: Array(payments))) }
        let refunds = try received.flatMap { try PaymentRecords.refunds(of: $0, in: store) }
        if !refunds.isEmpty {
            context.output.write("\nRefunds:\n")
            context.print(OutputTable(records: refunds.map(\.fields)))
        }
        if !credits.isEmpty {
            context.output.write("\nCredit notes:\n")
            context.print(OutputTable(records: credits))
        }
    }

    static let draft = AdminCommand(["invoices", "draft"], capability: .invoicesManage, writes: true, spec: CommandSpec(
        "draft", abstract: "Draft an invoice with one line to a member or a company (its primary contact receives it).",
        options: lineOptions + [MembershipCommands.companyOption, .value("currency", "CODE", "ISO 4217 currency (default GBP)."),
                                .value("term", "MEMBERSHIP", "The membership term (its id, as memberships list shows) this invoice pays for: paying it in full makes the term paid.")],
        positionals: [MembershipCommands.holderPositional],
        examples: ["portico-admin invoices draft M000001 --description 'Annual dinner, two seats' --amount 45.00 --quantity 2 --tax 20 --source events"]
    )) { context in
        let (holder, _) = try MembershipCommands.holder(context)
        let currency = try Money.currency(context.arguments.value("currency") ?? "GBP", field: "--currency")
        let invoice = try context.write { try InvoiceRecords.draft(for: holder, lines: [line(context, currency: currency)], in: $0) }
        announce(invoice, "Drafted", context)
    }

    static let addLine = AdminCommand(["invoices", "add-line"], capability: .invoicesManage, writes: true, spec: CommandSpec(
        "add-line", abstract: "Add a line to a draft invoice.",
        options: lineOptions, positionals: [invoicePositional],
        examples: ["portico-admin invoices add-line '#1' --description 'Logo on the conference banner' --amount 300.00 --tax 20 --source sponsorship"]
    )) { context in
        let invoice = try context.write { write -> Invoice in
            let invoice = try InvoiceRecords.find(context.arguments.positionals[0], in: write.store)
            try InvoiceRecords.addLine(to: invoice.id, line(context, currency: invoice.currency), in: write)
            return try InvoiceRecords.find("#\(invoice.id)", in: write.store)
        }
        announce(invoice, "Updated", context)
    }

    static let issue = AdminCommand(["invoices", "issue"], capability: .invoicesManage, writes: true, spec: CommandSpec(
        "issue", abstract: "Issue a draft: it gets the next number of the year and can no longer change.",
        options: [.value("due-days", "N", "Days until due (default 30).")], positionals: [invoicePositional],
        examples: ["portico-admin invoices issue '#1'"]
    )) { context in
        let due = Int64(try context.integer("due-days") ?? 30)
        let invoice = try context.write { try InvoiceRecords.issue(context.arguments.positionals[0], dueDays: due, in: $0) }
        announce(invoice, "Issued", context)
    }

    static let void = AdminCommand(["invoices", "void"], capability: .invoicesManage, writes: true, spec: CommandSpec(
        "void", abstract: "Void an issued invoice with no payments or credits (its number stays used), or discard a draft.",
        positionals: [invoicePositional],
        examples: ["portico-admin invoices void '#1'"]
    )) { context in
        let label = context.arguments.positionals[0]
        if let voided = try context.write({ try InvoiceRecords.void(label, in: $0) }) { announce(voided, "Voided", context) } else { context.say("Discarded draft \(label).") }
    }

    static let credit = AdminCommand(["invoices", "credit"], capability: .invoicesManage, writes: true, spec: CommandSpec(
        "credit", abstract: "Issue a credit note against an invoice: all of it, or --amount of it.",
        options: [.value("amount", "AMOUNT", "Credit this much (tax-free) instead of the whole invoice."), .value("reason", "TEXT", "Why, shown on the note.", required: true)],
        positionals: [invoicePositional],
        examples: ["portico-admin invoices credit INV-2026-0001 --amount 20.00 --reason 'Early renewal discount'"]
    )) { context in
        let note = try context.write {
            try InvoiceRecords.credit(context.arguments.positionals[0], amount: context.arguments.value("amount"), reason: context.value("reason"), in: $0)
        }
        announce(note, "Issued credit note", context)
    }

    static let pay = AdminCommand(["invoices", "pay"], capability: .invoicesManage, writes: true, spec: CommandSpec(
        "pay", abstract: "Record a payment against an issued invoice; when nothing is left to pay, its memberships become paid.",
        options: [
            .value("amount", "AMOUNT", "Amount received.", required: true),
            .value("method", "METHOD", "card, bank_transfer, cash, cheque, direct_debit or other.", required: true),
            .value("date", "DATE", "Day received (default today)."),
            .value("reference", "TEXT", "Bank or card reference."),
        ],
        positionals: [invoicePositional],
        examples: ["portico-admin invoices pay INV-2026-0040 --amount 95.00 --method bank_transfer --reference 'BACS 2291'"]
    )) { context in
        let invoice = try context.write {
            try InvoiceRecords.pay(context.arguments.positionals[0], amount: context.value("amount"), method: context.value("method"),
                                   receivedOn: MembershipCommands.date(context, "date"), reference: context.arguments.value("reference") ?? "", in: $0)
        }
        context.say("Recorded payment on \(invoice.label); balance due \(invoice.money(invoice.balance)) (\(invoice.status)).")
        if context.wantsJSON { context.print(OutputTable(records: [invoice.fields])) }
    }

    static let generateRenewals = AdminCommand(["invoices", "generate-renewals"], capability: .invoicesManage, writes: true, spec: CommandSpec(
        "generate-renewals", abstract: "Draft renewal invoices for current memberships ending within N days (again: nothing new).",
        options: [.value("within", "DAYS", "Memberships ending within this many days (default 30).")],
        examples: ["portico-admin invoices generate-renewals --within 60"]
    )) { context in
        let days = Int64(try context.integer("within") ?? 30)
        let drafted = try context.write { try InvoiceRecords.generateRenewals(within: days, in: $0) }
        context.say("Drafted \(drafted.count) renewal invoice\(drafted.count == 1 ? "" : "s").")
        context.print(OutputTable(records: drafted.map(\.fields), emptyColumns: ["number", "bill_to", "total"]))
    }

    static let render = AdminCommand(["invoices", "render"], capability: .recordsView, writes: false, spec: CommandSpec(
        "render", abstract: "Write an invoice as a printable HTML page (print it, or save it as PDF from a browser).",
        options: [.value("output", "FILE", "Write to FILE (default: standard output).")],
        positionals: [invoicePositional],
        examples: ["portico-admin invoices render INV-2026-0001 --output INV-2026-0001.html"]
    )) { context in
        let store = try context.store()
        let invoice = try InvoiceRecords.find(context.arguments.positionals[0], in: store)
        let html = try InvoiceDocument(invoice: invoice, organization: OrganizationDetails.load(from: store),
                                       credited: invoice.creditsInvoiceID.flatMap { try? InvoiceRecords.find("#\($0)", in: store).label }).html()
        if let path = context.arguments.value("output") {
            _ = try ExportFile.write(to: path) { handle in handle.write(Data(html.utf8)); return 1 }
            context.say("Wrote \(path).")
        } else {
            context.output.writeData(html)
        }
    }

    /// `report revenue`.
    static let revenueReport = AdminCommand(["report", "revenue"], capability: .reportsFinancial, writes: false, spec: CommandSpec(
        "revenue", abstract: "Revenue: issued invoices less credit notes (by issue date) and event tickets (by booking date), by period, plan or source.",
        options: ReportCommands.frameOptions(fields: RevenueReport.fields),
        examples: ["portico-admin report revenue --from 2026-01-01 --to 2027-01-01 --by source --format csv"]
    )) { context in
        try ReportCommands.emit(RevenueReport.make(store: context.store(), from: context.arguments.value("from"), to: context.arguments.value("to"),
                                    by: context.arguments.value("by")), context)
    }
}
