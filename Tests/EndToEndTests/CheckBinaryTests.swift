import Foundation
import Testing
import PorticoTestSupport

/// `portico check` on built sites: the demo passes; planted problems are each reported at their place.
@Suite struct CheckBinaryTests {
    func demoSite() throws -> TemporaryDirectory { try DemoSite.copy() }

    @Test func demoSitePassesUnderItsOwnAndAnotherBasePath() throws {
        let site = try demoSite()
        #expect(try BinaryRunner.run("portico", ["build"], in: site.url).exitCode == 0)
        let result = try BinaryRunner.run("portico", ["check", "--privacy"], in: site.url)
        #expect(result.exitCode == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Site check passed: "))
        #expect(result.standardOutput.hasSuffix("; no private values in output.\n"))
        #expect(try BinaryRunner.run("portico", ["build", "--out", "public", "--base-url", "https://example.org/guild/"], in: site.url).exitCode == 0)
        let nested = try BinaryRunner.run("portico", ["check", "--out", "public", "--base-url", "https://example.org/guild/"], in: site.url)
        #expect(nested.exitCode == 0, "\(nested.standardOutput)")
        // The build's manifest remembers the base URL: check needs no --base-url (it reported thousands of broken links).
        let remembered = try BinaryRunner.run("portico", ["check", "--out", "public"], in: site.url)
        #expect(remembered.exitCode == 0, "\(remembered.standardOutput.prefix(500))")
        // With no build at all, the error says where serve builds.
        let empty = try BinaryRunner.run("portico", ["check", "--out", "nowhere"], in: site.url)
        #expect(empty.exitCode == 3 && empty.standardError.contains("portico serve builds into a temporary folder"), "\(empty.standardError)")
    }

    @Test func plantedProblemsAreReportedWithTheirPlace() throws {
        let site = try demoSite()
        try site.write("""
        ---
        title: Planted
        ---
        A [broken link](/no-such-page/) and [a relative one](../nowhere/), a [bad fragment](/help/#no-such-heading),
        a [good fragment](#planted-heading), [another site](https://example.com/x), [mail](mailto:a@b.org),
        [a folder without slash](/help), [absolute to this site](https://demo.portico.example/about/).

        ## Planted heading

        <img src="/assets/missing.png">

        ![Decorative](/assets/also-missing.svg)

        <a href="https://demo.portico.example/gone/">gone, absolutely</a>
        """, to: "content/planted.md")
        try site.write("---\ntitle: Planted\n---\nSame title.\n", to: "content/planted-twin.md")
        try site.write("body { background: url(\"../img/none.png\"); }\n", to: "themes/default/assets/extra.css")
        #expect(try BinaryRunner.run("portico", ["build"], in: site.url).exitCode == 0)
        let page = try #require(site.read("output/planted/index.html"))
        func place(_ needle: String) -> String {
            let offset = page.range(of: needle).map { page.utf8.distance(from: page.startIndex, to: $0.lowerBound) } ?? 0
            let before = Array(page.utf8.prefix(offset))
            let line = before.filter { $0 == 0x0A }.count + 1
            let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            return "output/planted/index.html:\(line):\(column)"
        }
        let css = try #require(site.files(under: "output/assets").first { $0.hasPrefix("extra") && $0.hasSuffix(".css") })
        let result = try BinaryRunner.run("portico", ["check"], in: site.url)
        #expect(result.exitCode == 9)
        let expected = [
            "output/assets/\(css):1:20: missing asset: ../img/none.png (no img/none.png in the output)",
            "output/planted/index.html:1:1: duplicate title: 'Planted · Guild of Harbour Engineers' is also the title of output/planted-twin/index.html",
            "\(place("<a href=\"/no-such-page/\"")): broken link: /no-such-page/ (no no-such-page/index.html in the output)",
            "\(place("<a href=\"../nowhere/\"")): broken link: ../nowhere/ (no nowhere/index.html in the output)",
            "\(place("<a href=\"/help/#no-such-heading\"")): broken fragment: /help/#no-such-heading (no id=\"no-such-heading\" on help/index.html)",
            "\(place("<img src=\"/assets/missing.png\"")): image without alt: <img src=\"/assets/missing.png\"> has no alt attribute (use alt=\"\" for a decorative image)",
            "\(place("<img src=\"/assets/missing.png\"")): missing asset: /assets/missing.png (no assets/missing.png in the output)",
            "\(place("<img src=\"/assets/also-missing.svg\"")): missing asset: /assets/also-missing.svg (no assets/also-missing.svg in the output)",
            "\(place("<a href=\"https://demo.portico.example/gone/\"")): broken link: https://demo.portico.example/gone/ (no gone/index.html in the output)",
        ].sorted()
        #expect(result.standardOutput.split(separator: "\n").map(String.init).sorted() == expected)
        #expect(result.standardError == "portico: error: site check failed: 9 problems (3 broken links, 1 broken fragment, 3 missing assets, 1 image without alt, 1 duplicate title)\n")

        let github = try BinaryRunner.run("portico", ["check", "--format", "github"], in: site.url)
        #expect(github.standardOutput.contains("::error file=output/planted/index.html,line=1,col=1,title=duplicate title::'Planted · Guild of Harbour Engineers' is also the title of output/planted-twin/index.html\n"))

        let budget = try BinaryRunner.run("portico", ["check", "--page-budget", "1"], in: site.url)
        #expect(budget.standardError.contains(" pages over budget"))
        #expect(budget.standardOutput.contains("output/index.html:1:1: page over budget: "))
    }

    @Test func badOptionsNameTheFlag() throws {
        let site = try demoSite()
        let noBuild = try BinaryRunner.run("portico", ["check"], in: site.url)
        #expect(noBuild.exitCode == 3)
        #expect(noBuild.standardError.contains("--out"))
        #expect(try BinaryRunner.run("portico", ["build"], in: site.url).exitCode == 0)
        let format = try BinaryRunner.run("portico", ["check", "--format", "xml"], in: site.url)
        #expect(format.standardError == "portico: error: invalid --format 'xml': must be text or github\n")
        let budget = try BinaryRunner.run("portico", ["check", "--page-budget", "0"], in: site.url)
        #expect(budget.exitCode == 3 && budget.standardError.contains("--page-budget"))
    }
}
