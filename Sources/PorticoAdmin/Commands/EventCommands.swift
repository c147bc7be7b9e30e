import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin events …`: events, their tickets and quotas, status changes, and check-in at the door.
enum EventCommands {
    static let group = CommandGroup(noun: "events", abstract: "Events: tickets, quotas, publishing, cancelling and rescheduling, check-in at the door.",
                                    commands: [create, update, addTicket, setPrice, addQuota, resizeQuota, publish, cancel, postpone, reschedule, list, show,
                                               checkin, checkinList],
                                    reports: [CommandGroup.ReportEntry(report, summary: "Per event: capacity, seats sold per ticket type and quota, revenue, waiting list, offers taken, attendance and no-shows; per period.")])

    /// Options naming event fields, and the field each sets.
    static let fieldOptions: [(option: String, field: String, help: String)] = [
        ("summary", "summary", "One line shown in lists."), ("description", "description", "The full description (Markdown; rendered safely)."),
        ("venue-name", "venue_name", "The venue's name (an event needs a venue, an online URL or both)."),
        ("venue-address", "venue_address", "Street address."), ("venue-city", "venue_city", "City."),
        ("venue-country", "venue_country", "Two-letter country code."), ("latitude", "latitude", "Decimal degrees, for the map link."),
        ("longitude", "longitude", "Decimal degrees."), ("online-url", "online_url", "Where to join online."),
        ("organizer", "organizer", "Who organizes it (default: the association)."), ("cpd-points", "cpd_points", "CPD points attending earns."),
        ("image-url", "image_url", "An image for the page and search engines."), ("categories", "categories", "Comma-separated categories."),
        ("series", "series", "A recurring event's series (a slug its instances share)."),
    ]

    static func fields(_ context: CommandContext) -> [String: String] {
        var fields: [String: String] = [:]
        for (option, field, _) in fieldOptions { if let value = context.arguments.value(option) { fields[field] = value } }
        return fields
    }

    static let create = AdminCommand(["events", "create"], capability: .eventsEdit, writes: true, spec: CommandSpec(
        "create", abstract: "Create an event as a draft (add tickets, then publish it).",
        discussion: "Start and end are local times where the event happens (--time-zone, default the site's). A time the clocks skip is refused.",
        options: [.value("title", "TITLE", "Its title.", required: true), .value("start", "LOCAL-TIME", "When it starts, e.g. '2027-03-20 09:00'.", required: true),
                  .value("end", "LOCAL-TIME", "When it ends.", required: true), .value("time-zone", "ZONE", "IANA time zone (default: site.timezone)."),
                  .value("slug", "SLUG", "Its address (default: from the title).")]
            + fieldOptions.map { .value($0.option, "VALUE", $0.help) },
        examples: ["portico-admin events create --title 'Spring lecture' --start '2027-04-15 18:00' --end '2027-04-15 19:30' --time-zone Europe/London --venue-name 'The Guild hall'"]
    )) { context in
        let store = try context.store()
        let zone = try context.arguments.value("time-zone") ?? store.setting("site.timezone") ?? "UTC"
        var values = fields(context)
        if let slug = context.arguments.value("slug") { values["slug"] = slug }
        let event = try context.write {
            try EventRecords.create(title: context.value("title"), start: context.value("start"), end: context.value("end"), timeZone: zone, fields: values, in: $0)
        }
        context.say("Created event \(event.slug) (draft): \(EventRecords.displayStart(event)).")
        if context.wantsJSON { context.print(OutputTable(records: [event.fields])) }
    }

    static let update = AdminCommand(["events", "update"], capability: .eventsEdit, writes: true, spec: CommandSpec(
        "update", abstract: "Change an event's details; every change is sent to calendar subscribers (SEQUENCE is raised).",
        options: [.value("title", "TITLE", "Its title."), .value("start", "LOCAL-TIME", "New start (local time)."), .value("end", "LOCAL-TIME", "New end."),
                  .value("time-zone", "ZONE", "New IANA time zone (start and end are read in it)."), .value("slug", "SLUG", "New address (the old one redirects).")]
            + fieldOptions.map { .value($0.option, "VALUE", $0.help + " Empty to remove.") },
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events update port-engineering-conference --summary 'Two days in Rotterdam.'"]
    )) { context in
        var values = fields(context)
        for name in ["title", "slug"] { if let value = context.arguments.value(name) { values[name] = value } }
        let start = context.arguments.value("start"), end = context.arguments.value("end"), zone = context.arguments.value("time-zone")
        if values.isEmpty && start == nil && end == nil && zone == nil {
            throw ModelError.invalid(field: "options", value: "", reason: "say what to change, e.g. --summary or --venue-name")
        }
        let event = try context.write {
            try EventRecords.update(slug: context.arguments.positionals[0], start: start, end: end, timeZone: zone, fields: values, in: $0)
        }
        context.say("Updated event \(event.slug).")
        if context.wantsJSON { context.print(OutputTable(records: [event.fields])) }
    }

    static let addTicket = AdminCommand(["events", "add-ticket"], capability: .pricesManage, writes: true, spec: CommandSpec(
        "add-ticket", abstract: "Add a ticket type with its price (and member price, for members in good standing).",
        options: [.value("name", "NAME", "The ticket's name, e.g. Member.", required: true), .value("price", "AMOUNT", "Price, e.g. 45.00 (0 for free).", required: true),
                  .value("currency", "CODE", "ISO 4217 currency, e.g. GBP.", required: true), .value("member-price", "AMOUNT", "Price for members in good standing."),
                  .value("sales-start", "LOCAL-TIME", "When sales open (default: now)."), .value("sales-end", "LOCAL-TIME", "When sales close (default: the event's end)."),
                  .value("limit", "N", "Most seats one registration may take (default 10)."),
                  .value("visibility", "WHO", "public (default), members (members in good standing only) or hidden."),
                  .value("checkout-url", "URL", "Where to pay, e.g. a Stripe Payment Link.")],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events add-ticket coastal-modelling-webinar --name Supporter --price 15.00 --currency GBP"]
    )) { context in
        let ticket = try context.write {
            try TicketRecords.addTicket(event: context.arguments.positionals[0], name: context.value("name"), price: context.value("price"),
                                        currency: context.value("currency"), memberPrice: context.arguments.value("member-price"),
                                        salesStart: context.arguments.value("sales-start"), salesEnd: context.arguments.value("sales-end"),
                                        perOrderLimit: context.integer("limit"), visibility: context.arguments.value("visibility"),
                                        checkoutURL: context.arguments.value("checkout-url"), in: $0)
        }
        context.say("Added ticket type \(ticket.code): \(ticket.price).")
        if context.wantsJSON { context.print(OutputTable(records: [ticket.fields])) }
    }

    static let setPrice = AdminCommand(["events", "set-price"], capability: .pricesManage, writes: true, spec: CommandSpec(
        "set-price", abstract: "Change a ticket type's price or member price; registrations already taken keep theirs.",
        options: [.value("ticket", "NAME", "The ticket type.", required: true), .value("price", "AMOUNT", "New price."),
                  .value("member-price", "AMOUNT", "New member price (empty to remove).")],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events set-price port-engineering-conference --ticket Student --price 80.00"]
    )) { context in
        let ticket = try context.write {
            try TicketRecords.setPrice(event: context.arguments.positionals[0], ticket: context.value("ticket"), price: context.arguments.value("price"),
                                       memberPrice: context.arguments.value("member-price"), in: $0)
        }
        context.say("\(ticket.code): \(ticket.price)\(ticket.memberPrice.map { ", members \($0)" } ?? "").")
        if context.wantsJSON { context.print(OutputTable(records: [ticket.fields])) }
    }

    static let addQuota = AdminCommand(["events", "add-quota"], capability: .eventsEdit, writes: true, spec: CommandSpec(
        "add-quota", abstract: "Add a quota: a number of seats shared by one or more ticket types (a ticket type in no quota is unlimited).",
        options: [.value("name", "NAME", "The quota's name, e.g. Main hall.", required: true), .value("size", "N", "Seats.", required: true),
                  .value("tickets", "NAMES", "Comma-separated ticket types sharing it.", required: true)],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events add-quota coastal-modelling-webinar --name 'Webinar seats' --size 500 --tickets Free"]
    )) { context in
        let names = try context.value("tickets").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let quota = try context.write {
            try TicketRecords.addQuota(event: context.arguments.positionals[0], name: context.value("name"), size: context.integer("size") ?? 0, tickets: names, in: $0)
        }
        context.say("Added quota \(quota.code): \(quota.size) seats for \(names.joined(separator: ", ")).")
    }

    static let resizeQuota = AdminCommand(["events", "resize-quota"], capability: .eventsEdit, writes: true, spec: CommandSpec(
        "resize-quota", abstract: "Change a quota's size; new seats are offered to the waiting list in order.",
        options: [.value("quota", "NAME", "The quota.", required: true), .value("size", "N", "Seats.", required: true),
                  .value("theme", "DIR", "The theme whose emails/ templates offers use (default: themes/default beside the database).")],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events resize-quota breakwater-design-masterclass --quota 'Workshop room' --size 10"]
    )) { context in
        let templates = try NotificationCommands.templates(context)
        let offers = try context.write {
            try TicketRecords.resizeQuota(event: context.arguments.positionals[0], name: context.value("quota"), size: context.integer("size") ?? 0,
                                          render: templates.render, in: $0)
        }
        context.say("Resized. \(offers.count) place\(offers.count == 1 ? "" : "s") offered to the waiting list.")
    }

    static func statusCommand(_ verb: String, capability: Capability, abstract: String, example: String,
                              _ change: @escaping @Sendable (String, WriteContext) throws -> Event) -> AdminCommand {
        AdminCommand(["events", verb], capability: capability, writes: true, spec: CommandSpec(
            verb, abstract: abstract, positionals: [PositionalSpec("event", "The event's slug.")], examples: [example]
        )) { context in
            let event = try context.write { try change(context.arguments.positionals[0], $0) }
            context.say("Event \(event.slug) is \(event.status).")
            if context.wantsJSON { context.print(OutputTable(records: [event.fields])) }
        }
    }

    static let publish = statusCommand("publish", capability: .eventsEdit, abstract: "Publish a draft (or postponed) event: it appears on the site and in calendars.",
                                       example: "portico-admin events publish summer-social") { try EventRecords.publish(slug: $0, in: $1) }
    static let cancel = statusCommand("cancel", capability: .eventsCancel, abstract: "Cancel an event: it stays on the site marked cancelled; calendars receive the cancellation.",
                                      example: "portico-admin events cancel dredging-forum") { try EventRecords.cancel(slug: $0, in: $1) }
    static let postpone = statusCommand("postpone", capability: .eventsEdit, abstract: "Postpone an event without a new date yet; registrations are kept.",
                                        example: "portico-admin events postpone annual-general-meeting") { try EventRecords.postpone(slug: $0, in: $1) }

    static let reschedule = AdminCommand(["events", "reschedule"], capability: .eventsEdit, writes: true, spec: CommandSpec(
        "reschedule", abstract: "Move an event to a new date; the previous start is kept (shown on the page and given to search engines).",
        options: [.value("start", "LOCAL-TIME", "New start, local time.", required: true), .value("end", "LOCAL-TIME", "New end.", required: true)],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events reschedule dredging-forum --start '2027-06-10 10:00' --end '2027-06-10 16:00'"]
    )) { context in
        let event = try context.write { try EventRecords.reschedule(slug: context.arguments.positionals[0], start: context.value("start"), end: context.value("end"), in: $0) }
        context.say("Event \(event.slug) is rescheduled to \(EventRecords.displayStart(event)).")
        if context.wantsJSON { context.print(OutputTable(records: [event.fields])) }
    }

    static let list = AdminCommand(["events", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "List events, soonest first.",
        options: [.value("status", "STATUS", "Only this status (draft, published, cancelled, postponed, rescheduled)."), .flag("upcoming", "Only events not yet ended.")],
        examples: ["portico-admin events list --upcoming"]
    )) { context in
        let store = try context.store()
        let status = try context.arguments.value("status").map { try Validate.choice($0, field: "--status", allowed: Event.statuses) }
        let now = store.clock()
        let events = try EventRecords.list(in: store).filter { (status == nil || $0.status == status) && (!context.arguments.flag("upcoming") || $0.endsAt > now) }
        context.print(OutputTable(records: events.map(\.fields), emptyColumns: ["slug", "title", "status", "starts"]))
    }

    static let show = AdminCommand(["events", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "An event with its ticket types (seats left), quotas and registration counts.",
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events show breakwater-design-masterclass"]
    )) { context in
        let store = try context.store()
        let event = try EventRecords.find(slug: context.arguments.positionals[0], in: store)
        let registrations = try Registrations.list(event: event.slug, in: store)
        var tickets: [[(String, DatabaseValue)]] = []
        for ticket in try EventRecords.ticketTypes(eventID: event.id, in: store) {
            let left = try Registrations.remaining(ticketType: ticket.id, in: store)
            tickets.append(ticket.fields + [("left", left.map { .integer($0) } ?? .text("unlimited"))])
        }
        let counts = Dictionary(grouping: registrations, by: \.status).mapValues { $0.reduce(Int64(0)) { $0 + $1.quantity } }
        if context.wantsJSON {
            context.print(OutputTable(records: [event.fields + [("tickets", .integer(Int64(tickets.count)))] + Registration.statuses.map { ($0, .integer(counts[$0] ?? 0)) }]))
            return
        }
        context.print(OutputTable(records: [event.fields]))
        context.say("\nTickets")
        context.print(OutputTable(records: tickets, emptyColumns: ["code", "name", "price", "left"]))
        context.say("\nSeats by registration status: " + Registration.statuses.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", "))
    }

    static let checkin = AdminCommand(["events", "checkin"], capability: .attendanceCheckIn, writes: true, spec: CommandSpec(
        "checkin", abstract: "Check someone in by their ticket's code (or as a member); attendance records the event's CPD points once.",
        discussion: "A code is checked against its signature before anything is looked up, so a mistyped or made-up code is refused at once. A second check-in is reported and not counted.",
        options: [.value("code", "CODE", "The code on their ticket, e.g. R000042-7KQ3M9XPTD."), .value("member", "MEMBER", "Or their member number or email.")],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events checkin winter-lecture-lessons-from-storm-surges --member M000012"]
    )) { context in
        let result = try context.write {
            try CheckIn.checkIn(event: context.arguments.positionals[0], code: context.arguments.value("code"), member: context.arguments.value("member"), in: $0)
        }
        switch result {
        case .checkedIn(let registration, let cpd):
            context.say("Checked in \(registration.reference)\(registration.quantity > 1 ? " (\(registration.quantity) seats)" : "")\(cpd > 0 ? "; \(cpd) CPD points recorded" : "").")
            if context.wantsJSON { context.print(OutputTable(records: [[("reference", .text(registration.reference)), ("checked_in", .integer(1)), ("already", .integer(0)), ("cpd_points", .integer(cpd))]])) }
        case .alreadyCheckedIn(let registration, let at):
            context.output.error("portico-admin: warning: \(registration.reference) was already checked in at \(at); not counted again")
            if context.wantsJSON { context.print(OutputTable(records: [[("reference", .text(registration.reference)), ("checked_in", .integer(1)), ("already", .integer(1)), ("cpd_points", .integer(0))]])) }
        }
    }

    static let checkinList = AdminCommand(["events", "checkin-list"], capability: .attendanceCheckIn, writes: false, spec: CommandSpec(
        "checkin-list", abstract: "Write the door list (CSV and a printable HTML page) for venues without a connection.",
        options: [.value("dir", "DIR", "The folder to write checkin-EVENT.csv and checkin-EVENT.html into (created if needed).", required: true)],
        positionals: [PositionalSpec("event", "The event's slug.")],
        examples: ["portico-admin events checkin-list port-engineering-conference --dir door"]
    )) { context in
        let (event, entries) = try CheckIn.doorList(event: context.arguments.positionals[0], in: context.store())
        let folder = URL(fileURLWithPath: try context.value("dir"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let list = DoorList(event: event, entries: entries)
        for (name, text) in [("checkin-\(event.slug).csv", list.csv()), ("checkin-\(event.slug).html", try list.html())] {
            // Names and codes are personal data: the files are readable by their owner only.
            guard FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw ModelError.invalid(field: "--dir", value: folder.path, reason: "cannot write here")
            }
        }
        context.say("Wrote the door list for \(event.slug) (\(entries.count) registrations) to \(folder.path).")
    }

    static let report = AdminCommand(["report", "events"], capability: .reportsFinancial, writes: false, spec: CommandSpec(
        "events", abstract: "Per event: capacity, seats sold per ticket type and quota, revenue, waiting list, offers taken, attendance and no-shows; then events, seats and revenue per period of their start.",
        options: ReportCommands.frameOptions(),
        examples: ["portico-admin report events --format csv"]
    )) { context in
        let store = try context.store()
        try ReportCommands.emit(EventsReport.make(store: store, from: context.arguments.value("from"), to: context.arguments.value("to"),
                                                  by: context.arguments.value("by"), now: store.clock()), context)
    }
}
