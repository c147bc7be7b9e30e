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
                         "content/help/_index.md", "content/help/getting-started/editing-this-site.md"] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        #expect(!files.contains { $0.hasPrefix("themes/") }, "the built-in theme is not copied; 'portico theme eject' copies what is to change")
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

/// An installed `portico`: the release binary alone, copied outside the checkout, makes a new site that builds, and
/// ejects built-in layouts into it (nothing is read from the source tree it was built from).
@Suite struct InstalledBinaryTests {
    /// Builds the release `portico` as a user installing Portico would (`swift build -c release`), in its own scratch
    /// folder so it never waits on the debug build's lock; incremental after the first time. Returns the binary.
    static func releaseBinary() throws -> URL {
        let scratch = BuildBinaryTests.repository.appendingPathComponent(".build/installed-binary-test")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "-c", "release", "--product", "portico", "--package-path", BuildBinaryTests.repository.path,
                             "--scratch-path", scratch.path]
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let output = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "swift build -c release failed:\n" + String(decoding: output, as: UTF8.self)])
        }
        return scratch.appendingPathComponent("release/portico")
    }

    @Test func aCopiedReleaseBinaryCreatesBuildsAndEjectsOutsideTheCheckout() throws {
        let installed = TemporaryDirectory("portico-installed")
        let binary = installed.url.appendingPathComponent("bin/portico")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try Self.releaseBinary(), to: binary)
        #expect(!installed.url.path.hasPrefix(BuildBinaryTests.repository.path))
        func run(_ arguments: [String], in folder: URL) throws -> (Int32, String, String) {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": installed.url.path, "NO_COLOR": "1"]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let outData = out.fileHandleForReading.readDataToEndOfFile(), errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
        }
        let created = try run(["new", "society", "--title", "Society"], in: installed.url)
        #expect(created.0 == 0, "\(created.2)")
        let site = installed.url.appendingPathComponent("society")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("themes").path), "no copy of the default theme")
        let built = try run(["build"], in: site)
        #expect(built.0 == 0, "\(built.2)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/index.html").path))
        #expect(try String(contentsOf: site.appendingPathComponent("output/index.html"), encoding: .utf8).contains("class=\"skip-link\""))

        let ejected = try run(["theme", "eject", "page"], in: site)
        #expect(ejected.0 == 0 && ejected.1 == "Copied the built-in layouts/page.mustache to themes/default/layouts/page.mustache: edit it there; it now overrides the built-in one.\n", "\(ejected)")
        let layout = site.appendingPathComponent("themes/default/layouts/page.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try text.replacingOccurrences(of: "{{{content}}}", with: "<p class=\"ejected-marker\">changed</p>{{{content}}}").write(to: layout, atomically: true, encoding: .utf8)
        #expect(try run(["build"], in: site).0 == 0)
        #expect(try String(contentsOf: site.appendingPathComponent("output/about/index.html"), encoding: .utf8).contains("ejected-marker"))
        #expect(try run(["theme", "eject", "page"], in: site).0 == 6, "an ejected file is never replaced")
        let unknown = try run(["theme", "eject", "pag"], in: site)
        #expect(unknown.0 == 5 && unknown.2.contains("did you mean page"), "\(unknown.2)")
        let list = try run(["theme", "eject", "--list"], in: site)
        #expect(list.1.contains("layouts/page.mustache\n") && list.1.contains("assets/style.css\n"))
    }
}
