import Foundation

/// A response: status, header fields and a body that is either bytes or a stream the handler writes as events happen
/// (server-sent events); a streamed response ends its connection when the stream returns.
public struct HTTPResponse: Sendable {
    /// How the body is sent.
    public enum Body: Sendable {
        case bytes([UInt8])
        /// Called on the connection's thread after the head is sent; returns when the stream is over.
        case stream(@Sendable (HTTPStreamWriter) -> Void)
    }

    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Body

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A plain-text response (errors the server itself answers with).
    public static func text(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .bytes(Array(text.utf8)))
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Sets a header field, replacing any with the same name.
    public mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { $0.name.lowercased() == name.lowercased() }
        headers.append((name, value))
    }

    /// The status line and header fields, with the framing fields the server owns (Content-Length, Connection, Date).
    func head(keepAlive: Bool, date: Date = Date()) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        text += "Date: \(Self.httpDate(date))\r\n"
        for (name, value) in headers where !["content-length", "connection", "date", "transfer-encoding"].contains(name.lowercased()) {
            // Values come from our own code, but a CR or LF would still split the head: drop it.
            text += "\(name): \(value.filter { $0 != "\r" && $0 != "\n" })\r\n"
        }
        switch body {
        case .bytes(let bytes):
            text += "Content-Length: \(bytes.count)\r\n"
            text += keepAlive ? "" : "Connection: close\r\n"
        case .stream:
            text += "Connection: close\r\n"
        }
        return Array((text + "\r\n").utf8)
    }

    /// The reason phrase for the statuses this server sends.
    public static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 204: return "No Content"
        case 301: return "Moved Permanently"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 413: return "Content Too Large"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return "Status \(status)"
        }
    }

    /// IMF-fixdate (RFC 9110 §5.6.7): `Sun, 06 Nov 1994 08:49:37 GMT`.
    public static func httpDate(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}

/// Writes a streamed body to its connection.
public final class HTTPStreamWriter: @unchecked Sendable {
    private let send: ([UInt8]) -> Bool
    private let stopping: () -> Bool

    init(send: @escaping ([UInt8]) -> Bool, stopping: @escaping () -> Bool) {
        self.send = send
        self.stopping = stopping
    }

    /// Sends bytes; false once the client has gone (the stream should return).
    public func write(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// True when the server is shutting down (the stream should return).
    public var isServerStopping: Bool { stopping() }
}
