import Foundation

/// Why the server could not start listening.
public struct HTTPServerError: Error, CustomStringConvertible, Sendable {
    public let port: Int
    public let reason: String
    public var description: String { "cannot listen on port \(port): \(reason)" }
}

/// A small HTTP/1.1 server over blocking sockets, for previewing a site on this machine: one thread per connection
/// (at most `maximumConnections`; more are answered 503), persistent connections and pipelining, idle connections
/// closed after `idleTimeout`, malformed requests answered with the matching 4xx/5xx status and closed.
/// `stop()` ends the accept loop and every open connection.
public final class HTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    /// The port listened on (the one the system chose when 0 was asked for).
    public let port: Int
    public let maximumConnections: Int
    private let listener: Int32
    private let handler: Handler
    private let idleTimeout: TimeInterval
    private let lock = NSLock()
    private var open: Set<Int32> = []
    private var stopping = false
    private let acceptLoopEnded = DispatchSemaphore(value: 0)
    private var started = false

    /// Binds `host:port` (127.0.0.1 by default; port 0 picks a free one) and listens; `start()` begins answering.
    public init(host: String = "127.0.0.1", port: Int, idleTimeout: TimeInterval = 5, maximumConnections: Int = 128,
                handler: @escaping Handler) throws {
        // A client that goes away mid-response must not kill the process.
        signal(SIGPIPE, SIG_IGN)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw HTTPServerError(port: port, reason: String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(clamping: port).bigEndian)
        address.sin_addr.s_addr = inet_addr(host)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            let reason = errno == EADDRINUSE ? "it is in use by another program" : String(cString: strerror(errno))
            close(descriptor)
            throw HTTPServerError(port: port, reason: reason)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        self.port = Int(UInt16(bigEndian: actual.sin_port))
        self.listener = descriptor
        self.handler = handler
        self.idleTimeout = idleTimeout
        self.maximumConnections = maximumConnections
    }

    private var listenerClosed = false

    deinit { closeListener() }

    private func closeListener() {
        lock.withLock {
            if !listenerClosed { close(listener) }
            listenerClosed = true
        }
    }

    /// Starts accepting connections on a thread of its own.
    public func start() {
        lock.withLock { started = true }
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// True once `stop()` was called.
    public var isStopping: Bool { lock.withLock { stopping } }

    /// How many connections are open now (tests wait for a connection to be admitted instead of sleeping).
    public var openConnections: Int { lock.withLock { open.count } }

    /// Stops accepting and frees the port, ends every open connection (a streamed response sees `isServerStopping`),
    /// and waits for the accept loop to end and the connections to close (at most a few seconds).
    public func stop() {
        let wasStarted = lock.withLock { () -> Bool in
            stopping = true
            // shutdown wakes a thread blocked reading the socket; its own thread closes it. Done under the lock: a
            // connection's thread closes its socket only after leaving `open` under the same lock, so no number here
            // can have been closed and reused by another socket meanwhile.
            for descriptor in open { shutdown(descriptor, Int32(SHUT_RDWR)) }
            return started
        }
        if wasStarted { acceptLoopEnded.wait() }
        closeListener()
        for _ in 0..<300 where !lock.withLock({ open.isEmpty }) { usleep(10_000) }
    }

    private func acceptLoop() {
        defer { acceptLoopEnded.signal() }
        while !isStopping {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 200) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            let admitted = lock.withLock { () -> Bool in
                guard !stopping, open.count < maximumConnections else { return false }
                open.insert(client)
                return true
            }
            guard admitted else {
                _ = sendAll(client, HTTPResponse.text(503, "Too many connections; try again.\n").head(keepAlive: false)
                    + Array("Too many connections; try again.\n".utf8))
                close(client)
                continue
            }
            Thread.detachNewThread { [self] in
                serve(client)
                lock.withLock { _ = open.remove(client) }
                close(client)
            }
        }
    }

    /// Answers requests on one connection until it is closed, idle too long, or a request is malformed.
    private func serve(_ client: Int32) {
        setTimeout(client, option: SO_RCVTIMEO, seconds: idleTimeout)
        setTimeout(client, option: SO_SNDTIMEO, seconds: 10)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        func receive() -> Bool {
            while true {
                let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
                if count > 0 { buffer += chunk[0..<count]; return true }
                if count < 0 && errno == EINTR { continue }
                return false
            }
        }
        while !isStopping {
            let parsed: (request: HTTPRequest, headLength: Int, bodyLength: Int)?
            do {
                parsed = try HTTPRequestParser.parse(buffer)
            } catch let error as HTTPRequestError {
                respond(client, HTTPResponse.text(error.status, Self.explanation(error)), method: "GET", keepAlive: false)
                return
            } catch {
                return
            }
            guard let (request, headLength, bodyLength) = parsed else {
                let hadBytes = !buffer.isEmpty
                guard receive() else {
                    // A request cut off by the idle timeout is told so; an idle connection just closes.
                    if hadBytes && (errno == EAGAIN || errno == EWOULDBLOCK) {
                        respond(client, .text(408, "The request did not arrive in time.\n"), method: "GET", keepAlive: false)
                    }
                    return
                }
                continue
            }
            while buffer.count < headLength + bodyLength {
                guard receive() else { return }
            }
            buffer.removeFirst(headLength + bodyLength)
            let keepAlive = request.keepsAlive && !isStopping
            let response = handler(request)
            guard respond(client, response, method: request.method, keepAlive: keepAlive), keepAlive else { return }
            if case .stream = response.body { return }
        }
    }

    /// Sends a response; false when the client has gone.
    @discardableResult
    private func respond(_ client: Int32, _ response: HTTPResponse, method: String, keepAlive: Bool) -> Bool {
        guard sendAll(client, response.head(keepAlive: keepAlive)) else { return false }
        switch response.body {
        case .bytes(let bytes):
            return method == "HEAD" || sendAll(client, bytes)
        case .stream(let stream):
            if method == "HEAD" { return false }
            stream(HTTPStreamWriter(send: { [self] in sendAll(client, $0) }, stopping: { [self] in isStopping }))
            return false
        }
    }

    private func sendAll(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { send(client, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    private func setTimeout(_ client: Int32, option: Int32, seconds: TimeInterval) {
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(client, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    static func explanation(_ error: HTTPRequestError) -> String {
        switch error {
        case .malformed(let detail): return "Bad request: \(detail).\n"
        case .headTooLarge: return "The request head is longer than \(HTTPRequestParser.maximumHeadBytes) bytes.\n"
        case .bodyTooLarge: return "The request body is longer than \(HTTPRequestParser.maximumBodyBytes) bytes.\n"
        case .unsupportedTransferEncoding: return "Request bodies with Transfer-Encoding are not accepted.\n"
        case .unsupportedVersion(let version): return "\(version) is not supported; use HTTP/1.1.\n"
        }
    }
}
