import Foundation
import Testing
import PorticoHTTP
import PorticoTestSupport

/// The server over real sockets on a free port.
@Suite struct HTTPServerTests {
    func withServer(idleTimeout: TimeInterval = 5, maximumConnections: Int = 128, _ body: (HTTPServer) throws -> Void) throws {
        let server = try HTTPServer(port: 0, idleTimeout: idleTimeout, maximumConnections: maximumConnections) { request in
            .text(200, "you asked for \(request.path)\n")
        }
        server.start()
        defer { server.stop() }
        try body(server)
    }

    @Test func answersAndKeepsTheConnectionForPipelinedRequests() throws {
        try withServer { server in
            let connection = try RawHTTP.Connection(port: server.port)
            connection.send("GET /one HTTP/1.1\r\nHost: a\r\n\r\nHEAD /two HTTP/1.1\r\nHost: a\r\n\r\nGET /three HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
            let bytes = connection.readToEnd()
            // HEAD's head announces the length of the body it does not send.
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.components(separatedBy: "HTTP/1.1 200 OK").count == 4)
            #expect(text.contains("you asked for /one\n"))
            #expect(!text.contains("you asked for /two"))
            #expect(text.hasSuffix("you asked for /three\n"))
            #expect(text.contains("Connection: close"))
        }
    }

    @Test func malformedRequestIsAnswered400AndClosed() throws {
        try withServer { server in
            let connection = try RawHTTP.Connection(port: server.port)
            connection.send("GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")
            let responses = RawHTTP.responses(connection.readToEnd())
            #expect(responses.map(\.status) == [400])
            #expect(responses.first?.headers["connection"] == "close")
        }
    }

    @Test func binaryGarbageAndHTTP2PrefaceAreRefused() throws {
        try withServer { server in
            let garbage = try RawHTTP.Connection(port: server.port)
            garbage.send([0x16, 0x03, 0x01, 0x00, 0xA5, 0x01, 0x00, 0x00, 0xA1, 0x03, 0x03, 13, 10, 13, 10])
            #expect(RawHTTP.responses(garbage.readToEnd()).first?.status == 400)
            let preface = try RawHTTP.Connection(port: server.port)
            preface.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
            #expect(RawHTTP.responses(preface.readToEnd()).first?.status == 505)
        }
    }

    /// Waits until `condition` holds, checking as events allow, for at most `seconds`; true when it held.
    func eventually(within seconds: TimeInterval = 30, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline { return false }
            usleep(1_000)
        }
        return true
    }

    @Test func idleConnectionsAreClosedAndHalfRequestsTimeOutWith408() throws {
        try withServer(idleTimeout: 0.5) { server in
            // The client would give up after 30 s; the server's end-of-file (not the client's timeout) ends the read.
            let idle = try RawHTTP.Connection(port: server.port, timeout: 30)
            #expect(idle.readToEnd().isEmpty)
            #expect(idle.isClosedByServer, "the server closed the idle connection")
            let half = try RawHTTP.Connection(port: server.port, timeout: 5)
            half.send("GET / HTTP/1.1\r\nHost:")
            #expect(RawHTTP.responses(half.readToEnd()).first?.status == 408)
        }
    }

    @Test func servesConcurrentRequests() throws {
        // Each handler waits until all twenty are inside at once (or gives up after 30 s and answers 500): only a
        // server that answers requests side by side, not one after another, gets twenty 200s.
        final class Rendezvous: @unchecked Sendable {
            let condition = NSCondition()
            var inside = 0
        }
        let rendezvous = Rendezvous()
        let server = try HTTPServer(port: 0) { _ in
            rendezvous.condition.lock()
            defer { rendezvous.condition.unlock() }
            rendezvous.inside += 1
            rendezvous.condition.broadcast()
            let deadline = Date().addingTimeInterval(30)
            while rendezvous.inside < 20 && rendezvous.condition.wait(until: deadline) {}
            return rendezvous.inside >= 20 ? .text(200, "together\n") : .text(500, "alone\n")
        }
        server.start()
        defer { server.stop() }
        let statuses = Locked<[Int]>([])
        // A thread per client: a dispatch queue would run only as many at once as it has worker threads.
        let clients = DispatchGroup()
        for index in 0..<20 {
            clients.enter()
            Thread.detachNewThread {
                let status = (try? RawHTTP.get("/page-\(index)", port: server.port).status) ?? 0
                statuses.update { $0.append(status) }
                clients.leave()
            }
        }
        #expect(clients.wait(timeout: .now() + 60) == .success)
        #expect(statuses.value.count == 20 && statuses.value.allSatisfy { $0 == 200 }, "\(statuses.value)")
    }

    @Test func connectionsBeyondTheLimitGet503() throws {
        try withServer(maximumConnections: 1) { server in
            let first = try RawHTTP.Connection(port: server.port)
            first.send("GET / HTTP/1.1\r\nHost: a\r\n")   // holds the only place
            #expect(eventually { server.openConnections == 1 }, "the first connection is admitted")
            #expect(try RawHTTP.get("/", port: server.port).status == 503)
        }
    }

    @Test func stopEndsOpenConnectionsAndFreesThePort() throws {
        let server = try HTTPServer(port: 0) { _ in .text(200, "ok") }
        server.start()
        let connection = try RawHTTP.Connection(port: server.port)
        connection.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        _ = connection.read(until: "ok")
        // stop() returns once the open connection is ended (a hang fails here, after 30 s, instead of the run).
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread { server.stop(); stopped.signal() }
        #expect(stopped.wait(timeout: .now() + 30) == .success)
        #expect(connection.isClosedByServer)
        #expect(throws: (any Error).self) { _ = try RawHTTP.get("/", port: server.port) }
    }

    @Test func aPortInUseIsAnErrorNamingIt() throws {
        let first = try HTTPServer(port: 0) { _ in .text(200, "") }
        #expect {
            _ = try HTTPServer(port: first.port) { _ in .text(200, "") }
        } throws: { error in
            (error as? HTTPServerError)?.description == "cannot listen on port \(first.port): it is in use by another program"
        }
    }

    @Test func streamedResponsesSendAsTheyGo() throws {
        let server = try HTTPServer(port: 0) { _ in
            HTTPResponse(status: 200, headers: [("Content-Type", "text/event-stream")], body: .stream { writer in
                for index in 0..<3 { _ = writer.write("data: \(index)\n\n") }
            })
        }
        server.start()
        defer { server.stop() }
        let connection = try RawHTTP.Connection(port: server.port)
        connection.send("GET /events HTTP/1.1\r\nHost: a\r\n\r\n")
        let text = String(decoding: connection.readToEnd(), as: UTF8.self)
        #expect(text.contains("Connection: close\r\n"))
        #expect(!text.contains("Content-Length"))
        #expect(text.hasSuffix("data: 0\n\ndata: 1\n\ndata: 2\n\n"))
    }
}

/// A value shared between threads of a test.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
