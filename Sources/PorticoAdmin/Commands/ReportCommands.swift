import Foundation
import PorticoCommandLine
import PorticoArguments
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin report NAME`: every report takes the same options and the same three formats.
enum ReportCommands {
    static let all: [AdminCommand] = [list, support, revenue, cpd]

    /// The options every report shares.
    static let frameOptions: [OptionSpec] = [
        .value("from", "DATE", "Start of the period (UTC date, inclusive)."),
        .value("to", "DATE", "End of the period (UTC date, exclusive)."),
        .value("by", "PERIOD", "Group by day, week or month (default month)."),
        .value("format", "FORMAT", "table (default), csv or json."),
    ]

    /// Names and descriptions of the available reports, for `report list`.
    static let catalog: [(String, String, Capability)] = [
        ("support", "Support volume, first-response and resolution times, backlog by age, per-assignee counts.", .reportsView),
        ("revenue", "Invoiced revenue less credit notes by month, plan or source, per currency.", .reportsFinancial),
        ("cpd", "Members behind their plan's CPD requirement this cycle.", .reportsView),
    ]

    static func emit(_ report: Report, _ context: CommandContext) throws {
        let format = context.arguments.value("format") ?? (context.arguments.flag("json") ? "json" : "table")
        switch format {
        case "table": context.output.write(report.text())
        case "json": context.output.writeData(report.json())
        case "csv": context.output.writeData(report.csv())
        default: throw ModelError.invalid(field: "--format", value: format, reason: "must be table, csv or json")
        }
    }

    static let list = AdminCommand(["report", "list"], capability: .reportsView, writes: false, spec: CommandSpec(
        "list", abstract: "List the available reports.",
        examples: ["portico-admin report list"]
    )) { context in
        let rows = catalog.map { [DatabaseValue.text($0.0), .text($0.2.rawValue), .text($0.1)] }
        context.print(OutputTable(columns: ["report", "needs", "shows"], rows: rows))
    }

    static let support = AdminCommand(["report", "support"], capability: .reportsView, writes: false, spec: CommandSpec(
        "support", abstract: "Support volume, first-response and resolution times (median, 90th percentile), backlog by age, per assignee.",
        options: frameOptions,
        examples: ["portico-admin report support --from 2026-10-01 --to 2026-11-01 --by week --format csv"]
    )) { context in
        let store = try context.store()
        let period = try ReportPeriod.named(context.arguments.value("by") ?? "month")
        let report = try SupportReport.make(store: store, from: context.arguments.value("from"), to: context.arguments.value("to"),
                                            by: period, now: store.clock())
        try emit(report, context)
    }

    static let revenue = AdminCommand(["report", "revenue"], capability: .reportsFinancial, writes: false, spec: CommandSpec(
        "revenue", abstract: "Invoiced revenue (issued invoices less credit notes, by issue date) by month, plan or source.",
        options: [
            .value("from", "DATE", "First day (inclusive)."), .value("to", "DATE", "Last day (exclusive)."),
            .value("by", "GROUP", "month (default), plan or source."), .value("format", "FORMAT", "table (default), csv or json."),
        ],
        examples: ["portico-admin report revenue --from 2026-01-01 --to 2027-01-01 --by source --format csv"]
    )) { context in
        try emit(RevenueReport.make(store: context.store(), from: context.arguments.value("from"), to: context.arguments.value("to"),
                                    by: context.arguments.value("by") ?? "month"), context)
    }

    static let cpd = AdminCommand(["report", "cpd"], capability: .reportsView, writes: false, spec: CommandSpec(
        "cpd", abstract: "Members with a current membership who are behind their plan's CPD requirement this cycle.",
        options: [.value("format", "FORMAT", "table (default), csv or json.")],
        examples: ["portico-admin report cpd --format csv"]
    )) { context in
        try emit(CPDReport.make(store: context.store()), context)
    }
}
