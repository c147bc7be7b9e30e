import PorticoFormats
/// A front matter value: the common YAML subset content files may use.
public enum FrontMatterValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// A date or date-time as written (`2026-01-31` or `2026-01-31T09:00:00Z`), already checked.
    case date(String)
    case list([FrontMatterValue])
    case null

    /// The value as text, for fields that take any scalar.
    public var text: String? {
        switch self {
        case .string(let s), .date(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        case .list, .null: return nil
        }
    }
}

/// Splits `---` front matter from a content file and parses it.
/// Supported: `key: value` with strings (plain, "double" or 'single' quoted), numbers, booleans, null, dates,
/// and lists (`[a, b]` or `- item` lines). Anything else (nested maps, anchors, block scalars) is an error naming the line.
public struct FrontMatter: Sendable {
    public let fields: [String: FrontMatterValue]
    /// Keys in the order they were written.
    public let keys: [String]
    /// The body after the closing `---`.
    public let body: String
    /// The 1-based line the body starts on, so body errors can name their real line.
    public let bodyStartLine: Int

    public subscript(key: String) -> FrontMatterValue? { fields[key] }

    /// The largest front matter accepted, to keep hostile files bounded.
    static let maximumBytes = 65_536

    public init(parsing text: String, file: String) throws {
        // Only the front matter is split into lines; the body is sliced off whole (it can be long). Lines are
        // found in the UTF-8 view: as Characters, CR LF is one grapheme and would hide the LF.
        let utf8 = text.utf8
        var lines: [String] = []
        var closing: Int?
        var bodyStart = utf8.endIndex
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            var bytes = utf8[lineStart..<lineEnd]
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            var line = String(Substring(bytes))
            if lines.isEmpty && line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            lines.append(line)
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
            if lines.count == 1 && line != "---" { break }
            if lines.count > 1 && (line == "---" || line == "...") {
                closing = lines.count - 1
                bodyStart = next
                break
            }
            lineStart = next
        }
        guard lines.first == "---" else {
            fields = [:]; keys = []; body = text; bodyStartLine = 1
            return
        }
        guard let closing else {
            throw SiteError(file: file, line: 1, column: 1, message: "front matter opened with '---' is never closed")
        }
        let header = lines[1..<closing]
        if header.reduce(0, { $0 + $1.utf8.count + 1 }) > Self.maximumBytes {
            throw SiteError(file: file, line: 1, column: 1, message: "front matter is larger than \(Self.maximumBytes) bytes")
        }
        var fields: [String: FrontMatterValue] = [:]
        var keys: [String] = []
        var openList: String?
        for (offset, raw) in header.enumerated() {
            let number = offset + 2
            let line = Self.stripComment(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let indentation = line.prefix(while: { $0 == " " }).count
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.hasPrefix("- ") || content == "-" {
                guard let key = openList else {
                    throw SiteError(file: file, line: number, column: indentation + 1, message: "list item outside a list")
                }
                let item = try Self.scalar(String(content.dropFirst(1)).trimmingCharacters(in: .whitespaces), file: file, line: number, column: indentation + 3)
                if case .list(let items) = fields[key] { fields[key] = .list(items + [item]) }
                continue
            }
            guard indentation == 0 else {
                throw SiteError(file: file, line: number, column: indentation + 1, message: "nested values are not supported in front matter")
            }
            guard let colon = content.firstIndex(of: ":") else {
                throw SiteError(file: file, line: number, column: 1, message: "expected 'key: value'")
            }
            let key = String(content[..<colon]).trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw SiteError(file: file, line: number, column: 1, message: "invalid key '\(key)'")
            }
            if fields[key] != nil {
                throw SiteError(file: file, line: number, column: 1, message: "key '\(key)' appears twice")
            }
            let rest = String(content[content.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            keys.append(key)
            if rest.isEmpty {
                fields[key] = .list([])
                openList = key
                continue
            }
            openList = nil
            let column = content.distance(from: content.startIndex, to: colon) + 3
            fields[key] = try Self.value(rest, file: file, line: number, column: column)
        }
        // A key followed by nothing and no items is an empty value, not an empty list.
        for key in keys where fields[key] == .list([]) && !Self.declaresList(header, key: key) { fields[key] = .null }
        self.fields = fields
        self.keys = keys
        let rest = utf8[bodyStart...]
        // Line ends as LF, as when the whole file was split on LF and each line's CR dropped.
        self.body = rest.contains(0x0D) ? rest.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(Substring($0.last == 0x0D ? $0.dropLast() : $0)) }.joined(separator: "\n") : String(Substring(rest))
        self.bodyStartLine = closing + 2
    }

