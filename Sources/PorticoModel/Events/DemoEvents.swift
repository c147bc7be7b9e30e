import Foundation
import PorticoFormats
import PorticoSQLite

/// The demo association's events: past and upcoming, sold out with a waiting list and an open offer, cancelled,
/// postponed, rescheduled, online, hybrid, a recurring series and a draft, with registrations and attendance.
/// Dates are reckoned from the day the demo is created, so there is always something upcoming and something past.
enum DemoEvents {
    /// The demo's waiting-list messages are plain text made here; a site's own are rendered from its theme.
    static func render(_ notification: DueNotification) -> (subject: String, body: String) {
        ("A place is free: \(notification.facts["event_title"] ?? "")",
         "Dear \(notification.toName),\n\nA place on \(notification.facts["event_title"] ?? "") is yours until \(notification.facts["offer_expires"] ?? "").\n")
    }

    @Sendable static func seed(_ context: WriteContext) throws {
        let today = try context.store.today()
        func at(_ days: Int64, _ clock: String) -> String { today.adding(days: days).description + " " + clock }
        func create(_ title: String, _ start: (Int64, String), _ end: (Int64, String), zone: String = "Europe/London", _ fields: [String: String]) throws -> String {
            try EventRecords.create(title: title, start: at(start.0, start.1), end: at(end.0, end.1), timeZone: zone, fields: fields, in: context).slug
        }
        let london = ["venue_name": "Institution of Harbour Engineers, Great George Street", "venue_address": "1 Great George Street", "venue_city": "London",
                      "venue_country": "GB", "latitude": "51.5010", "longitude": "-0.1290", "organizer": "Guild of Harbour Engineers"]

        // An upcoming conference: member and non-member tickets share the main hall; students have their own seats.
        let conference = try create("Port Engineering Conference", (60, "09:00"), (61, "17:30"), zone: "Europe/Amsterdam", [
            "summary": "Two days on port expansion, climate adaptation and asset management, with site visits.",
            "description": "The Guild's annual conference returns to **Rotterdam**.\n\n- Keynotes on climate-ready quays\n- Twelve technical sessions\n- A boat tour of the Maasvlakte",
            "venue_name": "SS Rotterdam", "venue_address": "3e Katendrechtsehoofd 25", "venue_city": "Rotterdam", "venue_country": "NL",
            "latitude": "51.9000", "longitude": "4.4840", "organizer": "Guild of Harbour Engineers", "cpd_points": "12", "categories": "Conferences",
            "image_url": "https://images.harbour-guild.example/conference.jpg"])
        try TicketRecords.addTicket(event: conference, name: "Member", price: "450.00", currency: "EUR", memberPrice: "320.00", salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 2, visibility: nil, checkoutURL: "https://pay.harbour-guild.example/conference-member", in: context)
        try TicketRecords.addTicket(event: conference, name: "Non-member", price: "540.00", currency: "EUR", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 4, visibility: nil, checkoutURL: "https://pay.harbour-guild.example/conference", in: context)
        try TicketRecords.addTicket(event: conference, name: "Student", price: "90.00", currency: "EUR", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
        try TicketRecords.addQuota(event: conference, name: "Main hall", size: 120, tickets: ["Member", "Non-member"], in: context)
        try TicketRecords.addQuota(event: conference, name: "Student seats", size: 20, tickets: ["Student"], in: context)
        try EventRecords.publish(slug: conference, in: context)

        // A masterclass sold out, with three waiting: one cancellation offered the first a place.
        let masterclass = try create("Breakwater design masterclass", (21, "09:30"), (21, "16:30"), london.merging([
            "summary": "A hands-on day on rubble-mound breakwater design with the Guild's coastal design tutors.", "cpd_points": "6", "categories": "Training",
            "description": "Bring a laptop. We work through **armour sizing** and overtopping with real storm data."]) { $1 })
        try TicketRecords.addTicket(event: masterclass, name: "Place", price: "180.00", currency: "GBP", memberPrice: "140.00", salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
        try TicketRecords.addQuota(event: masterclass, name: "Workshop room", size: 8, tickets: ["Place"], in: context)
        try EventRecords.publish(slug: masterclass, in: context)

        let webinar = try create("Coastal modelling webinar", (10, "16:00"), (10, "17:00"), [
            "summary": "An hour on open-source wave models, with questions.", "online_url": "https://meet.harbour-guild.example/coastal-modelling",
            "organizer": "Guild of Harbour Engineers", "cpd_points": "1", "categories": "Webinars"])
        try TicketRecords.addTicket(event: webinar, name: "Free", price: "0", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
        try EventRecords.publish(slug: webinar, in: context)

        let agm = try create("Annual General Meeting", (30, "18:00"), (30, "19:30"), london.merging([
            "summary": "Members elect the council and approve the accounts. Join in person or online.",
            "online_url": "https://meet.harbour-guild.example/agm", "categories": "Governance"]) { $1 })
        try TicketRecords.addTicket(event: agm, name: "Member", price: "0", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 1, visibility: "members", checkoutURL: nil, in: context)
        try EventRecords.publish(slug: agm, in: context)

        // A monthly chapter meetup: one instance past, one to come, in one series.
        var meetups: [String] = []
        for (offset, month) in [(-12, "past"), (18, "next")] as [(Int64, String)] {
            let slug = try create("Northern Chapter meetup", (offset, "18:30"), (offset, "20:30"), [
                "summary": "Talks and a drink with the Northern Chapter (\(month) meetup).", "venue_name": "The Quayside Rooms", "venue_address": "12 Quayside",
                "venue_city": "Newcastle upon Tyne", "venue_country": "GB", "cpd_points": "1", "categories": "Chapter meetups", "series": "northern-chapter-meetup"])
            try TicketRecords.addTicket(event: slug, name: "Free", price: "0", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 2, visibility: nil, checkoutURL: nil, in: context)
            try EventRecords.publish(slug: slug, in: context)
            meetups.append(slug)
        }

        let lecture = try create("Winter lecture: lessons from storm surges", (-40, "18:00"), (-40, "19:30"), london.merging([
            "summary": "What recent surges taught us about quay design.", "cpd_points": "2", "categories": "Lectures"]) { $1 })
        try TicketRecords.addTicket(event: lecture, name: "Seat", price: "10.00", currency: "GBP", memberPrice: "0", salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 2, visibility: nil, checkoutURL: nil, in: context)
        try TicketRecords.addQuota(event: lecture, name: "Lecture theatre", size: 60, tickets: ["Seat"], in: context)
        try EventRecords.publish(slug: lecture, in: context)

        let visit = try create("Harbour site visit: Bristol", (14, "10:00"), (14, "15:00"), [
            "summary": "A guided visit of the Avonmouth dock works.", "venue_name": "Avonmouth Dock gate 2", "venue_city": "Bristol", "venue_country": "GB",
            "cpd_points": "3", "categories": "Site visits"])
        try TicketRecords.addTicket(event: visit, name: "Place", price: "25.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
        try TicketRecords.addQuota(event: visit, name: "Coach", size: 30, tickets: ["Place"], in: context)
        try EventRecords.publish(slug: visit, in: context)

        let workshop = try create("Quay wall repair workshop", (7, "09:00"), (7, "13:00"), zone: "Europe/Lisbon", [
            "summary": "Inspection and repair of ageing quay walls, at the port of Lisbon.", "venue_name": "Lisbon Port Works", "venue_city": "Lisbon",
            "venue_country": "PT", "latitude": "38.7050", "longitude": "-9.1450", "cpd_points": "4", "categories": "Training"])
        try TicketRecords.addTicket(event: workshop, name: "Place", price: "60.00", currency: "EUR", memberPrice: "45.00", salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 2, visibility: nil, checkoutURL: nil, in: context)
        try EventRecords.publish(slug: workshop, in: context)

        let forum = try create("Dredging forum", (45, "10:00"), (45, "16:00"), [
            "summary": "Sediment management and dredging practice.", "online_url": "https://meet.harbour-guild.example/dredging", "categories": "Conferences"])
        try TicketRecords.addTicket(event: forum, name: "Free", price: "0", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: context)
        try EventRecords.publish(slug: forum, in: context)

        let social = try create("Summer social", (120, "19:00"), (120, "23:00"), london.merging(["summary": "Not announced yet."]) { $1 })
        try TicketRecords.addTicket(event: social, name: "Guest", price: "35.00", currency: "GBP", memberPrice: "30.00", salesStart: nil, salesEnd: nil,
                                    perOrderLimit: 4, visibility: nil, checkoutURL: nil, in: context)

        // Registrations, by member number (the demo's members are fixed).
        func member(_ seat: Int) -> Registrations.Attendee { .member("M" + String(format: "%06d", seat)) }
        for seat in 1...14 { try Registrations.add(event: conference, ticket: seat % 3 == 0 ? "Non-member" : "Member", attendee: member(seat), in: context) }
        try Registrations.add(event: conference, ticket: "Non-member", attendee: .guest(name: "Harbour Board guest", email: "guest.one@example.net"), quantity: 2, in: context)
        try Registrations.add(event: conference, ticket: "Student", attendee: .guest(name: "Student guest", email: "student.guest@example.net"), in: context)
        for seat in 20...30 { try Registrations.add(event: masterclass, ticket: "Place", attendee: member(seat), in: context) }
        let first = try Registrations.list(event: masterclass, statuses: ["confirmed"], in: context.store)[2]
        try Registrations.cancel(reference: first.reference, render: render, in: context)
        for seat in 31...36 { try Registrations.add(event: webinar, ticket: "Free", attendee: member(seat), in: context) }
        // The AGM's ticket is for members in good standing: the first five such members register.
        var agmRegistrations = 0
        for seat in 1...60 where agmRegistrations < 5 {
            do {
                try Registrations.add(event: agm, ticket: "Member", attendee: member(seat), in: context)
                agmRegistrations += 1
            } catch ModelError.invalid { continue }
        }
        for seat in 40...44 { try Registrations.add(event: meetups[1], ticket: "Free", attendee: member(seat), in: context) }
        for seat in 10...13 { try Registrations.add(event: visit, ticket: "Place", attendee: member(seat), in: context) }
        for seat in 45...47 { try Registrations.add(event: workshop, ticket: "Place", attendee: member(seat), in: context) }
        try EventRecords.cancel(slug: visit, in: context)
        try EventRecords.reschedule(slug: workshop, start: at(35, "09:00"), end: at(35, "13:00"), in: context)
        try EventRecords.postpone(slug: forum, in: context)

        // Past events: registrations taken before them, most attended (each attendance records the member's CPD once).
        for (slug, seats, attended) in [(lecture, Array(2...13), 9), (meetups[0], Array(40...46), 5)] {
            let event = try EventRecords.find(slug: slug, in: context.store)
            let ticket = try EventRecords.ticketTypes(eventID: event.id, in: context.store)[0]
            let taken = Timestamp.format(event.startsAt.addingTimeInterval(-14 * 86_400))
            for (index, seat) in seats.enumerated() {
                let memberID = try MemberRecords.find("M" + String(format: "%06d", seat), in: context.store).integer("id")
                var values = try Registration.entity.completedForInsert([
                    "event_id": .integer(event.id), "ticket_type_id": .integer(ticket.id), "member_id": .integer(memberID), "status": .text("confirmed"),
                    "amount_minor": .integer(ticket.memberPrice?.minorUnits ?? ticket.price.minorUnits), "currency": .text(ticket.price.currency)], in: context.store)
                values["created_at"] = .text(taken)
                values["updated_at"] = .text(taken)
                let record = try context.insert(Registration.entity, values)
                if index < attended {
                    _ = try CheckIn.checkIn(event: slug, code: try CheckIn.code(for: try record.text("reference"), in: context.store), member: nil, in: context)
                }
            }
        }
    }
}
