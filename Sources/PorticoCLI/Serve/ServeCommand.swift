import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoHTTP
import PorticoModel
import PorticoSite

/// `portico serve`: builds the site, serves it on 127.0.0.1, rebuilds when its files or database change, and
/// reloads open tabs.
enum ServeCommand {
    static let command: ToolCommand = ToolCommand(spec: CommandSpec(
        "serve", abstract: "Preview the site on this machine: build, serve on 127.0.0.1, rebuild on every change and reload open tabs.",
        discussion: """
        Watches content/, themes/, portico.json and the database. After a change the site is rebuilt (only files whose bytes \
        changed are rewritten) and open tabs reload; when a rebuild fails, the error is printed and shown at the foot of \
        open tabs while the last good build stays served. The reload script is added to pages as they are served, never \
        written into the output. /api/ and /widgets/ are served with Access-Control-Allow-Origin: * so widgets can be \
        tried from another local origin. The site is built for http://127.0.0.1:PORT/ into a temporary folder (removed \
        on exit) unless --out names one. Ctrl-C stops the server.
        """,
        options: [
            .value("site", "DIR", "The site folder (default: the current folder)."),
            .value("db", "PATH", "The database (default: $PORTICO_DB, else portico.db in the site folder)."),
            .value("out", "DIR", "Where to build the preview (default: a temporary folder, removed on exit)."),
            .value("port", "N", "The port on 127.0.0.1 (default: 8080; 0 picks a free one)."),
            .flag("drafts", "Include pages marked draft: true."),
        ],
        examples: ["portico serve", "portico serve --port 0 --drafts"]
    )) { arguments, environment, output in
        let location = try SiteLocation(arguments, environment: environment)
        let portText = arguments.value("port") ?? "8080"
        guard let port = Int(portText), (0...65_535).contains(port) else {
            throw ModelError.invalid(field: "--port", value: portText, reason: "must be a port number from 0 to 65535")
        }
        try location.createDemoDatabaseIfMissing(environment: environment, clock: Store.clock(now: nil, environment: environment), output: output)
        let preview = PreviewServer(location: location, drafts: arguments.flag("drafts"), output: output)
        try preview.run(port: port)
    }
}

/// One `portico serve` session: the server, the watcher and the rebuilds.
final class PreviewServer: @unchecked Sendable {
    let location: SiteLocation
    let drafts: Bool
    let output: CommandOutput
    let reload = LiveReload()
    /// A temporary folder to build into when `--out` was not given.
    private var temporary: URL?
    /// The last rebuild failed: tabs show its error until a build succeeds, even one that writes nothing (the fix
    /// restored the last good input).
    private var lastFailed = false

    init(location: SiteLocation, drafts: Bool, output: CommandOutput) {
        self.location = location
        self.drafts = drafts
        self.output = output
    }

    func run(port: Int) throws {
        let outputFolder: URL
        if location.outputWasNamed {
            outputFolder = location.output
        } else {
            outputFolder = FileManager.default.temporaryDirectory.appendingPathComponent("portico-serve-\(UUID().uuidString)", isDirectory: true)
            temporary = outputFolder
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }

        let files = StaticFiles(root: outputFolder, corsPrefixes: ["/api/", "/widgets/"])
        let server: HTTPServer
        do {
            server = try HTTPServer(port: port) { [reload] request in
                Self.answer(request, files: files, reload: reload)
            }
        } catch let error as HTTPServerError {
            throw ModelError.invalid(field: "--port", value: String(port), reason: "\(error.reason); choose another port")
        }
        let options = BuildOptions(siteDirectory: location.site, databasePath: location.databasePath, outputDirectory: outputFolder,
                                   baseURL: "http://127.0.0.1:\(server.port)/", includeDrafts: drafts)
        let watcher = SiteWatcher(site: location.site, databasePath: location.databasePath)
        let summary = try Site(options: options).build()
        output.write(summary.line + "\n")
        // After the first build: opening the database may itself touch its write-ahead log.
        let initial = watcher.snapshot()
        server.start()
        output.write("Serving \(location.site.path) at http://127.0.0.1:\(server.port)/ (press Ctrl-C to stop)\n")
        // Where the preview is built: output/ keeps the last `portico build`, which `portico check` reads.
        output.write(temporary == nil ? "Building into \(outputFolder.path)\n"
                                      : "Building into a temporary folder (\(outputFolder.path)); output/ is left as the last portico build made it\n")

        let stop = DispatchSemaphore(value: 0)
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            return source
        }
        let stopping = StopFlag()
        let watching = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [self] in
            defer { watching.signal() }
            var seen = initial
            while !stopping.isSet {
                Thread.sleep(forTimeInterval: 0.3)
                var now = watcher.snapshot()
                var changed = SiteWatcher.changes(from: seen, to: now)
                guard !changed.isEmpty else { continue }
                // Wait for the editor (or a batch of admin commands) to finish writing.
                while true {
                    Thread.sleep(forTimeInterval: 0.15)
                    let settled = watcher.snapshot()
                    if settled == now { break }
                    changed = Array(Set(changed + SiteWatcher.changes(from: now, to: settled))).sorted()
                    now = settled
                }
                seen = now
                rebuild(options: options, after: changed)
            }
        }
        stop.wait()
        stopping.set()
        output.write("\nStopping.\n")
        reload.wakeAll()
        server.stop()
        watching.wait()
        signals.forEach { $0.cancel() }
    }

    private func rebuild(options: BuildOptions, after changed: [String]) {
        let shown = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " and \(changed.count - 3) more" : "")
        do {
            let summary = try Site(options: options).build()
            output.write("Changed \(shown): \(summary.line)\n")
            if summary.written > 0 || summary.removed > 0 || lastFailed { reload.rebuilt() }
            lastFailed = false
        } catch {
            let (message, _) = ErrorReport.describe(error)
            output.failure(tool: "portico", message)
            reload.failed(message)
            lastFailed = true
        }
    }

    /// The reload script and events; every other path from the output folder, HTML pages with the script added.
    static func answer(_ request: HTTPRequest, files: StaticFiles, reload: LiveReload) -> HTTPResponse {
        switch request.path {
        case LiveReload.scriptPath:
            return HTTPResponse(status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8"), ("Cache-Control", "no-cache")],
                                body: .bytes(Array(LiveReload.script.utf8)))
        case LiveReload.eventsPath:
            let since = (request.query ?? "").split(separator: "&").first { $0.hasPrefix("since=") }.flatMap { Int($0.dropFirst(6)) }
            return reload.stream(since: since ?? reload.currentGeneration)
        default:
            var response = files.respond(to: request)
            if response.header("Content-Type")?.hasPrefix("text/html") == true, case .bytes(let bytes) = response.body {
                response.body = .bytes(reload.inject(into: bytes))
            }
            return response
        }
    }
}

/// A flag set once, read from another thread.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
