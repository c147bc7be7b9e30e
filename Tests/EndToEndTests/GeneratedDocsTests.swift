import Foundation
import Testing
import PorticoCommandLine
import PorticoAdmin
import PorticoCLI
import PorticoSite
import PorticoArguments

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

    /// docs/completions/: the bash and zsh scripts for both tools, as `completions bash|zsh` prints them.
    @Test func completionScriptsAreCurrent() throws {
        try FileManager.default.createDirectory(at: Self.docs.appendingPathComponent("completions"), withIntermediateDirectories: true)
        for completion in CompletionScriptTests.tools {
            try check("completions/\(completion.toolName).bash", completion.bash())
            try check("completions/_\(completion.toolName)", completion.zsh())
        }
    }
    /// docs/theme.md's data tables are generated from the page types (between two markers); the prose around them
    /// is written by hand.
    @Test func themeDataTablesAreCurrent() throws {
        let url = Self.docs.appendingPathComponent("theme.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let generated = try ThemeReference.markdown()
        let begin = try #require(text.range(of: ThemeReference.begin), "docs/theme.md lacks the generated-reference marker")
        let end = try #require(text.range(of: ThemeReference.end + "\n"), "docs/theme.md lacks the end marker")
        let updated = String(text[..<begin.lowerBound]) + generated + String(text[end.upperBound...])
        if ProcessInfo.processInfo.environment["PORTICO_UPDATE_DOCS"] == "1" { try updated.write(to: url, atomically: true, encoding: .utf8) }
        #expect(text == updated, "docs/theme.md is stale: run PORTICO_UPDATE_DOCS=1 swift test --filter GeneratedDocsTests")
        #expect(!generated.contains("undocumented"), "a page type has a key without a description in its fieldDocs")
    }

    /// Every layout of the default theme (except `base`, which the others extend) has a page type, and every page
    /// type a layout.
    @Test func everyLayoutHasAPageType() throws {
        let layouts = BuildBinaryTests.repository.appendingPathComponent("themes/default/layouts")
        let names = try FileManager.default.contentsOfDirectory(atPath: layouts.path).filter { $0.hasSuffix(".mustache") }
            .map { String($0.dropLast(".mustache".count)) }.filter { $0 != "base" }
        #expect(Set(names) == Set(ThemeReference.layoutNames))
    }

    /// docs/theme.md must at least name every layout and partial the default theme has.
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
