import PorticoFormats
import PorticoSQLite

/// Exports every record of one described entity as CSV, JSON or JSONL (`portico-admin export`), streaming row by
/// row in key order. Secret fields are never exported; personal fields only when asked for (the command checks
/// the actor may). CSV is formula-safe: a cell a spreadsheet would run as a formula starts with an apostrophe.
public struct RecordExporter {
    public let entity: Entity
    public let format: TransferFormat
    public let includePersonal: Bool
    /// Only the records with these keys (a filtered export, as `list` filters); nil for all.
    public var only: Set<Int64>?
    /// `--where FIELD=VALUE`: only records whose field, as exported, is the value (all must hold).
    public private(set) var conditions: [(field: String, value: String)] = []
    /// `--since DATE`: only records changed (else created) on or after the day.
    public private(set) var since: CalendarDate?
    /// `--fields a,b`: only these columns (by column name), in this order; nil for all.
    public private(set) var fields: [String]?

    public init(entity: Entity, format: TransferFormat, includePersonal: Bool, only: Set<Int64>? = nil) {
        self.entity = entity
        self.format = format
        self.includePersonal = includePersonal
        self.only = only
    }

    /// The field names as exported (a reference under its natural key's name, `member`), by column name.
    func exportedNames(in features: FeatureSet) -> [String: String] {
        let references = NaturalReference.all(of: entity, in: features)
        return Dictionary(uniqueKeysWithValues: entity.columns.map { ($0.name, references[$0.name]?.field ?? $0.name) })
    }

    /// Applies `--where`, `--since` and `--fields`, checking each names a field the export has (errors name the
    /// option and list the fields).
    public mutating func filter(where clauses: [String], since: String?, fields: String?, features: FeatureSet) throws {
        let names = exportedNames(in: features)
        let exported = Set(entity.columns.filter { $0.privacy != .secret }.map { names[$0.name]! })
        let known = entity.columns.filter { $0.privacy != .secret }.map { names[$0.name]! }.joined(separator: ", ")
        for clause in clauses {
            let parts = clause.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, exported.contains(parts[0]) else {
                throw ModelError.invalid(field: "--where", value: clause, reason: parts.count == 2 ? "no field '\(parts[0])'; fields: \(known)" : "give FIELD=VALUE")
            }
            let column = entity.columns.first { names[$0.name] == parts[0] }!
            var value = parts[1]
            if column.type == .boolean, let flag = try? entity.value(fromText: value, for: column).integer { value = flag != 0 ? "true" : "false" }
            conditions.append((parts[0], value))
        }
        if let since {
            guard entity.column("updated_at") != nil || entity.column("created_at") != nil else {
                throw ModelError.invalid(field: "--since", value: since, reason: "\(entity.transfer?.name ?? entity.table) records carry no dates")
            }
            self.since = try Validate.calendarDate(since, field: "--since")
        }
        if let fields {
            let wanted = fields.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !wanted.isEmpty else { throw ModelError.invalid(field: "--fields", value: fields, reason: "name one field or more; fields: \(known)") }
            for field in wanted where !exported.contains(field) {
                throw ModelError.invalid(field: "--fields", value: field, reason: "no such field; fields: \(known)")
            }
            self.fields = wanted.map { field in entity.columns.first { names[$0.name] == field }!.name }
        }
    }

    /// The exported columns, in description order (or `--fields` order).
    public var columns: [Entity.Column] {
        let allowed = entity.columns.filter { $0.privacy == .public || ($0.privacy.isPersonal && includePersonal) }
        guard let fields else { return allowed }
        return fields.compactMap { field in allowed.first { $0.name == field } }
    }

    /// True when `--fields` names a personal field (the export then needs exports.personal-data).
    public var fieldsNamePersonal: Bool {
        guard let fields else { return false }
        return entity.columns.contains { $0.privacy.isPersonal && fields.contains($0.name) }
    }

