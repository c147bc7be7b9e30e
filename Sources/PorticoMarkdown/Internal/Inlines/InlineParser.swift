/// An entry on the emphasis delimiter stack. The stack owns its entries through `previous` (from the top down);
/// `next` points back up without owning, so the stack never forms a retain cycle.
final class Delimiter {
    let character: UInt8
    var count: Int
    let originalCount: Int
    let node: Node
    var previous: Delimiter?
    /// Not owning: an entry above this one is alive while it is on the stack, and `next` is only followed then.
    unowned(unsafe) var next: Delimiter?
    let canOpen: Bool
    let canClose: Bool

    init(character: UInt8, count: Int, node: Node, previous: Delimiter?, canOpen: Bool, canClose: Bool) {
        self.character = character
        self.count = count
        self.originalCount = count
        self.node = node
        self.previous = previous
        self.canOpen = canOpen
        self.canClose = canClose
    }
}

/// An entry on the bracket stack: a `[` or `![` that may open a link or image.
final class Bracket {
    let node: Node
    /// Variable only so `releaseBrackets` can unlink the stack one entry at a time.
    var previous: Bracket?
    let previousDelimiter: Delimiter?
    let index: Int
    let isImage: Bool
    var isActive = true
    var bracketAfter = false

    init(node: Node, previous: Bracket?, previousDelimiter: Delimiter?, index: Int, isImage: Bool) {
        self.node = node
        self.previous = previous
        self.previousDelimiter = previousDelimiter
        self.index = index
        self.isImage = isImage
    }
}

/// The inline phase: turns each paragraph's and heading's text into inline nodes
/// (the delimiter-stack algorithm of the spec's appendix, linear in the input).
struct InlineParser {
    let references: ReferenceMap
    let options: MarkdownOptions
    var subject: [UInt8] = []
    var position = 0
    var delimiters: Delimiter?
    var brackets: Bracket?
    /// Code span closers, found as cmark finds them: where the last backtick run of each length seen starts, and
    /// whether a search has reached the end of the subject (after which a length whose last run starts before the
    /// position has no closer there). A search either finds a closer, and the text up to it is consumed, or reaches
    /// the end once: linear in the paragraph.
    var lastBacktickRun: [Int: Int] = [:]
    var backticksScannedToEnd = false
    /// Where a search for an HTML terminator (`-->`, `?>`, `]]>`, `>`) already failed: none exists after it.
    var unterminatedHTML: [UInt8: Int] = [:]
    /// The document's footnote definitions (GFM only).
    var footnotes: FootnoteRegistry?
    /// Set by the block parser when it met a `[^label]:` definition; without one no footnotes are looked for.
    let hasFootnoteDefinitions: Bool
    /// Work done so far: bytes consumed, stack entries visited, bytes scanned by raw HTML searches (complexity tests).
    var steps = 0

    init(references: ReferenceMap, options: MarkdownOptions, hasFootnoteDefinitions: Bool = false) {
        self.references = references
        self.options = options
        self.hasFootnoteDefinitions = hasFootnoteDefinitions
    }

    /// Parses the inline content of every paragraph, heading and table cell below `root`.
    mutating func processInlines(in root: Node) {
        var stack = [root]
        if options.gfm && hasFootnoteDefinitions {
            let registry = FootnoteRegistry(root: root)
            footnotes = registry
            stack.insert(contentsOf: registry.definitions.values.sorted { $0.startLine > $1.startLine }, at: 0)
        }
        while let node = stack.popLast() {
            switch node.kind {
            case .paragraph, .heading, .tableCell:
                parse(node.content, into: node)
                node.content = []
                if options.gfm {
                    Autolinks.apply(in: node)
                    if node.kind == .paragraph, let item = node.parent, item.kind == .item, item.firstChild === node {
                        TaskLists.mark(item, paragraph: node)
                    }
                }
            default:
                var child = node.lastChild
                while let current = child {
                    stack.append(current)
                    child = current.previous
                }
            }
        }
    }

    mutating func parse(_ content: [UInt8], into block: Node) {
        var text = content
        while let last = text.last, Characters.isWhitespace(last) { text.removeLast() }
        subject = text
        position = 0
        delimiters = nil
        brackets = nil
        lastBacktickRun = [:]
        backticksScannedToEnd = false
        unterminatedHTML = [:]
        while position < subject.count {
            let before = position
            parseInline(into: block)
            steps += 1 + position - before
        }
        processEmphasis(stackBottom: nil)
        releaseBrackets()
    }

    /// Drops the unclosed openers one at a time: releasing a chain of thousands at once would free it recursively,
    /// one stack frame per entry.
    mutating func releaseBrackets() {
        var bracket = brackets
        brackets = nil
        while let current = bracket {
            bracket = current.previous
            current.previous = nil
        }
    }

