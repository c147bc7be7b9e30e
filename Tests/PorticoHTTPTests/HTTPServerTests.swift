import Foundation
import Testing
import PorticoHTTP
import PorticoTestSupport

/// The server over real sockets on a free port.
@Suite struct HTTPServerTests {
    func withServer(idleTimeout: TimeInterval = 5, maximumConnections: Int = 128, delay: TimeInterval = 0,
                    _ body: (HTTPServer) throws -> Void) throws {
        let server = try HTTPServer(port: 0, idleTimeout: idleTimeout, maximumConnections: maximumConnections) { request in
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            return .text(200, "you asked for \(request.path)\n")
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

    @Test func idleConnectionsAreClosedAndHalfRequestsTimeOutWith408() throws {
        try withServer(idleTimeout: 0.5) { server in
            let idle = try RawHTTP.Connection(port: server.port, timeout: 5)
            let started = Date()
            #expect(idle.readToEnd().isEmpty)
            #expect(Date().timeIntervalSince(started) < 4)
            let half = try RawHTTP.Connection(port: server.port, timeout: 5)
            half.send("GET / HTTP/1.1\r\nHost:")
            #expect(RawHTTP.responses(half.readToEnd()).first?.status == 408)
        }
    }

    @Test func servesConcurrentRequests() throws {
        // Each answer takes 0.3 s; twenty at once must overlap, not queue behind one another.
        try withServer(delay: 0.3) { server in
            let started = Date()
            let statuses = Locked<[Int]>([])
            DispatchQueue.concurrentPerform(iterations: 20) { index in
                let status = (try? RawHTTP.get("/page-\(index)", port: server.port).status) ?? 0
                statuses.update { $0.append(status) }
            }
            #expect(statuses.value.count == 20 && statuses.value.allSatisfy { $0 == 200 })
            #expect(Date().timeIntervalSince(started) < 20 * 0.3)
        }
    }

    @Test func connectionsBeyondTheLimitGet503() throws {
        try withServer(maximumConnections: 1) { server in
            let first = try RawHTTP.Connection(port: server.port)
            first.send("GET / HTTP/1.1\r\nHost: a\r\n")   // holds the only place
            Thread.sleep(forTimeInterval: 0.3)
            #expect(try RawHTTP.get("/", port: server.port).status == 503)
        }
    }

    @Test func stopEndsOpenConnectionsAndFreesThePort() throws {
        let server = try HTTPServer(port: 0) { _ in .text(200, "ok") }
        server.start()
        let connection = try RawHTTP.Connection(port: server.port)
        connection.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        _ = connection.read(until: "ok")
        let started = Date()
        server.stop()
        #expect(Date().timeIntervalSince(started) < 3)
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
