/// A node of the parsed document: blocks and inlines share one tree, linked like commonmark.js's
/// so that inlines can be moved under emphasis and links in constant time.
final class Node {
    enum Kind: Equatable {
        // Blocks
        case document, blockQuote, list, item, paragraph, heading, thematicBreak, codeBlock, htmlBlock
        case table, tableHead, tableRow, tableCell, footnoteDefinition
        // Inlines
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image, footnoteReference
    }

    let kind: Kind
    // Back pointers are unowned(unsafe): weak references would give every node a side table and slow
    // reference counting several-fold. A parent always outlives its children, and unlink clears both.
    private(set) unowned(unsafe) var parent: Node?
    private(set) var firstChild: Node?
    private(set) var lastChild: Node?
    private(set) var next: Node?
    private(set) unowned(unsafe) var previous: Node?

    // Block parsing state.
    var isOpen = true
    /// Delimiter runs and brackets stay separate text nodes until emphasis and links are resolved.
    var isDelimiterText = false
    var startLine = 0
    var lastLineBlank = false
    var lastLineChecked = false
    /// The raw text lines of a leaf block, joined with newlines.
    var content: [UInt8] = []

    // Kind-specific data.
    /// A text node's bytes usually share its paragraph's buffer (a slice, not a copy): a copy per text node was an
    /// allocation to make and to free for most nodes of the tree.
    var literal: ArraySlice<UInt8> = []
    var level = 0
    var list = ListData()
    var isFenced = false
    var fenceCharacter: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    var htmlBlockType = 0
    var destination: [UInt8] = []
    var title: [UInt8] = []
    var alignment: TableAlignment = .none
    /// Task list items: nil for ordinary items.
    var taskChecked: Bool?
    /// What only code blocks, tables and footnotes carry: nil on every other node. As stored properties these arrays
    /// cost every node a release each when the tree was freed, a sixth of rendering a document.
    private var rare: Rare?

    private final class Rare {
        var info: [UInt8] = []
        var alignments: [TableAlignment] = []
        var footnoteLabel: [UInt8] = []
        var footnoteNumber = 0
    }

    private var writableRare: Rare {
        if let rare { return rare }
        let made = Rare()
        rare = made
        return made
    }

    /// A fenced code block's info string.
    var info: [UInt8] {
        get { rare?.info ?? [] }
        set { writableRare.info = newValue }
    }
    /// Table rows: alignment per column.
    var alignments: [TableAlignment] {
        get { rare?.alignments ?? [] }
        set { writableRare.alignments = newValue }
    }
    /// Footnotes: the label, and the number given at first reference.
    var footnoteLabel: [UInt8] {
        get { rare?.footnoteLabel ?? [] }
        set { writableRare.footnoteLabel = newValue }
    }
    var footnoteNumber: Int {
        get { rare?.footnoteNumber ?? 0 }
        set { writableRare.footnoteNumber = newValue }
    }

    init(_ kind: Kind) { self.kind = kind }

    /// Releases the subtree without recursion, so a deeply nested document cannot overflow the stack: the children
    /// become one chain of siblings, each node's own children spliced in after it before it goes, and the chain is
    /// released from its head (no list of pending nodes to build).
    deinit {
        guard var node = firstChild else { return }
        firstChild = nil
        lastChild = nil
        while true {
            if let child = node.firstChild, let last = node.lastChild {
                last.next = node.next
                node.next = child
                node.firstChild = nil
                node.lastChild = nil
            }
            guard let next = node.next else { return }
            node.next = nil
            node = next
        }
    }

    convenience init(text: ArraySlice<UInt8>) {
        self.init(.text)
        literal = text
    }

    convenience init(text: [UInt8]) {
        self.init(text: text[...])
    }

    var isBlock: Bool {
        switch kind {
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .strikethrough, .link, .image, .footnoteReference: return false
        default: return true
        }
    }

    func appendChild(_ child: Node) {
        // Most children are new nodes, in no tree yet: unlinking them would only cost reference counting.
        if child.parent != nil || child.next != nil || child.previous != nil { child.unlink() }
        child.parent = self
        if let last = lastChild {
            last.next = child
            child.previous = last
            lastChild = child
        } else {
            firstChild = child
            lastChild = child
        }
    }

    func insertAfter(_ sibling: Node) {
        sibling.unlink()
        sibling.next = next
        if let next { next.previous = sibling }
        sibling.previous = self
        next = sibling
        sibling.parent = parent
        if parent?.lastChild === self { parent?.lastChild = sibling }
    }

    func unlink() {
        if let previous { previous.next = next } else if let parent { parent.firstChild = next }
        if let next { next.previous = previous } else if let parent { parent.lastChild = previous }
        parent = nil
        next = nil
        previous = nil
    }

    /// The children as an array (for code that iterates while relinking).
    var children: [Node] {
        var result: [Node] = []
        var child = firstChild
        while let current = child {
            result.append(current)
            child = current.next
        }
        return result
    }
}

/// What a list marker said.
struct ListData: Equatable {
    enum Kind { case bullet, ordered }
    var kind: Kind = .bullet
    var isTight = true
    var bulletCharacter: UInt8 = 0
    var start = 1
    var delimiter: UInt8 = 0
    var padding = 0
    var markerOffset = 0
}

enum TableAlignment { case none, left, center, right }
