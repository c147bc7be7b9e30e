import Testing
@testable import PorticoHTTP

@Suite struct HTTPRequestParserTests {
    func parse(_ text: String) throws -> (request: HTTPRequest, headLength: Int, bodyLength: Int)? {
        try HTTPRequestParser.parse(Array(text.utf8))
    }

    @Test func readsAGetRequest() throws {
        let text = "GET /help/a%20b/?q=renew HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept:  text/html \r\n\r\nNEXT"
        let (request, headLength, bodyLength) = try #require(try parse(text))
        #expect(request.method == "GET")
        #expect(request.path == "/help/a%20b/")
        #expect(request.query == "q=renew")
        #expect(request.header("accept") == "text/html")
        #expect(request.keepsAlive)
        #expect(headLength == text.utf8.count - 4)
        #expect(bodyLength == 0)
    }

    @Test func incompleteHeadWaitsForMore() throws {
        #expect(try parse("GET / HTTP/1.1\r\nHost: x\r\n") == nil)
        #expect(try parse("") == nil)
    }

    @Test func absoluteFormAndConnectionTokens() throws {
        let request = try #require(try parse("GET http://127.0.0.1:8080/help/?x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).request
        #expect(request.path == "/help/")
        #expect(!request.keepsAlive)
        let old = try #require(try parse("GET / HTTP/1.0\r\n\r\n")).request
        #expect(!old.keepsAlive)
        let oldKept = try #require(try parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")).request
        #expect(oldKept.keepsAlive)
    }

    @Test func bodyLengthIsReportedSoItCanBeSkipped() throws {
        let parsed = try #require(try parse("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"))
        #expect(parsed.bodyLength == 5)
    }

    @Test(arguments: [
        ("GET /\r\nHost: a\r\n\r\n", 400),                                   // no version
        ("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400),                         // two spaces
        ("GET / HTTP/1.1\r\n\r\n", 400),                                     // no Host on 1.1
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),               // two Hosts
        ("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400),                         // space before the colon
        ("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 400),               // obsolete folding
        ("GET / HTTP/1.1\nHost: a\r\n\r\n", 400),                            // bare LF
        ("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", 400),                       // bare CR
        ("GET nothing HTTP/1.1\r\nHost: a\r\n\r\n", 400),                    // not a path
        ("G(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400),                          // method not a token
        ("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 2\r\n\r\n", 400),  // list as length
        ("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n", 501),
        ("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505),
        ("GET /\u{00E9} HTTP/1.1\r\nHost: a\r\n\r\n", 400),                  // not ASCII
    ])
    func refusesMalformedHeads(text: String, status: Int) {
        #expect {
            _ = try HTTPRequestParser.parse(Array(text.utf8))
        } throws: { error in
            (error as? HTTPRequestError)?.status == status
        }
    }

    @Test func headLongerThanTheLimitIs431() {
        let text = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "a", count: HTTPRequestParser.maximumHeadBytes)
        #expect(throws: HTTPRequestError.headTooLarge) { _ = try HTTPRequestParser.parse(Array(text.utf8)) }
    }

    @Test func httpDateIsIMFFixdate() {
        #expect(HTTPResponse.httpDate(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }
}

import Foundation
