import Foundation
import Testing
import PorticoModel
import PorticoTestSupport

/// Every page of the built demo site: valid HTML5 (html5lib's strict parser) and accessible as axe-core judges it
/// (WCAG 2.1 A and AA, serious and critical violations) in headless Chromium.
@Suite(.serialized) struct DemoSiteQualityTests {
    static var pages: [String] {
        (try? TemporaryDirectory.files(in: DemoSite.output()).filter { $0.hasSuffix(".html") }) ?? []
    }

    @Test(arguments: DemoSite.Clock.allCases)
    func everyPageIsValidHTML5(_ clock: DemoSite.Clock) throws {
        let output = try DemoSite.output(clock)
        let (status, report) = try PythonTool.validateHTML5(output)
        #expect(status == 0, "\(report)")
    }

    /// axe-core, injected into a copy of each page and run by Chromium; any serious or critical WCAG 2.1 AA
    /// violation fails the test with the rule, its help text and the elements.
    @Test func everyPagePassesAxeCore() throws {
        let output = try DemoSite.output()
        let audited = TemporaryDirectory("portico-axe")
        try FileManager.default.copyItem(at: output, to: audited.url.appendingPathComponent("site"))
        let site = audited.url.appendingPathComponent("site")
        let tools = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools/axe")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("__axe"), withIntermediateDirectories: true)
        for file in ["axe.min.js", "run-axe.js"] {
            try FileManager.default.copyItem(at: tools.appendingPathComponent(file), to: site.appendingPathComponent("__axe/\(file)"))
        }
        let pages = Self.pages
        #expect(pages.count >= 20)
        var notices: Set<String> = []
        for page in pages {
            let url = site.appendingPathComponent(page)
            let html = try String(contentsOf: url, encoding: .utf8)
            // Click-through and moved-page notices send the browser on at once: audit them as they stand, not where they go.
            let staying = html.replacingOccurrences(of: #"<meta http-equiv="refresh"[^>]*>"#, with: "", options: .regularExpression)
            if staying != html { notices.insert(page) }
            let injected = staying.replacingOccurrences(of: "</body>", with: "<script src=\"/__axe/axe.min.js\"></script><script src=\"/__axe/run-axe.js\"></script></body>")
            #expect(injected != html, "\(page) has no </body>")
            try injected.write(to: url, atomically: true, encoding: .utf8)
        }
        let server = try StaticServer(directory: site)
        let results = ResultsBox()
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            let path = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
            let dom = (try? HeadlessBrowser.dumpDOM(server.baseURL + path)) ?? ""
            results.set(page, dom)
        }
        for page in pages {
            let dom = results.get(page)
            guard let start = dom.range(of: "<pre id=\"axe-result\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
                Issue.record("\(page): axe did not report (page script error or browser failure)")
                continue
            }
            let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(page): \(json)")
            #expect(object["error"] == nil, "\(page): axe failed: \(object["error"] ?? "")")
            // A notice is one sentence and a link: few rules apply to it.
            #expect((object["ran"] as? Int ?? 0) > (notices.contains(page) ? 4 : 10), "\(page): axe checked almost nothing")
            for violation in object["violations"] as? [[String: Any]] ?? [] {
                Issue.record("\(page): \(violation["impact"] ?? "") \(violation["id"] ?? ""): \(violation["help"] ?? "") at \(violation["targets"] ?? "")")
            }
        }
    }

