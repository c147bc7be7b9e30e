import PorticoCommandLine
import PorticoArguments
import PorticoModel
import PorticoSQLite
import PorticoFormats

/// `portico-admin audit list|show|revert|verify|checkpoint`.
enum AuditCommands {
    static let group = CommandGroup(noun: "audit", abstract: "The audit trail of every change.", commands: [list, show, revert, verify, checkpoint])

    static let entryPositional = PositionalSpec("entry", "The entry's number, as `audit list` shows it.")

    static func entryNumber(_ context: CommandContext) throws -> Int64 {
        let text = context.arguments.positionals[0]
        guard let number = Int64(text), number > 0 else { throw ModelError.invalid(field: "entry", value: text, reason: "is not an entry number") }
        return number
    }

    static let show = AdminCommand(["audit", "show"], capability: .auditView, writes: false, spec: CommandSpec(
        "show", abstract: "One audit entry: who, when, which command, and each field before and after (changed fields marked *).",
        positionals: [entryPositional],
        examples: ["portico-admin audit show 43"]
    )) { context in
        let store = try context.store()
        let entry = try AuditRevert.entry(try entryNumber(context), in: store)
        let changes = try AuditRevert.changes(of: entry, in: store)
        if context.wantsJSON {
            context.print(OutputTable(records: [[("id", .integer(entry.id)), ("at", .text(entry.at)), ("actor", .text(entry.actorEmail)), ("command", .text(entry.command)),
                                                 ("entity", .text(entry.entity)), ("entity_id", .text(entry.entityID)),
                                                 ("before", entry.beforeJSON.map { .text($0) } ?? .null), ("after", entry.afterJSON.map { .text($0) } ?? .null)]]))
            return
        }
        context.output.write("Entry \(entry.id), \(entry.at), by \(entry.actorEmail) (\(entry.actorRole)): \(entry.command), \(entry.entity) \(entry.entityID)\n\n")
        func shown(_ value: DatabaseValue?) -> DatabaseValue { value.map { $0.isNull ? .text("(null)") : $0 } ?? .text("(none)") }
        context.print(OutputTable(records: changes.map { change in
            [("field", .text((change.changed ? "* " : "  ") + change.field)), ("before", shown(change.before)), ("after", shown(change.after))]
        }))
    }

    static let revert = AdminCommand(["audit", "revert"], capability: .auditRevert, writes: true, spec: CommandSpec(
        "revert", abstract: "Undo one audited change: the record gets its before-values back, as a new audited change.",
        discussion: """
        Refused, with the reason, when the record has changed since that entry (revert the later change first), or when the entry
        added or removed a record rather than changing one.
        """,
        positionals: [entryPositional],
        examples: ["portico-admin audit revert 47"]
    )) { context in
        let number = try entryNumber(context)
        let record = try context.write { try AuditRevert.revert(number, in: $0) }
        context.say("Reverted entry \(number): \(record.entity.auditName.replacingOccurrences(of: "_", with: " ")) \(record.auditID) has its earlier values again.")
    }

    static let list = AdminCommand(["audit", "list"], capability: .auditView, writes: false, spec: CommandSpec(
        "list", abstract: "List audit entries, oldest first, filtered by actor, entity and date.",
        options: [
            .value("actor", "EMAIL", "Only entries by this staff member."),
            .value("entity", "ENTITY", "Only entries about this kind of record (staff, support_ticket, …)."),
            .value("since", "DATE", "Only entries at or after this UTC date or time (2026-01-31 or 2026-01-31T09:00:00Z)."),
            .value("until", "DATE", "Only entries before this UTC date or time."),
            .value("limit", "N", "Only the latest N entries."),
        ],
        examples: ["portico-admin audit list --actor admin@example.org --since 2026-01-01"]
    )) { context in
        for flag in ["since", "until"] {
            if let value = context.arguments.value(flag), Timestamp.parse(value) == nil {
                throw ModelError.invalid(field: "--\(flag)", value: value, reason: "not a date (use 2026-01-31 or 2026-01-31T09:00:00Z)")
            }
        }
        let entries = try AuditLog(store: context.store()).list(
            actor: context.arguments.value("actor"), entity: context.arguments.value("entity"),
            since: context.arguments.value("since"), until: context.arguments.value("until"), limit: context.integer("limit"))
        if context.wantsJSON {
            let columns = ["id", "at", "actor", "role", "command", "entity", "entity_id", "before", "after", "hash"]
            context.print(OutputTable(columns: columns, rows: entries.map { entry in columns.map { entry.fields[$0] ?? .null } }))
        } else {
            let columns = ["id", "at", "actor", "role", "command", "entity", "entity_id"]
            context.print(OutputTable(columns: columns, rows: entries.map { entry in columns.map { entry.fields[$0] ?? .null } }))
        }
    }

    static let verify = AdminCommand(["audit", "verify"], capability: .auditView, writes: false, spec: CommandSpec(
        "verify", abstract: "Check the audit trail: signatures, chain and head, and that every audited record equals its last audited state.",
        discussion: """
        Needs the audit key. Finds entries edited, inserted, removed or re-signed without the key, a wiped or shortened trail,
        and staff, tickets and settings changed with plain SQL. With --checkpoint, also proves nothing up to that checkpoint
        was rewritten. Exits 0 when intact, 3 when tampering was found.
        """,
        options: [.value("checkpoint", "TEXT", "A checkpoint printed earlier by 'audit checkpoint'.")],
        examples: ["portico-admin audit verify", "portico-admin audit verify --checkpoint \"$(cat audit-checkpoint.txt)\""]
    )) { context in
        let log = AuditLog(store: try context.store())
        let problems = try log.verify(checkpoint: context.arguments.value("checkpoint"))
        let count = try log.count()
        if context.wantsJSON {
            context.output.writeData("{\"intact\":\(problems.isEmpty),\"entries\":\(count),\"problems\":[" + problems.map(JSONText.quote).joined(separator: ",") + "]}\n")
        }
        guard problems.isEmpty else {
            throw AuditTampered(problems: problems)
        }
        context.say("Audit trail intact: \(count) entries, signatures and chain verified, every audited record accounted for"
                    + (context.arguments.value("checkpoint") == nil ? "." : ", checkpoint matched."))
    }

    static let checkpoint = AdminCommand(["audit", "checkpoint"], capability: .auditView, writes: false, spec: CommandSpec(
        "checkpoint", abstract: "Print a signed statement of the trail's head, to keep outside the database (a CI log, a ticket).",
        discussion: "Save what it prints (for example 'portico-admin audit checkpoint > audit-checkpoint.txt'); later, 'audit verify --checkpoint' proves that nothing up to this point was rewritten, even by someone who restored an older copy of the database.",
        examples: ["portico-admin audit checkpoint"]
    )) { context in
        context.output.writeData(try AuditLog(store: context.store()).checkpoint() + "\n")
    }
}

/// `audit verify` found a broken chain.
struct AuditTampered: ReportedError {
    let problems: [String]
    var isInputError: Bool { true }
    var description: String { "audit trail has been tampered with:\n" + problems.map { "  - " + $0 }.joined(separator: "\n") }
}