    private static func declaresList(_ header: ArraySlice<String>, key: String) -> Bool {
        guard let index = header.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return false }
        let next = header.index(after: index)
        return next < header.endIndex && header[next].trimmingCharacters(in: .whitespaces).hasPrefix("-")
    }

    private static func stripComment(_ line: String) -> String {
        if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { return "" }
        // A ' #' outside quotes starts a comment.
        var quote: Character?
        var previous: Character = " "
        for (index, character) in zip(line.indices, line) {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && (previous == " " || previous == "\t") {
                return String(line[..<index])
            }
            previous = character
        }
        return line
    }

    private static func value(_ text: String, file: String, line: Int, column: Int) throws -> FrontMatterValue {
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { throw SiteError(file: file, line: line, column: column, message: "list is not closed with ']'") }
            let inner = text.dropFirst().dropLast()
            var items: [FrontMatterValue] = []
            var current = ""
            var quote: Character?
            for character in inner {
                if let open = quote {
                    current.append(character)
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                    current.append(character)
                } else if character == "," {
                    items.append(try scalar(current.trimmingCharacters(in: .whitespaces), file: file, line: line, column: column))
                    current = ""
                } else if character == "[" || character == "{" {
                    throw SiteError(file: file, line: line, column: column, message: "nested lists and maps are not supported in front matter")
                } else {
                    current.append(character)
                }
            }
            let last = current.trimmingCharacters(in: .whitespaces)
            if !last.isEmpty || !items.isEmpty { items.append(try scalar(last, file: file, line: line, column: column)) }
            return .list(items)
        }
        return try scalar(text, file: file, line: line, column: column)
    }

    static func scalar(_ text: String, file: String, line: Int, column: Int) throws -> FrontMatterValue {
        if text.hasPrefix("\"") {
            guard text.count >= 2, text.hasSuffix("\"") else { throw SiteError(file: file, line: line, column: column, message: "unterminated \"quoted\" string") }
            return .string(try unescape(String(text.dropFirst().dropLast()), file: file, line: line, column: column))
        }
        if text.hasPrefix("'") {
            guard text.count >= 2, text.hasSuffix("'") else { throw SiteError(file: file, line: line, column: column, message: "unterminated 'quoted' string") }
            return .string(String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'"))
        }
        if let first = text.first, "{&*!|>%@`".contains(first) {
            throw SiteError(file: file, line: line, column: column, message: "'\(first)' (YAML maps, anchors, aliases, tags and block scalars) is not supported in front matter; quote the value")
        }
        switch text {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case "null", "Null", "NULL", "~", "": return .null
        default: break
        }
        if let int = Int(text) { return .int(int) }
        if let double = Double(text), text.contains("."), text.first?.isNumber == true || text.first == "-" { return .double(double) }
        if text.count >= 10, text.prefix(4).allSatisfy(\.isNumber), text.dropFirst(4).first == "-" {
            guard ContentDate.isValid(text) else {
                throw SiteError(file: file, line: line, column: column, message: "'\(text)' is not a valid date (use 2026-01-31 or 2026-01-31T09:00:00Z)")
            }
            return .date(text)
        }
        return .string(text)
    }

    private static func unescape(_ text: String, file: String, line: Int, column: Int) throws -> String {
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                default: throw SiteError(file: file, line: line, column: column, message: "unknown escape '\\\(character)' in quoted string")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

/// Dates as content files write them.
enum ContentDate {
    static func isValid(_ text: String) -> Bool {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[1].count == 2, parts[2].count == 2, (1...12).contains(month), year > 0 else { return false }
        let days = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...days[month - 1]).contains(day) else { return false }
        if text.count == 10 { return true }
        return Timestamp.parseContent(text) != nil
    }
}

import Foundation
import PorticoModel

extension Timestamp {
    /// A date-time in content: `2026-01-31T09:00:00Z` or with an offset.
    static func parseContent(_ text: String) -> Date? {
        if let date = Timestamp.parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }
}
