/// One CSV record and the line it starts on.
public struct CSVRecord: Equatable, Sendable {
    public let line: Int
    public let fields: [String]
    /// Which fields were quoted: `""` is an empty text, an empty unquoted field is no value (NULL).
    public var quoted: [Bool] = []

    public init(line: Int, fields: [String], quoted: [Bool] = []) {
        self.line = line
        self.fields = fields
        self.quoted = quoted
    }

    /// Whether field `index` was quoted.
    public func isQuoted(_ index: Int) -> Bool { index < quoted.count && quoted[index] }
}

/// A streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with
/// CRLF or LF; a UTF-8 byte order mark is skipped. A quote inside an unquoted field, text after a closing quote,
/// an unterminated quote or bytes that are not UTF-8 are errors naming line and column.
public struct CSVReader {
    private var bytes: ByteReader

    public init(_ bytes: ByteReader) {
        self.bytes = bytes
        self.bytes.skipByteOrderMark()
    }

    /// The next record, or nil at the end. Blank lines are skipped.
    public mutating func next() throws -> CSVRecord? {
        while bytes.peek() == 0x0D || bytes.peek() == 0x0A { _ = bytes.next() }
        guard bytes.peek() != nil else { return nil }
        let line = bytes.line
        var fields: [String] = []
        var quoted: [Bool] = []
        var field: [UInt8] = []
        while true {
            let fieldLine = bytes.line, fieldColumn = bytes.column
            field.removeAll(keepingCapacity: true)
            quoted.append(bytes.peek() == 0x22)
            if bytes.peek() == 0x22 {
                _ = bytes.next()
                while true {
                    guard let byte = bytes.next() else {
                        throw FormatError(line: fieldLine, column: fieldColumn, reason: "quoted field never closed")
                    }
                    if byte == 0x22 {
                        if bytes.peek() == 0x22 { _ = bytes.next(); field.append(0x22) } else { break }
                    } else {
                        field.append(byte)
                    }
                }
                if let after = bytes.peek(), after != 0x2C, after != 0x0A, after != 0x0D {
                    throw FormatError(line: bytes.line, column: bytes.column, reason: "text after a closing quote (quote the whole field)")
                }
            } else {
                while let byte = bytes.peek(), byte != 0x2C, byte != 0x0A, byte != 0x0D {
                    if byte == 0x22 {
                        throw FormatError(line: bytes.line, column: bytes.column, reason: "quote inside an unquoted field (quote the field and double the quote)")
                    }
                    field.append(byte)
                    _ = bytes.next()
                }
            }
            guard let text = String(validating: field, as: UTF8.self) else {
                throw FormatError(line: fieldLine, column: fieldColumn, reason: "field is not UTF-8 text")
            }
            fields.append(text)
            switch bytes.next() {
            case 0x2C: continue
            case 0x0D:
                if bytes.peek() == 0x0A { _ = bytes.next() }
                return CSVRecord(line: line, fields: fields, quoted: quoted)
            default:
                return CSVRecord(line: line, fields: fields, quoted: quoted)
            }
        }
    }
}
