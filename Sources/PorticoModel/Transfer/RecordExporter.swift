import PorticoFormats
import PorticoSQLite

/// Exports every record of one described entity as CSV, JSON or JSONL (`portico-admin export`), streaming row by
/// row in key order. Secret fields are never exported; personal fields only when asked for (the command checks
/// the actor may). CSV is formula-safe: a cell a spreadsheet would run as a formula starts with an apostrophe.
public struct RecordExporter {
    public let entity: Entity
    public let format: TransferFormat
    public let includePersonal: Bool

    public init(entity: Entity, format: TransferFormat, includePersonal: Bool) {
        self.entity = entity
        self.format = format
        self.includePersonal = includePersonal
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
        var chunk = ""
        var count = 0
        func flush(_ force: Bool = false) throws {
            if force || chunk.utf8.count > 1 << 16 { try write(chunk); chunk = "" }
        }
        switch format {
        case .csv: chunk += CSVWriter.record(columns.map(\.name))
        case .json: chunk += "["
        case .jsonl: break
        }
        let (sql, arguments) = entity.selectAll
        try store.database.readTransaction {
            try store.database.forEachRow(sql, arguments) { row in
                let record = try entity.decode(row)
                switch format {
                case .csv:
                    chunk += columns.map { Self.csvField(record.values[$0.name] ?? .null, $0) }.joined(separator: ",") + "\r\n"
                case .json:
                    chunk += (count == 0 ? "\n" : ",\n") + json(record, columns)
                case .jsonl:
                    chunk += json(record, columns) + "\n"
                }
                count += 1
                try flush()
            }
        }
        if format == .json { chunk += count == 0 ? "]\n" : "\n]\n" }
        try flush(true)
        return count
    }

    private func json(_ record: Record, _ columns: [Entity.Column]) -> String {
        JSONText.object(columns.map { ($0.name, Self.jsonValue(record.values[$0.name] ?? .null, $0)) })
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
