import Foundation

/// Reads a file (or any handle) a buffer at a time, one byte on request, counting lines and columns so parse
/// errors can name their position. Memory stays bounded however large the input.
public struct ByteReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var index = 0
    private var atEnd = false
    /// The 1-based line and column of the next byte.
    public private(set) var line = 1
    public private(set) var column = 1

    public init(handle: FileHandle) { self.handle = handle }

    /// Opens a file for reading; throws `FormatError.unreadable` naming it.
    public init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw FormatError(line: 0, column: 0, reason: "cannot read \(path)") }
        self.init(handle: handle)
    }

    /// The next byte without consuming it.
    public mutating func peek() -> UInt8? {
        if index < buffer.count { return buffer[index] }
        fill()
        return index < buffer.count ? buffer[index] : nil
    }

    /// Consumes and returns the next byte.
    public mutating func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        index += 1
        if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
        return byte
    }

    /// Skips a UTF-8 byte order mark at the start.
    public mutating func skipByteOrderMark() {
        guard line == 1, column == 1, peek() == 0xEF else { return }
        fill(minimum: 3)
        if buffer.count - index >= 3, buffer[index + 1] == 0xBB, buffer[index + 2] == 0xBF { index += 3 }
    }

    private mutating func fill(minimum: Int = 1) {
        while !atEnd && buffer.count - index < minimum {
            let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
            guard let chunk, !chunk.isEmpty else { atEnd = true; return }
            buffer.removeSubrange(0..<index)
            index = 0
            buffer.append(contentsOf: chunk)
        }
    }
}

/// Input that does not follow its format, at a 1-based line and column.
public struct FormatError: Error, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let reason: String

    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { line > 0 ? "line \(line), column \(column): \(reason)" : reason }
}
