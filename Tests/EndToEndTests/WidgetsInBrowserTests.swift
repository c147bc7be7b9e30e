import Foundation
import Testing
import PorticoFormats
import PorticoSite
import PorticoTestSupport

/// The widgets as another website meets them: headless Chromium loads a host page from one origin that embeds the
/// demo site's widgets from another (the site served with the `_headers` the build wrote), under hostile host CSS,
/// and the page reports what each widget drew into its shadow root.
@Suite(.serialized) struct WidgetsInBrowserTests {
    static let tools = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools")

    /// Serializes each `[data-check]` widget's shadow content, errors, new globals and fetched resources into
    /// `<pre id="report">` (a shadow root is not in a DOM dump), typing into the help search on the way. (It does
    /// not scroll to `#far` to watch it load: under virtual time headless Chromium draws no frames once the page
    /// has loaded, and an IntersectionObserver reports only at a frame.)
    static let reporter = """
    <script>
    setTimeout(function () {
      function describe(el) {
        var root = el.shadowRoot;
        if (!root) return { missing: true };
        var first = root.querySelector("a[part~=title]") || root.querySelector("a");
        var style = first ? getComputedStyle(first) : null;
        var box = root.querySelector("[part~=widget]");
        return {
          titles: [].map.call(root.querySelectorAll("a[part~=title]"), function (a) { return a.textContent; }),
          hrefs: [].map.call(root.querySelectorAll("a[part~=title]"), function (a) { return a.getAttribute("href"); }),
          rels: [].map.call(root.querySelectorAll("a[part~=title]"), function (a) { return a.rel; }),
          metas: [].map.call(root.querySelectorAll("[part~=meta]"), function (m) { return m.textContent; }),
          alts: [].map.call(root.querySelectorAll("img"), function (i) { return i.alt; }),
          color: style && style.color, display: style && style.display, font: style && style.fontFamily,
          fallback: (root.querySelector("[part~=fallback]") || { getAttribute: function () { return null; } }).getAttribute("href"),
          lang: box && box.getAttribute("lang"), label: box && box.getAttribute("aria-label"), items: root.querySelectorAll("li").length
        };
      }
      var report = { widgets: {}, errors: window.__errors, globals: Object.keys(window).filter(function (k) { return window.__before.indexOf(k) < 0; }),
                     before: performance.getEntriesByType("resource").map(function (r) { return r.name; }) };
      document.querySelectorAll("[data-check]").forEach(function (el) { report.widgets[el.getAttribute("data-check")] = describe(el); });
      var help = document.querySelector("portico-help-search");
      var input = help && help.shadowRoot && help.shadowRoot.querySelector("input");
      if (input) {
        input.value = "member";
        input.dispatchEvent(new Event("input"));
        var label = help.shadowRoot.querySelector("label");
        report.help = { label: label.textContent, labelled: label.htmlFor === input.id, status: help.shadowRoot.querySelector("[role=status]").textContent,
                        results: [].map.call(help.shadowRoot.querySelectorAll("a[part~=title]"), function (a) { return a.textContent; }) };
      }
      var far = document.getElementById("far");
      if (far) report.far = describe(far);
      report.after = performance.getEntriesByType("resource").map(function (r) { return r.name; });
      var pre = document.createElement("pre");
      pre.id = "report";
      pre.textContent = JSON.stringify(report);
      document.body.appendChild(pre);
    }, 2500);
    </script>
    """

