import Foundation
import Testing

/// Every module imports only what Package.swift declares for it (an undeclared import builds today through another
/// module's dependencies, and breaks the day that one changes), and the engines import nothing of ours.
@Suite struct ModuleDependencyTests {
    static let repository = BuildBinaryTests.repository

    /// Each target's name, its folder and its declared dependencies, read from Package.swift.
    static func targets() throws -> [(name: String, folder: String, dependencies: Set<String>)] {
        let manifest = try String(contentsOf: repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        var result: [(String, String, Set<String>)] = []
        for chunk in manifest.components(separatedBy: ".").dropFirst() {
            let kind = chunk.prefix { $0.isLetter }
            guard ["target", "testTarget", "executableTarget"].contains(String(kind)),
                  let name = chunk.components(separatedBy: "name: \"").dropFirst().first?.components(separatedBy: "\"").first else { continue }
            var dependencies = Set<String>()
            if let list = chunk.components(separatedBy: "dependencies: [").dropFirst().first?.components(separatedBy: "]").first {
                for part in list.components(separatedBy: "\"").enumerated() where part.offset % 2 == 1 { dependencies.insert(part.element) }
            }
            let folder = kind == "testTarget" ? "Tests/\(name)" : "Sources/\(name)"
            result.append((name, folder, dependencies))
        }
        return result
    }

    @Test func everyImportIsADeclaredDependency() throws {
        let targets = try Self.targets()
        let names = Set(targets.map(\.name))
        #expect(targets.count > 20 && names.contains("PorticoSite") && names.contains("EndToEndTests"))
        var undeclared: [String] = []
        for target in targets {
            let folder = Self.repository.appendingPathComponent(target.folder)
            guard let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }).filter({ $0.hasSuffix(".swift") }) else { continue }
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    let module = String(line.split(separator: " ").last ?? "")
                    if names.contains(module) && !target.dependencies.contains(module) { undeclared.append("\(target.folder)/\(file) imports \(module)") }
                }
            }
        }
        #expect(undeclared == [], "declare these in Package.swift")
    }

    @Test func theEnginesImportNothingOfOurs() throws {
        for engine in ["PorticoSQLite", "PorticoMustache", "PorticoMarkdown", "PorticoArguments", "PorticoDigest", "PorticoFormats", "PorticoHTTP", "PorticoDefaultTheme"] {
            let target = try #require(try Self.targets().first { $0.name == engine })
            #expect(target.dependencies.subtracting(["CSQLite"]).isEmpty, "\(engine) depends on \(target.dependencies)")
        }
    }

    /// SQL is spoken in PorticoModel only (and the SQLite engine under it): commands, reports and the site ask the
    /// model, so a table's shape is known in one place. `Store.database` is `package` for the tests' sake; this keeps
    /// the other modules off it.
    @Test func onlyTheModelSpeaksSQL() throws {
        let allowed: Set<String> = ["PorticoModel", "PorticoSQLite", "CSQLite", "PorticoTestSupport"]
        let pattern = try Regex(#"\"(SELECT|INSERT|UPDATE|DELETE FROM|CREATE TABLE|PRAGMA) |\bstore(\(\))?\.database\b|\.(readTransaction|forEachRow|executeScript)\("#)
        var found: [String] = []
        var scanned = 0
        for target in try Self.targets() where target.folder.hasPrefix("Sources/") && !allowed.contains(target.name) {
            let folder = Self.repository.appendingPathComponent(target.folder)
            for file in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }).filter({ $0.hasSuffix(".swift") }) ?? [] {
                scanned += 1
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(pattern) {
                    found.append("\(target.folder)/\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(scanned > 50)
        #expect(found == [], "move these queries into PorticoModel")
    }
}
