import Foundation

/// Reads request heads from the bytes a connection has received so far (RFC 9112, strictly: CRLF line endings,
/// no whitespace before a field's colon, no obsolete line folding, a Host field on HTTP/1.1).
public enum HTTPRequestParser {
    /// The longest head read; a longer one is answered 431.
    public static let maximumHeadBytes = 16 * 1024
    /// The longest body skipped (GET requests have none); a longer one is answered 413.
    public static let maximumBodyBytes = 1024 * 1024

    /// A complete head at the start of `buffer`: the request, the bytes it spans, and the body length that follows.
    /// Nil while the head is incomplete. Throws on a head that can never become valid.
    public static func parse(_ buffer: [UInt8]) throws -> (request: HTTPRequest, headLength: Int, bodyLength: Int)? {
        var start = 0
        // RFC 9112 §2.2: a server ignores at least one empty line before the request line.
        while start + 1 < buffer.count, buffer[start] == 0x0D, buffer[start + 1] == 0x0A { start += 2 }
        guard let end = headEnd(buffer, from: start) else {
            if buffer.count > maximumHeadBytes { throw HTTPRequestError.headTooLarge }
            return nil
        }
        guard end <= maximumHeadBytes else { throw HTTPRequestError.headTooLarge }
        let lines = try splitLines(buffer[start..<(end - 4)])
        guard let requestLine = lines.first else { throw HTTPRequestError.malformed("empty request") }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw HTTPRequestError.malformed("the request line must be METHOD SP TARGET SP VERSION")
        }
        let method = String(parts[0]), target = String(parts[1]), version = String(parts[2])
        guard method.utf8.allSatisfy(isTokenByte) else { throw HTTPRequestError.malformed("the method is not a token") }
        guard target.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { throw HTTPRequestError.malformed("the target holds spaces or control characters") }
        guard target.hasPrefix("/") || target == "*" || target.lowercased().hasPrefix("http://") || target.lowercased().hasPrefix("https://") else {
            throw HTTPRequestError.malformed("the target must be a path")
        }
        guard version.hasPrefix("HTTP/"), version.count == 8 else { throw HTTPRequestError.malformed("no HTTP version") }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else { throw HTTPRequestError.unsupportedVersion(version) }

        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw HTTPRequestError.malformed("a header field has no colon") }
            let name = line[..<colon]
            guard !name.isEmpty, name.utf8.allSatisfy(isTokenByte) else {
                // Covers obsolete folding (a line starting with whitespace) and whitespace before the colon (§5.1).
                throw HTTPRequestError.malformed("a header field name is not a token")
            }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])
            guard value.utf8.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
                throw HTTPRequestError.malformed("a header field value holds control characters")
            }
            headers.append((String(name), value))
        }
        let request = HTTPRequest(method: method, target: target, version: version, headers: headers)
        if version == "HTTP/1.1" {
            let hosts = headers.filter { $0.name.lowercased() == "host" }
            guard hosts.count == 1 else { throw HTTPRequestError.malformed("an HTTP/1.1 request needs exactly one Host field") }
        }
        if request.header("Transfer-Encoding") != nil { throw HTTPRequestError.unsupportedTransferEncoding }
        var bodyLength = 0
        let lengths = headers.filter { $0.name.lowercased() == "content-length" }.map(\.value)
        if let length = lengths.first {
            // Differing lengths, or a length that is not digits, would let two readers disagree where a request ends.
            guard Set(lengths).count == 1, !length.isEmpty, length.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), length.count < 12,
                  let value = Int(length) else {
                throw HTTPRequestError.malformed("Content-Length is not one decimal number")
            }
            guard value <= maximumBodyBytes else { throw HTTPRequestError.bodyTooLarge }
            bodyLength = value
        }
        return (request, end, bodyLength)
    }

    /// The index just past the CRLFCRLF that ends the head, if it has arrived.
    static func headEnd(_ buffer: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 0x0D && buffer[index + 1] == 0x0A && buffer[index + 2] == 0x0D && buffer[index + 3] == 0x0A {
                return index + 4
            }
            index += 1
        }
        return nil
    }

    /// The head's lines, split at CRLF; a bare CR or LF, or a byte that is not ASCII, is malformed.
    static func splitLines(_ bytes: ArraySlice<UInt8>) throws -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0D {
                guard index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A else { throw HTTPRequestError.malformed("a bare CR in the head") }
                lines.append(String(decoding: current, as: UTF8.self))
                current = []
                index += 2
                continue
            }
            if byte == 0x0A { throw HTTPRequestError.malformed("a bare LF in the head") }
            if byte >= 0x80 || byte == 0 { throw HTTPRequestError.malformed("a byte that is not ASCII in the head") }
            current.append(byte)
            index += 1
        }
        lines.append(String(decoding: current, as: UTF8.self))
        return lines
    }

    /// RFC 9110 §5.6.2 tchar.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default: return false
        }
    }
}
