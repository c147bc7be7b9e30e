/// Whether an open block goes on through the current line.
enum Continuation { case matched, failed, lineConsumed }

extension BlockParser {
    mutating func continueBlock(_ container: Node) -> Continuation {
        switch container.kind {
        case .document, .list, .tableHead, .tableRow, .tableCell:
            return .matched
        case .blockQuote:
            if !indented && peek(nextNonspace) == UInt8(ascii: ">") {
                advanceNextNonspace()
                advanceOffset(1, columns: false)
                if let byte = peek(offset), Characters.isSpaceOrTab(byte) { advanceOffset(1, columns: true) }
                return .matched
            }
            return .failed
        case .item:
            if blank {
                if container.firstChild == nil { return .failed }
                advanceNextNonspace()
            } else if indent >= container.list.markerOffset + container.list.padding {
                advanceOffset(container.list.markerOffset + container.list.padding, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .footnoteDefinition:
            if blank {
                advanceNextNonspace()
            } else if indent >= 4 {
                advanceOffset(4, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .heading, .thematicBreak:
            return .failed
        case .codeBlock:
            if container.isFenced {
                if indent <= 3, peek(nextNonspace) == container.fenceCharacter {
                    var end = nextNonspace
                    while end < line.count && line[end] == container.fenceCharacter { end += 1 }
                    let length = end - nextNonspace
                    var rest = end
                    while rest < line.count && Characters.isSpaceOrTab(line[rest]) { rest += 1 }
                    if length >= container.fenceLength && rest == line.count {
                        finalize(container, line: lineNumber)
                        return .lineConsumed
                    }
                }
                var skip = container.fenceOffset
                while skip > 0, let byte = peek(offset), Characters.isSpaceOrTab(byte) {
                    advanceOffset(1, columns: true)
                    skip -= 1
                }
                return .matched
            }
            if indent >= Self.codeIndent {
                advanceOffset(Self.codeIndent, columns: true)
                return .matched
            }
            if blank {
                advanceNextNonspace()
                return .matched
            }
            return .failed
        case .htmlBlock:
            return blank && (container.htmlBlockType == 6 || container.htmlBlockType == 7) ? .failed : .matched
        case .paragraph:
            return blank ? .failed : .matched
        case .table:
            return blank ? .failed : .matched
        default:
            return .failed
        }
    }

    // MARK: - Finalizing

    mutating func finalize(_ block: Node, line endLine: Int) {
        let above = block.parent
        block.isOpen = false
        switch block.kind {
        case .paragraph:
            let consumed = references.parseDefinitions(atStartOf: block.content)
            if consumed > 0 {
                block.content = Array(block.content[consumed...])
                if block.content.isBlankLine { block.unlink() }
            }
        case .codeBlock:
            if block.isFenced {
                let newline = block.content.firstIndex(of: Characters.newline) ?? block.content.count
                let firstLine = Array(block.content[..<newline])
                block.info = Escapes.unescape(firstLine.trimmingWhitespace())
                block.literal = newline < block.content.count ? block.content[(newline + 1)...] : []
            } else {
                var lines = block.content.split(separator: Characters.newline, omittingEmptySubsequences: false).map(Array.init)
                while let last = lines.last, last.allSatisfy(Characters.isSpaceOrTab) { lines.removeLast() }
                block.literal = (Array(lines.joined(separator: [Characters.newline])) + [Characters.newline])[...]
            }
            block.content = []
        case .htmlBlock:
            var literal = block.content[...]
            if literal.last == Characters.newline { literal = literal.dropLast() }
            block.literal = literal
            block.content = []
        case .list:
            block.list.isTight = Self.isTight(block)
        default:
            break
        }
        tip = above ?? document
    }

    static func isTight(_ list: Node) -> Bool {
        var item = list.firstChild
        while let current = item {
            if endsWithBlankLine(current) && current.next != nil { return false }
            var sub = current.firstChild
            while let subitem = sub {
                if endsWithBlankLine(subitem) && (current.next != nil || subitem.next != nil) { return false }
                sub = subitem.next
            }
            item = current.next
        }
        return true
    }

    static func endsWithBlankLine(_ block: Node) -> Bool {
        var current: Node? = block
        while let node = current {
            if node.lastLineBlank { return true }
            if !node.lastLineChecked && (node.kind == .list || node.kind == .item) {
                node.lastLineChecked = true
                current = node.lastChild
            } else {
                node.lastLineChecked = true
                break
            }
        }
        return false
    }
}
