import Foundation
import Testing
import PorticoCommandLine
import PorticoAdmin
import PorticoCLI

/// docs/permissions.md and docs/cli.md are generated from code; this fails when they are stale.
/// Regenerate with: PORTICO_UPDATE_DOCS=1 swift test --filter GeneratedDocsTests
@Suite struct GeneratedDocsTests {
    static let docs = BuildBinaryTests.repository.appendingPathComponent("docs")

    func check(_ name: String, _ generated: String) throws {
        let url = Self.docs.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PORTICO_UPDATE_DOCS"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try? String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "docs/\(name) is stale: run PORTICO_UPDATE_DOCS=1 swift test --filter GeneratedDocsTests")
    }

    @Test func permissionsDocIsCurrent() throws { try check("permissions.md", GeneratedDocs.permissions()) }
    /// docs/theme.md is written by hand: it must at least name every layout and partial the default theme has.
    @Test func themeReferenceNamesEveryTemplate() throws {
        let reference = try String(contentsOf: Self.docs.appendingPathComponent("theme.md"), encoding: .utf8)
        let theme = BuildBinaryTests.repository.appendingPathComponent("themes/default")
        for folder in ["layouts", "partials"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: theme.appendingPathComponent(folder).path) where file.hasSuffix(".mustache") {
                let name = String(file.dropLast(".mustache".count))
                #expect(reference.contains("`\(name)`"), "docs/theme.md does not describe \(folder)/\(file)")
            }
        }
    }

    @Test func cliReferenceIsCurrent() throws { try check("cli.md", GeneratedDocs.cliReference(porticoRoot: PorticoApp.root)) }
}
