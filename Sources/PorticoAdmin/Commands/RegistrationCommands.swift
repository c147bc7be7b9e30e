import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `portico-admin registrations …`: taking registrations (with the waiting list), cancelling and refunding them,
/// waiting-list offers, lists and the attendee export.
enum RegistrationCommands {
    static let group = CommandGroup(noun: "registrations", abstract: "Event registrations, the waiting list and its offers.",
                                    commands: [add, cancel, refund, acceptOffer, expireOffers, list, export, BulkCommands.registrationsCancel])

    static func fields(_ registration: Registration, store: Store) throws -> [(String, DatabaseValue)] {
        let attendee = try Registrations.recipient(registration, in: store)
        return [("reference", .text(registration.reference)), ("name", .text(attendee.name)), ("email", .text(attendee.email)),
                ("status", .text(registration.status)), ("quantity", .integer(registration.quantity)), ("amount", .text(registration.amount.description)),
                ("offer_expires_at", registration.offerExpiresAt.map { .text($0) } ?? .null), ("checked_in_at", registration.checkedInAt.map { .text($0) } ?? .null),
                ("code", registration.holdsSeats ? .text(try CheckIn.code(for: registration.reference, in: store)) : .null)]
    }

    static let themeOption = OptionSpec.value("theme", "DIR", "The theme whose emails/ templates waiting-list offers use (default: themes/default beside the database).")

    static let add = AdminCommand(["registrations", "add"], capability: .registrationsAdd, writes: true, spec: CommandSpec(
        "add", abstract: "Register a member or a guest; when the ticket is sold out they join the waiting list in order.",
        discussion: "Members in good standing pay the ticket's member price. Two registrations racing for the last seat cannot both have it: the second waits in line.",
        options: [.value("ticket", "NAME", "The ticket type.", required: true), .value("member", "MEMBER", "Member number or email."),
                  .value("guest-name", "NAME", "A guest's name (with --guest-email)."), .value("guest-email", "EMAIL", "A guest's email."),
                  .value("quantity", "N", "Seats (default 1; at most the ticket's per-order limit)."), .flag("pending", "Awaiting payment (holds the seats)."),
                  .flag("no-waitlist", "Refuse instead of joining the waiting list when sold out.")],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin registrations add coastal-modelling-webinar --ticket Free --member M000050"]
    )) { context in
        let attendee: Registrations.Attendee
        if let member = context.arguments.value("member") {
            attendee = .member(member)
        } else if let name = context.arguments.value("guest-name"), let email = context.arguments.value("guest-email") {
            attendee = .guest(name: name, email: email)
        } else {
            throw ModelError.invalid(field: "--member", value: "", reason: "give --member, or --guest-name with --guest-email")
        }
        let store = try context.store()
        let (registration, outcome) = try context.write {
            try Registrations.add(event: context.arguments.positionals[0], ticket: context.value("ticket"), attendee: attendee,
                                  quantity: Int64(context.integer("quantity") ?? 1), pending: context.arguments.flag("pending"),
                                  waitlist: !context.arguments.flag("no-waitlist"), in: $0)
        }
        switch outcome {
        case .waitlisted: context.say("Sold out: \(registration.reference) joins the waiting list.")
        case .pending: context.say("Registered \(registration.reference) (pending payment of \(registration.amount)).")
        case .confirmed: context.say("Registered \(registration.reference) (\(registration.amount)). Check-in code: \(try CheckIn.code(for: registration.reference, in: store))")
        }
        if context.wantsJSON { context.print(OutputTable(records: [try fields(registration, store: store)])) }
    }

    static func cancelling(_ verb: String, capability: Capability, refunded: Bool, abstract: String, example: String) -> AdminCommand {
        AdminCommand(["registrations", verb], capability: capability, writes: true, spec: CommandSpec(
            verb, abstract: abstract, options: [themeOption], positionals: [PositionalSpec("registration", "Its reference, e.g. R000042.")], examples: [example]
        )) { context in
            let templates = try NotificationCommands.templates(context)
            let offers = try context.write { try Registrations.cancel(reference: context.arguments.positionals[0], refunded: refunded, render: templates.render, in: $0) }
            context.say("\(refunded ? "Refunded" : "Cancelled") \(context.arguments.positionals[0].uppercased()).\(offers.isEmpty ? "" : " Offered the place to \(offers.map(\.reference).joined(separator: ", ")).")")
        }
    }

