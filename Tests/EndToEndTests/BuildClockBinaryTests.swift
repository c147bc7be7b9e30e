import Foundation
import Testing
import PorticoTestSupport

/// `--now` pins the build's one clock (and `check --privacy`'s, which must reckon as the build did); a time that
/// is not one is refused naming where it came from.
@Suite struct BuildClockBinaryTests {
    @Test func nowPinsWhatTheBuildAndThePrivacyCheckReckonFrom() throws {
        let directory = TemporaryDirectory()
        try BuildBinaryTests().copyDemo(to: directory)
        // The demo is made on the build's day: its members are current then.
        let made = try BinaryRunner.run("portico", ["build", "--now", "2026-03-01T09:00:00Z"], in: directory.url)
        #expect(made.exitCode == 0, "\(made.standardError)")
        let directory2026 = try #require(directory.read("output/directory/members/index.html"))
        #expect(directory2026.contains("Ana Silva"))
        #expect(try BinaryRunner.run("portico", ["check", "--privacy", "--now", "2026-03-01T09:00:00Z"], in: directory.url).exitCode == 0)
        // Three years on, nobody has renewed: the same site checked as at then publishes members who have lapsed.
        let later = try BinaryRunner.run("portico", ["check", "--privacy", "--now", "2029-03-01T09:00:00Z"], in: directory.url)
        #expect(later.exitCode == 8 && later.standardError.contains("private member name (members M000001 name)"), "\(later.standardError)")
        // Built as at then, the directory is gone, and that output checks clean as at then.
        let rebuilt = try BinaryRunner.run("portico", ["build", "--now", "2029-03-01T09:00:00Z"], in: directory.url)
        #expect(rebuilt.exitCode == 0, "\(rebuilt.standardError)")
        #expect(directory.read("output/directory/members/index.html") == nil)
        #expect(try BinaryRunner.run("portico", ["check", "--privacy", "--now", "2029-03-01T09:00:00Z"], in: directory.url).exitCode == 0)
    }

    @Test func aTimeThatIsNotOneIsRefusedNamingItsSource() throws {
        let directory = TemporaryDirectory()
        try BuildBinaryTests().copyDemo(to: directory)
        let flag = try BinaryRunner.run("portico", ["build", "--now", "2026-02-30T09:00:00Z"], in: directory.url)
        #expect(flag.exitCode == 3)
        #expect(flag.standardError == "portico: error: invalid --now '2026-02-30T09:00:00Z': is not a UTC time such as 2026-01-31T09:00:00Z\n")
        let variable = try BinaryRunner.run("portico", ["build"], in: directory.url, environment: ["PORTICO_NOW": "yesterday"])
        #expect(variable.exitCode == 3 && variable.standardError.contains("invalid PORTICO_NOW 'yesterday'"), "\(variable.standardError)")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("portico.db").path), "nothing made")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("output").path))
    }
}
