import Foundation
import PorticoCommandLine
import PorticoArguments
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin report list`, and what every report shares: the same options and the same three formats. Each
/// report is declared by its feature's command group (`CommandGroup.reports`).
enum ReportCommands {

    /// The options every report over a period shares.
    static let frameOptions: [OptionSpec] = [
        .value("from", "DATE", "Start of the period (date, inclusive)."),
        .value("to", "DATE", "End of the period (date, exclusive)."),
        .value("format", "FORMAT", "table (default), csv or json."),
    ]

    /// The frame with `--by`, for a report that groups by `periods` (all by default) and its own `fields`; the help
    /// lists exactly what `ReportGrouping.parse` accepts for it.
    static func frameOptions(by periods: [ReportPeriod] = ReportPeriod.allCases, fields: [String] = []) -> [OptionSpec] {
        let words = periods.map { $0 == .month ? "month (default)" : $0.rawValue } + fields
        let list = words.dropLast().joined(separator: ", ") + " or " + words.last!
        return Array(frameOptions.prefix(2)) + [.value("by", "GROUP", "Group by \(list).")] + [frameOptions[2]]
    }


    static func emit(_ report: Report, _ context: CommandContext) throws {
        let format = context.arguments.value("format") ?? (context.arguments.flag("json") ? "json" : "table")
        switch format {
        case "table": context.output.write(report.text())
        case "json": context.output.writeData(report.json())
        case "csv": context.output.writeData(report.csv())
        default: throw ModelError.invalid(field: "--format", value: format, reason: "must be table, csv or json")
        }
    }

    /// `report list`: the reports every group brings, with the capability each needs.
    static func list(_ reports: [CommandGroup.ReportEntry]) -> AdminCommand {
        AdminCommand(["report", "list"], capability: .reportsView, writes: false, spec: CommandSpec(
            "list", abstract: "List the available reports.",
            examples: ["portico-admin report list"]
        )) { context in
            let rows = reports.map { [DatabaseValue.text($0.command.path[1]), .text($0.command.capability?.rawValue ?? ""), .text($0.summary)] }
            context.print(OutputTable(columns: ["report", "needs", "shows"], rows: rows))
        }
    }



}
