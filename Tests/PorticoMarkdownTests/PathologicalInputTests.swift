import Foundation
import Testing
import PorticoMarkdown

/// Inputs that make naive parsers quadratic (from cmark's pathological tests). Growing the input must grow the
/// time in proportion: eight times the input may take at most twenty times as long (linear is ×8, quadratic ×64),
/// a margin wide enough for a machine busy with other tests, narrow enough to catch a quadratic path.
struct PathologicalCase: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable (Int) -> String
    var testDescription: String { name }
}

@Suite struct PathologicalInputTests {
    static let cases: [PathologicalCase] = [
        PathologicalCase(name: "nested brackets") { String(repeating: "[", count: $0) + "a" + String(repeating: "]", count: $0) },
        PathologicalCase(name: "link openers without closers") { String(repeating: "[a", count: $0) },
        PathologicalCase(name: "link closers without openers") { String(repeating: "a]", count: $0) },
        PathologicalCase(name: "emphasis openers without closers") { String(repeating: "_a ", count: $0) },
        PathologicalCase(name: "emphasis closers without openers") { String(repeating: "a_ ", count: $0) },
        PathologicalCase(name: "mismatched openers and closers") { String(repeating: "*a_ ", count: $0) },
        PathologicalCase(name: "openers and closers multiple of 3") { "a**b" + String(repeating: "c* ", count: $0) },
        PathologicalCase(name: "nested strong emphasis") { String(repeating: "*a **a ", count: $0) + "b" + String(repeating: " a** a*", count: $0) },
        PathologicalCase(name: "link openers and emphasis closers") { String(repeating: "[ a_", count: $0) },
        PathologicalCase(name: "pattern [ (]( repeated") { String(repeating: "[ (](", count: $0) },
        PathologicalCase(name: "unclosed links A") { String(repeating: "[a](<b", count: $0) },
        PathologicalCase(name: "unclosed links B") { String(repeating: "[a](b", count: $0) },
        PathologicalCase(name: "unclosed comments") { "</" + String(repeating: "<!--", count: $0) },
        PathologicalCase(name: "unclosed processing instructions") { String(repeating: "<?a ", count: $0) },
        PathologicalCase(name: "nested block quotes") { String(repeating: "> ", count: $0) + "a" },
        PathologicalCase(name: "many backtick runs") { (1...min($0, 2000)).map { "e" + String(repeating: "`", count: $0 % 50 + 1) }.joined() + String(repeating: "e`", count: $0) },
        PathologicalCase(name: "many reference definitions") { (0..<$0).map { "[a\($0)]: /u\($0)\n" }.joined() },
        PathologicalCase(name: "many links after an open bracket") { String(repeating: "[", count: $0) + String(repeating: "[a](b) ", count: $0) },
        PathologicalCase(name: "many autolinks") { String(repeating: "www.example.org/a ", count: $0) },
        PathologicalCase(name: "table with many rows") { "| a | b |\n| - | - |\n" + String(repeating: "| x | y |\n", count: $0) },
    ]

    static func seconds(_ input: String) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = Markdown.html(input, options: .trusted)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test(arguments: cases)
    func doublingTheInputRoughlyDoublesTheTime(_ pathological: PathologicalCase) {
        let n = 3_000
        let small = pathological.make(n), large = pathological.make(n * 8)
        _ = Self.seconds(small)  // warm up
        // Interleaved, best of five: a burst of load from other tests hits both sizes alike.
        var base = Double.infinity, grown = Double.infinity
        for _ in 0..<5 {
            base = min(base, Self.seconds(small))
            grown = min(grown, Self.seconds(large))
        }
        #expect(grown < base * 20 + 0.05, "\(pathological.name): \(base) s at n, \(grown) s at 8n")
    }

    @Test func deepNestingDoesNotOverflowTheStack() {
        let depth = 50_000
        let quotes = String(repeating: ">", count: depth) + " deep"
        #expect(Markdown.html(quotes).hasSuffix(String(repeating: "</blockquote>\n", count: 3)))
        let emphasis = String(repeating: "*a **a ", count: depth / 10) + "b" + String(repeating: " a** a*", count: depth / 10)
        #expect(Markdown.html(emphasis).hasPrefix("<p><em>a <strong>a"))
    }
}
