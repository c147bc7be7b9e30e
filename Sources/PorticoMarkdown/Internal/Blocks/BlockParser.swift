/// The block phase of CommonMark parsing (the algorithm of the spec's appendix, as commonmark.js implements it):
/// each line first continues the open blocks it can, then may start new ones, then its text goes to the deepest block.
struct BlockParser {
    let options: MarkdownOptions
    var document = Node(.document)
    var tip: Node
    var oldTip: Node
    var lastMatchedContainer: Node
    var line: [UInt8] = []
    var lineNumber = 0
    var offset = 0
    var column = 0
    var nextNonspace = 0
    var nextNonspaceColumn = 0
    var indent = 0
    var indented = false
    var blank = false
    var partiallyConsumedTab = false
    var allClosed = true
    var references = ReferenceMap()
    var hasFootnoteDefinitions = false
    /// Work done so far (lines, containers visited, bytes scanned), so tests can prove the parser stays linear.
    var steps = 0
    /// Per line, for each thematic-break character: where the tail made only of it and spaces begins, and where
    /// its third-last occurrence is. Computed once per line, so a line of many nested markers is not rescanned.
    var thematicTails: [(start: Int, thirdFromEnd: Int)]?

    static let codeIndent = 4

    init(options: MarkdownOptions) {
        self.options = options
        tip = document
        oldTip = document
        lastMatchedContainer = document
        document.startLine = 1
    }

    /// Parses a whole document: blocks, then link reference definitions, then inlines.
    mutating func parse(_ source: String) -> ParsedDocument {
        parse(bytes: Array(source.utf8))
    }

    /// Parses well-formed UTF-8.
    mutating func parse(bytes source: [UInt8]) -> ParsedDocument {
        var bytes = source
        if bytes.contains(0) {
            bytes = bytes.flatMap { $0 == 0 ? [0xEF, 0xBF, 0xBD] : [$0] }
        }
        var start = 0
        let count = bytes.count
        while start < count {
            // The line's end, found through a buffer pointer (no bounds check per byte of the document).
            let end = bytes.withUnsafeBufferPointer { buffer in
                var index = start
                while index < count && buffer[index] != Characters.newline && buffer[index] != Characters.carriageReturn { index += 1 }
                return index
            }
            incorporate(bytes[start..<end])
            guard end < count else { break }
            start = bytes[end] == Characters.carriageReturn && end + 1 < count && bytes[end + 1] == Characters.newline ? end + 2 : end + 1
        }
        while tip !== document { finalize(tip, line: lineNumber) }
        finalize(document, line: lineNumber)
        var inlines = InlineParser(references: references, options: options, hasFootnoteDefinitions: hasFootnoteDefinitions)
        inlines.processInlines(in: document)
        return ParsedDocument(root: document, references: references, footnotes: inlines.footnotes, steps: steps + inlines.steps)
    }

    // MARK: - Position helpers

    mutating func findNextNonspace() {
        var index = offset
        var columns = column
        while index < line.count {
            steps += 1
            let byte = line[index]
            if byte == Characters.space {
                index += 1
                columns += 1
            } else if byte == Characters.tab {
                index += 1
                columns += 4 - (columns % 4)
            } else {
                break
            }
        }
        blank = index >= line.count
        nextNonspace = index
        nextNonspaceColumn = columns
        indent = nextNonspaceColumn - column
        indented = indent >= Self.codeIndent
    }

