extension BlockParser {
    /// Tries each kind of block start in the spec's order. Returns nil when none matched,
    /// true when a leaf block took the rest of the line, false when a container opened.
    mutating func tryStarts(_ container: inout Node) -> Bool? {
        if let leaf = startBlockQuote() ?? startHeading() ?? startFencedCode() ?? startHTMLBlock(container)
            ?? startTable(container) ?? startSetextHeading(container) ?? startThematicBreak() ?? startFootnote(container)
            ?? startListItem(container) ?? startIndentedCode() {
            container = tip
            return leaf
        }
        return nil
    }

    private mutating func startBlockQuote() -> Bool? {
        guard !indented, peek(nextNonspace) == UInt8(ascii: ">") else { return nil }
        advanceNextNonspace()
        advanceOffset(1, columns: false)
        if let byte = peek(offset), Characters.isSpaceOrTab(byte) { advanceOffset(1, columns: true) }
        closeUnmatchedBlocks()
        addChild(.blockQuote)
        return false
    }

    private mutating func startHeading() -> Bool? {
        guard !indented, peek(nextNonspace) == UInt8(ascii: "#") else { return nil }
        var end = nextNonspace
        while end < line.count && line[end] == UInt8(ascii: "#") { end += 1 }
        let level = end - nextNonspace
        guard level <= 6, end == line.count || Characters.isSpaceOrTab(line[end]) else { return nil }
        advanceNextNonspace()
        advanceOffset(level, columns: false)
        closeUnmatchedBlocks()
        let heading = addChild(.heading)
        heading.level = level
        var text = offset < line.count ? Array(line[offset...]) : []
        // Strip the optional closing sequence: spaces, #s, spaces at the end (and the #s only when preceded by a space).
        var trimEnd = text.count
        while trimEnd > 0 && Characters.isSpaceOrTab(text[trimEnd - 1]) { trimEnd -= 1 }
        var hashes = trimEnd
        while hashes > 0 && text[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < trimEnd {
            if hashes == 0 {
                trimEnd = 0
            } else if Characters.isSpaceOrTab(text[hashes - 1]) {
                trimEnd = hashes
            }
        }
        text = Array(text[..<trimEnd])
        heading.content = text.trimmingWhitespace()
        advanceOffset(line.count - offset, columns: false)
        return true
    }

    private mutating func startFencedCode() -> Bool? {
        guard !indented, let fence = peek(nextNonspace), fence == UInt8(ascii: "`") || fence == UInt8(ascii: "~") else { return nil }
        var end = nextNonspace
        while end < line.count && line[end] == fence { end += 1 }
        let length = end - nextNonspace
        guard length >= 3 else { return nil }
        if fence == UInt8(ascii: "`") && line[end...].contains(UInt8(ascii: "`")) { return nil }
        closeUnmatchedBlocks()
        let code = addChild(.codeBlock)
        code.isFenced = true
        code.fenceLength = length
        code.fenceCharacter = fence
        code.fenceOffset = indent
        advanceNextNonspace()
        advanceOffset(length, columns: false)
        return true
    }

    private mutating func startHTMLBlock(_ container: Node) -> Bool? {
        guard !indented, peek(nextNonspace) == UInt8(ascii: "<") else { return nil }
        let rest = Array(line[nextNonspace...])
        for type in 1...7 {
            guard HTMLBlocks.opens(type: type, line: rest) else { continue }
            if type == 7 && (container.kind == .paragraph || (!allClosed && !blank && tip.kind == .paragraph)) { continue }
            closeUnmatchedBlocks()
            let block = addChild(.htmlBlock)
            block.htmlBlockType = type
            return true
        }
        return nil
    }

    private mutating func startSetextHeading(_ container: Node) -> Bool? {
        guard !indented, container.kind == .paragraph, let marker = peek(nextNonspace),
              marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return nil }
        var end = nextNonspace
        while end < line.count && line[end] == marker { end += 1 }
        while end < line.count && Characters.isSpaceOrTab(line[end]) { end += 1 }
        guard end == line.count else { return nil }
        closeUnmatchedBlocks()
        let consumed = references.parseDefinitions(atStartOf: container.content)
        let content = consumed > 0 ? Array(container.content[consumed...]) : container.content
        guard !content.isEmpty else { return nil }
        let heading = Node(.heading)
        heading.startLine = container.startLine
        heading.level = marker == UInt8(ascii: "=") ? 1 : 2
        heading.content = content
        container.insertAfter(heading)
        container.unlink()
        tip = heading
        advanceOffset(line.count - offset, columns: false)
        return true
    }

    private mutating func startThematicBreak() -> Bool? {
        guard !indented, let marker = peek(nextNonspace),
              marker == UInt8(ascii: "*") || marker == UInt8(ascii: "-") || marker == UInt8(ascii: "_") else { return nil }
        // A break needs the rest of the line to be this marker (three or more) and spaces. Each nested list marker
        // on a line (`- - - … text`) asks again, so the answer comes from tails computed once per line.
        let tails = thematicTails ?? computeThematicTails()
        let tail = tails[marker == UInt8(ascii: "*") ? 0 : marker == UInt8(ascii: "-") ? 1 : 2]
        guard nextNonspace >= tail.start, nextNonspace <= tail.thirdFromEnd else { return nil }
        closeUnmatchedBlocks()
        addChild(.thematicBreak)
        advanceOffset(line.count - offset, columns: false)
        return true
    }

