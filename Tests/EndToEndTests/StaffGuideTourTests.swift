import Foundation
import Testing
import PorticoTestSupport

/// docs/staff.md's walk-through ("Memberships, renewals and payments") is run as written: each `$ portico-admin …`
/// line through the binary, in order, on a fresh demo made on the day the guide was written, and every output line
/// the guide shows (`...` stands for lines left out) must appear, in that order, in what the command printed. A
/// guide whose commands or outputs drift from the program fails here.
@Suite struct StaffGuideTourTests {
    static let environment = ["PORTICO_NOW": "2026-12-06T10:00:00Z", "PORTICO_ACTOR": "admin@demo.portico.example"]

    /// The guide's commands with the lines it shows for each.
    static func steps() throws -> [(command: String, shown: [String])] {
        let guide = try String(contentsOf: BuildBinaryTests.repository.appendingPathComponent("docs/staff.md"), encoding: .utf8)
        let start = try #require(guide.range(of: "## Memberships, renewals and payments"))
        let section = guide[start.upperBound...].components(separatedBy: "\n## ")[0]
        var steps: [(String, [String])] = []
        var inBlock = false
        for line in section.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inBlock.toggle(); continue }
            guard inBlock else { continue }
            if line.hasPrefix("$ portico-admin ") {
                steps.append((String(line.dropFirst(2)), []))
            } else if !steps.isEmpty, line != "..." {
                steps[steps.count - 1].1.append(line)
            }
        }
        return steps
    }

    @Test func theWalkThroughRunsAsWritten() throws {
        let steps = try Self.steps()
        #expect(steps.count >= 9, "the walk-through has its commands")
        let directory = TemporaryDirectory()
        let made = try BinaryRunner.run("portico-admin", ["init", "--demo", "--db", "portico.db", "--admin-email", "admin@demo.portico.example"],
                                        in: directory.url, environment: Self.environment)
        #expect(made.exitCode == 0, "\(made.standardError)")
        for (command, shown) in steps {
            let words = shellWords(command).dropFirst()
            let result = try BinaryRunner.run("portico-admin", ["--db", "portico.db"] + words, in: directory.url, environment: Self.environment)
            #expect(result.exitCode == 0, "\(command): \(result.standardError)")
            let printed = result.standardOutput.components(separatedBy: "\n").map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            var next = 0
            for line in shown.map({ $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }) {
                guard let found = printed[next...].firstIndex(of: line) else {
                    Issue.record("\(command): the guide shows\n  \(line)\nbut the command printed\n\(result.standardOutput)")
                    break
                }
                next = found + 1
            }
        }
    }
}
