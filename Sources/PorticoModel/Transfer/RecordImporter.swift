import PorticoFormats
import PorticoSQLite

/// Imports records of one described entity from a CSV, JSON or JSONL file (`portico-admin import`).
///
/// The file is read one record at a time inside one write transaction. Every record is checked against the
/// entity's description (types, allowed values, required fields, the field's own check, uniqueness, references)
/// and written with its audit entry; a record with a problem is not written, and reading goes on so the report
/// names every bad record. Then, if any record had a problem, or on `--dry-run`, the transaction is rolled back:
/// nothing of the file is ever committed unless all of it is good. One summary entry in the audit trail names the
/// file and its counts.
public struct RecordImporter {
    public let entity: Entity
    /// Match existing records on this field: a record whose value is already stored updates that record.
    public let upsertKey: String?
    public let dryRun: Bool
    /// Told how many records have been read, every thousand (for a progress line).
    public var progress: ((Int) -> Void)?
    /// How many problems are listed in full (all are counted).
    public static let listedProblems = 50

    public init(entity: Entity, upsertKey: String? = nil, dryRun: Bool = false) throws {
        self.entity = entity
        self.upsertKey = upsertKey
        self.dryRun = dryRun
        guard entity.transfer != nil else { throw ModelError.invalid(field: "entity", value: entity.auditName, reason: "cannot be imported") }
        if let upsertKey {
            guard let column = entity.column(upsertKey), column.unique || column.name == entity.primaryKey else {
                let keys = entity.columns.filter { $0.unique || $0.name == entity.primaryKey }.map(\.name)
                throw ModelError.invalid(field: "--upsert-key", value: upsertKey, reason: "not a unique field of \(entity.transfer!.name); use \(keys.joined(separator: " or "))")
            }
        }
    }

    /// Reads and writes the file as `actor`. Throws `ImportFailure` listing every bad record, or the invariant's
    /// error; returns the counts (of what was, or on a dry run would have been, written).
    public func run(path: String, format: TransferFormat, store: Store, actor: Actor, command: String) throws -> ImportSummary {
        var rows: IncomingRows
        do { rows = try IncomingRows(path: path, format: format) } catch let error as FormatError {
            throw ImportFailure(path: path, problems: [ImportProblem(line: error.line, row: nil, field: nil, reason: error.reason)], total: 1)
        }
        // A reference may be given by the referenced record's own key (`member`: M000001 or an email).
        let references = Dictionary(uniqueKeysWithValues: NaturalReference.all(of: entity, in: store.features).values.map { ($0.field, $0) })
        if let header = rows.header { try checkHeader(header, path: path, references: references) }
        do {
            return try store.write(as: actor, command: command) { context in
                var summary = ImportSummary(entity: entity.transfer!.name, dryRun: dryRun)
                var problems: [ImportProblem] = []
                var total = 0
                while true {
                    let row: IncomingRow
                    do {
                        guard let next = try rows.next() else { break }
                        row = next
                    } catch let error as FormatError {
                        // The file cannot be read past here: report it with what was found so far.
                        problems.append(ImportProblem(line: error.line, row: nil, field: nil, reason: error.reason))
                        total += 1
                        break
                    }
                    if let progress, (summary.rows + total) % 1000 == 999 { progress(summary.rows + total + 1) }
                    do {
                        let written = try write(row, references: references, in: context)
                        summary.count(written)
                    } catch let problem as ImportProblem {
                        total += 1
                        if problems.count < Self.listedProblems { problems.append(problem) }
                    }
                }
                guard problems.isEmpty else { throw ImportFailure(path: path, problems: problems, total: total) }
                try entity.transfer!.invariant?(context.store)
                try context.audit(entity: "import", id: entity.transfer!.name, before: nil, after: [
                    "file": .text(path), "format": .text(format.rawValue), "rows": .integer(Int64(summary.rows)),
                    "inserted": .integer(Int64(summary.inserted)), "updated": .integer(Int64(summary.updated)),
                    "unchanged": .integer(Int64(summary.unchanged))])
                if dryRun { throw DryRunFinished(summary: summary) }
                return summary
            }
        } catch let finished as DryRunFinished {
            return finished.summary
        }
    }

    /// Known fields only; every field a new record needs, unless records may match existing ones.
    private func checkHeader(_ header: [String], path: String, references: [String: NaturalReference]) throws {
        var problems: [ImportProblem] = []
        for name in header where entity.column(name) == nil && references[name] == nil {
            problems.append(ImportProblem(line: 1, row: nil, field: name, reason: "unknown field; \(entity.transfer!.name) has \(importableFields.joined(separator: ", "))"))
        }
        if upsertKey == nil {
            let named = Set(header.map { references[$0]?.column.name ?? $0 })
            for column in entity.columns where column.requiredOnInsert && !named.contains(column.name) {
                problems.append(ImportProblem(line: 1, row: nil, field: column.name, reason: "required, but the header does not name it"))
            }
        } else if let key = upsertKey, !header.contains(key) {
            problems.append(ImportProblem(line: 1, row: nil, field: key, reason: "the --upsert-key field is not in the header"))
        }
        if !problems.isEmpty { throw ImportFailure(path: path, problems: problems, total: problems.count) }
    }

