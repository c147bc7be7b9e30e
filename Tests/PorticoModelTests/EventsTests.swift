import Foundation
import Testing
import PorticoFormats
@testable import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Events in the model: a quota shared by two ticket types, the waiting list's order and its offers' expiry, signed
/// check-in codes (forged ones refused before any lookup), double check-in, CPD recorded once, and times across a
/// change of clocks.
@Suite struct EventsTests {
    static func render(_ notification: DueNotification) -> (subject: String, body: String) {
        ("Offer: \(notification.facts["event_title"] ?? "")", "Until \(notification.facts["offer_expires"] ?? "")\n")
    }

    func write<T>(_ store: Store, _ body: (WriteContext) throws -> T) throws -> T {
        try store.write(as: TestStores.admin, command: "test", body)
    }

    /// A published seminar with Member and Guest tickets sharing a quota of `seats`.
    func seminar(_ store: Store, seats: Int = 3, cpd: String = "3") throws {
        try write(store) { (context: WriteContext) throws in
            try EventRecords.create(title: "Seminar", start: "2027-03-10 09:00", end: "2027-03-10 17:00", timeZone: "Europe/London",
                                    fields: ["venue_name": "Hall", "cpd_points": cpd], in: context)
            try TicketRecords.addTicket(event: "seminar", name: "Member", price: "10.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 2, visibility: nil, checkoutURL: nil, in: context)
            try TicketRecords.addTicket(event: "seminar", name: "Guest", price: "20.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 2, visibility: nil, checkoutURL: nil, in: context)
            try TicketRecords.addQuota(event: "seminar", name: "Room", size: seats, tickets: ["Member", "Guest"], in: context)
            try EventRecords.publish(slug: "seminar", in: context)
        }
    }

    func member(_ store: Store, _ name: String) throws -> String {
        try write(store) { try MemberRecords.add(["name": name, "email": name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"], in: $0).memberNumber }
    }

    func guest(_ n: Int) -> Registrations.Attendee { .guest(name: "Guest \(n)", email: "guest\(n)@example.net") }

    @Test func aQuotaSharedByTwoTicketTypesFillsFromBoth() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try seminar(store, seats: 3)
        let a = try member(store, "Ana Costa")
        try write(store) { (context: WriteContext) throws in
            #expect(try Registrations.add(event: "seminar", ticket: "Member", attendee: .member(a), in: context).outcome == .confirmed)
            #expect(try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(1), quantity: 2, in: context).outcome == .confirmed)
            // The room is full: both ticket types are sold out, whichever filled it.
            #expect(try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(2), in: context).outcome == .waitlisted)
            #expect(try Registrations.add(event: "seminar", ticket: "Member", attendee: guest(3), in: context).outcome == .waitlisted)
            #expect(throws: ModelError.self) { try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(4), waitlist: false, in: context) }
        }
        let event = try EventRecords.find(slug: "seminar", in: store)
        for ticket in try EventRecords.ticketTypes(eventID: event.id, in: store) {
            #expect(try Registrations.remaining(ticketType: ticket.id, in: store) == 0)
        }
        // A ticket type in no quota is unlimited.
        try write(store) { try TicketRecords.addTicket(event: "seminar", name: "Stream", price: "0", currency: "GBP", memberPrice: nil, salesStart: nil,
                                                        salesEnd: nil, perOrderLimit: 1, visibility: nil, checkoutURL: nil, in: $0) }
        let stream = try EventRecords.ticketType(event: event, named: "Stream", in: store)
        #expect(try Registrations.remaining(ticketType: stream.id, in: store) == nil)
        #expect(try write(store) { try Registrations.add(event: "seminar", ticket: "Stream", attendee: guest(5), in: $0).outcome } == .confirmed)
        // The per-order limit and a draft event are refused, naming the field.
        #expect(throws: ModelError.invalid(field: "--quantity", value: "3", reason: "must be from 1 to 2 (the ticket's per-order limit)")) {
            try write(store) { try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(6), quantity: 3, in: $0) }
        }
    }

    @Test func theWaitingListIsServedInOrderAndAnUnansweredOfferPassesOn() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try seminar(store, seats: 1)
        let (first, second, third) = try write(store) { context in
            (try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(1), in: context).registration,
             try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(2), in: context).registration,
             try Registrations.add(event: "seminar", ticket: "Member", attendee: guest(3), in: context).registration)
        }
        #expect([first.status, second.status, third.status] == ["confirmed", "waitlisted", "waitlisted"])
        // A cancellation offers the seat to the first in line (not the later one on the other ticket type), by message.
        let offers = try write(store) { try Registrations.cancel(reference: first.reference, render: Self.render, in: $0) }
        #expect(offers.map(\.reference) == [second.reference])
        let offer = try Registrations.find(reference: second.reference, in: store)
        #expect(offer.status == "offered" && offer.offerExpiresAt == "2026-11-29T12:00:00Z", "48 hours by default")
        #expect(try Outbox.list(unsentOnly: true, in: store).map(\.dedupeKey) == ["offer:\(second.reference)"])
        // Nobody jumps the line while the offer is open.
        #expect(try write(store) { try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(4), in: $0).outcome } == .waitlisted)
        #expect(try write(store) { try Registrations.expireOffers(render: Self.render, in: $0) }.expired.isEmpty, "not yet expired")