    static func hostPage(site: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>A partner's page</title>
        <script>
        window.__errors = [];
        window.addEventListener("error", function (e) { window.__errors.push("error: " + e.message); });
        window.addEventListener("unhandledrejection", function (e) { window.__errors.push("rejection: " + e.reason); });
        (function () { var original = console.error; console.error = function () { window.__errors.push("console: " + [].join.call(arguments, " ")); original.apply(console, arguments); }; })();
        window.__before = Object.keys(window).concat(["__before", "__errors"]);
        </script>
        <style>
        * { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px !important; }
        a { display: none !important; } ul, li { list-style: square !important; margin: 40px !important; }
        portico-jobs { --portico-accent: rgb(1, 2, 3); }
        </style>
        <script src="\(site)widgets/portico.js" defer></script>
        </head><body>
        \(body)
        \(reporter)
        </body></html>
        """
    }

    struct Report: Decodable {
        struct Widget: Decodable {
            let missing: Bool?
            let titles: [String]?
            let hrefs: [String]?
            let rels: [String]?
            let metas: [String]?
            let alts: [String]?
            let color: String?
            let display: String?
            let font: String?
            let fallback: String?
            let lang: String?
            let label: String?
            let items: Int?
        }
        struct Help: Decodable { let label: String; let labelled: Bool; let status: String; let results: [String] }
        let widgets: [String: Widget]
        let errors: [String]
        let globals: [String]
        let before: [String]
        let after: [String]
        let help: Help?
        let far: Widget?
    }

    /// Serves `site` (with its `_headers`) and a host page from another origin, and returns the page's report.
    static func run(site: URL, body: String) throws -> Report {
        let siteServer = try StaticServer(directory: site, headersScript: tools.appendingPathComponent("headers_server.py"))
        let host = TemporaryDirectory("portico-host")
        try host.write(hostPage(site: siteServer.baseURL, body: body), to: "index.html")
        let hostServer = try StaticServer(directory: host.url)
        #expect(hostServer.port != siteServer.port)
        let dom = try HeadlessBrowser.dumpDOM(hostServer.baseURL)
        let json = try #require(dom.components(separatedBy: "<pre id=\"report\">").dropFirst().first?.components(separatedBy: "</pre>").first, "no report: \(dom.suffix(500))")
        let text = json.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Report.self, from: Data(text.utf8))
    }

    static func api(_ name: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: try DemoSite.output().appendingPathComponent("api/v1/\(name).json"))
        return try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["items"] as? [[String: Any]])
    }

    @Test func widgetsRenderTheDemoAcrossOriginsUnderHostileCSS() throws {
        guard HeadlessBrowser.executable != nil else { Issue.record("no chromium: apt-get install chromium (see README)"); return }
        let report = try Self.run(site: try DemoSite.output(), body: """
            <portico-events data-check="events" limit="2"></portico-events>
            <portico-jobs data-check="jobs" limit="3" layout="cards" heading="Vacancies"></portico-jobs>
            <portico-directory data-check="companies" type="companies" limit="4"></portico-directory>
            <portico-help-search data-check="help" limit="3"></portico-help-search>
            <portico-sponsors data-check="sponsors"></portico-sponsors>
            <portico-events data-check="past" show-past limit="1" layout="compact"></portico-events>
            <portico-events data-check="training" category="training" limit="50"></portico-events>
            <div style="height: 6000px"></div>
            <portico-courses id="far" limit="2"></portico-courses>
            """)
        #expect(report.errors == [], "console errors")
        #expect(report.globals == ["Portico"], "globals beyond the namespace")

        let upcoming = try Self.api("events").filter { $0["is_past"] as? Bool == false }
        let events = try #require(report.widgets["events"])
        #expect(events.titles == upcoming.prefix(2).map { $0["title"] as! String })
        #expect(events.hrefs?.first?.hasSuffix("/" + (upcoming.first?["path"] as! String)) == true)
        // The host page says lang="de": dates as German readers write them (dd.mm.yyyy), through Intl.
        #expect(events.lang == "de")
        #expect(events.metas?.allSatisfy { $0.range(of: #"^\d{2}\.\d{2}\.\d{4}"#, options: .regularExpression) != nil } == true, "\(events.metas ?? [])")
        // The hostile CSS reaches none of it: links show, in the widget's colour and font (or the one the page set on purpose).
        #expect(events.display == "inline" && events.color == "rgb(11, 83, 148)", "\(events.display ?? "") \(events.color ?? "")")
        #expect(events.font?.contains("Comic") == false)
        let jobs = try #require(report.widgets["jobs"])
        #expect(jobs.titles == (try Self.api("jobs")).prefix(3).map { $0["title"] as! String })
        #expect(jobs.color == "rgb(1, 2, 3)" && jobs.label == "Vacancies")
        let companies = try #require(report.widgets["companies"])
        #expect(companies.titles == (try Self.api("companies")).prefix(4).map { $0["name"] as! String })
        let sponsors = try #require(report.widgets["sponsors"])
        #expect(sponsors.rels?.isEmpty == false && sponsors.rels?.allSatisfy { $0 == "sponsored" } == true)
        #expect(sponsors.alts == (try Self.api("sponsors")).filter { $0["logo"] is String }.map { $0["name"] as! String })
        let past = try #require(report.widgets["past"])
        #expect(past.titles == [try #require(try Self.api("events").last { $0["is_past"] as? Bool == true }?["title"] as? String)])
        let training = try Self.api("events").filter { event in
            event["is_past"] as? Bool == false && (event["categories"] as? [[String: String]] ?? []).contains { $0["slug"] == "training" }
        }
        #expect(!training.isEmpty && report.widgets["training"]?.titles == training.map { $0["title"] as! String })
        let help = try #require(report.help)
        #expect(help.labelled && help.label == "Search the help center")
        #expect(!help.results.isEmpty && help.results.count <= 3 && help.status.hasSuffix("articles"), "\(help)")

        // The courses widget, 6,000 pixels down, fetched neither its script nor its data while the others drew.
        #expect(!report.after.contains { $0.contains("courses") }, "\(report.after)")
        #expect(report.after.contains { $0.hasSuffix("api/v1/events.json") } && report.far?.items == 0)
    }

    @Test func aWidgetWhoseDataIsMissingLinksToTheSite() throws {
        guard HeadlessBrowser.executable != nil else { Issue.record("no chromium: apt-get install chromium (see README)"); return }
        let copy = TemporaryDirectory("portico-widgets-missing")
        let site = copy.url.appendingPathComponent("out")
        try FileManager.default.copyItem(at: try DemoSite.output(), to: site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("api/v1/jobs.json"))
        let report = try Self.run(site: site, body: "<portico-jobs data-check=\"jobs\"></portico-jobs><portico-courses data-check=\"courses\" limit=\"1\"></portico-courses>")
        let jobs = try #require(report.widgets["jobs"])
        #expect(jobs.fallback?.hasSuffix("/jobs/") == true && jobs.items == 0)
        #expect(report.widgets["courses"]?.titles?.count == 1, "the others still work")
        #expect(report.errors == [])
    }

    /// The demo's own gallery at /widgets/: every widget there draws items from the demo's data in the browser.
    @Test func theGalleryShowsEveryWidgetWorking() throws {
        guard HeadlessBrowser.executable != nil else { Issue.record("no chromium: apt-get install chromium (see README)"); return }
        let copy = TemporaryDirectory("portico-gallery")
        let site = copy.url.appendingPathComponent("out")
        try FileManager.default.copyItem(at: try DemoSite.output(), to: site)
        // The gallery page, with a script that reports each widget's drawn items (shadow roots are not in a dump).
        // The snippets and option lists are hidden so every widget starts within reach of the viewport: the widgets
        // load lazily, and under virtual time headless Chromium draws no frame to tell them when scrolled to.
        let page = site.appendingPathComponent("widgets/index.html")
        let report = """
        <style>body > header, body > footer, nav, h1, h2, h3, pre, dl, .widget-demo > p, .wrap > p { display: none !important; }</style>
        <script>
        setTimeout(function () {
          var found = [];
          document.querySelectorAll(".widget-live > *").forEach(function (el) {
            var root = el.shadowRoot;
            found.push(el.tagName.toLowerCase() + "=" + (root ? root.querySelectorAll("[part~=item]").length + "/" + (root.querySelector("[part~=fallback]") ? "fallback" : "ok") : "none"));
          });
          var pre = document.createElement("pre"); pre.id = "report"; pre.textContent = found.join(" "); document.body.appendChild(pre);
        }, 3000);
        </script>
        """
        let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: report + "</body>")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let server = try StaticServer(directory: site, headersScript: Self.tools.appendingPathComponent("headers_server.py"))
        let dom = try HeadlessBrowser.dumpDOM(server.baseURL + "widgets/")
        let found = try #require(dom.components(separatedBy: "<pre id=\"report\">").dropFirst().first?.components(separatedBy: "</pre>").first)
        let widgets = found.split(separator: " ").map(String.init)
        #expect(widgets.count == Widget.all.count, "\(found)")
        // Each drew items (the help search draws its box and items only when typed into: it must not fall back).
        for entry in widgets {
            #expect(entry.hasSuffix("/ok"), "\(entry)")
            if !entry.hasPrefix("portico-help-search") { #expect(!entry.contains("=0/"), "\(entry)") }
        }
    }
}
