import Foundation
import Testing
import PorticoModel
import PorticoTestSupport

/// Integration secrets never leave their file: with unique marker secrets set through the real binary, every export
/// of every entity, the audit trail, the command output, the logs of a build and the built site hold neither; they
/// are shown masked, in full only to those who may see secrets, and not at all to platform support; and `portico
/// check --privacy` reports one a theme pastes into a page.
@Suite struct IntegrationSecretsTests {
    static let webhookMarker = "whsec_MARKER7f3a9c41e2d85b06"
    static let tokenMarker = "pat-eu1-MARKERb2c4d6e8f0a1c3e5"

    @Test func secretsReachNoExportLogAuditOrOutput() throws {
        let site = try TinySite("-- portico.json --\n{\"baseURL\": \"https://example.org/\"}\n-- content/_index.md --\n# Home\n", theme: false, demo: true)
        var seen = ""
        func admin(_ words: [String], as actor: String = "admin@example.org") throws -> BinaryRunner.Result {
            let result = try BinaryRunner.run("portico-admin", words + ["--db", site.store.path, "--as", actor])
            seen += result.standardOutput + result.standardError
            return result
        }
        #expect(try admin(["integrations", "set", "stripe.webhook_secret", Self.webhookMarker]).exitCode == 0)
        #expect(try admin(["integrations", "set", "hubspot.access_token", Self.tokenMarker]).exitCode == 0)
        #expect(try admin(["integrations", "set", "xero.account_code", "200"]).exitCode == 0)
        let secretsFile = IntegrationSettings.secretsPath(forDatabase: site.store.path)
        let mode = try FileManager.default.attributesOfItem(atPath: secretsFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let shown = try admin(["integrations", "show"])
        #expect(shown.standardOutput.contains("whsec_…6b06") || shown.standardOutput.contains("whsec_…5b06"))
        #expect(shown.standardOutput.contains("200"))
        // Platform support configures nothing and sees no secret; a client user neither.
        #expect(try admin(["integrations", "show"], as: "support@platform.portico.example").exitCode == 4)
        #expect(try admin(["integrations", "show", "--reveal"], as: "ops@demo.portico.example").exitCode == 4)
        let revealed = try BinaryRunner.run("portico-admin", ["integrations", "show", "--reveal", "--db", site.store.path, "--as", "admin@example.org"])
        #expect(revealed.standardOutput.contains(Self.webhookMarker), "an admin who may see secrets sees them in full")

        // Every export of every entity, in every format; the audit trail listed and shown.
        for entity in FeatureSet.builtIn.entities where entity.transfer != nil {
            for format in ["csv", "json"] {
                _ = try admin(["export", entity.transfer!.name, "--format", format])
            }
        }
        let audit = try admin(["audit", "list"])
        #expect(audit.standardOutput.contains("integration secret"))
        for id in audit.standardOutput.split(separator: "\n").compactMap({ $0.split(separator: " ").first.flatMap { Int($0) } }).suffix(5) {
            _ = try admin(["audit", "show", String(id)])
        }
        // A build that checks privacy, and its output.
        let build = try BinaryRunner.run("portico", ["build", "--check-privacy", "--db", site.store.path], in: site.directory.url)
        seen += build.standardOutput + build.standardError
        #expect(build.exitCode == 0, "\(build.standardError)")
        for text in [seen] + site.outputFiles().compactMap({ site.output($0) }) + [try String(contentsOf: URL(fileURLWithPath: site.store.path), encoding: .isoLatin1)] {
            #expect(!text.contains(Self.webhookMarker) && !text.contains(Self.tokenMarker))
        }

        // A theme that pastes one into a page is caught.
        try site.directory.write("{{<base}}{{$main}}<p>\(Self.tokenMarker)</p>{{/main}}{{/base}}", to: "themes/default/layouts/home.mustache")
        #expect(try BinaryRunner.run("portico", ["build", "--db", site.store.path], in: site.directory.url).exitCode == 0)
        let check = try BinaryRunner.run("portico", ["check", "--privacy", "--db", site.store.path], in: site.directory.url)
        #expect(check.exitCode != 0 && (check.standardOutput + check.standardError).contains("integration secret hubspot.access_token"), "\(check.standardOutput)\(check.standardError)")
    }
}