    private var importableFields: [String] {
        entity.columns.filter { $0.generated == nil || $0.name == upsertKey }.map(\.name)
    }

    enum Written { case inserted, updated, unchanged }

    /// Checks one record and writes it; a problem throws `ImportProblem` naming the row and field.
    private func write(_ row: IncomingRow, references: [String: NaturalReference], in context: WriteContext) throws -> Written {
        var values: [String: DatabaseValue] = [:]
        for (name, incoming) in row.fields {
            if let reference = references[name] {
                values[reference.column.name] = try resolve(incoming, reference, row: row, store: context.store)
                continue
            }
            guard let column = entity.column(name) else {
                throw problem(row, name, "unknown field; \(entity.transfer!.name) has \(importableFields.joined(separator: ", "))")
            }
            if column.generated != nil && name != upsertKey { continue }
            values[name] = try convert(incoming, for: column, row: row)
        }
        if let validate = entity.validate {
            values = try checked(row, field: nil) { try validate(values) }
        }
        let now = DatabaseValue.text(context.store.now)
        let existing = try upsertKey.flatMap { key in try values[key].flatMap { $0.isNull ? nil : try entity.find(key, equals: $0, in: context.store) } }
        if let existing {
            // An empty cell (or null) for a field that cannot be empty leaves the stored value as it is.
            for (name, value) in values where value.isNull && !(entity.column(name)!.nullable) { values[name] = nil }
            // The match may differ in case (emails compare without it): the stored spelling stays.
            if let key = upsertKey { values[key] = nil }
            try checkUnique(values, except: existing.values[entity.primaryKey], row: row, context: context)
            try checkReferences(values, row: row, context: context)
            let changes = values.filter { existing.values[$0.key] != $0.value }
            guard !changes.isEmpty else { return .unchanged }
            var update = changes
            for column in entity.columns where column.generated == .updatedAt { update[column.name] = now }
            try checked(row, field: nil) { try context.update(existing, set: update) }
            return .updated
        }
        if let key = upsertKey, entity.column(key)?.generated != nil {
            throw problem(row, key, "no \(entity.transfer!.name) record has \(key) \(values[key]?.text ?? "null"); new records get theirs from Portico")
        }
        values = try checked(row, field: nil) { try entity.completedForInsert(values, in: context.store) }
        try checkUnique(values, except: nil, row: row, context: context)
        try checkReferences(values, row: row, context: context)
        try checked(row, field: nil) { try context.insert(entity, values) }
        return .inserted
    }

    /// A reference given by the referenced record's key: its id, or NULL for an empty cell or null.
    private func resolve(_ incoming: IncomingValue, _ reference: NaturalReference, row: IncomingRow, store: Store) throws -> DatabaseValue {
        let text: String
        switch incoming {
        case .csv(let cell, _): text = cell.trimmingCharacters(in: .whitespaces)
        case .json(.string(let string)): text = string.trimmingCharacters(in: .whitespaces)
        case .json(.null): return .null
        case .json(let scalar): throw problem(row, reference.field, "\(Self.describe(scalar)) where a \(reference.target.auditName) \(reference.key) is expected")
        }
        if text.isEmpty { return .null }
        guard let id = try reference.id(of: text, in: store) else {
            throw problem(row, reference.field, "no \(reference.target.auditName.replacingOccurrences(of: "_", with: " ")) '\(text)'")
        }
        return .integer(id)
    }

