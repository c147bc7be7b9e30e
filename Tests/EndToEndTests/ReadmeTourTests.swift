import Foundation
import Testing
import PorticoTestSupport

/// The README's five-minute tour, run as a new user runs it in the repository (a copy of it): every `swift run
/// portico…` line through the binaries in order (all but `serve`, which runs until stopped, and `new`, which writes
/// outside the site), each expected to succeed, then its results checked: the renewal is a pending term with its
/// invoice, reminders are queued, the privacy check passes after the tour's changes, and every file the tour leaves
/// behind is one .gitignore names.
@Suite struct ReadmeTourTests {
    static let environment = ["PORTICO_NOW": "2026-12-06T10:00:00Z", "PORTICO_ACTOR": "admin@demo.portico.example"]

    /// The tour's command lines, `&&` chains split, as argument lists with the tool first.
    static func commands() throws -> [[String]] {
        let readme = try String(contentsOf: BuildBinaryTests.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let tour = try #require(readme.components(separatedBy: "## A five-minute tour").dropFirst().first?.components(separatedBy: "```sh").dropFirst().first?
            .components(separatedBy: "```").first)
        return tour.split(separator: "\n").flatMap { line -> [[String]] in
            guard line.hasPrefix("swift run ") else { return [] }
            let code = line.components(separatedBy: "  #").first ?? String(line)
            return code.components(separatedBy: "&&").map { shellWords($0.trimmingCharacters(in: .whitespaces)) }.filter { $0.count > 2 }.map { Array($0.dropFirst(2)) }
        }
    }

    @Test func theTourRunsAndLeavesNothingUnignored() throws {
        let commands = try Self.commands()
        #expect(commands.count > 25)
        let site = TemporaryDirectory("portico-tour")
        for item in ["content", "themes", "portico.json", "README.md"] {
            try FileManager.default.copyItem(at: BuildBinaryTests.repository.appendingPathComponent(item), to: site.url.appendingPathComponent(item))
        }
        #expect(try BinaryRunner.run("portico", ["build"], in: site.url, environment: Self.environment).exitCode == 0, "the first command builds the demo")
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: site.path))
        for words in commands where !["serve", "new"].contains(words[1]) {
            let result = try BinaryRunner.run(words[0], Array(words.dropFirst()), in: site.url, environment: Self.environment)
            #expect(result.exitCode == 0, "\(words.joined(separator: " ")): \(result.standardError)\(result.standardOutput.prefix(600))")
        }
        func admin(_ words: [String]) throws -> String {
            try BinaryRunner.run("portico-admin", words, in: site.url, environment: Self.environment).standardOutput
        }
        #expect(try admin(["memberships", "list", "M000001"]).contains("pending"), "the renewal is a term waiting for payment")
        #expect(try admin(["invoices", "list", "--status", "draft"]).contains("draft"), "with its invoice drafted")
        #expect(try admin(["notifications", "list"]).contains("renewal_reminder"), "reminders were queued")
        // What the tour leaves in the site folder is ignored by git, so a user's checkout stays clean.
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: site.path)).subtracting(before).sorted()
        #expect(!left.isEmpty, "the tour writes an invoice, an outbox and an export")
        for name in left {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: site.url.appendingPathComponent(name).path, isDirectory: &isFolder)
            // The path need not exist in the repository (--no-index); a folder is named with its slash, as git sees one.
            let ignored = try PythonTool.run("/usr/bin/env", ["git", "-C", BuildBinaryTests.repository.path, "check-ignore", "-q", "--no-index",
                                                               isFolder.boolValue ? name + "/" : name])
            #expect(ignored.status == 0, "\(name) is left by the tour and not in .gitignore")
        }
    }
}
