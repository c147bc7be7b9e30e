import Foundation
import PorticoTestSupport

/// Independent checkers written in Python (html5lib, the standard library's email parser), run as test tooling.
enum PythonTool {
    /// Runs `python arguments…` (or any other program: a shell); returns the exit status and what it printed
    /// (stdout and stderr together).
    static func run(_ python: String, _ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    /// html5lib's strict parser over every `.html` file under `folder`: status 0 when all are valid, else the report.
    static func validateHTML5(_ folder: URL) throws -> (status: Int32, report: String) {
        guard let python = TestTools.python(importing: "html5lib") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "no Python with html5lib: apt-get install python3-html5lib (see README)"])
        }
        let script = BuildBinaryTests.repository.appendingPathComponent("Tests/EndToEndTests/Tools/validate_html5.py")
        let (status, data) = try run(python, [script.path, folder.path])
        return (status, String(decoding: data, as: UTF8.self))
    }
}