    static let cancel = cancelling("cancel", capability: .registrationsCancel, refunded: false,
                                   abstract: "Cancel a registration; its seats are offered to the first on the waiting list.",
                                   example: "portico-admin registrations cancel R000001")
    static let refund = cancelling("refund", capability: .paymentsRefund, refunded: true,
                                   abstract: "Mark a registration refunded (after returning the payment); its seats go to the waiting list.",
                                   example: "portico-admin registrations refund R000002")

    static let acceptOffer = AdminCommand(["registrations", "accept-offer"], capability: .registrationsAdd, writes: true, spec: CommandSpec(
        "accept-offer", abstract: "Confirm a waiting-list registration that was offered a place, while the offer is open.",
        positionals: [PositionalSpec("registration", "Its reference.")],
        examples: ["portico-admin registrations accept-offer R000025"]
    )) { context in
        let registration = try context.write { try Registrations.acceptOffer(reference: context.arguments.positionals[0], in: $0) }
        context.say("Confirmed \(registration.reference). Check-in code: \(try CheckIn.code(for: registration.reference, in: context.store()))")
    }

    static let expireOffers = AdminCommand(["registrations", "expire-offers"], capability: .registrationsAdd, writes: true, spec: CommandSpec(
        "expire-offers", abstract: "End offers past their time and offer the places to the next in line (run it daily, with notifications due).",
        options: [themeOption],
        examples: ["portico-admin registrations expire-offers"]
    )) { context in
        let templates = try NotificationCommands.templates(context)
        let (expired, offered) = try context.write { try Registrations.expireOffers(render: templates.render, in: $0) }
        context.say("\(expired.count) offer\(expired.count == 1 ? "" : "s") expired; \(offered.count) new offer\(offered.count == 1 ? "" : "s") made.")
        if context.wantsJSON {
            context.print(OutputTable(records: expired.map { [("reference", .text($0.reference)), ("change", .text("expired"))] }
                                      + offered.map { [("reference", .text($0.reference)), ("change", .text("offered"))] }))
        }
    }

    static let list = AdminCommand(["registrations", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "An event's registrations in the order they were taken (the waiting list in its order).",
        options: [.value("status", "STATUS", "Only this status (pending, confirmed, cancelled, refunded, waitlisted, offered).")],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin registrations list breakwater-design-masterclass --status waitlisted"]
    )) { context in
        let store = try context.store()
        let status = try context.arguments.value("status").map { [try Validate.choice($0, field: "--status", allowed: Registration.statuses)] }
        let registrations = try Registrations.list(event: context.arguments.positionals[0], statuses: status, in: store)
        context.print(OutputTable(records: try registrations.map { try fields($0, store: store) }, emptyColumns: ["reference", "name", "status", "quantity"]))
    }

    static let export = AdminCommand(["registrations", "export"], capability: .exportsPersonalData, writes: false, spec: CommandSpec(
        "export", abstract: "An event's registrations as CSV (names, emails, tickets, amounts, check-in), for a spreadsheet or mail merge.",
        discussion: "For every registration of every event in a file that imports back, use 'portico-admin export registrations'.",
        options: [.value("output", "FILE", "Write to FILE instead of standard output.")],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin registrations export port-engineering-conference --output attendees.csv"]
    )) { context in
        let store = try context.store()
        let event = try EventRecords.find(slug: context.arguments.positionals[0], in: store)
        let tickets = Dictionary(uniqueKeysWithValues: try EventRecords.ticketTypes(eventID: event.id, in: store).map { ($0.id, $0.name) })
        var csv = CSVWriter.record(["reference", "name", "email", "member_number", "ticket", "quantity", "status", "amount", "currency", "registered_at", "checked_in_at"])
        for registration in try Registrations.list(event: event.slug, in: store) {
            let attendee = try Registrations.recipient(registration, in: store)
            let number = try registration.memberID.flatMap { try Member.entity.find(id: $0, in: store)?.text("member_number") } ?? ""
            csv += CSVWriter.record([registration.reference, attendee.name, attendee.email, number, tickets[registration.ticketTypeID] ?? "",
                                     String(registration.quantity), registration.status, registration.amount.amount, registration.amount.currency,
                                     registration.createdAt, registration.checkedInAt ?? ""])
        }
        if let path = context.arguments.value("output") {
            guard FileManager.default.createFile(atPath: path, contents: Data(csv.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw ModelError.invalid(field: "--output", value: path, reason: "cannot write here")
            }
            context.say("Wrote \(path).")
        } else {
            context.output.writeData(csv)
        }
    }
}
