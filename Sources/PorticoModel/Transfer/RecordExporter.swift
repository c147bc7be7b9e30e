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

    public init(entity: Entity, format: TransferFormat, includePersonal: Bool, only: Set<Int64>? = nil) {
        self.entity = entity
        self.format = format
        self.includePersonal = includePersonal
        self.only = only
    }

    /// The exported columns, in description order.
    public var columns: [Entity.Column] {
        entity.columns.filter { $0.privacy == .public || ($0.privacy.isPersonal && includePersonal) }
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
        try store.database.readTransaction {
            try store.database.forEachRow(sql, arguments) { row in
                let record = try entity.decode(row)
                if let only, !(record.values[entity.primaryKey]?.integer.map(only.contains) ?? false) { return }
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
