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

    /// The clock a demo is built with: the real one (a date-dependent failure shows on the days it happens), and one
    /// pinned far from today, a leap-year's eve in another year (so such a failure shows on every day, not on some).
    enum Clock: String, CaseIterable, Sendable, CustomStringConvertible {
        case real
        case pinned = "2029-02-28T12:00:00Z"
        var environment: [String: String] { self == .real ? [:] : ["PORTICO_NOW": rawValue] }
        var description: String { self == .real ? "today's clock" : "PORTICO_NOW=\(rawValue)" }
    }

    /// The README's build of a fresh copy, creating the demo database as a new user's first build does.
    static func build(_ clock: Clock) -> Built {
        let directory: TemporaryDirectory
        do { directory = try copy("portico-demo") } catch { return Built(directory: TemporaryDirectory("portico-demo"), result: nil, failure: "\(error)") }
        do {
            let result = try BinaryRunner.run("portico", ["build"], in: directory.url, environment: clock.environment)
            return Built(directory: directory, result: result, failure: result.exitCode == 0 ? nil : "exit \(result.exitCode): \(result.standardError)")
        } catch {
            return Built(directory: directory, result: nil, failure: "\(error)")
        }
    }

    static let shared: Built = build(.real)
    static let pinned: Built = build(.pinned)

    struct BuildFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// The site folder, once the build is known to have succeeded with pages in it.
    static func site(_ clock: Clock = .real) throws -> URL {
        let built = clock == .real ? shared : pinned
        if let failure = built.failure { throw BuildFailed(description: "the demo build with \(clock) failed: \(failure)") }
        let output = built.directory.url.appendingPathComponent("output")
        guard TemporaryDirectory.files(in: output).filter({ $0.hasSuffix(".html") }).count >= 20 else {
            throw BuildFailed(description: "the demo build with \(clock) wrote fewer than 20 pages")
        }
        return built.directory.url
    }

    static func output(_ clock: Clock = .real) throws -> URL { try site(clock).appendingPathComponent("output") }
}