        // Two days and a minute later the offer has passed to the next in line.
        let later = try Store(path: store.path, clock: { TestStores.fixedNow.addingTimeInterval(48 * 3600 + 60) })
        let (expired, offered) = try later.write(as: TestStores.admin, command: "test") { try Registrations.expireOffers(render: Self.render, in: $0) }
        #expect(expired.map(\.reference) == [second.reference] && expired.first?.status == "cancelled")
        #expect(offered.map(\.reference) == [third.reference])
        #expect(throws: ModelError.self) { try later.write(as: TestStores.admin, command: "test") { try Registrations.acceptOffer(reference: second.reference, in: $0) } }
        let accepted = try later.write(as: TestStores.admin, command: "test") { try Registrations.acceptOffer(reference: third.reference, in: $0) }
        #expect(accepted.status == "confirmed")
        // Running it again changes nothing.
        #expect(try later.write(as: TestStores.admin, command: "test") { try Registrations.expireOffers(render: Self.render, in: $0) }.expired.isEmpty)
    }

    @Test func aForgedOrMistypedCheckInCodeIsRefusedWithoutALookup() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try seminar(store)
        let registration = try write(store) { try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(1), in: $0).registration }
        let code = try CheckIn.code(for: registration.reference, in: store)
        let key = try CheckIn.key(in: store)
        #expect(CheckIn.verify(code, key: key) == registration.reference)
        #expect(CheckIn.verify(code.lowercased(), key: key) == registration.reference, "read case-insensitively")
        // Every single-character change of the tag, and a made-up tag of the right shape, are refused.
        let tagStart = code.index(after: code.lastIndex(of: "-")!)
        for offset in 0..<10 {
            var characters = Array(code)
            let index = code.distance(from: code.startIndex, to: tagStart) + offset
            characters[index] = characters[index] == "7" ? "8" : "7"
            #expect(CheckIn.verify(String(characters), key: key) == nil, "\(String(characters))")
        }
        #expect(CheckIn.verify("R000001-AAAAAAAAAA", key: key) == nil)
        #expect(CheckIn.verify("R999999-" + CheckIn.tag("R999999", key: Array(repeating: 7, count: 32)), key: key) == nil, "signed with another key")
        // Through check-in: refused naming --code, and nothing is written.
        let before = try TestStores.dump(store)
        #expect(throws: ModelError.invalid(field: "--code", value: "R000001-AAAAAAAAAA", reason: "not a valid check-in code (mistyped, or not issued by this site)")) {
            try write(store) { try CheckIn.checkIn(event: "seminar", code: "R000001-AAAAAAAAAA", member: nil, in: $0) }
        }
        #expect(try TestStores.dump(store) == before)
    }

    @Test func aSecondCheckInIsReportedAndCPDIsRecordedOnce() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try seminar(store, cpd: "3")
        let number = try member(store, "Ana Costa")
        let registration = try write(store) { try Registrations.add(event: "seminar", ticket: "Member", attendee: .member(number), in: $0).registration }
        let code = try CheckIn.code(for: registration.reference, in: store)
        guard case .checkedIn(let checked, let points) = try write(store, { try CheckIn.checkIn(event: "seminar", code: code, member: nil, in: $0) }) else {
            Issue.record("the first check-in did not check in")
            return
        }
        #expect(checked.checkedInAt == Timestamp.format(TestStores.fixedNow) && points == 3)
        for again in [(code as String?, nil as String?), (nil, number)] {
            guard case .alreadyCheckedIn(_, let at) = try write(store, { try CheckIn.checkIn(event: "seminar", code: again.0, member: again.1, in: $0) }) else {
                Issue.record("a second check-in was counted")
                continue
            }
            #expect(at == Timestamp.format(TestStores.fixedNow))
        }
        let records = try CPDRecord.entity.records(in: store).filter { try $0.text("source") == "event" }
        #expect(records.count == 1)
        #expect(try records.first?.integer("points") == 3 && records.first?.text("activity") == "Seminar")
        // The member's CPD summary counts it.
        #expect(try CPDRecords.summary(member: number, in: store).earned == 3)
    }

    @Test func anEventAcrossTheClocksGoingBackKeepsItsWallClockTimes() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let london = ZonedTime.zone("Europe/London")!
        // An overnight survey across the last Sunday of October 2027: 18:00 BST to 10:00 GMT is 17 hours.
        let event = try write(store) {
            try EventRecords.create(title: "Night tide survey", start: "2027-10-30 18:00", end: "2027-10-31 10:00", timeZone: "Europe/London",
                                    fields: ["venue_name": "Harbour wall"], in: $0)
        }
        #expect(Timestamp.format(event.startsAt) == "2027-10-30T17:00:00Z" && Timestamp.format(event.endsAt) == "2027-10-31T10:00:00Z")
        #expect(event.endsAt.timeIntervalSince(event.startsAt) == 17 * 3600)
        #expect(ZonedTime.iCalendarLocal(event.startsAt, in: london) == "20271030T180000" && ZonedTime.iCalendarLocal(event.endsAt, in: london) == "20271031T100000")
        #expect(ZonedTime.iso8601(event.startsAt, in: london) == "2027-10-30T18:00:00+01:00" && ZonedTime.iso8601(event.endsAt, in: london) == "2027-10-31T10:00:00+00:00")
        // A time the clocks skip in spring is refused; a repeated one in autumn is its first occurrence.
        #expect(throws: ModelError.invalid(field: "--start", value: "2027-03-28 01:30", reason: "does not exist in Europe/London: the clocks go forward over it")) {
            try write(store) { try EventRecords.create(title: "Gap", start: "2027-03-28 01:30", end: "2027-03-28 03:00", timeZone: "Europe/London",
                                                      fields: ["venue_name": "Hall"], in: $0) }
        }
        #expect(try ZonedTime.instant(local: "2027-10-31 01:30", in: london).get() == Timestamp.parse("2027-10-31T00:30:00Z")!)
        // A zone far from UTC, and a leap day.
        #expect(try ZonedTime.instant(local: "2028-02-29 23:30", in: ZonedTime.zone("Pacific/Auckland")!).get() == Timestamp.parse("2028-02-29T10:30:00Z")!)
        #expect(ZonedTime.zone("GMT+1") == nil && ZonedTime.zone("BST") == nil && ZonedTime.zone("UTC") != nil)
        // The VTIMEZONE has the observance in force at each end, begun before it.
        let lines = ZonedTime.vTimeZone(london, covering: event.startsAt...event.endsAt)
        #expect(lines.contains("DTSTART:20271031T020000") && lines.contains("TZOFFSETFROM:+0100") && lines.contains("TZOFFSETTO:+0000"))
        #expect(lines.contains("DTSTART:20270328T010000"))
    }

    @Test func membersInGoodStandingPayTheMemberPriceAndOnlyTheyTakeMembersOnlyTickets() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let (current, lapsed) = try write(store) { context -> (String, String) in
            try PlanRecords.add(slug: "full", name: "Full", price: "100.00", currency: "GBP", period: "annual", in: context)
            let current = try MemberRecords.add(["name": "Cora Current", "email": "cora@example.org"], in: context)
            let lapsed = try MemberRecords.add(["name": "Lars Lapsed", "email": "lars@example.org"], in: context)
            try MembershipRecords.add(.member(current.id), plan: "full", paid: true, in: context)
            try MembershipRecords.add(.member(lapsed.id), plan: "full", startsOn: CalendarDate("2023-01-01"), paid: true, in: context)
            try EventRecords.create(title: "Dinner", start: "2027-03-10 19:00", end: "2027-03-10 23:00", timeZone: "Europe/London",
                                    fields: ["venue_name": "Hall"], in: context)
            try TicketRecords.addTicket(event: "dinner", name: "Dinner", price: "60.00", currency: "GBP", memberPrice: "45.00", salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 2, visibility: nil, checkoutURL: nil, in: context)
            try TicketRecords.addTicket(event: "dinner", name: "Members' table", price: "40.00", currency: "GBP", memberPrice: nil, salesStart: nil,
                                        salesEnd: nil, perOrderLimit: 1, visibility: "members", checkoutURL: nil, in: context)
            try EventRecords.publish(slug: "dinner", in: context)
            return (current.memberNumber, lapsed.memberNumber)
        }
        // The one-member lookup agrees with the whole-register pass it replaces for a registration.
        let all = try MembershipRecords.standings(on: try store.today(), in: store)
        for number in [current, lapsed] {
            let id = try MemberRecords.find(number, in: store).integer("id")
            #expect(try MembershipRecords.standing(ofMember: id, on: try store.today(), in: store)?.status == all[id]?.status)
        }
        #expect(throws: ModelError.invalid(field: "--ticket", value: "Members' table", reason: "is for members with a current membership")) {
            try write(store) { try Registrations.add(event: "dinner", ticket: "Members' table", attendee: .member(lapsed), in: $0) }
        }
        let (paid, full) = try write(store) { context in
            (try Registrations.add(event: "dinner", ticket: "Dinner", attendee: .member(current), quantity: 2, in: context).registration,
             try Registrations.add(event: "dinner", ticket: "Dinner", attendee: .member(lapsed), in: context).registration)
        }
        #expect(paid.amount == Money(minorUnits: 9_000, currency: "GBP"), "2 × 45.00 for a member in good standing")
        #expect(full.amount == Money(minorUnits: 6_000, currency: "GBP"), "a lapsed member pays the full price")
        #expect(throws: ModelError.self) { try write(store) { try Registrations.add(event: "dinner", ticket: "Members' table", attendee: guest(9), in: $0) } }
        // A member is registered once per event.
        #expect(throws: ModelError.self) { try write(store) { try Registrations.add(event: "dinner", ticket: "Dinner", attendee: .member(current), in: $0) } }
    }

    @Test func statusChangesRaiseTheSequenceAndKeepThePreviousStart() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        try seminar(store)
        let published = try EventRecords.find(slug: "seminar", in: store)
        let moved = try write(store) { try EventRecords.reschedule(slug: "seminar", start: "2027-04-14 09:00", end: "2027-04-14 17:00", in: $0) }
        #expect(moved.status == "rescheduled" && moved.previousStartsAt == published.startsAt && moved.sequence == published.sequence + 1)
        #expect(Timestamp.format(moved.startsAt) == "2027-04-14T08:00:00Z", "BST in April")
        let cancelled = try write(store) { try EventRecords.cancel(slug: "seminar", in: $0) }
        #expect(cancelled.status == "cancelled" && cancelled.sequence == moved.sequence + 1)
        #expect(throws: ModelError.self) { try write(store) { try Registrations.add(event: "seminar", ticket: "Guest", attendee: guest(1), in: $0) } }
    }
}