    /// The personal fields left out when `includePersonal` is false.
    public var personalColumns: [String] { entity.columns.filter { $0.privacy.isPersonal }.map(\.name) }

    /// Writes the export a chunk at a time through `write`; returns the number of records.
    @discardableResult
    public func run(store: Store, write: (String) throws -> Void) throws -> Int {
        let columns = columns
        // References go out as the referenced record's own key (`member`: M000001), not the internal id.
        let references = NaturalReference.all(of: entity, in: store.features)
        var keys: [String: [Int64: String]] = [:]
        for (name, reference) in references where columns.contains(where: { $0.name == name }) { keys[name] = try reference.keysByID(in: store) }
        let names = columns.map { references[$0.name]?.field ?? $0.name }
        func value(_ record: Record, _ column: Entity.Column) -> DatabaseValue {
            let stored = record.values[column.name] ?? .null
            guard let byID = keys[column.name], let id = stored.integer else { return stored }
            return byID[id].map(DatabaseValue.text) ?? stored
        }
        var chunk = ""
        var count = 0
        func flush(_ force: Bool = false) throws {
            if force || chunk.utf8.count > 1 << 16 { try write(chunk); chunk = "" }
        }
        switch format {
        case .csv: chunk += CSVWriter.record(names)
        case .json: chunk += "["
        case .jsonl: break
        }
        let (sql, arguments) = entity.selectAll
        let exportedName = exportedNames(in: store.features)
        let conditionColumns = conditions.map { condition in (entity.columns.first { exportedName[$0.name] == condition.field }!, condition.value) }
        let dateColumn = entity.column("updated_at") != nil ? "updated_at" : "created_at"
        try store.database.readTransaction {
            try store.database.forEachRow(sql, arguments) { row in
                let record = try entity.decode(row)
                if let only, !(record.values[entity.primaryKey]?.integer.map(only.contains) ?? false) { return }
                for (column, wanted) in conditionColumns where Self.plain(value(record, column), column) != wanted { return }
                if let since, String((record.values[dateColumn]?.text ?? "").prefix(10)) < since.description { return }
                switch format {
                case .csv:
                    chunk += columns.map { Self.csvField(value(record, $0), $0) }.joined(separator: ",") + "\r\n"
                case .json:
                    chunk += (count == 0 ? "\n" : ",\n") + JSONText.object(zip(names, columns).map { ($0, Self.jsonValue(value(record, $1), $1)) })
                case .jsonl:
                    chunk += JSONText.object(zip(names, columns).map { ($0, Self.jsonValue(value(record, $1), $1)) }) + "\n"
                }
                count += 1
                try flush()
            }
        }
        if format == .json { chunk += count == 0 ? "]\n" : "\n]\n" }
        try flush(true)
        return count
    }

    /// A value as `--where` compares it: text as is, numbers in decimal, booleans `true`/`false`, NULL empty.
    static func plain(_ value: DatabaseValue, _ column: Entity.Column) -> String {
        switch value {
        case .null: return ""
        case .integer(let number) where column.type == .boolean: return number != 0 ? "true" : "false"
        case .integer(let number): return String(number)
        default: return value.text ?? ""
        }
    }

    static func jsonValue(_ value: DatabaseValue, _ column: Entity.Column) -> String {
        if column.type == .boolean, case .integer(let flag) = value { return flag != 0 ? "true" : "false" }
        return CanonicalJSON.encode(value)
    }

    /// One CSV field as written: NULL as an empty field, empty text as `""` (so the two stay distinct), text through
    /// the formula guard, which the importer undoes.
    static func csvField(_ value: DatabaseValue, _ column: Entity.Column) -> String {
        switch value {
        case .null: return ""
        case .integer(let number) where column.type == .boolean: return number != 0 ? "true" : "false"
        case .integer(let number): return String(number)
        case .text(let text) where text.isEmpty: return "\"\""
        default: return CSVWriter.field(value.text ?? "")
        }
    }
}
