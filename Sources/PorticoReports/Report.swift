import Foundation
import PorticoModel
import PorticoSQLite
import PorticoFormats

/// A report: named sections of rows, shown as tables, JSON or CSV with the same options everywhere.
public struct Report: Sendable {
    /// One table of a report.
    public struct Section: Sendable {
        public let name: String
        public let columns: [String]
        public let rows: [[DatabaseValue]]

        public init(name: String, columns: [String], rows: [[DatabaseValue]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    public let name: String
    public let title: String
    public let sections: [Section]

    public init(name: String, title: String, sections: [Section]) {
        self.name = name
        self.title = title
        self.sections = sections
    }

    public func section(_ name: String) -> Section? { sections.first { $0.name == name } }

    /// `{"report": name, "sections": {name: [row objects]}}`, keys in column order.
    public func json() -> String {
        let body = sections.map { section in
            let rows = section.rows.map { row in
                "{" + zip(section.columns, row).map { JSONText.quote($0) + ":" + CanonicalJSON.encode($1) }.joined(separator: ",") + "}"
            }
            return JSONText.quote(section.name) + ":[" + rows.joined(separator: ",") + "]"
        }
        return "{\"report\":\(JSONText.quote(name)),\"sections\":{" + body.joined(separator: ",") + "}}\n"
    }

    /// One RFC 4180 CSV per report: a `section` column, then each section's own columns, blank where absent.
    public func csv() -> String {
        var columns: [String] = []
        for section in sections { for column in section.columns where !columns.contains(column) { columns.append(column) } }
        var out = CSVWriter.record(["section"] + columns)
        for section in sections {
            for row in section.rows {
                let cells = columns.map { column -> String in
                    guard let index = section.columns.firstIndex(of: column) else { return "" }
                    return Self.text(row[index])
                }
                out += CSVWriter.record([section.name] + cells)
            }
        }
        return out
    }

    /// Aligned tables under their section names.
    public func text() -> String {
        var out = title + "\n"
        for section in sections {
            out += "\n" + section.name.uppercased().replacingOccurrences(of: "_", with: " ") + "\n"
            if section.rows.isEmpty { out += "(none)\n"; continue }
            var widths = section.columns.map(\.count)
            let cells = section.rows.map { $0.map(Self.text) }
            for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
            func line(_ values: [String]) -> String {
                values.enumerated().map { index, value in
                    index == values.count - 1 ? value : value + String(repeating: " ", count: widths[index] - value.count)
                }.joined(separator: "  ")
            }
            out += line(section.columns) + "\n"
            for row in cells { out += line(row) + "\n" }
        }
        return out
    }

    static func text(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return ""
        case .real(let number): return String(format: "%.1f", number)
        default: return value.text ?? ""
        }
    }
}
