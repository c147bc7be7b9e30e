import Foundation
import Testing

/// docs/architecture.md walks through adding a section with code from `ThrowawayFeatureTests`: every line of its
/// Swift blocks must be a line of that test, which runs. When the pattern changes and the test with it, the
/// walk-through has to follow.
@Suite struct DocsArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everySwiftLineOfTheWalkThroughIsALineOfTheThrowawayFeatureTest() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let test = try String(contentsOf: Self.root.appendingPathComponent("Tests/EndToEndTests/ThrowawayFeatureTests.swift"), encoding: .utf8)
        let testLines = Set(test.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        var inSwift = false
        var checked = 0
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") { inSwift = trimmed == "```swift"; continue }
            guard inSwift, !trimmed.isEmpty else { continue }
            #expect(testLines.contains(trimmed), "docs/architecture.md shows a line the test does not have: \(trimmed)")
            checked += 1
        }
        #expect(checked >= 20, "the walk-through shows the code of every layer")
        // It names the three registries the test registers with.
        for registry in ["FeatureSet.builtIn", "AdminCatalog.builtIn", "SectionRegistry.all"] { #expect(doc.contains(registry)) }
    }
}
