import Foundation
import Testing
import PorticoTestSupport

/// `portico new DIR`: a new site that builds, checks clean and has its admin, or nothing at all.
@Suite struct NewSiteBinaryTests {
    @Test func newSiteBuildsAtOnceWithItsAdmin() throws {
        let folder = TemporaryDirectory()
        let created = try BinaryRunner.run("portico", ["new", "river-society", "--title", "River <Society>", "--admin-email", "chair@river.example",
                                                       "--timezone", "Europe/Lisbon", "--base-url", "https://river.example/"], in: folder.url)
        #expect(created.exitCode == 0, "\(created.standardError)")
        #expect(created.standardOutput.hasPrefix("Created river-society: River <Society>, with admin chair@river.example.\n"))
        let site = folder.url.appendingPathComponent("river-society")
        let files = TemporaryDirectory.files(in: site)
        for expected in ["portico.json", ".gitignore", "portico.db", "portico.db.audit-key", "content/_index.md", "content/about.md",
                         "content/help/_index.md", "content/help/getting-started/editing-this-site.md", "themes/default/layouts/base.mustache"] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        // Nothing of the assembly is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["river-society"])

        let built = try BinaryRunner.run("portico", ["build"], in: site)
        #expect(built.exitCode == 0, "\(built.standardError)")
        #expect(!built.standardOutput.contains("demo association"))
        let home = try String(contentsOf: site.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(home.contains("<title>River &lt;Society&gt;</title>"))
        #expect(home.contains("https://river.example/") || home.contains("href=\"/about/\""))
        let article = try String(contentsOf: site.appendingPathComponent("output/help/getting-started/editing-this-site/index.html"), encoding: .utf8)
        #expect(article.contains("portico serve"))
        let checked = try BinaryRunner.run("portico", ["check", "--privacy"], in: site)
        #expect(checked.exitCode == 0, "\(checked.standardOutput)\(checked.standardError)")

        let staff = try BinaryRunner.run("portico-admin", ["--db", "portico.db", "--as", "chair@river.example", "--json", "staff", "list"], in: site)
        #expect(staff.exitCode == 0 && staff.standardOutput.contains("\"ROLE_CLIENT_ADMIN\"") && staff.standardOutput.contains("chair@river.example"))
        let setting = try BinaryRunner.run("portico-admin", ["--db", "portico.db", "--as", "chair@river.example", "--json", "settings", "list"], in: site)
        #expect(setting.standardOutput.contains("\"Europe/Lisbon\"") && setting.standardOutput.contains("\"River \\u003cSociety\\u003e\""), "\(setting.standardOutput)")
        let audit = try BinaryRunner.run("portico-admin", ["--db", "portico.db", "--as", "chair@river.example", "audit", "verify"], in: site)
        #expect(audit.exitCode == 0, "\(audit.standardOutput)\(audit.standardError)")
    }

    @Test func refusesAFolderInUseAndBadValuesLeavingNothing() throws {
        let folder = TemporaryDirectory()
        try folder.write("mine\n", to: "taken/notes.txt")
        let taken = try BinaryRunner.run("portico", ["new", "taken"], in: folder.url)
        #expect(taken.exitCode == 6)
        #expect(taken.standardError == "portico: error: taken already exists and is not an empty folder; choose a new one\n")
        #expect(TemporaryDirectory.files(in: folder.url.appendingPathComponent("taken")) == ["notes.txt"])

        let zone = try BinaryRunner.run("portico", ["new", "fresh", "--timezone", "Mars/Olympus"], in: folder.url)
        #expect(zone.exitCode == 3)
        #expect(zone.standardError == "portico: error: invalid --timezone 'Mars/Olympus': is not an IANA time zone such as Europe/London\n")
        let theme = try BinaryRunner.run("portico", ["new", "fresh", "--theme-from", "taken"], in: folder.url)
        #expect(theme.exitCode == 3 && theme.standardError.contains("--theme-from"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])

        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(try BinaryRunner.run("portico", ["new", "empty"], in: folder.url).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("empty/portico.json").path))
    }
}
