/// Helpers over runs of inline text nodes.
enum InlineText {
    /// Joins neighbouring text nodes, so extensions see text as written.
    static func mergeAdjacentText(in parent: Node) {
        var child = parent.firstChild
        while let current = child {
            if current.kind == .text, let next = current.next, next.kind == .text {
                current.literal.append(contentsOf: next.literal)
                next.unlink()
                continue
            }
            child = current.next
        }
    }

    /// The plain text of a node's inlines (for alt text, heading ids and search), walked without recursion.
    static func plainText(_ node: Node) -> [UInt8] {
        var out: [UInt8] = []
        var stack: [Node] = node.children.reversed()
        while let current = stack.popLast() {
            switch current.kind {
            case .text, .code: out.append(contentsOf: current.literal)
            case .softBreak, .lineBreak: out.append(Characters.space)
            default: break
            }
            stack.append(contentsOf: current.children.reversed())
        }
        return out
    }
}
