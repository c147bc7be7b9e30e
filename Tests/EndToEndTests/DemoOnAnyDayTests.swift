import Foundation
import Testing
import PorticoModel
import PorticoTestSupport

/// The README's first command on any day, and what a failed first build leaves behind (nothing).
@Suite struct DemoOnAnyDayTests {
    /// The demo built on today's clock and on a pinned day far from it: its trail verifies and its site checks clean.
    @Test(arguments: DemoSite.Clock.allCases)
    func theDemoTrailVerifiesAndItsSiteChecksClean(_ clock: DemoSite.Clock) throws {
        let site = try DemoSite.site(clock)
        let environment = clock.environment.merging(["PORTICO_ACTOR": DemoData.adminEmail]) { $1 }
        let verify = try BinaryRunner.run("portico-admin", ["audit", "verify", "--db", site.appendingPathComponent("portico.db").path],
                                          in: site, environment: environment)
        #expect(verify.exitCode == 0, "\(verify.standardOutput)\(verify.standardError)")
        let check = try BinaryRunner.run("portico", ["check"], in: site, environment: clock.environment)
        #expect(check.exitCode == 0, "\(check.standardOutput)\(check.standardError)")
    }

    /// A first build whose demo creation fails (here: the audit key's folder does not exist) leaves no database,
    /// no key and no staged file, says what failed, and the next build, with the cause gone, creates the demo.
    @Test func aFailedDemoCreationLeavesNoDatabaseAndNoKey() throws {
        let directory = try DemoSite.copy("portico-failed-demo")
        let keyPath = directory.url.appendingPathComponent("missing-folder/portico.db.audit-key").path
        let failed = try BinaryRunner.run("portico", ["build"], in: directory.url, environment: ["PORTICO_AUDIT_KEY": keyPath])
        #expect(failed.exitCode != 0)
        #expect(failed.standardError.contains("cannot create the audit key at \(keyPath)"), "\(failed.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        #expect(left == ["content", "portico.json", "themes"], "a failed creation left \(left)")
        let again = try BinaryRunner.run("portico", ["build"], in: directory.url)
        #expect(again.exitCode == 0, "\(again.standardError)")
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("portico.db.audit-key").path))
    }

    /// A database that got its tables but never its first admin (what an interrupted creation by an older version
    /// left) is refused with the database exit code, instead of building a site with no members.
    @Test func aHalfMadeDatabaseIsRefusedNotBuilt() throws {
        let directory = try DemoSite.copy("portico-half-made")
        do { _ = try Store(path: directory.url.appendingPathComponent("portico.db").path, create: true) }
        let result = try BinaryRunner.run("portico", ["build"], in: directory.url)
        #expect(result.exitCode == 7, "\(result.standardError)")
        #expect(result.standardError.contains("was never finished"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("output").path))
    }
}
