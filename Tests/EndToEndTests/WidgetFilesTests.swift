import Foundation
import Testing
import PorticoFormats
@testable import PorticoSite
import PorticoTestSupport

/// The API files and widget scripts as built: every demo API file valid against its JSON Schema (Python's
/// jsonschema), large feeds split with `next` links, scripts within their gzipped size budgets, the gallery showing
/// each widget, the snippet command, and the WordPress plugin read by Python's zipfile and checked by `php -l`.
@Suite struct WidgetFilesTests {
    @Test func everyDemoAPIFileValidatesAgainstItsSchema() throws {
        let output = try DemoSite.output()
        guard let python = TestTools.python(importing: "jsonschema") else {
            Issue.record("no Python with jsonschema: apt-get install python3-jsonschema (see README)")
            return
        }
        let script = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools/validate_api.py")
        let (status, data) = try PythonTool.run(python, [script.path, output.path, BuildBinaryTests.repository.appendingPathComponent("docs/api").path])
        #expect(status == 0, "\(String(decoding: data, as: UTF8.self))")
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String]])
        #expect(report["errors"] == [])
        for feed in ["events", "jobs", "members", "companies", "help", "courses", "resources", "sponsors"] {
            #expect(report["files"]?.contains("api/v1/\(feed).json") == true, "\(feed)")
        }
        let headers = try String(contentsOf: output.appendingPathComponent("_headers"), encoding: .utf8)
        #expect(headers.contains("/api/*\n  Access-Control-Allow-Origin: *") && headers.contains("/widgets/*\n  Access-Control-Allow-Origin: *"))
    }

    @Test func largeFeedsAreSplitWithNextLinks() throws {
        let items = (0..<5).map { JSONValue.object(["name": .string("Member \($0)"), "path": .string("directory/members/m\($0)/")]) }
        let files = APIFiles.files([APIFeed(name: "members", items: items)], pageSize: 2)
        #expect(files.map(\.outputPath) == ["api/v1/members.json", "api/v1/members/2.json", "api/v1/members/3.json"])
        let pages = try files.map { try JSONValue.parse(String(decoding: $0.bytes, as: UTF8.self)) }
        #expect(pages.map { $0["next"]?.stringValue } == ["api/v1/members/2.json", "api/v1/members/3.json", nil])
        #expect(pages[2]["items"] == .array([items[4]]) && pages[0]["count"] == .number(5) && pages[1]["page"] == .number(2))
    }

    @Test func scriptsStayWithinTheirGzippedBudgets() throws {
        let output = try DemoSite.output()
        let scripts = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("widgets").path).filter { $0.hasSuffix(".js") }
        #expect(scripts.count == Widget.all.count + 1)
        for script in scripts {
            let bytes = try Data(contentsOf: output.appendingPathComponent("widgets/" + script))
            // GNU gzip at its best level, as a host compresses.
            let (status, compressed) = try PythonTool.run("/bin/sh", ["-c", "gzip -9 -c \"$0\"", output.appendingPathComponent("widgets/" + script).path])
            #expect(status == 0 && compressed.count > 20 && bytes.count > 100)
            let budget = script == "portico.js" ? 3 * 1024 : 5 * 1024
            #expect(compressed.count < budget, "\(script): \(compressed.count) bytes gzipped (budget \(budget))")
        }
        // The loader knows each widget's current file.
        let loader = try String(contentsOf: output.appendingPathComponent("widgets/portico.js"), encoding: .utf8)
        for script in scripts where script != "portico.js" { #expect(loader.contains("\"\(script)\""), "\(script)") }
        let gallery = try String(contentsOf: output.appendingPathComponent("widgets/index.html"), encoding: .utf8)
        for widget in Widget.all { #expect(gallery.contains("<" + widget.tag), "\(widget.tag) not in the gallery") }
        #expect(gallery.contains("&lt;script src=&quot;https://demo.portico.example/widgets/portico.js&quot; defer&gt;&lt;/script&gt;"))
    }

    @Test func snippetCommandPrintsTheTwoLines() throws {
        let site = TemporaryDirectory("portico-snippet")
        try site.write("{\"baseURL\": \"https://guild.example.org/members/\"}", to: "portico.json")
        let result = try BinaryRunner.run("portico", ["widgets", "snippet", "events", "--limit", "3", "--show-past", "--site", site.url.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput == "<script src=\"https://guild.example.org/members/widgets/portico.js\" defer></script>\n<portico-events limit=\"3\" show-past></portico-events>\n")
        let wrong = try BinaryRunner.run("portico", ["widgets", "snippet", "jobs", "--tier", "gold", "--site", site.url.path])
        #expect(wrong.exitCode != 0 && wrong.standardError.contains("--tier"))
        let unknown = try BinaryRunner.run("portico", ["widgets", "snippet", "weather", "--site", site.url.path])
        #expect(unknown.exitCode != 0 && unknown.standardError.contains("weather"))
    }

    @Test func theWordPressPluginUnzipsAndItsPHPParses() throws {
        let directory = TemporaryDirectory("portico-wordpress")
        try directory.write("{\"baseURL\": \"https://guild.example.org/\", \"title\": \"Guild of O'Brien */ Engineers\"}", to: "portico.json")
        let zip = directory.url.appendingPathComponent("plugin.zip")
        let result = try BinaryRunner.run("portico", ["widgets", "wordpress-plugin", "--out", zip.path, "--site", directory.url.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        guard let python = TestTools.python(importing: "zipfile") else { Issue.record("no Python"); return }
        let (status, data) = try PythonTool.run(python, ["-c", """
            import json, sys, zipfile
            archive = zipfile.ZipFile(sys.argv[1])
            assert archive.testzip() is None
            archive.extractall(sys.argv[2])
            print(json.dumps(sorted(archive.namelist())))
            """, zip.path, directory.url.appendingPathComponent("unzipped").path])
        #expect(status == 0, "\(String(decoding: data, as: UTF8.self))")
        let names = try #require(try JSONSerialization.jsonObject(with: data) as? [String])
        #expect(names.contains("portico-widgets/portico-widgets.php") && names.contains("portico-widgets/js/portico.js") && names.contains("portico-widgets/readme.txt"))
        #expect(names.filter { $0.hasPrefix("portico-widgets/js/") }.count == Widget.all.count + 1)
        let php = try String(contentsOf: directory.url.appendingPathComponent("unzipped/portico-widgets/portico-widgets.php"), encoding: .utf8)
        for widget in Widget.all { #expect(php.contains("add_shortcode('portico_\(widget.name.replacingOccurrences(of: "-", with: "_"))'")) }
        #expect(php.contains("define('PORTICO_WIDGETS_DEFAULT_SITE', 'https://guild.example.org/');"))
        #expect(php.contains("Plugin Name: Guild of O'Brien * / Engineers widgets"), "a title cannot end the header comment")
        // The bundled loader reads the JSON from the configured site, not from where WordPress serves the script.
        #expect(php.contains("data-portico-site"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/php") {
            let (status, lint) = try PythonTool.run("/usr/bin/php", ["-l", directory.url.appendingPathComponent("unzipped/portico-widgets/portico-widgets.php").path])
            #expect(status == 0 && String(decoding: lint, as: UTF8.self).contains("No syntax errors"), "\(String(decoding: lint, as: UTF8.self))")
        }
    }
}
