import Foundation

/// A deliberately plain HTTP/1.1 client over a socket, for testing servers with exactly the bytes a test chooses
/// (malformed heads, pipelined requests, traversal paths no URL library would send).
public enum RawHTTP {
    /// One response as read off the wire.
    public struct Response: Sendable {
        public let status: Int
        /// Header fields by lowercased name (the last one wins).
        public let headers: [String: String]
        public let body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// An open connection to 127.0.0.1.
    public final class Connection {
        public let descriptor: Int32

        public init(port: Int, timeout: TimeInterval = 10) throws {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            // No close here: the initializer has set every property, so throwing runs deinit, which closes it. Closing
            // twice would close whatever socket another thread opened with the same number in between.
            guard connected == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot connect to port \(port)"]) }
            var value = timeval(tv_sec: Int(timeout), tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
        }

        deinit { close(descriptor) }

        public func send(_ text: String) { send(Array(text.utf8)) }

        public func send(_ bytes: [UInt8]) {
            _ = bytes.withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        /// Reads what arrives until the server closes the connection or `timeout` passes with nothing new.
        public func readToEnd() -> [UInt8] {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { return bytes }
                bytes += chunk[0..<count]
            }
        }

        /// Reads until `marker` has arrived (or the connection ends); returns everything read.
        public func read(until marker: String) -> String {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while !String(decoding: bytes, as: UTF8.self).contains(marker) {
                let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { break }
                bytes += chunk[0..<count]
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// True when the server has closed its side (a read returns end-of-file).
        public var isClosedByServer: Bool {
            var byte: UInt8 = 0
            return recv(descriptor, &byte, 1, 0) == 0
        }
    }

    /// `GET path` with `Connection: close`, and the response.
    public static func get(_ path: String, port: Int, method: String = "GET", headers: [String: String] = [:]) throws -> Response {
        let connection = try Connection(port: port)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        connection.send(head + "\r\n")
        guard let response = responses(connection.readToEnd(), method: method).first else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no response to \(method) \(path)"])
        }
        return response
    }

    /// Splits bytes into the responses they hold (framed by Content-Length; a body without one runs to the end).
    public static func responses(_ bytes: [UInt8], method: String = "GET") -> [Response] {
        var result: [Response] = []
        var rest = bytes[...]
        let separator: [UInt8] = [13, 10, 13, 10]
        while !rest.isEmpty {
            guard let end = rest.indices.first(where: { rest[$0...].starts(with: separator) }) else { break }
            let head = String(decoding: rest[rest.startIndex..<end], as: UTF8.self).components(separatedBy: "\r\n")
            let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
            var headers: [String: String] = [:]
            for line in head.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let bodyStart = end + 4
            let length = method == "HEAD" ? 0 : headers["content-length"].flatMap(Int.init) ?? (rest.endIndex - bodyStart)
            let bodyEnd = min(bodyStart + length, rest.endIndex)
            result.append(Response(status: status, headers: headers, body: Array(rest[bodyStart..<bodyEnd])))
            rest = rest[bodyEnd...]
        }
        return result
    }
}