    /// A cell or JSON value as the column's type; text goes through the field's own check and allowed values.
    private func convert(_ incoming: IncomingValue, for column: Entity.Column, row: IncomingRow) throws -> DatabaseValue {
        let value: DatabaseValue
        switch (incoming, column.type) {
        case (.json(.null), _):
            return .null
        case (.csv(let text, let quoted), _) where text.isEmpty && !(quoted && column.type == .text):
            return .null
        case (.csv(let text, _), .text):
            // Undo exactly what the exporter's formula guard added (and a spreadsheet user's own guard apostrophe).
            value = .text(CSVWriter.unprotect(text))
        case (.json(.string(let text)), .text):
            value = .text(text)
        case (.csv(let text, _), .integer):
            guard let number = Int64(text.trimmingCharacters(in: .whitespaces)) else { throw problem(row, column.name, "'\(text)' is not a whole number") }
            value = .integer(number)
        case (.json(.integer(let number)), .integer):
            value = .integer(number)
        case (.csv(let text, _), .boolean), (.json(.string(let text)), .boolean):
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "yes", "1": value = .integer(1)
            case "false", "no", "0": value = .integer(0)
            default: throw problem(row, column.name, "'\(text)' is not true or false")
            }
        case (.json(.bool(let flag)), .boolean):
            value = .integer(flag ? 1 : 0)
        case (.json(.integer(let number)), .boolean) where number == 0 || number == 1:
            value = .integer(number)
        case (.json(let scalar), _):
            throw problem(row, column.name, "\(Self.describe(scalar)) where \(column.type == .text ? "text" : column.type == .integer ? "a whole number" : "true or false") is expected")
        }
        guard case .text(let text) = value else { return value }
        let normalized = try column.normalize.map { normalize in try checked(row, field: column.name) { try normalize(text) } } ?? text
        if let allowed = column.allowed, !allowed.contains(normalized) {
            throw problem(row, column.name, "'\(normalized)' is not one of \(allowed.joined(separator: ", "))")
        }
        return .text(normalized)
    }

    private static func describe(_ scalar: JSONScalar) -> String {
        switch scalar {
        case .null: return "null"
        case .bool(let flag): return "\(flag)"
        case .integer(let number): return "the number \(number)"
        case .number(let number): return "the number \(number)"
        case .string(let text): return "the text '\(text)'"
        }
    }

    /// No other record holds the value of a unique field (earlier rows of this file included: they are already
    /// written in this transaction).
    private func checkUnique(_ values: [String: DatabaseValue], except key: DatabaseValue?, row: IncomingRow, context: WriteContext) throws {
        for column in entity.columns where column.unique {
            guard let value = values[column.name], !value.isNull,
                  let other = try entity.find(column.name, equals: value, in: context.store), other.values[entity.primaryKey] != key else { continue }
            throw problem(row, column.name, "'\(value.text ?? "")' is already used by \(entity.auditName) \(other.auditID)")
        }
    }

    private func checkReferences(_ values: [String: DatabaseValue], row: IncomingRow, context: WriteContext) throws {
        for column in entity.columns {
            guard let table = column.references, let value = values[column.name], !value.isNull else { continue }
            if try context.database.row("SELECT 1 FROM \(table) WHERE id = ?", [value]) == nil {
                throw problem(row, column.name, "no \(table) row has id \(value.text ?? "")")
            }
        }
    }

    /// Runs a check, turning the model's refusal into a problem naming the row (and the field, when known).
    @discardableResult
    private func checked<T>(_ row: IncomingRow, field: String?, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ModelError {
            if case .invalid(let name, _, let reason) = error { throw problem(row, field ?? name, reason) }
            throw problem(row, field, error.description)
        } catch let error as RecordError {
            throw problem(row, field, error.description)
        } catch let error as DatabaseError where error.isConstraintViolation {
            throw problem(row, field, error.message)
        }
    }

    private func problem(_ row: IncomingRow, _ field: String?, _ reason: String) -> ImportProblem {
        ImportProblem(line: row.line, row: row.number, field: field, reason: reason)
    }
}

/// What an import wrote (or, on a dry run, would have written).
public struct ImportSummary: Equatable, Sendable {
    public let entity: String
    public let dryRun: Bool
    public private(set) var inserted = 0
    public private(set) var updated = 0
    public private(set) var unchanged = 0
    public var rows: Int { inserted + updated + unchanged }

    init(entity: String, dryRun: Bool) {
        self.entity = entity
        self.dryRun = dryRun
    }

    mutating func count(_ written: RecordImporter.Written) {
        switch written {
        case .inserted: inserted += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }
}

/// One bad record (or the header): where it is and what is wrong.
public struct ImportProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    /// The data record's number (nil for the header or unreadable text).
    public let row: Int?
    public let field: String?
    public let reason: String

    public init(line: Int, row: Int?, field: String?, reason: String) {
        self.line = line
        self.row = row
        self.field = field
        self.reason = reason
    }

    public var description: String { "line \(line): " + detail }

    /// The problem without its line: `row 3, field email: not an email address`.
    public var detail: String {
        let place = [row.map { "row \($0)" }, field.map { "field \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return place.isEmpty ? reason : place + ": " + reason
    }
}

/// An import refused: the problems found (the first `listedProblems`) and how many there were. Nothing was written.
public struct ImportFailure: ReportedError, Equatable {
    public let path: String
    public let problems: [ImportProblem]
    public let total: Int
    public var isInputError: Bool { true }

    public var description: String {
        var lines = ["nothing was imported: \(total) problem\(total == 1 ? "" : "s") in \(path)"]
        lines += problems.map { "\(path):\($0.line): \($0.detail)" }
        if total > problems.count { lines.append("… and \(total - problems.count) more") }
        return lines.joined(separator: "\n")
    }
}

/// Ends a dry run's transaction (rolling it back) and carries its counts out.
private struct DryRunFinished: Error {
    let summary: ImportSummary
}
