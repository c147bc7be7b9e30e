import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// `portico-admin import ENTITY FILE` and `portico-admin export ENTITY`: bulk records in CSV, JSON or JSONL for
/// every described entity.
enum TransferCommands {
    /// `import` and `export`, their help naming the entities `features` describe.
    static func commands(for features: FeatureSet) -> [AdminCommand] {
        let entityNames = features.transferable.compactMap(\.transfer?.name).joined(separator: ", ")
        return [importRecords(entityNames), exportRecords(entityNames)]
    }

    static func importRecords(_ entityNames: String) -> AdminCommand { AdminCommand(["import"], capability: .bulkOperations, writes: true, spec: CommandSpec(
        "import", abstract: "Import records from a CSV, JSON or JSONL file: every row checked first, all or nothing, each audited.",
        options: [
            .value("format", "FORMAT", "csv, json or jsonl (default: from the file's extension)."),
            .value("upsert-key", "FIELD", "Update the record whose FIELD matches (e.g. email) instead of adding a new one."),
            .flag("dry-run", "Check every row and report what would change, then write nothing."),
        ],
        positionals: [PositionalSpec("entity", "What the file holds: \(entityNames)."),
                      PositionalSpec("file", "The file: CSV with a header line, a JSON array of objects, or JSON Lines.")],
        examples: ["portico-admin import staff staff.csv --upsert-key email --dry-run"]
    )) { context in
        if let layout = VendorExport.named(context.arguments.positionals[0]) { return try vendorExport(layout, context) }
        let entity = try context.store().features.transferable(named: context.arguments.positionals[0])
        try context.actor().require(entity.transfer!.edit)
        let path = context.arguments.positionals[1]
        guard FileManager.default.isReadableFile(atPath: path) else { throw ModelError.notFound(entity: "file", key: path) }
        var importer = try RecordImporter(entity: entity, upsertKey: context.arguments.value("upsert-key"), dryRun: context.arguments.flag("dry-run"))
        importer.progress = { [output = context.output] rows in output.progress("Importing: rows read", done: rows) }
        let format = try TransferFormat.resolve(context.arguments.value("format"), path: path)
        let summary = try importer.run(path: path, format: format, store: context.store(), actor: context.actor(), command: context.commandName)
        context.output.clearProgress()
        let verb = summary.dryRun ? "Would import" : "Imported"
        context.say("\(verb) \(summary.rows) \(summary.entity) row\(summary.rows == 1 ? "" : "s"): \(summary.inserted) new, \(summary.updated) updated, \(summary.unchanged) unchanged."
                    + (summary.dryRun ? " Nothing was written (--dry-run)." : ""))
        if context.wantsJSON {
            context.print(OutputTable(records: [[("entity", .text(summary.entity)), ("dry_run", .integer(summary.dryRun ? 1 : 0)), ("rows", .integer(Int64(summary.rows))),
                                                 ("inserted", .integer(Int64(summary.inserted))), ("updated", .integer(Int64(summary.updated))),
                                                 ("unchanged", .integer(Int64(summary.unchanged)))]]))
        }
    } }

    /// The keys a filtered export of members or memberships keeps, as their list commands filter; nil when no
    /// filter is given. A filter given for another entity is an error naming it.
    static func exportFilter(_ entity: Entity, _ context: CommandContext) throws -> Set<Int64>? {
        let memberOptions = ["status", "plan", "country", "group"].filter { context.arguments.value($0) != nil }
        let terms = try MembershipCommands.termFilter(context)
        if memberOptions.isEmpty && terms == nil { return nil }
        let store = try context.store()
        switch entity.table {
        case Member.entity.table:
            let value = context.arguments.value
            var filter = MemberRecords.Filter(country: value("country"), plan: value("plan"), status: value("status"), group: value("group"))
            filter.terms = terms
            return Set(try MemberRecords.list(filter, in: store).map(\.id))
        case Membership.entity.table where memberOptions.isEmpty:
            return Set(try TermList.terms(terms ?? TermList.Filter(), in: store).map(\.membership.id))
        default:
            let given = (memberOptions + (terms == nil ? [] : ["ending-within/ending-before/lapsed-since/renewing"])).map { "--" + $0 }
            throw ModelError.invalid(field: given.joined(separator: ", "), value: entity.transfer!.name, reason: "filters members (and, for the term options, memberships) exports only")
        }
    }

