import PorticoFormats
import PorticoModel
import PorticoSQLite

/// `report revenue`: invoiced revenue (issued invoices less issued credit notes, by their issue date) in a period,
/// grouped by month, plan or source (membership, events, courses, sponsorship, other), one row per group and
/// currency. Amounts are exact: `net`, `tax` and `gross` in the currency's decimals, and `*_minor` in minor units for
/// machines. Drafts and void invoices are not revenue.
public enum RevenueReport {
    public static let groupings = ["month", "plan", "source"]

    /// The report for `[from, to)` (dates; nil for no bound).
    public static func make(store: Store, from: String?, to: String?, by grouping: String) throws -> Report {
        let grouping = try Validate.choice(grouping, field: "--by", allowed: groupings)
        let fromDay = try from.map { try Validate.calendarDate($0, field: "--from") }
        let toDay = try to.map { try Validate.calendarDate($0, field: "--to") }
        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0.slug) })
        var totals: [String: (net: Int64, tax: Int64, lines: Int64)] = [:]
        try Invoice.forEachIssuedLine(in: store) { issued in
            if let fromDay, issued.issuedOn < fromDay { return }
            if let toDay, issued.issuedOn >= toDay { return }
            let group: String
            switch grouping {
            case "month": group = String(issued.issuedOn.description.prefix(7))
            case "plan": group = issued.line.planID.flatMap { plans[$0] } ?? "(no plan)"
            default: group = issued.line.source
            }
            let key = group + "\u{0}" + issued.currency
            totals[key, default: (0, 0, 0)].net += issued.sign * issued.line.net
            totals[key, default: (0, 0, 0)].tax += issued.sign * issued.line.tax
            totals[key, default: (0, 0, 0)].lines += 1
        }
        let rows = totals.keys.sorted().map { key -> [DatabaseValue] in
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let (net, tax, lines) = totals[key]!
            let money = { Money(minorUnits: $0, currency: parts[1]).amount }
            return [.text(parts[0]), .text(parts[1]), .integer(lines), .text(money(net)), .text(money(tax)), .text(money(net + tax)),
                    .integer(net), .integer(tax), .integer(net + tax)]
        }
        let period = "\(from ?? "the beginning") to \(to.map { "before " + $0 } ?? "now")"
        return Report(name: "revenue", title: "Revenue by \(grouping), \(period) (issued invoices less credit notes)", sections: [
            .init(name: "revenue", columns: [grouping, "currency", "lines", "net", "tax", "gross", "net_minor", "tax_minor", "gross_minor"], rows: rows),
        ])
    }
}

/// `report cpd`: members with a current membership who are behind their plan's CPD requirement this cycle.
public enum CPDReport {
    public static func make(store: Store) throws -> Report {
        let rows = try CPDRecords.behind(in: store).map { summary -> [DatabaseValue] in
            [.text(summary.memberNumber), .text(summary.name), summary.planName.map { .text($0) } ?? .null, .text(summary.cycleStart.description),
             .text(summary.cycleEnd.description), .integer(summary.required), .integer(summary.earned), .integer(summary.shortfall)]
        }
        return Report(name: "cpd", title: "Members behind on CPD this cycle (furthest behind first)", sections: [
            .init(name: "behind", columns: ["member_number", "name", "plan", "cycle_start", "cycle_end", "required", "earned", "shortfall"], rows: rows),
        ])
    }
}
