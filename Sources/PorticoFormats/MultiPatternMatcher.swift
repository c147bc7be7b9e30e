/// Finds every occurrence of many byte patterns in one pass over a text (Aho–Corasick), so scanning a built site
/// for thousands of private values costs the size of the site, not sites × values. Matching is ASCII
/// case-insensitive when asked (emails and names are found whatever their case).
public struct MultiPatternMatcher: Sendable {
    private struct Node: Sendable {
        var next: [UInt8: Int32] = [:]
        var failure: Int32 = 0
        /// The nearest node along the failure chain that ends a pattern (-1: none).
        var outputLink: Int32 = -1
        var patterns: [Int32] = []
    }

    private var nodes: [Node] = [Node()]
    /// The root's transitions as a table: most bytes of a text leave from the root.
    private var rootNext = [Int32](repeating: 0, count: 256)
    public let caseInsensitive: Bool
    public let patternCount: Int

    /// Builds the automaton. Empty patterns are ignored.
    public init(patterns: [[UInt8]], caseInsensitive: Bool) {
        self.caseInsensitive = caseInsensitive
        patternCount = patterns.count
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                let byte = caseInsensitive ? Self.lower(byte) : byte
                if let next = nodes[state].next[byte] {
                    state = Int(next)
                } else {
                    nodes.append(Node())
                    nodes[state].next[byte] = Int32(nodes.count - 1)
                    state = nodes.count - 1
                }
            }
            nodes[state].patterns.append(Int32(index))
        }
        for (byte, next) in nodes[0].next { rootNext[Int(byte)] = next }
        // Breadth first: a node's failure is the longest proper suffix of its path that is also a path.
        var queue: [Int32] = Array(nodes[0].next.values).sorted()
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            for (byte, child) in nodes[state].next.sorted(by: { $0.key < $1.key }) {
                var fallback = Int(nodes[state].failure)
                while fallback != 0 && nodes[fallback].next[byte] == nil { fallback = Int(nodes[fallback].failure) }
                var failure = state == 0 ? 0 : Int(nodes[fallback].next[byte] ?? 0)
                if failure == Int(child) { failure = 0 }
                nodes[Int(child)].failure = Int32(failure)
                nodes[Int(child)].outputLink = nodes[failure].patterns.isEmpty ? nodes[failure].outputLink : Int32(failure)
                queue.append(child)
            }
        }
    }

    /// Calls `found` with the index of each pattern occurring in `text` (once per occurrence).
    public func scan(_ text: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Void) {
        var state = 0
        for raw in text {
            let byte = caseInsensitive ? Self.lower(raw) : raw
            while true {
                if state == 0 { state = Int(rootNext[Int(byte)]); break }
                if let next = nodes[state].next[byte] { state = Int(next); break }
                state = Int(nodes[state].failure)
            }
            var output = nodes[state].patterns.isEmpty ? Int(nodes[state].outputLink) : state
            while output > 0 {
                for pattern in nodes[output].patterns { found(Int(pattern)) }
                output = Int(nodes[output].outputLink)
            }
        }
    }

    /// The indexes of the patterns occurring in `bytes` at least once.
    public func patternsFound(in bytes: [UInt8]) -> Set<Int> {
        var found = Set<Int>()
        bytes.withUnsafeBufferPointer { scan($0) { found.insert($0) } }
        return found
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
