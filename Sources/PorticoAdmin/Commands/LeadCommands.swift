import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSQLite

/// `portico-admin leads import|list|set-status`: what companies' contact forms brought.
enum LeadCommands {
    static let group = CommandGroup(noun: "leads", abstract: "Leads from companies' contact forms: import what the endpoint collected, follow them up.",
                                    commands: [importLeads, list, setStatus],
                                    reports: [CommandGroup.ReportEntry(report, summary: "Leads per period or company, by status now.")])

    static let importLeads = AdminCommand(["leads", "import"], capability: .leadsWork, writes: true, spec: CommandSpec(
        "import", abstract: "Import leads from a CSV export of the form endpoint (HubSpot, Salesforce, a form service); already imported ones are skipped.",
        discussion: "Columns (header row, any order): company (slug) or portico_company_id (the id the form carried), name (or firstname and lastname), email; optionally phone, message, received_at, source, external_id.",
        positionals: [PositionalSpec("file", "The CSV file.")],
        examples: ["portico-admin leads import leads.csv"]
    )) { context in
        let path = context.arguments.positionals[0]
        var reader = CSVReader(try ByteReader(path: path))
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        let (imported, skipped) = try context.write { try LeadRecords.importCSV(records, file: path, in: $0) }
        context.say("Imported \(imported) lead\(imported == 1 ? "" : "s")\(skipped > 0 ? "; \(skipped) already imported" : "").")
    }

    static let list = AdminCommand(["leads", "list"], capability: .leadsWork, writes: false, spec: CommandSpec(
        "list", abstract: "Leads, newest first.",
        options: [.value("company", "COMPANY", "Only this company's."), .value("status", "STATUS", "Only this status (new, contacted, won, lost).")],
        examples: ["portico-admin leads list --company tidewater-consulting"]
    )) { context in
        let store = try context.store()
        let status = try context.arguments.value("status").map { try Validate.choice($0, field: "--status", allowed: Lead.statuses) }
        let slugs = Dictionary(uniqueKeysWithValues: try CompanyRecords.list(in: store).map { ($0.id, $0.slug) })
        let leads = try LeadRecords.list(company: context.arguments.value("company"), in: store).filter { status == nil || $0.status == status }
        context.print(OutputTable(records: leads.map { lead in
            [("id", .integer(lead.id)), ("company", .text(slugs[lead.companyID] ?? "")), ("name", .text(lead.name)), ("email", .text(lead.email)),
             ("status", .text(lead.status)), ("source", .text(lead.source)), ("received_at", .text(lead.receivedAt))]
        }, emptyColumns: ["id", "company", "name", "status"]))
    }

    static let setStatus = AdminCommand(["leads", "set-status"], capability: .leadsWork, writes: true, spec: CommandSpec(
        "set-status", abstract: "Record how a lead was followed up: new, contacted, won or lost.",
        options: [.value("status", "STATUS", "new, contacted, won or lost.", required: true)],
        positionals: [PositionalSpec("lead", "The lead's id (from leads list).")],
        examples: ["portico-admin leads set-status 1 --status contacted"]
    )) { context in
        guard let id = Int64(context.arguments.positionals[0]) else {
            throw ModelError.invalid(field: "lead", value: context.arguments.positionals[0], reason: "not a lead id (a whole number from leads list)")
        }
        let lead = try context.write { try LeadRecords.setStatus(id: id, to: context.value("status"), in: $0) }
        context.say("Lead \(lead.id) is \(lead.status).")
    }

    static let report = AdminCommand(["report", "leads"], capability: .leadsWork, writes: false, spec: CommandSpec(
        "leads", abstract: "Leads per period (in the site's time zone) and per company, by status now.",
        options: ReportCommands.frameOptions(fields: ["company"]),
        examples: ["portico-admin report leads --format csv"]
    )) { context in
        try ReportCommands.emit(LeadsReport.make(store: context.store(), from: context.arguments.value("from"), to: context.arguments.value("to"),
                                                 by: context.arguments.value("by")), context)
    }
}
