import Foundation
import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report sponsors`: sponsors under contract per tier with their contract value, contracts ending in the next 60
/// days, benefits not yet delivered, assets missing past their due date, and per sponsor the views of the pages it
/// is placed on and the clicks through its links over a period (from the access-log counts; the last 30 days unless
/// `--from`/`--to` say otherwise).
public enum SponsorsReport {
    public static func make(store: Store, from: String?, to: String?, today: CalendarDate) throws -> Report {
        let end = try to.map { try Validate.calendarDate(String($0.prefix(10)), field: "--to") } ?? today.adding(days: 1)
        let start = try from.map { try Validate.calendarDate(String($0.prefix(10)), field: "--from") } ?? end.adding(days: -30)
        guard start < end else { throw ModelError.invalid(field: "--to", value: end.description, reason: "must be after --from") }
        let tiers = try SponsorRecords.tiers(in: store)
        let tierByID = Dictionary(uniqueKeysWithValues: tiers.map { ($0.id, $0) })
        let sponsors = try SponsorRecords.list(in: store)
        let active = sponsors.filter { $0.isActive(on: today) }
        let perTier = tiers.map { tier -> [DatabaseValue] in
            let members = active.filter { $0.tierID == tier.id }
            let value = Money(minorUnits: tier.price.minorUnits * Int64(members.count), currency: tier.price.currency)
            return [.text(tier.name), .integer(tier.rank), .integer(Int64(members.count)), .text(value.description)]
        }
        let ending = active.filter { $0.contractEnd <= today.adding(days: 60) }.sorted { ($0.contractEnd, $0.slug) < ($1.contractEnd, $1.slug) }.map {
            [DatabaseValue.text($0.organization), .text(tierByID[$0.tierID]?.name ?? ""), .text($0.contractEnd.description), .integer(today.days(until: $0.contractEnd))]
        }
        var undelivered: [[DatabaseValue]] = []
        var missing: [[DatabaseValue]] = []
        for sponsor in sponsors where sponsor.contractEnd >= today {
            for benefit in try SponsorRecords.benefits(of: sponsor, in: store) where benefit.deliveredOn == nil {
                undelivered.append([.text(sponsor.organization), .text(benefit.benefit), .text(benefit.note)])
            }
            if let tier = tierByID[sponsor.tierID], let due = sponsor.assetsDue, due < today {
                for asset in sponsor.missingAssets(of: tier) { missing.append([.text(sponsor.organization), .text(asset), .text(due.description)]) }
            }
        }
        // Views of each placement's pages and clicks through the sponsor's links, over the period.
        let usage = try UsageAnalytics.usage(from: start, to: end.adding(days: -1), in: store)
        var views: [String: Int64] = [:]
        for item in usage { views[item.kind + "/" + item.slug, default: 0] += item.views; views[item.kind + "/*", default: 0] += item.views }
        let placements = try SponsorRecords.placements(in: store)
        let performance = sponsors.filter { $0.isActive(on: today) || ($0.contractEnd >= start && $0.contractStart < end) }.map { sponsor -> [DatabaseValue] in
            let placed = placements.filter { $0.sponsorID == sponsor.id }
            let seen = placed.reduce(Int64(0)) { total, placement in
                switch placement.place {
                case "event", "course": return total + (views[placement.place + "/" + placement.target] ?? 0)
                case "jobs": return total + (views["job/*"] ?? 0)
                default: return total
                }
            }
            let places = placed.map { $0.target.isEmpty ? $0.place : $0.place + ":" + $0.target }.joined(separator: ", ")
            return [.text(sponsor.organization), .text(places), .integer(seen), .integer(views["sponsor/" + sponsor.slug] ?? 0)]
        }
        return Report(name: "sponsors", title: "Sponsors on \(today): \(active.count) under contract; placements \(start) to \(end.adding(days: -1))", sections: [
            .init(name: "active_by_tier", columns: ["tier", "rank", "sponsors", "contract_value"], rows: perTier),
            .init(name: "ending_within_60_days", columns: ["sponsor", "tier", "contract_end", "days_left"], rows: ending),
            .init(name: "undelivered_benefits", columns: ["sponsor", "benefit", "note"], rows: undelivered),
            .init(name: "missing_assets", columns: ["sponsor", "asset", "due"], rows: missing),
            .init(name: "placements", columns: ["sponsor", "placed_on", "page_views", "clicks"], rows: performance),
        ])
    }
}
