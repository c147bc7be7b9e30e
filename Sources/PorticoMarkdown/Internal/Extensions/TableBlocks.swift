/// GFM tables: a header row, a delimiter row of `---`, `:--`, `:-:` or `--:` cells, then body rows.
enum TableBlocks {
    /// Splits a row into cell texts: optional outer pipes, `\|` kept as a literal pipe.
    static func cells(_ line: [UInt8]) -> [[UInt8]] {
        var row = line.trimmingWhitespace()
        if row.first == UInt8(ascii: "|") { row.removeFirst() }
        var cells: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        var endedWithPipe = false
        while i < row.count {
            let c = row[i]
            if c == UInt8(ascii: "\\") && i + 1 < row.count && row[i + 1] == UInt8(ascii: "|") {
                current.append(UInt8(ascii: "|"))
                i += 2
                endedWithPipe = false
                continue
            }
            if c == UInt8(ascii: "|") {
                cells.append(current.trimmingWhitespace())
                current = []
                endedWithPipe = true
            } else {
                current.append(c)
                endedWithPipe = false
            }
            i += 1
        }
        if !endedWithPipe || cells.isEmpty { cells.append(current.trimmingWhitespace()) }
        return cells
    }

    static func alignments(_ line: [UInt8]) -> [TableAlignment]? {
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        var result: [TableAlignment] = []
        for cell in cells(trimmed) {
            guard !cell.isEmpty else { return nil }
            var body = cell[...]
            let left = body.first == UInt8(ascii: ":")
            if left { body = body.dropFirst() }
            let right = body.last == UInt8(ascii: ":")
            if right { body = body.dropLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    /// Turns the paragraph's last line into a table header when `delimiterLine` is a matching delimiter row.
    /// The paragraph keeps its earlier lines. Returns the new table, or nil.
    static func start(paragraph: Node, delimiterLine: [UInt8]) -> Node? {
        guard let alignments = alignments(delimiterLine) else { return nil }
        var content = paragraph.content
        if content.last == Characters.newline { content.removeLast() }
        let lastBreak = content.lastIndex(of: Characters.newline)
        let headerLine = Array(content[(lastBreak.map { $0 + 1 } ?? 0)...])
        guard headerLine.contains(UInt8(ascii: "|")) || delimiterLine.contains(UInt8(ascii: "|")) else { return nil }
        let headerCells = cells(headerLine)
        guard headerCells.count == alignments.count else { return nil }
        let table = Node(.table)
        table.alignments = alignments
        let head = Node(.tableHead)
        head.isOpen = false
        for (index, text) in headerCells.enumerated() {
            let cell = Node(.tableCell)
            cell.isOpen = false
            cell.content = text
            cell.alignment = alignments[index]
            head.appendChild(cell)
        }
        table.appendChild(head)
        paragraph.content = lastBreak.map { Array(content[...$0]) } ?? []
        return table
    }

    /// Adds a body row, padded or cut to the header's width.
    static func addRow(line: [UInt8], to table: Node) {
        let texts = cells(line)
        let row = Node(.tableRow)
        row.isOpen = false
        for (index, alignment) in table.alignments.enumerated() {
            let cell = Node(.tableCell)
            cell.isOpen = false
            cell.content = index < texts.count ? texts[index] : []
            cell.alignment = alignment
            row.appendChild(cell)
        }
        table.appendChild(row)
    }
}
