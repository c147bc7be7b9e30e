/// GFM footnotes: `[^label]` references and `[^label]: text` definitions.
enum FootnoteBlocks {
    /// `[^label]:` at the start of `line`: the label and the length of the marker.
    static func definitionStart(in line: [UInt8]) -> ([UInt8], Int)? {
        guard line.count >= 4, line[0] == UInt8(ascii: "["), line[1] == UInt8(ascii: "^") else { return nil }
        var i = 2
        while i < line.count && line[i] != UInt8(ascii: "]") {
            if Characters.isWhitespace(line[i]) || line[i] == UInt8(ascii: "[") { return nil }
            i += 1
        }
        guard i > 2, i + 1 < line.count, line[i + 1] == UInt8(ascii: ":") else { return nil }
        return (Array(line[2..<i]), i + 2)
    }
}

/// The footnotes of one document: definitions by label, numbered in order of first reference.
final class FootnoteRegistry {
    var definitions: [String: Node] = [:]
    var ordered: [Node] = []
    var referenceCounts: [String: Int] = [:]

    static func key(_ label: [UInt8]) -> String { LinkSyntax.normalize(label[...]) }

    /// Collects definitions and detaches them from the tree; they are rendered at the end.
    init(root: Node) {
        var stack = [root]
        while let node = stack.popLast() {
            var next = node.firstChild
            while let child = next {
                next = child.next
                if child.kind == .footnoteDefinition {
                    let key = Self.key(child.footnoteLabel)
                    if definitions[key] == nil { definitions[key] = child }
                    child.unlink()
                } else if child.isBlock {
                    stack.append(child)
                }
            }
        }
    }
}

enum Footnotes {
    /// `[^label]` at `index` when that footnote is defined.
    static func reference(_ s: [UInt8], at index: Int, registry: FootnoteRegistry?) -> (Node, Int)? {
        guard let registry, index + 2 < s.count, s[index + 1] == UInt8(ascii: "^") else { return nil }
        var i = index + 2
        while i < s.count && s[i] != UInt8(ascii: "]") {
            if Characters.isWhitespace(s[i]) || s[i] == UInt8(ascii: "[") { return nil }
            i += 1
        }
        guard i < s.count, i > index + 2 else { return nil }
        let label = Array(s[(index + 2)..<i])
        let key = FootnoteRegistry.key(label)
        guard let definition = registry.definitions[key] else { return nil }
        if definition.footnoteNumber == 0 {
            registry.ordered.append(definition)
            definition.footnoteNumber = registry.ordered.count
        }
        registry.referenceCounts[key, default: 0] += 1
        let node = Node(.footnoteReference)
        node.footnoteNumber = definition.footnoteNumber
        node.level = registry.referenceCounts[key] ?? 1
        return (node, i + 1)
    }
}
