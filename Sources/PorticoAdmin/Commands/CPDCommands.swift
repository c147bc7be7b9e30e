import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin cpd log|summary`.
enum CPDCommands {
    static let group = CommandGroup(noun: "cpd", abstract: "Continuing professional development: log activities, see progress.", commands: [log, summary], reports: [
        CommandGroup.ReportEntry(cpdReport, summary: "CPD compliance by plan and cycle year, and the members behind their plan's requirement."),
    ])

    static let log = AdminCommand(["cpd", "log"], capability: .cpdLog, writes: true, spec: CommandSpec(
        "log", abstract: "Log a CPD activity for a member.",
        options: [
            .value("activity", "TEXT", "What they did.", required: true), .value("category", "TEXT", "Its category (e.g. Learning, Teaching).", required: true),
            .value("points", "N", "Points earned (whole).", required: true), .value("date", "DATE", "When (default today)."),
            .value("evidence", "URL", "Link to a certificate or notes."), .value("source", "SOURCE", "manual (default), event or course."),
        ],
        positionals: [PositionalSpec("member", "Email address or member number.")],
        examples: ["portico-admin cpd log M000001 --activity 'Breakwater design course' --category Learning --points 6"]
    )) { context in
        let member = context.arguments.positionals[0]
        let record = try context.write {
            try CPDRecords.log(member: member, activity: context.value("activity"), category: context.value("category"),
                               points: context.integer("points") ?? 0, completedOn: MembershipCommands.date(context, "date"),
                               evidenceURL: context.arguments.value("evidence"), source: context.arguments.value("source") ?? "manual", in: $0)
        }
        context.say("Logged \(try record.integer("points")) CPD points for \(member).")
    }

    static let summary = AdminCommand(["cpd", "summary"], capability: .recordsView, writes: false, spec: CommandSpec(
        "summary", abstract: "A member's CPD points in the current cycle against their plan's requirement.",
        options: [.value("member", "MEMBER", "Email address or member number.", required: true)],
        examples: ["portico-admin cpd summary --member M000001"]
    )) { context in
        let summary = try CPDRecords.summary(member: context.value("member"), in: context.store())
        context.print(OutputTable(records: [CPDCommands.fields(summary)]))
    }

    static func fields(_ summary: CPDSummary) -> [(String, DatabaseValue)] {
        [("member_number", .text(summary.memberNumber)), ("name", .text(summary.name)), ("plan", summary.planName.map { .text($0) } ?? .null),
         ("cycle_start", .text(summary.cycleStart.description)), ("cycle_end", .text(summary.cycleEnd.description)),
         ("required", .integer(summary.required)), ("earned", .integer(summary.earned)), ("shortfall", .integer(summary.shortfall))]
    }

    /// `report cpd`.
    static let cpdReport = AdminCommand(["report", "cpd"], capability: .reportsView, writes: false, spec: CommandSpec(
        "cpd", abstract: "CPD compliance in the current cycles by plan and the year they end, then the members behind their plan's requirement.",
        options: [.value("format", "FORMAT", "table (default), csv or json.")],
        examples: ["portico-admin report cpd --format csv"]
    )) { context in
        try ReportCommands.emit(CPDReport.make(store: context.store()), context)
    }
}
