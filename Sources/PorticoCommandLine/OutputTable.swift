import PorticoArguments
import PorticoModel
import PorticoSQLite
import PorticoFormats

/// Rows for display: an aligned text table for people, a JSON array of objects for machines.
public struct OutputTable: Sendable {
    public let columns: [String]
    public let rows: [[DatabaseValue]]

    public init(columns: [String], rows: [[DatabaseValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// A table from records that list their fields as ordered pairs.
    public init(records: [[(String, DatabaseValue)]], emptyColumns: [String] = []) {
        columns = records.first?.map(\.0) ?? emptyColumns
        rows = records.map { $0.map(\.1) }
    }

    static func cell(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return ""
        default: return value.text ?? ""
        }
    }

    public func text() -> String {
        if rows.isEmpty { return "(none)\n" }
        var widths = columns.map(\.count)
        // Cells are made terminal-safe before measuring, so escapes keep the columns aligned.
        let cells = rows.map { $0.map { TerminalText.visible(ScalarText.replacing(Self.cell($0)) { ScalarText.isNewline($0) || $0 == "\t" ? " " : nil }) } }
        for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], min(cell.count, 60)) } }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                let clipped = value.count > 60 ? String(value.prefix(59)) + "…" : value
                return index == values.count - 1 ? clipped : clipped + String(repeating: " ", count: widths[index] - clipped.count)
            }.joined(separator: "  ")
        }
        var out = line(columns.map { $0.uppercased() }) + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }

    public func json() -> String {
        let objects = rows.map { row -> String in
            "{" + zip(columns, row).map { JSONText.quote($0) + ":" + CanonicalJSON.encode($1) }.joined(separator: ",") + "}"
        }
        return "[" + objects.joined(separator: ",\n ") + "]\n"
    }
}
