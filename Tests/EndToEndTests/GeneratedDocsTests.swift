import Foundation
import Testing
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
    @Test func cliReferenceIsCurrent() throws { try check("cli.md", GeneratedDocs.cliReference(porticoRoot: PorticoApp.root)) }
}