    static func exportRecords(_ entityNames: String) -> AdminCommand { AdminCommand(["export"], capability: .recordsView, writes: true, spec: CommandSpec(
        "export", abstract: "Export every record as CSV, JSON or JSONL. Personal fields need exports.personal-data; each export is audited.",
        discussion: """
        members and memberships take the filters their list commands take (members list, memberships list): --status, --plan, --country,
        --group for members, and --ending-within, --ending-before, --lapsed-since, --renewing for both.
        """,
        options: [
            .value("format", "FORMAT", "csv, json or jsonl (default: from --output's extension, else csv)."),
            .value("output", "FILE", "Write to FILE (created readable by you only) instead of standard output."),
            .value("out", "FILE", "The same as --output."),
            .flag("public-only", "Leave out personal fields (names, emails, message text), so staff without exports.personal-data can export."),
            .value("where", "FIELD=VALUE", "Only records whose FIELD (as exported) is VALUE; repeat to require several.", repeatable: true),
            .value("since", "DATE", "Only records changed (or, without a change date, created) on or after DATE."),
            .value("fields", "A,B", "Only these fields, in this order (naming no personal field needs no exports.personal-data)."),
            .value("status", "STATUS", "members: only those whose standing today is active, grace, upcoming, pending, lapsed, cancelled or none."),
            .value("plan", "SLUG", "members: only those whose standing is on this plan."),
            .value("country", "CODE", "members: only those in this country."),
            .value("group", "SLUG", "members: only members of this group."),
        ] + MembershipCommands.termOptions,
        positionals: [PositionalSpec("entity", "What to export: \(entityNames); or a layout for another system: \(VendorExport.all.map(\.name).joined(separator: ", ")).")],
        examples: ["portico-admin export tickets --public-only --output tickets.csv", "portico-admin export staff --format json",
                   "portico-admin export jobs --where status=published --fields slug,title,expires_on --format jsonl",
                   "portico-admin export memberships --ending-before 2027-01-01 --output lapsing.csv",
                   "portico-admin export xero-invoices --out xero-invoices.csv"]
    )) { context in
        if let layout = VendorExport.named(context.arguments.positionals[0]) { return try vendorExport(layout, context) }
        let entity = try context.store().features.transferable(named: context.arguments.positionals[0])
        let actor = try context.actor()
        try actor.require(entity.transfer!.view)
        let output = context.arguments.value("output") ?? context.arguments.value("out")
        let format = try TransferFormat.resolve(context.arguments.value("format") ?? (output == nil ? "csv" : nil), path: output)
        let only = try exportFilter(entity, context)
        let store = try context.store()
        func makeExporter(personal: Bool) throws -> RecordExporter {
            var exporter = RecordExporter(entity: entity, format: format, includePersonal: personal, only: only)
            try exporter.filter(where: context.arguments.allValues("where"), since: context.arguments.value("since"), fields: context.arguments.value("fields"),
                                features: store.features)
            return exporter
        }
        var exporter = try makeExporter(personal: !context.arguments.flag("public-only"))
        // No personal field to export, or --fields naming none: nothing needs exports.personal-data.
        if exporter.personalColumns.isEmpty || (exporter.fields != nil && !exporter.fieldsNamePersonal) { exporter = try makeExporter(personal: false) }
        if context.arguments.flag("public-only") && exporter.fieldsNamePersonal {
            throw ModelError.invalid(field: "--fields", value: context.arguments.value("fields") ?? "", reason: "names a personal field, which --public-only leaves out")
        }
        if exporter.includePersonal { try actor.require(.exportsPersonalData) }
        // Audited before any data leaves: who exported what, which fields, how many rows.
        try context.write { write in
            let rows = DatabaseValue.integer(Int64(try only?.count ?? entity.count(in: store)))
            var filters = context.arguments.allValues("where").map { "where " + $0 }
            if let since = context.arguments.value("since") { filters.append("since " + since) }
            try write.audit(entity: "export", id: entity.transfer!.name, before: nil, after: [
                "filters": .text(filters.joined(separator: "; ")),
                "format": .text(format.rawValue), "fields": .text(exporter.columns.map(\.name).joined(separator: ",")),
                "personal": .integer(exporter.includePersonal ? 1 : 0), "rows": rows, "file": output.map { .text($0) } ?? .text("-")])
        }
        if let output {
            let count = try ExportFile.write(to: output) { handle in try exporter.run(store: store) { handle.write(Data($0.utf8)) } }
            context.say("Exported \(count) \(entity.transfer!.name) row\(count == 1 ? "" : "s") to \(output).")
        } else {
            try exporter.run(store: store) { context.output.writeData($0) }
        }
    } }
}

extension TransferCommands {
    /// `export xero-invoices` and the other vendor layouts: written to `--out`, split into `NAME-1.csv`, `NAME-2.csv`
    /// … at the vendor's limit, audited like any export.
    static func vendorExport(_ layout: VendorExport.Layout, _ context: CommandContext) throws {
        let actor = try context.actor()
        try actor.require(.recordsView)
        if layout.personal { try actor.require(.exportsPersonalData) }
        guard let out = context.arguments.value("out") ?? context.arguments.value("output") else {
            throw ModelError.invalid(field: "--out", value: "", reason: "name the file to write (\(layout.name).csv); a large export is split beside it")
        }
        let store = try context.store()
        let files = try VendorExport.files(layout, in: store)
        let url = URL(fileURLWithPath: out)
        let paths = files.count == 1 ? [out] : (1...files.count).map { url.deletingPathExtension().path + "-\($0)." + (url.pathExtension.isEmpty ? "csv" : url.pathExtension) }
        try context.write { write in
            try write.audit(entity: "export", id: layout.name, before: nil, after: ["format": .text("csv"), "fields": .text(layout.header.joined(separator: ",")),
                                                                                    "personal": .integer(layout.personal ? 1 : 0), "file": .text(out)])
        }
        for (path, text) in zip(paths, files) { _ = try ExportFile.write(to: path) { handle in handle.write(Data(text.utf8)); return 1 } }
        context.say("Wrote \(paths.joined(separator: ", ")) for \(layout.name).")
    }
}

/// An export file: written beside its final name with owner-only permissions, then renamed into place, so a failed
/// export never leaves half a file and personal data is not left readable by others.
enum ExportFile {
    static func write(to path: String, _ body: (FileHandle) throws -> Int) throws -> Int {
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw ModelError.invalid(field: "--output", value: path, reason: "cannot write here")
        }
        do {
            let count = try body(handle)
            try handle.close()
            guard rename(temporary, path) == 0 else { throw ModelError.invalid(field: "--output", value: path, reason: "cannot replace the file") }
            return count
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
