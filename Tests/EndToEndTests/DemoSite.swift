import Foundation
import PorticoTestSupport

/// The demo site built once by the real binary for the browser and quality tests. The build's result is kept, so
/// every test that uses the output first requires that the build succeeded: an empty output can never pass.
enum DemoSite {
    struct Built: @unchecked Sendable {
        let directory: TemporaryDirectory
        let result: BinaryRunner.Result?
        let failure: String?
    }

    /// A fresh copy of the repository's site files (content, themes, portico.json; no database, no output) for a
    /// test that changes or builds it.
    static func copy(_ label: String = "portico") throws -> TemporaryDirectory {
        let directory = TemporaryDirectory(label)
        for item in ["content", "themes", "portico.json"] {
            try FileManager.default.copyItem(at: BuildBinaryTests.repository.appendingPathComponent(item), to: directory.url.appendingPathComponent(item))
        }
        return directory
    }

    static let shared: Built = {
        let directory: TemporaryDirectory
        do { directory = try copy("portico-demo") } catch { return Built(directory: TemporaryDirectory("portico-demo"), result: nil, failure: "\(error)") }
        do {
            let result = try BinaryRunner.run("portico", ["build"], in: directory.url)
            return Built(directory: directory, result: result, failure: result.exitCode == 0 ? nil : "exit \(result.exitCode): \(result.standardError)")
        } catch {
            return Built(directory: directory, result: nil, failure: "\(error)")
        }
    }()

    struct BuildFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// The site folder, once the build is known to have succeeded with pages in it.
    static func site() throws -> URL {
        if let failure = shared.failure { throw BuildFailed(description: "the demo build failed: \(failure)") }
        let output = shared.directory.url.appendingPathComponent("output")
        guard TemporaryDirectory.files(in: output).filter({ $0.hasSuffix(".html") }).count >= 20 else {
            throw BuildFailed(description: "the demo build wrote fewer than 20 pages")
        }
        return shared.directory.url
    }

    static func output() throws -> URL { try site().appendingPathComponent("output") }
}
