/// GFM task list items: `- [ ] todo` and `- [x] done`.
enum TaskLists {
    /// Marks `item` as a task when its first paragraph starts with `[ ]`, `[x]` or `[X]` and whitespace.
    static func mark(_ item: Node, paragraph: Node) {
        InlineText.mergeAdjacentText(in: paragraph)
        guard let text = paragraph.firstChild, text.kind == .text, text.literal.count >= 3 else { return }
        let bytes = Array(text.literal.prefix(4))
        guard bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"),
              bytes.count == 3 || Characters.isWhitespace(bytes[3]) else { return }
        let mark = bytes[1]
        guard mark == Characters.space || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") else { return }
        item.taskChecked = mark != Characters.space
        text.literal = text.literal.dropFirst(3)
    }
}
