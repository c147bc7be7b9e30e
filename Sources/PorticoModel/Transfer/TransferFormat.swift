import Foundation
import PorticoFormats

/// The file formats records are imported from and exported to.
public enum TransferFormat: String, CaseIterable, Sendable {
    case csv, json, jsonl

    /// `--format` when given, else the file's extension (`.csv`, `.json`, `.jsonl` or `.ndjson`).
    public static func resolve(_ name: String?, path: String?) throws -> TransferFormat {
        if let name {
            guard let format = TransferFormat(rawValue: name.lowercased()) else {
                throw ModelError.invalid(field: "--format", value: name, reason: "use csv, json or jsonl")
            }
            return format
        }
        switch path.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "csv"?: return .csv
        case "json"?: return .json
        case "jsonl"?, "ndjson"?: return .jsonl
        default:
            throw ModelError.invalid(field: "--format", value: path ?? "", reason: "cannot tell the format from the file name; say --format csv, json or jsonl")
        }
    }
}

/// A value as it arrives in an import file: CSV cells are text; JSON keeps its types.
enum IncomingValue {
    /// A CSV cell and whether it was quoted (`""` is empty text; an empty unquoted cell is no value).
    case csv(String, quoted: Bool)
    case json(JSONScalar)
}

/// One record read from an import file: its position, and its fields in file order.
struct IncomingRow {
    /// The line the record starts on.
    let line: Int
    /// The record's number among the data records (1 for the first, the CSV header not counted).
    let number: Int
    let fields: [(String, IncomingValue)]
}

/// Reads an import file one record at a time, whatever its format, so memory stays bounded.
struct IncomingRows {
    // Two optionals rather than an enum with payloads: readers are mutated in place, never copied (a copy
    // would duplicate the read buffer on every record).
    private var csv: CSVReader?
    private var json: JSONRecordReader?
    private var count = 0
    /// The CSV header's field names (nil for JSON, where each object names its own).
    let header: [String]?

    init(path: String, format: TransferFormat) throws {
        let bytes = try ByteReader(path: path)
        switch format {
        case .csv:
            var csv = CSVReader(bytes)
            guard let header = try csv.next() else { throw FormatError(line: 1, column: 1, reason: "the file is empty; the first line must name the fields") }
            let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if let duplicate = names.enumerated().first(where: { names[..<$0.offset].contains($0.element) }) {
                throw FormatError(line: header.line, column: 1, reason: "field '\(duplicate.element)' is named twice in the header")
            }
            self.csv = csv
            self.header = names
        case .json, .jsonl:
            json = JSONRecordReader(bytes)
            header = nil
        }
    }

    mutating func next() throws -> IncomingRow? {
        if let header, csv != nil {
            guard let record = try csv!.next() else { return nil }
            count += 1
            guard record.fields.count == header.count else {
                throw FormatError(line: record.line, column: 1, reason: "row \(count) has \(record.fields.count) fields where the header names \(header.count)")
            }
            return IncomingRow(line: record.line, number: count, fields: header.indices.map { (header[$0], .csv(record.fields[$0], quoted: record.isQuoted($0))) })
        }
        guard let record = try json?.next() else { return nil }
        count += 1
        return IncomingRow(line: record.line, number: count, fields: record.members.map { ($0.0, .json($0.1)) })
    }
}
