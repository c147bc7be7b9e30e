import Foundation

/// One request's head, as read from the connection: method, target, version and header fields (RFC 9112).
/// The preview server answers GET, HEAD and OPTIONS, so a body is read only to be skipped.
public struct HTTPRequest: Sendable {
    public let method: String
    /// The request-target as sent: origin-form (`/help/?q=x`), absolute-form or `*`.
    public let target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    public let version: String
    /// Header fields in order; names as sent (compare with `header(_:)`, which ignores case).
    public let headers: [(name: String, value: String)]

    public init(method: String, target: String, version: String, headers: [(name: String, value: String)]) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// The first value of a header field, its name compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The path part of the target, still percent-encoded (`/help/a%20b/`); for absolute-form the path after the host.
    public var path: String {
        var rest = Substring(target)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        return String(rest)
    }

    /// The query after `?`, if any (`q=x`).
    public var query: String? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return String(target[target.index(after: mark)...])
    }

    /// Whether the connection stays open after the response: HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive`.
    public var keepsAlive: Bool {
        let tokens = (header("Connection") ?? "").lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if version == "HTTP/1.0" { return tokens.contains("keep-alive") }
        return !tokens.contains("close")
    }
}

/// Why a request could not be read; each case maps to the status the server answers with before closing.
public enum HTTPRequestError: Error, Equatable, Sendable {
    /// The head is not HTTP/1.x syntax (request line, header field, line ending): 400.
    case malformed(String)
    /// The head is longer than the server reads: 431.
    case headTooLarge
    /// A body longer than the server skips: 413.
    case bodyTooLarge
    /// `Transfer-Encoding` on a request (a chunked body): 501, since no method here takes a body.
    case unsupportedTransferEncoding
    /// HTTP/2 or another major version: 505.
    case unsupportedVersion(String)

    /// The status code the server answers with.
    public var status: Int {
        switch self {
        case .malformed: return 400
        case .headTooLarge: return 431
        case .bodyTooLarge: return 413
        case .unsupportedTransferEncoding: return 501
        case .unsupportedVersion: return 505
        }
    }
}
