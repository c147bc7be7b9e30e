/// GFM task list items: `- [ ] todo` and `- [x] done`.
enum TaskLists {
    static func apply(in root: Node) {
        var stack = [root]
        while let node = stack.popLast() {
            if node.kind == .item, let paragraph = node.firstChild, paragraph.kind == .paragraph {
                InlineText.mergeAdjacentText(in: paragraph)
                if let text = paragraph.firstChild, text.kind == .text, text.literal.count >= 3,
                   text.literal[0] == UInt8(ascii: "["), text.literal[2] == UInt8(ascii: "]"),
                   text.literal.count == 3 || Characters.isWhitespace(text.literal[3]) {
                    let mark = text.literal[1]
                    if mark == Characters.space || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") {
                        node.taskChecked = mark != Characters.space
                        text.literal.removeFirst(3)
                    }
                }
            }
            stack.append(contentsOf: node.children.filter(\.isBlock))
        }
    }
}
