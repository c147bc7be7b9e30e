import Foundation
import Testing
import PorticoTestSupport

@Suite struct BuildBinaryTests {
    /// The repository's own site files: the demo association.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func copyDemo(to directory: TemporaryDirectory) throws {
        for item in ["content", "themes", "portico.json"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(item), to: directory.url.appendingPathComponent(item))
        }
    }

    @Test func freshCloneBuildsTheDemoSite() throws {
        let directory = TemporaryDirectory()
        try copyDemo(to: directory)
        let result = try BinaryRunner.run("portico", ["build"], in: directory.url)
        #expect(result.exitCode == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("No database at ") == true && lines.first?.contains("created it with the demo association") == true)
        #expect(lines.last?.hasPrefix("Built ") == true)
        let helpHome = try #require(directory.read("output/help/index.html"))
        #expect(helpHome.contains("Getting started"))
        let articles = directory.files(under: "output/help").filter { $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 }
        #expect(articles.count >= 12)
        // A second build writes nothing.
        let again = try BinaryRunner.run("portico", ["build"], in: directory.url)
        #expect(again.standardOutput.contains(" 0 written,"))
    }

    @Test func killedBuildLeavesThePreviousOutputWhole() throws {
        let directory = TemporaryDirectory()
        try copyDemo(to: directory)
        #expect(try BinaryRunner.run("portico", ["build"], in: directory.url).exitCode == 0)
        let before = directory.files(under: "output").map { ($0, directory.read("output/" + $0)) }
        try directory.write("---\ntitle: Changed\n---\nEverything changed.\n", to: "content/about.md")
        try directory.write("---\ntitle: New page\n---\nNew.\n", to: "content/new-page.md")
        let killed = try BinaryRunner.run("portico", ["build"], in: directory.url, environment: ["PORTICO_FAULT_AFTER_WRITES": "5"])
        #expect(killed.wasKilled)
        let after = directory.files(under: "output").map { ($0, directory.read("output/" + $0)) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(zip(after, before).allSatisfy { $0.1 == $1.1 })
        let recovered = try BinaryRunner.run("portico", ["build"], in: directory.url)
        #expect(recovered.exitCode == 0)
        #expect(directory.read("output/new-page/index.html")?.contains("New.") == true)
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent(".output.staging").path))
    }

    @Test func buildErrorsNameTheFileAndExitWith3() throws {
        let directory = TemporaryDirectory()
        try copyDemo(to: directory)
        #expect(try BinaryRunner.run("portico", ["build"], in: directory.url).exitCode == 0)
        try directory.write("---\ntitle: Bad\ndate: 2026-13-01\n---\n", to: "content/bad.md")
        let result = try BinaryRunner.run("portico", ["build"], in: directory.url)
        #expect(result.exitCode == 3)
        #expect(result.standardError == "portico: error: [load] content/bad.md:3:7: '2026-13-01' is not a valid date (use 2026-01-31 or 2026-01-31T09:00:00Z)\n")
    }

    @Test func unknownBuildFlag() throws {
        let result = try BinaryRunner.run("portico", ["build", "--draft"])
        #expect(result.exitCode == 2)
        #expect(result.standardError.hasPrefix("portico: error: unknown option '--draft'; did you mean '--drafts'?"))
    }

    @Test func markdownCommandRendersAsPagesDo() throws {
        let trusted = try BinaryRunner.run("portico", ["markdown"], input: "# Hi\n\n<b>raw</b> [x](javascript:alert(1))\n")
        #expect(trusted.standardOutput == "<h1 id=\"hi\">Hi</h1>\n<p><b>raw</b> <a href=\"javascript:alert(1)\">x</a></p>\n")
        let safe = try BinaryRunner.run("portico", ["markdown", "--safe"], input: "# Hi\n\n<b>raw</b> [x](javascript:alert(1))\n")
        #expect(safe.standardOutput == "<h1>Hi</h1>\n<p>raw <a href=\"\">x</a></p>\n")
        let missing = try BinaryRunner.run("portico", ["markdown", "/nonexistent/file.md"])
        #expect(missing.exitCode == 5)
        let directory = TemporaryDirectory()
        let file = directory.url.appendingPathComponent("latin1.md")
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: file)  // "café" in Latin-1
        let malformed = try BinaryRunner.run("portico", ["markdown", file.path])
        #expect(malformed.exitCode == 3 && malformed.standardError.contains("not valid UTF-8") && malformed.standardOutput.isEmpty)
    }

    /// A content file's front matter is settings: `portico markdown` renders what the page shows, as docs/editors.md says.
    @Test func markdownLeavesFrontMatterOut() throws {
        let page = try BinaryRunner.run("portico", ["markdown", Self.repository.appendingPathComponent("content/about.md").path])
        #expect(page.exitCode == 0 && !page.standardOutput.contains("title:") && !page.standardOutput.hasPrefix("<hr />"), "\(page.standardOutput)")
        let broken = try BinaryRunner.run("portico", ["markdown"], input: "---\ntitle: \"oops\n---\nx\n")
        #expect(broken.exitCode == 3 && broken.standardError.contains("stdin:2:"), "\(broken.standardError)")
        let plain = try BinaryRunner.run("portico", ["markdown", "--profile", "commonmark"], input: "---\ntitle: x\n---\n")
        #expect(plain.standardOutput.hasPrefix("<hr />"), "other profiles render the file as the spec does")
    }

    @Test func markdownProfilesRenderAsGitHubOrThePlainSpec() throws {
        let source = "# Hi\n\n| a |\n|:-:|\n| b |\n\n<script>x</script>\n\n~~gone~~\n"
        let gfm = try BinaryRunner.run("portico", ["markdown", "--profile", "gfm"], input: source)
        #expect(gfm.standardOutput.hasPrefix("<h1>Hi</h1>\n<table>"))
        #expect(gfm.standardOutput.contains("<th align=\"center\">a</th>") && gfm.standardOutput.contains("&lt;script>x&lt;/script>"))
        #expect(gfm.standardOutput.contains("<del>gone</del>"))
        let site = try BinaryRunner.run("portico", ["markdown"], input: source)
        #expect(site.standardOutput.contains("<h1 id=\"hi\">Hi</h1>") && site.standardOutput.contains("<th style=\"text-align: center\">a</th>"))
        #expect(site.standardOutput.contains("<script>x</script>"))
        let plain = try BinaryRunner.run("portico", ["markdown", "--profile", "commonmark"], input: source)
        #expect(!plain.standardOutput.contains("<table>") && plain.standardOutput.contains("~~gone~~"))
        let unknown = try BinaryRunner.run("portico", ["markdown", "--profile", "github"], input: source)
        #expect(unknown.exitCode == 3 && unknown.standardError.contains("invalid --profile 'github': must be site, gfm or commonmark"))
    }
}
