import Testing
import PorticoFormats

/// The matcher finds exactly what a naive search finds, including overlapping patterns and patterns inside others.
@Suite struct MultiPatternMatcherTests {
    func naive(_ patterns: [String], _ text: String, caseInsensitive: Bool) -> Set<Int> {
        let haystack = caseInsensitive ? text.lowercased() : text
        return Set(patterns.indices.filter { !patterns[$0].isEmpty && haystack.contains(caseInsensitive ? patterns[$0].lowercased() : patterns[$0]) })
    }

    @Test func classicExampleAndCase() {
        let patterns = ["he", "she", "his", "hers", "", "Ana.Silva@Example.org"]
        let matcher = MultiPatternMatcher(patterns: patterns.map { Array($0.utf8) }, caseInsensitive: true)
        #expect(matcher.patternsFound(in: Array("ushers".utf8)) == [0, 1, 3])
        #expect(matcher.patternsFound(in: Array("mail ana.silva@example.ORG today".utf8)) == [5])
        var count = 0
        Array("hehehe".utf8).withUnsafeBufferPointer { matcher.scan($0) { if $0 == 0 { count += 1 } } }
        #expect(count == 3, "every occurrence is reported")
    }

    @Test func agreesWithANaiveSearchOnGeneratedTexts() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abAB@.")
        for _ in 0..<300 {
            let patterns = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            }
            let text = String((0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            for caseInsensitive in [false, true] {
                let matcher = MultiPatternMatcher(patterns: patterns.map { Array($0.utf8) }, caseInsensitive: caseInsensitive)
                #expect(matcher.patternsFound(in: Array(text.utf8)) == naive(patterns, text, caseInsensitive: caseInsensitive), "\(patterns) in \(text)")
            }
        }
    }
}
