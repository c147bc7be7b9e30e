import Foundation
import Testing
import PorticoMarkdown

/// Inputs that make naive parsers quadratic (from cmark's pathological tests). Growing the input must grow the
/// parser's work in proportion: eight times the input may take at most ten times the steps (linear is ×8,
/// quadratic ×64). Steps are counted by the parser itself, so the check is exact and never depends on the machine's load;
/// speed is measured in bench/markdown.
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
        PathologicalCase(name: "nested list markers on one line (-)") { String(repeating: "- ", count: $0) + "deep" },
        PathologicalCase(name: "nested list markers on one line (*)") { String(repeating: "* ", count: $0) + "deep" },
        PathologicalCase(name: "nested ordered markers on one line") { String(repeating: "1. ", count: $0) + "deep" },
        PathologicalCase(name: "nested list markers, one per line") { (0..<$0).map { String(repeating: " ", count: min($0, 3)) + "- x\n" }.joined() },
    ]

    @Test(arguments: cases)
    func eightTimesTheInputTakesAboutEightTimesTheSteps(_ pathological: PathologicalCase) {
        let n = 3_000
        let small = pathological.make(n), large = pathological.make(n * 8)
        let base = Markdown.parsingSteps(small), grown = Markdown.parsingSteps(large)
        // The counter is wired through: every input byte is at least looked at.
        #expect(base >= small.utf8.count / 4, "\(pathological.name): \(base) steps for \(small.utf8.count) bytes")
        #expect(grown <= base * 10, "\(pathological.name): \(base) steps at n, \(grown) at 8n")
    }

    /// The finding that started this test: a 200 KB line of nested markers took seconds; now its steps stay a small
    /// multiple of its length, and it still renders 100,000 nested lists.
    @Test func aHundredThousandNestedListMarkersTakeBoundedSteps() {
        let depth = 100_000
        let source = String(repeating: "- ", count: depth) + "deep"
        let steps = Markdown.parsingSteps(source)
        #expect(steps <= source.utf8.count * 20, "\(steps) steps for \(source.utf8.count) bytes")
        let html = Markdown.html(source)
        #expect(html.components(separatedBy: "<ul>").count == depth + 1)
        #expect(html.contains("<li>deep</li>"))
    }

    /// Pages render on worker threads, whose stacks are small (512 KB for Dispatch's). Nothing in parsing, rendering
    /// or freeing the result may recurse once per nesting level or per delimiter: each pathological input at 8n
    /// renders on a thread with a 512 KB stack (a recursive free of a long delimiter or bracket run crashed here).
    @Test func everyPathologicalInputRendersOnASmallStack() {
        let finished = DispatchSemaphore(value: 0)
        let inputs = Self.cases.map { $0.make(24_000) } + [String(repeating: "- ", count: 20_000) + "deep", String(repeating: ">", count: 50_000) + " deep"]
        let thread = Thread {
            for input in inputs { _ = Markdown.html(input, options: .trusted) }
            finished.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        // A generous bound (the inputs render in well under a second): a hang fails the test instead of the run.
        #expect(finished.wait(timeout: .now() + 300) == .success, "the pathological inputs did not finish rendering")
    }

    @Test func deepNestingDoesNotOverflowTheStack() {
        let depth = 50_000
        let quotes = String(repeating: ">", count: depth) + " deep"
        #expect(Markdown.html(quotes).hasSuffix(String(repeating: "</blockquote>\n", count: 3)))
        let emphasis = String(repeating: "*a **a ", count: depth / 10) + "b" + String(repeating: " a** a*", count: depth / 10)
        #expect(Markdown.html(emphasis).hasPrefix("<p><em>a <strong>a"))
    }
}