    @inline(__always) func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < subject.count ? subject[position + offset] : nil
    }

    mutating func parseInline(into block: Node) {
        let c = subject[position]
        switch c {
        case Characters.newline: parseNewline(into: block)
        case UInt8(ascii: "\\"): parseBackslash(into: block)
        case UInt8(ascii: "`"): parseBackticks(into: block)
        case UInt8(ascii: "*"), UInt8(ascii: "_"): handleDelimiters(c, into: block)
        case UInt8(ascii: "~") where options.gfm: handleDelimiters(c, into: block)
        case UInt8(ascii: "["): parseOpenBracket(into: block)
        case UInt8(ascii: "!"): parseBang(into: block)
        case UInt8(ascii: "]"): parseCloseBracket(into: block)
        case UInt8(ascii: "<"): parseLessThan(into: block)
        case UInt8(ascii: "&"): parseEntity(into: block)
        default: parseText(into: block)
        }
    }

    @inline(__always) static func isSpecial(_ c: UInt8, gfm: Bool) -> Bool {
        switch c {
        case Characters.newline, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "!"), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "&"):
            return true
        case UInt8(ascii: "~"): return gfm
        default: return false
        }
    }

    mutating func parseText(into block: Node) {
        let start = position
        position += 1
        while position < subject.count && !Self.isSpecial(subject[position], gfm: options.gfm) { position += 1 }
        Self.appendText(subject[start..<position], to: block)
    }

    // Static: the parser's state is not needed, and calling an instance method from a mutating one with an argument
    // read from `subject` made Swift copy the whole parser (and retain everything it holds) on every call.
    static func appendText(_ bytes: ArraySlice<UInt8>, to block: Node) {
        if let last = block.lastChild, last.kind == .text, !last.isDelimiterText {
            last.literal.append(contentsOf: bytes)
        } else {
            block.appendChild(Node(text: bytes))
        }
    }

    static func appendText(_ bytes: [UInt8], to block: Node) {
        Self.appendText(bytes[...], to: block)
    }

    mutating func parseNewline(into block: Node) {
        position += 1
        if let last = block.lastChild, last.kind == .text, last.literal.last == Characters.space {
            var trailing = 0
            while trailing < last.literal.count && last.literal[last.literal.endIndex - 1 - trailing] == Characters.space { trailing += 1 }
            last.literal = last.literal.dropLast(trailing)
            block.appendChild(Node(trailing >= 2 ? .lineBreak : .softBreak))
        } else {
            block.appendChild(Node(.softBreak))
        }
        while position < subject.count && Characters.isSpaceOrTab(subject[position]) { position += 1 }
    }

    mutating func parseBackslash(into block: Node) {
        position += 1
        if let next = peek(), next == Characters.newline {
            position += 1
            block.appendChild(Node(.lineBreak))
            while position < subject.count && Characters.isSpaceOrTab(subject[position]) { position += 1 }
        } else if let next = peek(), Characters.isASCIIPunctuation(next) {
            position += 1
            Self.appendText([next], to: block)
        } else {
            Self.appendText([UInt8(ascii: "\\")], to: block)
        }
    }

    mutating func parseBackticks(into block: Node) {
        let start = position
        while position < subject.count && subject[position] == UInt8(ascii: "`") { position += 1 }
        let length = position - start
        let afterOpen = position
        if let close = findClosingBackticks(length: length, from: afterOpen) {
            var content = Array(subject[afterOpen..<close]).map { $0 == Characters.newline ? Characters.space : $0 }
            if content.count >= 2, content.first == Characters.space, content.last == Characters.space,
               content.contains(where: { $0 != Characters.space }) {
                content = Array(content[1..<(content.count - 1)])
            }
            let code = Node(.code)
            code.literal = content[...]
            block.appendChild(code)
            position = close + length
        } else {
            Self.appendText(subject[start..<afterOpen], to: block)
        }
    }

    /// Finds a closing run of exactly `length` backticks at or after `from` (just after an opening run).
    mutating func findClosingBackticks(length: Int, from: Int) -> Int? {
        if backticksScannedToEnd && (lastBacktickRun[length] ?? -1) < from { return nil }
        var index = from
        while index < subject.count {
            guard subject[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let runStart = index
            while index < subject.count && subject[index] == UInt8(ascii: "`") { index += 1 }
            lastBacktickRun[index - runStart] = runStart
            if index - runStart == length {
                steps += index - from
                return runStart
            }
        }
        steps += subject.count - from
        backticksScannedToEnd = true
        return nil
    }

    mutating func parseEntity(into block: Node) {
        if let (decoded, length) = Entities.decode(subject, at: position) {
            position += length
            Self.appendText(decoded, to: block)
        } else {
            position += 1
            Self.appendText([UInt8(ascii: "&")], to: block)
        }
    }

    mutating func parseLessThan(into block: Node) {
        if let (node, end) = Autolinks.angleAutolink(subject, at: position) {
            block.appendChild(node)
            position = end
            return
        }
        if let end = rawHTML(at: position) {
            let html = Node(.htmlInline)
            html.literal = subject[position..<end]
            block.appendChild(html)
            position = end
            return
        }
        position += 1
        Self.appendText([UInt8(ascii: "<")], to: block)
    }
}

extension InlineParser {
    /// Raw HTML at `index`, remembering terminators known to be absent so that many unclosed
    /// comments or processing instructions do not rescan the rest of the paragraph each time.
    mutating func rawHTML(at index: Int) -> Int? {
        guard index + 1 < subject.count else { return nil }
        var kind = subject[index + 1]
        if kind == UInt8(ascii: "!") && index + 2 < subject.count {
            if subject[index + 2] == UInt8(ascii: "-") { kind = UInt8(ascii: "-") }
            else if subject[index + 2] == UInt8(ascii: "[") { kind = UInt8(ascii: "[") }
        }
        let scansToEnd = kind == UInt8(ascii: "-") || kind == UInt8(ascii: "?") || kind == UInt8(ascii: "[") || kind == UInt8(ascii: "!")
        if scansToEnd, let failedFrom = unterminatedHTML[kind], failedFrom <= index { return nil }
        let end = HTMLScanner.rawHTML(subject, at: index)
        // Constructs that search for a terminator scan to the end of the paragraph when it is absent.
        steps += end.map { $0 - index } ?? (scansToEnd ? subject.count - index : 1)
        if end == nil && scansToEnd && HTMLScanner.startsConstruct(subject, at: index) { unterminatedHTML[kind] = index }
        return end
    }
}
