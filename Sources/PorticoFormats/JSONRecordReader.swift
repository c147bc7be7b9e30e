/// A scalar JSON value: what a flat record's fields may hold.
public enum JSONScalar: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
}

/// One flat JSON object, its members in file order, and the line it starts on.
public struct JSONRecord: Equatable, Sendable {
    public let line: Int
    public let members: [(String, JSONScalar)]

    public static func == (a: JSONRecord, b: JSONRecord) -> Bool {
        a.line == b.line && a.members.map(\.0) == b.members.map(\.0) && a.members.map(\.1) == b.members.map(\.1)
    }
}

/// A streaming reader of flat JSON objects: either one array of objects (`[{…}, {…}]`, a `.json` file) or one
/// object per line (JSON Lines). Objects are read one at a time, so memory stays bounded however long the file.
/// Nested arrays or objects as member values, duplicate names and malformed JSON are errors naming line and column.
public struct JSONRecordReader {
    private var bytes: ByteReader
    private enum Shape { case unknown, array, lines, finished }
    private var shape = Shape.unknown

    public init(_ bytes: ByteReader) {
        self.bytes = bytes
        self.bytes.skipByteOrderMark()
    }

    /// The next object, or nil at the end.
    public mutating func next() throws -> JSONRecord? {
        skipSpace()
        switch shape {
        case .finished:
            return nil
        case .unknown:
            guard let first = bytes.peek() else { shape = .finished; return nil }
            if first == UInt8(ascii: "[") {
                _ = bytes.next()
                shape = .array
                skipSpace()
                if bytes.peek() == UInt8(ascii: "]") { _ = bytes.next(); try finishArray(); return nil }
                return try object()
            }
            shape = .lines
            return try object()
        case .lines:
            guard bytes.peek() != nil else { shape = .finished; return nil }
            return try object()
        case .array:
            switch bytes.next() {
            case UInt8(ascii: ","):
                skipSpace()
                return try object()
            case UInt8(ascii: "]"):
                try finishArray()
                return nil
            case nil:
                throw error("the array is never closed with ]")
            default:
                throw error("expected , or ] between objects", back: 1)
            }
        }
    }

    private mutating func finishArray() throws {
        shape = .finished
        skipSpace()
        if bytes.peek() != nil { throw error("text after the closing ]") }
    }

    private mutating func object() throws -> JSONRecord {
        let line = bytes.line
        guard bytes.next() == UInt8(ascii: "{") else { throw error("expected an object starting with {", back: 1) }
        var members: [(String, JSONScalar)] = []
        var names: Set<String> = []
        skipSpace()
        if bytes.peek() == UInt8(ascii: "}") { _ = bytes.next(); return JSONRecord(line: line, members: []) }
        while true {
            skipSpace()
            guard bytes.peek() == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
            let nameLine = bytes.line, nameColumn = bytes.column
            let name = try string()
            guard names.insert(name).inserted else { throw FormatError(line: nameLine, column: nameColumn, reason: "member \"\(name)\" appears twice") }
            skipSpace()
            guard bytes.next() == UInt8(ascii: ":") else { throw error("expected : after the member name", back: 1) }
            skipSpace()
            members.append((name, try scalar(member: name)))
            skipSpace()
            switch bytes.next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return JSONRecord(line: line, members: members)
            default: throw error("expected , or } after a member", back: 1)
            }
        }
    }

    private mutating func scalar(member: String) throws -> JSONScalar {
        switch bytes.peek() {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        case UInt8(ascii: "{"), UInt8(ascii: "["): throw error("member \"\(member)\" holds a nested value; records must be flat")
        case let byte? where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39): return try number()
        default: throw error("expected a value for member \"\(member)\"")
        }
    }

    private mutating func word(_ text: String) throws {
        for expected in text.utf8 {
            guard bytes.next() == expected else { throw error("expected \(text)", back: 1) }
        }
    }

    private mutating func number() throws -> JSONScalar {
        var text: [UInt8] = []
        let line = bytes.line, column = bytes.column
        while let byte = bytes.peek(), (byte >= 0x30 && byte <= 0x39) || "-+.eE".utf8.contains(byte) {
            text.append(byte)
            _ = bytes.next()
        }
        let literal = String(decoding: text, as: UTF8.self)
        guard Self.isJSONNumber(text) else { throw FormatError(line: line, column: column, reason: "'\(literal)' is not a JSON number") }
        if !text.contains(where: { "eE.".utf8.contains($0) }), let integer = Int64(literal) { return .integer(integer) }
        guard let double = Double(literal), double.isFinite else { throw FormatError(line: line, column: column, reason: "'\(literal)' is out of range") }
        return .number(double)
    }

    /// RFC 8259's number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    static func isJSONNumber(_ text: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int { let start = i; while i < text.count, text[i] >= 0x30, text[i] <= 0x39 { i += 1 }; return i - start }
        if i < text.count, text[i] == UInt8(ascii: "-") { i += 1 }
        guard i < text.count else { return false }
        if text[i] == 0x30 { i += 1 } else if digits() == 0 { return false }
        if i < text.count, text[i] == UInt8(ascii: ".") { i += 1; if digits() == 0 { return false } }
        if i < text.count, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
            i += 1
            if i < text.count, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { return false }
        }
        return i == text.count
    }

    private mutating func string() throws -> String {
        let line = bytes.line, column = bytes.column
        _ = bytes.next()
        var out: [UInt8] = []
        while true {
            let byteLine = bytes.line, byteColumn = bytes.column
            guard let byte = bytes.next() else { throw FormatError(line: line, column: column, reason: "string never closed") }
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: out, as: UTF8.self) else {
                    throw FormatError(line: line, column: column, reason: "string is not UTF-8 text")
                }
                return text
            case UInt8(ascii: "\\"):
                try escape(into: &out, line: byteLine, column: byteColumn)
            case 0..<0x20:
                throw FormatError(line: byteLine, column: byteColumn, reason: "control character inside a string (escape it)")
            default:
                out.append(byte)
            }
        }
    }

    private mutating func escape(into out: inout [UInt8], line: Int, column: Int) throws {
        let unpaired = FormatError(line: line, column: column, reason: "unpaired surrogate escape")
        switch bytes.next() {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4()
            if (0xD800..<0xDC00).contains(value) {
                guard bytes.next() == UInt8(ascii: "\\"), bytes.next() == UInt8(ascii: "u") else { throw unpaired }
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw unpaired }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(value) {
                throw unpaired
            }
            out.append(contentsOf: Array(String(Unicode.Scalar(value)!).utf8))
        default:
            throw error("unknown escape", back: 1)
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = bytes.next(), let digit = Self.hexValue(byte) else { throw error("\\u needs four hex digits", back: 1) }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    private mutating func skipSpace() {
        while let byte = bytes.peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { _ = bytes.next() }
    }

    private func error(_ reason: String, back: Int = 0) -> FormatError {
        FormatError(line: bytes.line, column: max(1, bytes.column - back), reason: reason)
    }
}
