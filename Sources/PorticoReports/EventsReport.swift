import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report events`: per event starting in the period, its capacity, seats sold, revenue, waiting list, offers taken
/// and attendance; then seats and revenue per ticket type, and each quota's use. Seats count quantities: a
/// registration for two holds two. Sold means confirmed or pending; revenue is what confirmed registrations came
/// to (refunded and cancelled ones count for nothing); attendance and no-shows are given once an event has ended.
/// Then per period of the events' start (`--by day|week|month|quarter|year`, month by default, on the events' own
/// calendars; every period from the first to the last): events, seats sold, seats attended, and revenue per currency.
public enum EventsReport {
    public static func make(store: Store, from: String?, to: String?, by: String? = nil, now: Date) throws -> Report {
        let period = try ReportGrouping.parse(by, report: "events").period!
        let fromDate = try from.map { try SupportReport.date($0, flag: "--from") }
        let toDate = try to.map { try SupportReport.date($0, flag: "--to") }
        let events = try EventRecords.list(in: store).filter { event in
            if let fromDate, event.startsAt < fromDate { return false }
            if let toDate, event.startsAt >= toDate { return false }
            return true
        }
        let registrations = Dictionary(grouping: try Registrations.all(in: store), by: \.eventID)
        let tickets = try EventRecords.ticketTypesByEvent(in: store)
        let quotas = Dictionary(grouping: try EventRecords.quotas(eventID: nil, in: store), by: \.eventID)

        var eventRows: [[DatabaseValue]] = []
        var ticketRows: [[DatabaseValue]] = []
        var quotaRows: [[DatabaseValue]] = []
        var perPeriod: [String: [String: (events: Int64, sold: Int64, attended: Int64, revenue: Int64)]] = [:]
        for event in events {
            let all = registrations[event.id] ?? []
            let sold = all.filter { $0.status == "confirmed" || $0.status == "pending" }
            let confirmed = all.filter { $0.status == "confirmed" }
            let seats = { (list: [Registration]) in list.reduce(Int64(0)) { $0 + $1.quantity } }
            let eventTickets = tickets[event.id] ?? []
            let currency = eventTickets.first?.price.currency ?? "GBP"
            let revenue = Money(minorUnits: confirmed.reduce(0) { $0 + $1.amount.minorUnits }, currency: currency)
            let eventQuotas = quotas[event.id] ?? []
            // Capacity: the seats the quotas allow, when every ticket type draws on one (otherwise unlimited).
            let limited = !eventTickets.isEmpty && eventTickets.allSatisfy { ticket in eventQuotas.contains { $0.ticketTypeIDs.contains(ticket.id) } }
            let capacity: DatabaseValue = limited ? .integer(eventQuotas.reduce(0) { $0 + $1.size }) : .null
            let ended = event.endsAt <= now
            let attended = seats(confirmed.filter { $0.checkedInAt != nil })
            let confirmedSeats = seats(confirmed)
            let startsOn = ZonedTime.parts(event.startsAt, in: event.timeZone).date
            var tally = perPeriod[period.label(startsOn), default: [:]][currency, default: (0, 0, 0, 0)]
            tally.events += 1
            tally.sold += seats(sold)
            tally.attended += attended
            tally.revenue += revenue.minorUnits
            perPeriod[period.label(startsOn), default: [:]][currency] = tally
            let rate: DatabaseValue = ended && confirmedSeats > 0 ? .text(percent(attended, of: confirmedSeats)) : .null
            eventRows.append([
                .text(event.slug), .text(ZonedTime.parts(event.startsAt, in: event.timeZone).date.description), .text(event.status), capacity,
                .integer(seats(sold)), .text(revenue.description), .integer(seats(all.filter { $0.status == "waitlisted" })),
                .integer(Int64(all.filter { $0.offeredAt != nil && $0.status == "confirmed" }.count)), .integer(attended), rate,
                ended ? .integer(confirmedSeats - attended) : .null,
            ])
            for ticket in eventTickets {
                let mine = sold.filter { $0.ticketTypeID == ticket.id }
                let paid = confirmed.filter { $0.ticketTypeID == ticket.id }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
                ticketRows.append([.text(event.slug), .text(ticket.name), .text(ticket.price.description), .integer(seats(mine)),
                                   .text(Money(minorUnits: paid, currency: ticket.price.currency).description)])
            }
            for quota in eventQuotas {
                let held = seats(all.filter { $0.holdsSeats && quota.ticketTypeIDs.contains($0.ticketTypeID) })
                quotaRows.append([.text(event.slug), .text(quota.name), .integer(quota.size), .integer(held), .integer(max(0, quota.size - held))])
            }
        }
        let currencies = Set(perPeriod.values.flatMap(\.keys)).sorted()
        let periodRows = period.labels(from: from, to: to, filling: perPeriod.keys).flatMap { label in
            (currencies.isEmpty ? ["GBP"] : currencies).map { currency -> [DatabaseValue] in
                let t = perPeriod[label]?[currency] ?? (0, 0, 0, 0)
                return [.text(label), .text(currency), .integer(t.events), .integer(t.sold), .integer(t.attended),
                        .text(Money(minorUnits: t.revenue, currency: currency).amount), .integer(t.revenue)]
            }
        }
        return Report(name: "events", title: "Events \(SupportReport.rangeLabel(from, to))", sections: [
            .init(name: "events", columns: ["event", "starts_on", "status", "capacity", "sold", "revenue", "waitlist", "offers_taken", "attended",
                                            "attendance_rate", "no_shows"], rows: eventRows),
            .init(name: "ticket_types", columns: ["event", "ticket", "price", "sold", "revenue"], rows: ticketRows),
            .init(name: "quotas", columns: ["event", "quota", "size", "held", "left"], rows: quotaRows),
            .init(name: "by_period", columns: ["period", "currency", "events", "sold", "attended", "revenue", "revenue_minor"], rows: periodRows),
            try ResourcesReport.viewsSection(kind: "event", store: store, from: from, to: to),
        ])
    }

    /// `75.0%`, to one decimal.
    static func percent(_ part: Int64, of whole: Int64) -> String {
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
