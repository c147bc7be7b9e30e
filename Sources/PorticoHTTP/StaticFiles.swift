import Foundation

/// Serves the files of one folder: `index.html` for a folder (a folder asked for without its slash is redirected to
/// it), the folder's `404.html` for what is missing, the right Content-Type, and never anything outside the folder
/// (`..` segments, encoded or not, are refused; a symbolic link leading out is not followed) or hidden (`.name`).
public struct StaticFiles: Sendable {
    /// Where a request path leads.
    public enum Resolution: Equatable, Sendable {
        case file(String)
        /// A folder asked for without its trailing slash: redirect here.
        case redirect(String)
        case notFound
        /// A path that tries to leave the folder, or holds a NUL or an invalid escape.
        case refused
    }

    public let root: URL
    /// Paths below these prefixes get `Access-Control-Allow-Origin: *` (widgets tried from another local origin).
    public var corsPrefixes: [String]

    public init(root: URL, corsPrefixes: [String] = []) {
        self.root = root
        self.corsPrefixes = corsPrefixes
    }

    /// Answers GET, HEAD and (for CORS paths) OPTIONS; other methods get 405.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let path = request.path
        let cors = corsPrefixes.contains { path.hasPrefix($0) }
        var response: HTTPResponse
        switch request.method {
        case "GET", "HEAD":
            response = respond(path: path, query: request.query)
        case "OPTIONS" where cors:
            response = HTTPResponse(status: 204, headers: [("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS"),
                                                            ("Access-Control-Allow-Headers", request.header("Access-Control-Request-Headers") ?? "*"),
                                                            ("Access-Control-Max-Age", "600")])
        default:
            response = .text(405, "Method not allowed: this server only reads files.\n")
            response.setHeader("Allow", cors ? "GET, HEAD, OPTIONS" : "GET, HEAD")
        }
        if cors { response.setHeader("Access-Control-Allow-Origin", "*") }
        return response
    }

    private func respond(path: String, query: String?) -> HTTPResponse {
        switch resolve(path) {
        case .file(let file):
            guard let bytes = FileManager.default.contents(atPath: file) else { return notFound() }
            return HTTPResponse(status: 200, headers: [("Content-Type", MediaType.forPath(file)), ("Cache-Control", "no-cache"),
                                                       ("X-Content-Type-Options", "nosniff")], body: .bytes(Array(bytes)))
        case .redirect(let location):
            var response = HTTPResponse.text(301, "Moved to \(location)\n")
            response.setHeader("Location", location + (query.map { "?" + $0 } ?? ""))
            return response
        case .notFound:
            return notFound()
        case .refused:
            return .text(400, "Bad request: the path leaves the site folder or is not a valid path.\n")
        }
    }

    /// The site's own 404 page when it has one.
    private func notFound() -> HTTPResponse {
        if let page = FileManager.default.contents(atPath: root.appendingPathComponent("404.html").path) {
            return HTTPResponse(status: 404, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-cache")], body: .bytes(Array(page)))
        }
        return .text(404, "Not found.\n")
    }

    /// Maps a percent-encoded request path to a file under the root.
    public func resolve(_ path: String) -> Resolution {
        // "//host" would make a redirect to it leave the site (a protocol-relative URL).
        // Split and compared as scalars, never Characters: "/" joined with a combining mark (`/%CC%81`) is one
        // Character that is not "/", which would hide a ".." segment from a Character split, while the file system
        // still reads the bare "/".
        let scalars = path.unicodeScalars
        guard scalars.first == "/", !scalars.dropFirst().starts(with: ["/"]), let decoded = path.removingPercentEncoding,
              !decoded.unicodeScalars.contains("\u{0}"), !decoded.unicodeScalars.contains("\\") else {
            return .refused
        }
        let segments = decoded.unicodeScalars.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { String($0) }
        if segments.contains(where: { $0.unicodeScalars.elementsEqual("..".unicodeScalars) || $0.unicodeScalars.elementsEqual(".".unicodeScalars) }) {
            return .refused
        }
        if segments.contains(where: { $0.unicodeScalars.first == "." }) { return .notFound }
        let rootPath = root.resolvingSymlinksInPath().standardizedFileURL.path
        let candidate = rootPath + decoded
        // A symbolic link inside the output may not lead out of it.
        let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().standardizedFileURL.path
        guard real == rootPath || real.hasPrefix(rootPath + "/") else { return .refused }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard decoded.unicodeScalars.last == "/" else { return .redirect(path + "/") }
            let index = real + "/index.html"
            return FileManager.default.fileExists(atPath: index) ? .file(index) : .notFound
        }
        return decoded.unicodeScalars.last == "/" ? .notFound : .file(real)
    }
}
