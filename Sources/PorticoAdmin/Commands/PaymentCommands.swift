import PorticoArguments
import PorticoCommandLine
import PorticoModel

/// `portico-admin payments list|show|void`: payments are records of their own, listed, found and voided (never
/// deleted). `invoices pay` records them.
enum PaymentCommands {
    static let group = CommandGroup(noun: "payments", abstract: "Payments received: list, show, refund, and void one recorded by mistake.", commands: [list, show, void, refund, importStripe])

    static let refund = AdminCommand(["payments", "refund"], capability: .paymentsRefund, writes: true, spec: CommandSpec(
        "refund", abstract: "Pay back part or all of a payment (after a credit note, say): recorded as a refund of its own.",
        discussion: """
        The invoice's balance grows by the refund. A payment with a refund can no longer be voided.
        """,
        options: [
            .value("amount", "AMOUNT", "How much is paid back (at most what is left of the payment).", required: true),
            .value("method", "METHOD", "card, bank_transfer, cash, cheque, direct_debit or other.", required: true),
            .value("reason", "TEXT", "Why, e.g. 'event cancelled'.", required: true),
            .value("date", "DATE", "Day paid back (default today)."),
        ],
        positionals: [paymentPositional],
        examples: ["portico-admin payments refund 1 --amount 5.00 --method card --reason 'Overpaid'"]
    )) { context in
        let refund = try context.write {
            try PaymentRecords.refund(context.arguments.positionals[0], amount: context.value("amount"), method: context.value("method"),
                                      reason: context.value("reason"), on: MembershipCommands.date(context, "date"), in: $0)
        }
        context.say("Refunded \(refund.amount) of payment \(refund.paymentID) (refund \(refund.id)).")
        if context.wantsJSON { context.print(OutputTable(records: [refund.fields])) }
    }

    static let paymentPositional = PositionalSpec("payment", "The payment's number, as `payments list` shows it.")

    static let list = AdminCommand(["payments", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "Payments, newest first, with their invoice, method, reference and status (received or void).",
        options: [
            .value("invoice", "NUMBER", "Only this invoice's payments."),
            .value("method", "METHOD", "Only card, bank_transfer, cash, cheque, direct_debit or other."),
            .value("since", "DATE", "Only payments received on or after this day (YYYY-MM-DD)."),
            .flag("received", "Leave out voided payments."),
        ],
        examples: ["portico-admin payments list --method cheque --since 2026-12-01", "portico-admin payments list --invoice INV-2026-0040"]
    )) { context in
        let payments = try PaymentRecords.list(.init(invoice: context.arguments.value("invoice"), method: context.arguments.value("method"),
                                                     since: MembershipCommands.date(context, "since"), includeVoided: !context.arguments.flag("received")),
                                               in: context.store())
        context.print(OutputTable(records: payments.map(\.fields), emptyColumns: ["id", "invoice", "amount", "method", "received_on", "status"]))
    }

    static let show = AdminCommand(["payments", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "One payment, every field, with why it was voided if it was.",
        positionals: [paymentPositional],
        examples: ["portico-admin payments show 12"]
    )) { context in
        context.print(OutputTable(records: [try PaymentRecords.find(context.arguments.positionals[0], in: context.store()).fields]))
    }

    static let void = AdminCommand(["payments", "void"], capability: .paymentsRefund, writes: true, spec: CommandSpec(
        "void", abstract: "Void a payment recorded by mistake or returned unpaid (a bounced cheque): it stays on record and stops counting.",
        discussion: """
        The invoice's balance reopens. If the payment had paid the invoice in full, the membership terms it paid for wait for payment
        again (pending). The audit trail keeps who voided it, when and why.
        """,
        options: [.value("reason", "TEXT", "Why, e.g. 'cheque returned unpaid'.", required: true)],
        positionals: [paymentPositional],
        examples: ["portico-admin payments void 12 --reason 'Cheque 004512 returned unpaid'"]
    )) { context in
        let payment = try context.write { try PaymentRecords.void(context.arguments.positionals[0], reason: context.value("reason"), in: $0) }
        let invoice = try InvoiceRecords.find(payment.invoiceNumber, in: context.store())
        context.say("Voided payment \(payment.id) of \(payment.amount) on \(payment.invoiceNumber); balance due \(invoice.money(invoice.balance)) (\(invoice.status)).")
        if context.wantsJSON { context.print(OutputTable(records: [payment.fields])) }
    }

    static let importStripe = AdminCommand(["payments", "import", "stripe"], capability: .paymentsImport, writes: true, spec: CommandSpec(
        "stripe", abstract: "Import Stripe payments: its payments CSV export, or saved webhook events (checkout.session.completed, payment_intent.succeeded, charge.refunded), matched to invoices by the invoice number in their metadata.",
        discussion: "An event file is the event's JSON, saved after its Stripe-Signature header line and an empty line; the signature is checked with stripe.webhook_secret. Importing the same payment twice records it once; what matches no invoice is listed, never guessed.",
        options: [.flag("trust-unsigned", "Accept event files without a Stripe-Signature line (ones you fetched from Stripe yourself).")],
        positionals: [PositionalSpec("file", "The CSV export or event files.", repeating: true)],
        examples: ["portico-admin payments import stripe payments.csv"]
    )) { context in
        let store = try context.store()
        let outcomes = try context.write { try StripeImport.run(files: context.arguments.positionals, trustUnsigned: context.arguments.flag("trust-unsigned"), now: store.clock(), in: $0) }
        context.print(OutputTable(records: outcomes.map {
            [("source", .text($0.source)), ("stripe_id", .text($0.id)), ("result", .text($0.result)), ("invoice", $0.invoice.map { .text($0) } ?? .null),
             ("amount", .text($0.amount)), ("note", .text($0.note))]
        }, emptyColumns: ["source", "stripe_id", "result"]))
        let unmatched = outcomes.filter { $0.result == "unmatched" }.count
        if unmatched > 0 { context.say("\(unmatched) payment\(unmatched == 1 ? "" : "s") matched no invoice: record \(unmatched == 1 ? "it" : "them") by hand with 'invoices pay' once you know which.") }
    }
}
