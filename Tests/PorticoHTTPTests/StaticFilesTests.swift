import Foundation
import Testing
import PorticoHTTP
import PorticoTestSupport

@Suite struct StaticFilesTests {
    let folder = TemporaryDirectory()
    var root: URL { folder.url.appendingPathComponent("site") }

    init() throws {
        try folder.writeFiles("""
        -- site/index.html --
        <p>home</p>
        -- site/404.html --
        <p>missing page</p>
        -- site/help/index.html --
        <p>help</p>
        -- site/assets/site.css --
        body{}
        -- site/.output.manifest --
        secret
        -- secret.txt --
        outside
        """)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("escape").path, withDestinationPath: folder.url.appendingPathComponent("secret.txt").path)
    }

    func request(_ target: String, method: String = "GET") -> HTTPRequest {
        HTTPRequest(method: method, target: target, version: "HTTP/1.1", headers: [("Host", "x")])
    }

    @Test func resolvesFilesFoldersAndRedirects() {
        let files = StaticFiles(root: root)
        let real = root.resolvingSymlinksInPath().path
        #expect(files.resolve("/") == .file(real + "/index.html"))
        #expect(files.resolve("/help/") == .file(real + "/help/index.html"))
        #expect(files.resolve("/help") == .redirect("/help/"))
        #expect(files.resolve("/assets/site.css") == .file(real + "/assets/site.css"))
        #expect(files.resolve("/assets/site.css/") == .notFound)
        #expect(files.resolve("/assets/") == .notFound)
        #expect(files.resolve("/nothing") == .notFound)
    }

    @Test(arguments: ["/../secret.txt", "/help/../../secret.txt", "/%2e%2e/secret.txt", "/help/%2E%2E/%2e%2e/secret.txt",
                      "/..%2fsecret.txt", "/./index.html", "/a%00b", "/%zz", "/escape", "//evil.example/", "/help\\..\\..\\secret.txt"])
    func refusesPathsThatLeaveTheFolder(path: String) {
        #expect(StaticFiles(root: root).resolve(path) == .refused)
    }

    @Test func hiddenFilesAreNotServed() {
        #expect(StaticFiles(root: root).resolve("/.output.manifest") == .notFound)
    }

    @Test func responsesCarryTypesTheSite404AndCORSWhereAsked() {
        let files = StaticFiles(root: root, corsPrefixes: ["/api/", "/widgets/"])
        let css = files.respond(to: request("/assets/site.css"))
        #expect(css.status == 200)
        #expect(css.header("Content-Type") == "text/css; charset=utf-8")
        #expect(css.header("Access-Control-Allow-Origin") == nil)
        let missing = files.respond(to: request("/nothing/"))
        #expect(missing.status == 404)
        guard case .bytes(let bytes) = missing.body else { Issue.record("no body"); return }
        #expect(String(decoding: bytes, as: UTF8.self).contains("missing page"))
        let widget = files.respond(to: request("/widgets/none.js"))
        #expect(widget.header("Access-Control-Allow-Origin") == "*")
        let preflight = files.respond(to: request("/api/x.json", method: "OPTIONS"))
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Methods") == "GET, HEAD, OPTIONS")
        let post = files.respond(to: request("/", method: "POST"))
        #expect(post.status == 405)
        #expect(post.header("Allow") == "GET, HEAD")
        let redirect = files.respond(to: request("/help?x=1"))
        #expect(redirect.status == 301 && redirect.header("Location") == "/help/?x=1")
    }

    @Test func mediaTypes() {
        #expect(MediaType.forPath("/a/b.html") == "text/html; charset=utf-8")
        #expect(MediaType.forPath("x.JS") == "text/javascript; charset=utf-8")
        #expect(MediaType.forPath("feed.xml") == "application/xml")
        #expect(MediaType.forPath("i.svg") == "image/svg+xml")
        #expect(MediaType.forPath("f.woff2") == "font/woff2")
        #expect(MediaType.forPath("events.ics") == "text/calendar; charset=utf-8")
        #expect(MediaType.forPath(".hidden") == "application/octet-stream")
        #expect(MediaType.forPath("README") == "application/octet-stream")
    }
}
