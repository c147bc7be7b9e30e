import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// Everything a command needs while it runs: what was said, the store, the actor, and where output goes.
public final class CommandContext {
    public let arguments: ParsedArguments
    public let environment: [String: String]
    public let output: CommandOutput
    let commandPath: [String]
    /// The commands and features this run knows (the store is opened with its features).
    let catalog: AdminCatalog
    private var openedStore: Store?
    private var resolvedActor: Actor?

    init(arguments: ParsedArguments, environment: [String: String], output: CommandOutput, commandPath: [String], catalog: AdminCatalog) {
        self.catalog = catalog
        self.arguments = arguments
        self.environment = environment
        self.output = output
        self.commandPath = commandPath
    }

    /// The command's name as the audit trail records it.
    var commandName: String { commandPath.joined(separator: " ") }

    /// `--db`, else `PORTICO_DB`, else `portico.db` in the current folder.
    var databasePath: String {
        arguments.value("db") ?? environment["PORTICO_DB"] ?? "portico.db"
    }

    /// `--audit-key`, else `PORTICO_AUDIT_KEY`; nil for the default beside the database.
    var auditKeyPath: String? {
        arguments.value("audit-key") ?? environment["PORTICO_AUDIT_KEY"]
    }

    /// True with `--json`, or `--format json`.
    var wantsJSON: Bool { arguments.flag("json") || arguments.value("format") == "json" }

    /// The store, opened (and migrated) on first use. A missing file is an error, never a silent new database.
    func store() throws -> Store {
        if let openedStore { return openedStore }
        let store = try Store(path: databasePath, create: false, clock: Store.clock(now: nil, environment: environment), features: catalog.features)
        if let keyPath = auditKeyPath { store.auditKeyPath = keyPath }
        openedStore = store
        return store
    }

    /// The actor from `--as` or `PORTICO_ACTOR`.
    func actor() throws -> Actor {
        if let resolvedActor { return resolvedActor }
        let actor = try Actor.resolve(email: arguments.value("as") ?? environment["PORTICO_ACTOR"], in: store())
        // A staff record changed outside portico-admin (say, a role raised with plain SQL) cannot act. The audit
        // commands are exempt: they only read the trail, and are how staff find out what was changed.
        let exempt = commandPath.first == "audit"
        guard try exempt || AuditLog(store: store()).matchesLastAuditedState(entity: "staff", id: actor.email) else {
            throw AccessError.unauditedActor(actor.email)
        }
        resolvedActor = actor
        return actor
    }

    /// Runs a write as the actor in one audited transaction.
    func write<T>(_ body: (WriteContext) throws -> T) throws -> T {
        try store().write(as: actor(), command: commandName, body)
    }

    /// A required option's value (the parser has already checked presence for declared-required options).
    func value(_ name: String) throws -> String {
        guard let value = arguments.value(name) else { throw UsageError.missingOption(name) }
        return value
    }

    /// An optional integer option, naming the flag when it is not a number.
    func integer(_ name: String) throws -> Int? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Int(text) else { throw ModelError.invalid(field: "--\(name)", value: text, reason: "not a whole number") }
        return value
    }

    /// Prints a table, or JSON with `--json`.
    func print(_ table: OutputTable) {
        if wantsJSON { output.writeData(table.json()) } else { output.write(table.text()) }
    }

    /// Prints a line for humans (suppressed with `--json`, where the data speaks).
    func say(_ line: String) {
        if !wantsJSON { output.write(line + "\n") }
    }
}
