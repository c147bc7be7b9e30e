import Foundation
import Testing
import PorticoTestSupport

/// What people see on a terminal: one updating progress line, colour only on a terminal and never with NO_COLOR,
/// nothing but errors with --quiet, and plain text when the output is a pipe.
@Suite struct TerminalOutputTests {
    /// Runs `portico arguments` on a pseudo-terminal; the bytes the terminal received and the exit status.
    func runOnTerminal(_ arguments: [String], in directory: URL, noColor: Bool) throws -> (text: String, status: Int32) {
        let python = try #require(TestTools.python(importing: "pty"))
        let script = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools/run_in_terminal.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, directory.path, BinaryRunner.productsDirectory.appendingPathComponent("portico").path] + arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PORTICO_") && $0.key != "NO_COLOR" }
        environment["TERM"] = "xterm"
        if noColor { environment["NO_COLOR"] = "1" }
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    func demoSite() throws -> TemporaryDirectory { try DemoSite.copy() }

    @Test func buildShowsOneUpdatingProgressLineOnATerminal() throws {
        let site = try demoSite()
        let (text, status) = try runOnTerminal(["build"], in: site.url, noColor: true)
        #expect(status == 0, "\(text)")
        // Each update returns to the start of the line and clears it; the line is cleared before the summary.
        #expect(text.contains("\r\u{1B}[KBuilding: rendering pages "))
        #expect(text.contains("\r\u{1B}[KBuilt "))
        #expect(!text.contains("\u{1B}[1;31m") && !text.contains("\u{1B}[0m"), "no colour with NO_COLOR")
    }

    @Test func errorsAreRedOnATerminalUnlessNoColor() throws {
        let site = try demoSite()
        let colored = try runOnTerminal(["check", "--format", "xml"], in: site.url, noColor: false)
        #expect(colored.status == 3)
        #expect(colored.text.contains("portico: \u{1B}[1;31merror:\u{1B}[0m "))
        let plain = try runOnTerminal(["check", "--format", "xml"], in: site.url, noColor: true)
        #expect(plain.text.hasPrefix("portico: error: "))
        #expect(!plain.text.contains("\u{1B}"))
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let site = try demoSite()
        let (text, status) = try runOnTerminal(["build", "--quiet"], in: site.url, noColor: true)
        #expect(status == 0)
        #expect(text.isEmpty, "\(text)")
        #expect(FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output/index.html").path))
    }

    @Test func aPipeGetsPlainTextEvenWithoutNoColor() throws {
        let site = try demoSite()
        let result = try BinaryRunner.run("portico", ["build"], in: site.url, environment: ["NO_COLOR": ""])
        #expect(result.exitCode == 0)
        #expect(!(result.standardOutput + result.standardError).contains("\u{1B}"))
        #expect(!(result.standardOutput + result.standardError).contains("\r"))
        let error = try BinaryRunner.run("portico", ["check", "--format", "xml"], in: site.url, environment: ["NO_COLOR": ""])
        #expect(error.standardError == "portico: error: invalid --format 'xml': must be text or github\n")
    }
}
