import Foundation

/// A throwaway static file server on 127.0.0.1 for browser tests (Python's http.server: test tooling only),
/// on a port the test picks, stopped when the value is released.
public final class StaticServer: @unchecked Sendable {
    public let port: Int
    private let process: Process
    /// Where http.server logs each request (one line on stderr each).
    private let log = FileManager.default.temporaryDirectory.appendingPathComponent("portico-static-\(UUID().uuidString).log")

    /// `headersScript`: a server script taking PORT and DIRECTORY (the tests' `headers_server.py`, which applies the
    /// site's `_headers`) instead of plain `http.server`.
    public init(directory: URL, headersScript: URL? = nil) throws {
        var lastError: Error?
        for _ in 0..<10 {
            let port = Int.random(in: 20_000..<60_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.python)
            process.arguments = headersScript.map { [$0.path, String(port), directory.path] }
                ?? ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", directory.path]
            process.standardOutput = FileHandle.nullDevice
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: log)
            do {
                try process.run()
                // Wait until it answers, or until it has died (port taken).
                for _ in 0..<50 {
                    if !process.isRunning { break }
                    if Self.answers(port: port) {
                        self.port = port
                        self.process = process
                        return
                    }
                    Thread.sleep(forTimeInterval: 0.1)
                }
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            } catch {
                lastError = error
            }
        }
        throw lastError ?? CocoaError(.featureUnsupported)
    }

    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: log)
    }

    /// The paths requested so far, in order (`/search/meta.json`), from the server's log.
    public func requestedPaths() -> [String] {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard let request = line.split(separator: "\"").dropFirst().first else { return nil }
            let parts = request.split(separator: " ")
            return parts.count == 3 && parts[0] == "GET" ? String(parts[1]) : nil
        }
    }

    /// Python's http.server is in every Python 3.
    static let python: String = TestTools.python(importing: "http.server") ?? "/usr/bin/python3"

    public var baseURL: String { "http://127.0.0.1:\(port)/" }

    static func answers(port: Int) -> Bool {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { return false }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

/// Headless Chromium (Debian's `chromium`), for tests where a browser is the user.
public enum HeadlessBrowser {
    public static var executable: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The page's DOM after its scripts ran (virtual time lets fetches and timers finish).
    public static func dumpDOM(_ url: String) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        // Output goes to a file, not a pipe: Chromium's helper processes inherit the descriptor and can
        // outlive the browser, so a pipe might never reach end-of-file.
        let dump = profile.appendingPathExtension("html")
        _ = FileManager.default.createFile(atPath: dump.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: dump) }
        let handle = try FileHandle(forWritingTo: dump)
        try run(["--virtual-time-budget=8000", "--dump-dom", url], profile: profile, output: handle)
        try handle.close()
        return (try? String(contentsOf: dump, encoding: .utf8)) ?? ""
    }

    /// Runs headless Chromium with a fresh profile and `arguments`, its output to `output` (nowhere by default),
    /// waiting at most 90 seconds.
    public static func run(_ arguments: [String], profile: URL? = nil, output: FileHandle? = nil) throws {
        guard let executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "chromium (apt-get install chromium)"]) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        let profile = profile ?? FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"] + arguments
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