    /// Staff, support tickets and the audit trail are private: none of their values may reach output/.
    @Test(arguments: DemoSite.Clock.allCases)
    func privateDataNeverReachesTheOutput(_ clock: DemoSite.Clock) throws {
        let database = try DemoSite.site(clock).appendingPathComponent("portico.db").path
        let store = try Store(path: database)
        var secrets: [String] = []
        for row in try store.database.rows("SELECT email, name FROM staff") { secrets += [try row.string("email")!, try row.string("name")!] }
        for row in try store.database.rows("SELECT subject, requester_email FROM support_tickets") { secrets += [try row.string("subject")!, try row.string("requester_email")!] }
        for row in try store.database.rows("SELECT body FROM support_messages") { secrets.append(try row.string("body")!) }
        for row in try store.database.rows("SELECT hash FROM audit_log") { secrets.append(try row.string("hash")!) }
        let key = try String(contentsOfFile: database + ".audit-key", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(key.count == 64)
        secrets.append(key)
        #expect(secrets.count > 40)
        let output = try DemoSite.output(clock)
        for file in TemporaryDirectory.files(in: output) {
            let text = String(decoding: (try? Data(contentsOf: output.appendingPathComponent(file))) ?? Data(), as: UTF8.self)
            for secret in secrets where text.contains(secret) {
                Issue.record("\(file) contains private value '\(secret)'")
            }
        }
    }

    @Test func stylesheetKeepsFocusVisibleAndTextContrast() throws {
        let output = try DemoSite.output()
        let css = try #require(TemporaryDirectory.files(in: output).first { $0.hasPrefix("assets/style.") })
        let text = try String(contentsOf: output.appendingPathComponent(css), encoding: .utf8)
        #expect(text.contains(":focus-visible"))
        #expect(!text.contains("outline: none") && !text.contains("outline:none"))
        // Body text #1b1f24 on white, links #0b5cad on white, muted #4a5360 on #f3f5f8: all at least 4.5:1.
        #expect(Contrast.ratio("#1b1f24", "#ffffff") >= 4.5)
        #expect(Contrast.ratio("#0b5cad", "#ffffff") >= 4.5)
        #expect(Contrast.ratio("#4a5360", "#f3f5f8") >= 4.5)
        #expect(Contrast.ratio("#ffffff", "#073f78") >= 4.5)
        for color in ["--text: #1b1f24", "--accent: #0b5cad", "--muted: #4a5360", "--surface: #f3f5f8", "--accent-dark: #073f78"] {
            #expect(text.contains(color), "the contrast checks above assume \(color)")
        }
    }
}

/// Page DOMs collected from parallel browser runs.
final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var doms: [String: String] = [:]
    func set(_ page: String, _ dom: String) { lock.lock(); doms[page] = dom; lock.unlock() }
    func get(_ page: String) -> String { lock.lock(); defer { lock.unlock() }; return doms[page] ?? "" }
}

/// WCAG 2.1 contrast ratio between two sRGB colours.
enum Contrast {
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func ratio(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}

/// The demo's member directory and `portico check --privacy` on the demo site.
@Suite(.serialized) struct DemoDirectoryTests {
    @Test(arguments: DemoSite.Clock.allCases)
    func thePrivacyCheckPassesOnTheDemoAndNamesAPlantedLeak(_ clock: DemoSite.Clock) throws {
        let site = try DemoSite.site(clock)
        let passed = try BinaryRunner.run("portico", ["check", "--privacy"], in: site, environment: clock.environment)
        #expect(passed.exitCode == 0, "\(passed.standardError)")
        let copy = TemporaryDirectory("portico-leak")
        try FileManager.default.copyItem(at: site.appendingPathComponent("output"), to: copy.url.appendingPathComponent("out"))
        try "<p>jonas.berg@example.org</p>".write(to: copy.url.appendingPathComponent("out/about/leak.html"), atomically: true, encoding: .utf8)
        let failed = try BinaryRunner.run("portico", ["check", "--privacy", "--out", copy.url.appendingPathComponent("out").path], in: site,
                                          environment: clock.environment)
        #expect(failed.exitCode == 8)
        #expect(failed.standardError.contains("about/leak.html: private member email (members M000005 email)"))
        // The same address on the member's invoices is found too: every identifying column is checked, invoices included.
        #expect(failed.standardError.contains("bill_to_email)"))
        #expect(!failed.standardError.contains("jonas.berg"), "the report never shows the value")
    }

    @Test(arguments: DemoSite.Clock.allCases)
    func theDemoDirectoryListsOnlyPublicMembers(_ clock: DemoSite.Clock) throws {
        let output = try DemoSite.output(clock)
        let list = try String(contentsOf: output.appendingPathComponent("directory/members/index.html"), encoding: .utf8)
        #expect(list.contains("Ana Silva") && !list.contains("Kofi Mensah") && !list.contains("Grace O") && !list.contains("Jonas Berg"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("directory/members/kofi-mensah/index.html").path), "unlisted: a page")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("directory/members/page/2/index.html").path) == (list.contains("rel=\"next\"")))
    }

    /// directory.js filters instantly in a real browser; a linked filter (`?country=pt`) shows only that country.
    @Test func filteringInTheBrowser() throws {
        let server = try StaticServer(directory: try DemoSite.output())
        let dom = try HeadlessBrowser.dumpDOM(server.baseURL + "directory/members/?country=pt")
        let results = dom.components(separatedBy: "id=\"directory-results\"").dropFirst().first?.components(separatedBy: "</ul>").first ?? ""
        let names = results.components(separatedBy: "<h2><a href=\"").dropFirst().compactMap { $0.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</a>").first }
        #expect(names.contains("Ana Silva"), "\(names)")
        #expect(names.allSatisfy { name in results.contains("Portugal") } && !names.contains("Li Wei"), "\(names)")
        #expect(dom.contains("members match") || dom.contains("1 member matches"))
        #expect(!dom.contains("id=\"directory-filter\" data-index=\"/directory/members/index.json\" hidden"), "the script shows the filter form")
    }
}
