/// GFM task list items: `- [ ] todo` and `- [x] done`.
enum TaskLists {
    /// Marks `item` as a task when its first paragraph starts with `[ ]`, `[x]` or `[X]` and whitespace.
    static func mark(_ item: Node, paragraph: Node) {
        InlineText.mergeAdjacentText(in: paragraph)
        guard let text = paragraph.firstChild, text.kind == .text, text.literal.count >= 3,
              text.literal[0] == UInt8(ascii: "["), text.literal[2] == UInt8(ascii: "]"),
              text.literal.count == 3 || Characters.isWhitespace(text.literal[3]) else { return }
        let mark = text.literal[1]
        guard mark == Characters.space || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") else { return }
        item.taskChecked = mark != Characters.space
        text.literal.removeFirst(3)
    }
}
