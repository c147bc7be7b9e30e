import Foundation
import Testing
import PorticoTestSupport

/// `portico serve` as people run it: the real binary on a free port, fetched over sockets, edited while it runs.
@Suite(.serialized) struct ServeBinaryTests {
    /// A running `portico serve`, stopped with SIGINT when released.
    final class RunningServer {
        let process = Process()
        let log: URL
        let port: Int

        init(site: TemporaryDirectory, arguments: [String] = []) throws {
            log = site.url.appendingPathComponent("serve.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = BinaryRunner.productsDirectory.appendingPathComponent("portico")
            process.arguments = ["serve", "--port", "0"] + arguments
            process.currentDirectoryURL = site.url
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PORTICO_") }
            environment["NO_COLOR"] = "1"
            process.environment = environment
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            var found: Int?
            for _ in 0..<600 where found == nil {
                Thread.sleep(forTimeInterval: 0.1)
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                if let range = text.range(of: " at http://127.0.0.1:") {
                    found = Int(text[range.upperBound...].prefix(while: \.isNumber))
                }
                if !process.isRunning { break }
            }
            guard let found else {
                if process.isRunning { process.interrupt() }
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve did not start: \(text)"])
            }
            port = found
        }

        var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

        /// Sends Ctrl-C's signal and waits; the exit status, or nil if it did not stop in time.
        func interrupt() -> Int32? {
            guard process.isRunning else { return process.terminationStatus }
            process.interrupt()
            for _ in 0..<100 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
            return process.isRunning ? nil : process.terminationStatus
        }

        deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        /// Polls until `condition` holds (a rebuild is asynchronous), for at most `seconds`.
        func eventually(_ seconds: Double = 30, _ condition: () throws -> Bool) rethrows -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if try condition() { return true }
                Thread.sleep(forTimeInterval: 0.2)
            }
            return false
        }
    }

    func demoSite() throws -> TemporaryDirectory { try DemoSite.copy() }

    @Test func servesRebuildsOnEditAndReloadsTabs() throws {
        let site = try demoSite()
        let server = try RunningServer(site: site, arguments: ["--out", "preview"])
        let port = server.port

        let home = try RawHTTP.get("/", port: port)
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("<script src=\"/__portico/live-reload.js\" data-build=\"0\"></script></body>"))
        // The reload script is added as pages are served, never written into the output.
        let onDisk = try #require(site.read("preview/index.html"))
        #expect(!onDisk.contains("__portico"))
        #expect(home.text.replacingOccurrences(of: "<script src=\"/__portico/live-reload.js\" data-build=\"0\"></script>", with: "") == onDisk)
        #expect(try RawHTTP.get("/__portico/live-reload.js", port: port).text.contains("EventSource"))

        let css = try #require(site.files(under: "preview/assets").first { $0.hasSuffix(".css") })
        #expect(try RawHTTP.get("/assets/" + css, port: port).headers["content-type"] == "text/css; charset=utf-8")
        #expect(try RawHTTP.get("/help", port: port).headers["location"] == "/help/")
        let missing = try RawHTTP.get("/no-such-page/", port: port)
        #expect(missing.status == 404)
        #expect(missing.text == (site.read("preview/404.html") ?? "-").replacingOccurrences(of: "</body>", with: "<script src=\"/__portico/live-reload.js\" data-build=\"0\"></script></body>"))

        // Traversal, encoded or not, and malformed requests.
        #expect(try RawHTTP.get("/../portico.db", port: port).status == 400)
        #expect(try RawHTTP.get("/%2e%2e/portico.json", port: port).status == 400)
        #expect(try RawHTTP.get("/.output.manifest", port: port).status == 404)
        let garbage = try RawHTTP.Connection(port: port)
        garbage.send("GET /\r\n\r\n")
        #expect(RawHTTP.responses(garbage.readToEnd()).first?.status == 400)
        #expect(try RawHTTP.get("/", port: port, method: "DELETE").status == 405)

        // A tab listening for reloads.
        let events = try RawHTTP.Connection(port: port, timeout: 60)
        events.send("GET /__portico/events?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(events.read(until: "retry: 1000").contains("Content-Type: text/event-stream"))

        try site.write("---\ntitle: Fresh page\n---\nWritten while serving.\n", to: "content/fresh-page.md")
        #expect(try server.eventually { try RawHTTP.get("/fresh-page/", port: port).text.contains("Written while serving.") })
        #expect(events.read(until: "event: reload").contains("event: reload\ndata: 1\n"))
        #expect(server.output.contains("Changed content/fresh-page.md: Built "))

        // A page loaded before that build, listening only now, is told at once.
        let late = try RawHTTP.Connection(port: port, timeout: 10)
        late.send("GET /__portico/events?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(late.read(until: "event: reload").contains("event: reload"))

        // A broken edit: the error is printed and sent to tabs; the last good build stays served.
        try site.write("---\ntitle: Broken\ndate: 2026-13-01\n---\n", to: "content/fresh-page.md")
        #expect(events.read(until: "event: failure").contains("content/fresh-page.md:3:7: '2026-13-01' is not a valid date"))
        #expect(try RawHTTP.get("/fresh-page/", port: port).text.contains("Written while serving."))
        #expect(server.output.contains("portico: error: [load] content/fresh-page.md:3:7"))

        // Putting the good text back writes nothing (it is the last good build), yet tabs drop the error and reload.
        try site.write("---\ntitle: Fresh page\n---\nWritten while serving.\n", to: "content/fresh-page.md")
        #expect(events.read(until: "event: reload\ndata: 3").contains("event: reload\ndata: 3\n"))

        #expect(server.interrupt() == 0)
        #expect(server.output.contains("Stopping."))
        #expect(throws: (any Error).self) { _ = try RawHTTP.get("/", port: port) }
    }

    @Test func previewFolderIsTemporaryAndRemovedOnStop() throws {
        let site = try demoSite()
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []).filter { $0.hasPrefix("portico-serve-") }
        let server = try RunningServer(site: site)
        #expect(try RawHTTP.get("/help/", port: server.port).status == 200)
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output").path))
        let during = Set((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []).filter { $0.hasPrefix("portico-serve-") }
        #expect(during.subtracting(before).count == 1)
        #expect(server.interrupt() == 0)
        let after = Set((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []).filter { $0.hasPrefix("portico-serve-") }
        #expect(after.subtracting(before).isEmpty)
    }

    @Test func aPortInUseIsNamed() throws {
        let site = try demoSite()
        let taken = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(taken) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(taken, $0, length) } }
        listen(taken, 1)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(taken, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let result = try BinaryRunner.run("portico", ["serve", "--port", String(port)], in: site.url)
        #expect(result.exitCode == 3)
        #expect(result.standardError.hasSuffix("portico: error: invalid --port '\(port)': it is in use by another program; choose another port\n"), "\(result.standardError)")
    }

    @Test func badPortIsAnInputErrorNamingTheFlag() throws {
        let site = try demoSite()
        let result = try BinaryRunner.run("portico", ["serve", "--port", "70000"], in: site.url)
        #expect(result.exitCode == 3)
        #expect(result.standardError == "portico: error: invalid --port '70000': must be a port number from 0 to 65535\n")
    }
}