    mutating func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 && offset < line.count {
            steps += 1
            if line[offset] == Characters.tab {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let charsToAdvance = min(charsToTab, count)
                    column += charsToAdvance
                    offset += partiallyConsumedTab ? 0 : 1
                    count -= charsToAdvance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    func peek(_ index: Int) -> UInt8? { index < line.count ? line[index] : nil }

    // MARK: - Tree building

    mutating func addLine() {
        if partiallyConsumedTab {
            offset += 1
            let charsToTab = 4 - (column % 4)
            tip.content.append(contentsOf: [UInt8](repeating: Characters.space, count: charsToTab))
        }
        if offset < line.count {
            tip.content.append(contentsOf: line[offset...])
            steps += line.count - offset
        }
        tip.content.append(Characters.newline)
    }

    @discardableResult
    mutating func addChild(_ kind: Node.Kind) -> Node {
        while !Self.canContain(tip.kind, kind) { finalize(tip, line: lineNumber - 1) }
        let node = Node(kind)
        node.startLine = lineNumber
        tip.appendChild(node)
        tip = node
        return node
    }

    static func canContain(_ parent: Node.Kind, _ child: Node.Kind) -> Bool {
        switch parent {
        case .document, .blockQuote, .item, .footnoteDefinition: return child != .item
        case .list: return child == .item
        default: return false
        }
    }

    static func acceptsLines(_ kind: Node.Kind) -> Bool {
        kind == .paragraph || kind == .codeBlock || kind == .htmlBlock
    }

    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip !== lastMatchedContainer {
            guard let parent = oldTip.parent else { break }
            finalize(oldTip, line: lineNumber - 1)
            oldTip = parent
        }
        allClosed = true
    }

    // MARK: - Lines

    mutating func incorporate(_ newLine: ArraySlice<UInt8>) {
        var container = document
        oldTip = tip
        offset = 0
        column = 0
        blank = false
        partiallyConsumedTab = false
        lineNumber += 1
        // One buffer for every line: a new array per line was an allocation per line of the document.
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: newLine)
        thematicTails = nil
        steps += 1

        var allMatched = true
        while let last = container.lastChild, last.isOpen {
            steps += 1
            container = last
            findNextNonspace()
            switch continueBlock(container) {
            case .matched: break
            case .failed: allMatched = false
            case .lineConsumed: return
            }
            if !allMatched {
                container = container.parent ?? document
                break
            }
        }

        allClosed = container === oldTip
        lastMatchedContainer = container
        var matchedLeaf = container.kind != .paragraph && Self.acceptsLines(container.kind)
        if container.kind == .table { matchedLeaf = false }

        while !matchedLeaf {
            findNextNonspace()
            if !indented, let byte = peek(nextNonspace), !Self.maybeSpecial(byte) {
                advanceNextNonspace()
                break
            }
            if !indented && peek(nextNonspace) == nil {
                advanceNextNonspace()
                break
            }
            guard let leaf = tryStarts(&container) else {
                advanceNextNonspace()
                break
            }
            if leaf { matchedLeaf = true }
        }

        if !allClosed && !blank && tip.kind == .paragraph {
            addLine()
        } else {
            closeUnmatchedBlocks()
            if blank, let last = container.lastChild { last.lastLineBlank = true }
            let kind = container.kind
            let lastLineBlank = blank && !(kind == .blockQuote || (kind == .codeBlock && container.isFenced)
                || (kind == .item && container.firstChild == nil && container.startLine == lineNumber))
            var propagate: Node? = container
            while let current = propagate {
                steps += 1
                current.lastLineBlank = lastLineBlank
                propagate = current.parent
            }
            if Self.acceptsLines(kind) {
                addLine()
                if kind == .htmlBlock, (1...5).contains(container.htmlBlockType),
                   HTMLBlocks.closes(type: container.htmlBlockType, line: Array(line[min(offset, line.count)...])) {
                    finalize(container, line: lineNumber)
                }
            } else if kind == .table, !blank, container.startLine != lineNumber {
                TableBlocks.addRow(line: Array(line[min(offset, line.count)...]), to: container)
            } else if offset < line.count && !blank {
                addChild(.paragraph)
                advanceNextNonspace()
                addLine()
            }
        }
    }

    /// Characters that can begin a block other than a paragraph.
    static func maybeSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"),
             UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ":"),
             UInt8(ascii: "["):
            return true
        default:
            return Characters.isDigit(byte)
        }
    }
}

/// The result of parsing: the tree, and the link reference definitions found.
struct ParsedDocument {
    let root: Node
    let references: ReferenceMap
    let footnotes: FootnoteRegistry?
    /// The parsing work done, for complexity tests.
    let steps: Int
}