    /// For `*`, `-` and `_`: the start of the line's longest tail made of that marker and spaces or tabs,
    /// and the index of the marker's third occurrence from the end within it (-1 when there are fewer than three).
    private mutating func computeThematicTails() -> [(start: Int, thirdFromEnd: Int)] {
        var tails: [(start: Int, thirdFromEnd: Int)] = []
        for marker in [UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "_")] {
            var start = line.count
            var seen = 0
            var third = -1
            while start > 0 {
                let byte = line[start - 1]
                guard byte == marker || Characters.isSpaceOrTab(byte) else { break }
                steps += 1
                start -= 1
                if byte == marker {
                    seen += 1
                    if seen == 3 { third = start }
                }
            }
            tails.append((start, third))
        }
        thematicTails = tails
        return tails
    }

    private mutating func startListItem(_ container: Node) -> Bool? {
        guard !indented || container.kind == .list, var data = parseListMarker(container) else { return nil }
        closeUnmatchedBlocks()
        if tip.kind != .list || !Self.listsMatch(container.list, data) {
            let list = addChild(.list)
            data.isTight = true
            list.list = data
        }
        let item = addChild(.item)
        item.list = data
        return false
    }

    static func listsMatch(_ a: ListData, _ b: ListData) -> Bool {
        a.kind == b.kind && a.delimiter == b.delimiter && a.bulletCharacter == b.bulletCharacter
    }

    private mutating func parseListMarker(_ container: Node) -> ListData? {
        guard indent < 4 else { return nil }
        var data = ListData()
        data.markerOffset = indent
        var markerLength = 0
        guard let first = peek(nextNonspace) else { return nil }
        if first == UInt8(ascii: "*") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            data.kind = .bullet
            data.bulletCharacter = first
            markerLength = 1
        } else if Characters.isDigit(first) {
            var end = nextNonspace
            while end < line.count && Characters.isDigit(line[end]) && end - nextNonspace < 10 { end += 1 }
            let digits = end - nextNonspace
            guard digits <= 9, end < line.count, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")") else { return nil }
            let start = Int(String(decoding: line[nextNonspace..<end], as: UTF8.self)) ?? 0
            if container.kind == .paragraph && start != 1 { return nil }
            data.kind = .ordered
            data.start = start
            data.delimiter = line[end]
            markerLength = digits + 1
        } else {
            return nil
        }
        let after = nextNonspace + markerLength
        if let next = peek(after), !Characters.isSpaceOrTab(next) { return nil }
        if container.kind == .paragraph && line[after...].allSatisfy(Characters.isSpaceOrTab) { return nil }
        advanceNextNonspace()
        advanceOffset(markerLength, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartColumn < 5 && peek(offset).map(Characters.isSpaceOrTab) == true
        let blankItem = peek(offset) == nil
        let spacesAfterMarker = column - spacesStartColumn
        if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
            data.padding = markerLength + 1
            column = spacesStartColumn
            offset = spacesStartOffset
            if let byte = peek(offset), Characters.isSpaceOrTab(byte) { advanceOffset(1, columns: true) }
        } else {
            data.padding = markerLength + spacesAfterMarker
        }
        return data
    }

    private mutating func startIndentedCode() -> Bool? {
        guard indented, tip.kind != .paragraph, !blank else { return nil }
        advanceOffset(Self.codeIndent, columns: true)
        closeUnmatchedBlocks()
        addChild(.codeBlock)
        return true
    }

    private mutating func startTable(_ container: Node) -> Bool? {
        guard options.gfm, !indented, container.kind == .paragraph, let first = peek(nextNonspace),
              first == UInt8(ascii: "|") || first == UInt8(ascii: "-") || first == UInt8(ascii: ":") else { return nil }
        guard let table = TableBlocks.start(paragraph: container, delimiterLine: Array(line[nextNonspace...])) else { return nil }
        closeUnmatchedBlocks()
        if container.content.isEmpty {
            container.insertAfter(table)
            container.unlink()
        } else {
            container.insertAfter(table)
            finalize(container, line: lineNumber - 1)
        }
        table.startLine = lineNumber
        tip = table
        advanceOffset(line.count - offset, columns: false)
        return true
    }

    private mutating func startFootnote(_ container: Node) -> Bool? {
        // Not in safe mode: database text is shown several fields to a page, and footnote ids would collide.
        guard options.gfm, !options.safe, !indented, container.kind != .paragraph, peek(nextNonspace) == UInt8(ascii: "["),
              let (label, length) = FootnoteBlocks.definitionStart(in: Array(line[nextNonspace...])) else { return nil }
        closeUnmatchedBlocks()
        let definition = addChild(.footnoteDefinition)
        hasFootnoteDefinitions = true
        definition.footnoteLabel = label
        advanceNextNonspace()
        advanceOffset(length, columns: false)
        // Spaces after the colon are stripped: the content starts at the first non-space.
        findNextNonspace()
        advanceNextNonspace()
        return false
    }
}
