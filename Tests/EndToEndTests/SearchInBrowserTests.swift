import Foundation
import Testing
import PorticoTestSupport

/// The help center search, run by a real browser against the built demo site.
@Suite(.serialized) struct SearchInBrowserTests {
    func results(_ query: String, section: String? = nil) throws -> (status: String, titles: [String], dom: String) {
        let server = try StaticServer(directory: try DemoSite.output())
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
        let dom = try HeadlessBrowser.dumpDOM(server.baseURL + "search/?q=" + encoded + (section.map { "&section=" + $0 } ?? ""))
        let status = dom.components(separatedBy: "id=\"search-status\"").dropFirst().first?.components(separatedBy: ">").dropFirst().first?
            .components(separatedBy: "<").first ?? ""
        let list = dom.components(separatedBy: "id=\"search-results\"").dropFirst().first?.components(separatedBy: "</ol>").first ?? ""
        let titles = list.components(separatedBy: "<li><a href=\"").dropFirst().compactMap { $0.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</a>").first }
        return (status, titles, list)
    }

    @Test func exactTitleMatchComesFirstWithHighlightedSnippet() throws {
        let found = try results("Roles and permissions")
        #expect(found.titles.first == "Roles and permissions", "\(found.status)")
        #expect(found.dom.contains("<mark>roles</mark>") || found.dom.contains("<mark>Roles</mark>"))
        #expect(found.status.hasSuffix("for “Roles and permissions”"))
    }

    @Test func prefixMatchingAsYouType() throws {
        let found = try results("audi")
        #expect(found.titles.first == "The audit trail", "\(found.titles)")
        #expect(found.dom.contains("<mark>audit</mark>"))
    }

    @Test func resultsAreLabelledBySectionAndFilterByIt() throws {
        let everywhere = try results("harbour")
        #expect(everywhere.dom.contains("<p class=\"section\">Members</p>"), "\(everywhere.titles)")
        #expect(everywhere.dom.contains("<p class=\"section\">Pages</p>"))
        #expect(try results("membership").dom.contains("<p class=\"section\">Help center › Members</p>"))
        let members = try results("harbour", section: "directory")
        #expect(!members.titles.isEmpty)
        #expect(members.dom.components(separatedBy: "<p class=\"section\">").dropFirst().allSatisfy { $0.hasPrefix("Members</p>") })
        #expect(members.status.hasSuffix("for “harbour” in Members"), "\(members.status)")
        let help = try results("membership", section: "help")
        #expect(!help.titles.isEmpty)
        #expect(help.dom.components(separatedBy: "<p class=\"section\">").dropFirst().allSatisfy { $0.hasPrefix("Help center › ") })
    }

    /// Arrow keys move from the search box through the results and back, as the page promises keyboard users.
    @Test func arrowKeysMoveThroughResultsAndBack() throws {
        let copy = TemporaryDirectory("portico-keys")
        try FileManager.default.copyItem(at: try DemoSite.output(), to: copy.url.appendingPathComponent("out"))
        let page = copy.url.appendingPathComponent("out/search/index.html")
        // Presses keys the way a browser delivers them (keydown events on the focused element) once results are shown,
        // and records where focus went after each.
        let presses = """
        <script>
        (function () {
          var input = document.getElementById("search-q"), list = document.getElementById("search-results"), trail = [];
          function where() { var e = document.activeElement; return e === input ? "input" : (e && e.tagName === "A" ? "result-" + Array.prototype.indexOf.call(list.querySelectorAll("li > a"), e) : "other"); }
          function press(key) { document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true, cancelable: true })); trail.push(key + ":" + where()); }
          new MutationObserver(function (_, observer) {
            if (list.querySelectorAll("li > a").length < 3) return;
            observer.disconnect();
            input.focus();
            ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowUp", "ArrowUp", "ArrowUp"].forEach(press);
            document.body.setAttribute("data-keys", trail.join(" "));
          }).observe(list, { childList: true });
        })();
        </script>
        """
        let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: presses + "</body>")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let server = try StaticServer(directory: copy.url.appendingPathComponent("out"))
        let dom = try HeadlessBrowser.dumpDOM(server.baseURL + "search/?q=membership")
        #expect(dom.contains("data-keys=\"ArrowDown:result-0 ArrowDown:result-1 ArrowDown:result-2 ArrowUp:result-1 ArrowUp:result-0 ArrowUp:input\""), "\(dom.components(separatedBy: "data-keys").dropFirst().first?.prefix(200) ?? "no trail")")
    }

    @Test func oneTypoStillFindsTheTerm() throws {
        let found = try results("audti")
        #expect(found.titles.first == "The audit trail", "\(found.titles)")
    }

    @Test func noResultsSaysSoAndKeepsTheTopicLinks() throws {
        let found = try results("zzzyzzy")
        #expect(found.titles.isEmpty)
        #expect(found.status.hasPrefix("No results for “zzzyzzy”"))
    }

    @Test func hostileQueryIsShownAsText() throws {
        let found = try results("<img src=x onerror=alert(1)> audit")
        #expect(found.status.contains("&lt;img src=x onerror=alert(1)&gt; audit"))
        #expect(!found.dom.contains("<img"))
    }
}
