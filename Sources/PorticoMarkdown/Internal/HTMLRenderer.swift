/// Writes the document tree as HTML, byte for byte as the CommonMark reference renderer does.
struct HTMLRenderer {
    let options: MarkdownOptions
    let document: ParsedDocument
    private var out: [UInt8] = []
    private var disableTags = 0
    private(set) var headings: [MarkdownHeading] = []
    private var usedIDs: [String: Int] = [:]

    /// A destination from the site's root (`/help/`, not `//host/`) placed under `options.rootPath`.
    private func rooted(_ destination: [UInt8]) -> [UInt8] {
        guard let root = options.rootPath, destination.first == UInt8(ascii: "/"),
              destination.count < 2 || destination[1] != UInt8(ascii: "/") else { return destination }
        let prefix = Array(root.utf8)
        return (prefix.last == UInt8(ascii: "/") ? Array(prefix.dropLast()) : prefix) + destination
    }

    init(options: MarkdownOptions, document: ParsedDocument) {
        self.options = options
        self.document = document
    }

    mutating func render() -> String {
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// The HTML as UTF-8 bytes: valid when the source was, since every cut falls on an ASCII byte. `expectedSize`:
    /// room to reserve (HTML is usually a little longer than its Markdown), so a large document's output is not
    /// copied to a buffer twice as large again and again as it grows.
    mutating func renderBytes(expectedSize: Int = 4096) -> [UInt8] {
        out.reserveCapacity(expectedSize)
        renderChildren(document.root)
        renderFootnotes()
        return out
    }

    // MARK: - Output primitives

    @inline(__always) private mutating func literal(_ text: String) { out.append(contentsOf: text.utf8) }

    /// A newline unless the output already ends with one (or is empty).
    private mutating func cr() {
        if let last = out.last, last != Characters.newline { out.append(Characters.newline) }
    }

    private mutating func escaped<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ escaped(buffer: $0) }) != nil { return }
        Array(bytes).withUnsafeBufferPointer { escaped(buffer: $0) }
    }

    /// Copies the runs between the four characters HTML needs escaped in one piece each: most text has none, and a
    /// byte at a time was a tenth of rendering.
    private mutating func escaped(buffer bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<bytes.count {
            let replacement: [UInt8]
            switch bytes[index] {
            case UInt8(ascii: "&"): replacement = Self.ampersand
            case UInt8(ascii: "<"): replacement = Self.lessThan
            case UInt8(ascii: ">"): replacement = Self.greaterThan
            case UInt8(ascii: "\""): replacement = Self.quote
            default: continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            out.append(contentsOf: replacement)
            runStart = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static let ampersand = Array("&amp;".utf8), lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8), quote = Array("&quot;".utf8)

    private mutating func tag(_ text: String) {
        if disableTags == 0 { literal(text) }
    }

    /// Renders the children of `node`, walking the tree through its links (no recursion and no stack,
    /// so nesting depth is unbounded and no bookkeeping is allocated).
    private mutating func renderChildren(_ root: Node) {
        var current = root.firstChild
        while let node = current {
            if enter(node), let child = node.firstChild {
                current = child
                continue
            }
            exit(node)
            var climb: Node? = node
            while let up = climb, up !== root, up.next == nil {
                climb = up.parent
                if let parent = climb, parent !== root { exit(parent) }
            }
            guard let up = climb, up !== root else { return }
            current = up.next
        }
    }

    private func isTight(_ paragraph: Node) -> Bool {
        paragraph.parent?.parent?.kind == .list && paragraph.parent?.parent?.list.isTight == true
    }

    /// Writes what comes before a node's children; returns false for nodes rendered whole here.
    private mutating func enter(_ node: Node) -> Bool {
        switch node.kind {
        case .document, .tableHead, .tableRow, .tableCell, .footnoteDefinition:
            return true
        case .paragraph:
            if !isTight(node) {
                cr()
                literal("<p>")
            }
            return true
        case .heading:
            cr()
            let anchor = options.headingAnchors ? headingID(node) : ""
            literal("<h\(node.level)" + (anchor.isEmpty ? ">" : " id=\"\(anchor)\">"))
            return true
        case .thematicBreak:
            cr()
            literal("<hr />")
            cr()
            return false
        case .blockQuote:
            cr()
            literal("<blockquote>")
            cr()
            return true
        case .list:
            cr()
            if node.list.kind == .bullet {
                literal("<ul>")
            } else {
                literal(node.list.start == 1 ? "<ol>" : "<ol start=\"\(node.list.start)\">")
            }
            cr()
            return true
        case .item:
            literal("<li>")
            if let checked = node.taskChecked {
                if options.exactGitHubMarkup {
                    literal(checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" />" : "<input type=\"checkbox\" disabled=\"\" />")
                } else {
                    // A disabled box still needs a name for screen readers; the item's text follows it.
                    literal(checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"
                                    : "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />")
                }
            }
            return true
        case .codeBlock:
            cr()
            let language = node.info.split(whereSeparator: { $0 == Characters.space || $0 == Characters.tab }).first
            // Code blocks scroll sideways; tabindex lets keyboard users reach and scroll them (WCAG 2.1.1).
            literal(options.exactGitHubMarkup ? "<pre><code" : "<pre tabindex=\"0\"><code")
            if let language, !language.isEmpty {
                literal(" class=\"language-")
                escaped(language)
                literal("\"")
            }
            literal(">")
            escaped(node.literal)
            literal("</code></pre>")
            cr()
            return false
        case .htmlBlock:
            cr()
            if !options.safe { rawHTML(node.literal) }
            cr()
            return false
        case .table:
            renderTable(node)
            return false
        case .text:
            escaped(node.literal)
            return false
        case .softBreak:
            out.append(Characters.newline)
            return false
        case .lineBreak:
            tag("<br />")
            out.append(Characters.newline)
            return false
        case .code:
            tag("<code>")
            escaped(node.literal)
            tag("</code>")
            return false
        case .htmlInline:
            if !options.safe { rawHTML(node.literal) }
            return false
        case .emphasis:
            tag("<em>")
            return true
        case .strong:
            tag("<strong>")
            return true
        case .strikethrough:
            tag("<del>")
            return true
        case .link:
            if disableTags == 0 {
                literal("<a href=\"")
                escaped(URLs.safeDestination(rooted(node.destination), safe: options.safe, isImage: false))
                literal("\"")
                if !node.title.isEmpty {
                    literal(" title=\"")
                    escaped(node.title)
                    literal("\"")
                }
                literal(">")
            }
            return true
        case .image:
            if disableTags == 0 {
                literal("<img src=\"")
                escaped(URLs.safeDestination(rooted(node.destination), safe: options.safe, isImage: true))
                literal("\" alt=\"")
            }
            disableTags += 1
            return true
        case .footnoteReference:
            let n = node.footnoteNumber
            let id = node.level > 1 ? "fnref\(n)-\(node.level)" : "fnref\(n)"
            tag("<sup class=\"footnote-ref\"><a href=\"#fn\(n)\" id=\"\(id)\">\(n)</a></sup>")
            return false
        }
    }

    /// Writes what comes after a node's children (nothing for nodes `enter` rendered whole).
    private mutating func exit(_ node: Node) {
        switch node.kind {
        case .paragraph:
            if !isTight(node) {
                if node.next == nil, let definition = node.parent, definition.kind == .footnoteDefinition { backReference(definition) }
                literal("</p>")
                cr()
            }
        case .heading:
            literal("</h\(node.level)>")
            cr()
        case .blockQuote:
            cr()
            literal("</blockquote>")
            cr()
        case .list:
            cr()
            literal(node.list.kind == .bullet ? "</ul>" : "</ol>")
            cr()
        case .item:
            literal("</li>")
            cr()
        case .emphasis: tag("</em>")
        case .strong: tag("</strong>")
        case .strikethrough: tag("</del>")
        case .link: tag("</a>")
        case .image:
            disableTags -= 1
            if disableTags == 0 {
                literal("\"")
                if !node.title.isEmpty {
                    literal(" title=\"")
                    escaped(node.title)
                    literal("\"")
                }
                literal(" />")
            }
        default:
            break
        }
    }

    /// Raw HTML, with GFM's tag filter: `<` of dangerous tags becomes `&lt;`.
    private mutating func rawHTML(_ html: ArraySlice<UInt8>) {
        guard options.gfm && options.tagFilter else {
            out.append(contentsOf: html)
            return
        }
        let bytes = Array(html)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") && TagFilter.isFiltered(bytes, at: i) {
                literal("&lt;")
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
    }

    private mutating func renderTable(_ table: Node) {
        cr()
        literal("<table>\n")
        var inBody = false
        for row in table.children {
            let header = row.kind == .tableHead
            if header { literal("<thead>\n") } else if !inBody { literal("<tbody>\n"); inBody = true }
            literal("<tr>\n")
            for cell in row.children {
                let name = header ? "th" : "td"
                let alignment: String?
                switch cell.alignment {
                case .none: alignment = nil
                case .left: alignment = "left"
                case .center: alignment = "center"
                case .right: alignment = "right"
                }
                if let alignment {
                    // `align` is obsolete in HTML5; pages use a style, GitHub's exact markup keeps the attribute.
                    literal(options.exactGitHubMarkup ? "<\(name) align=\"\(alignment)\">" : "<\(name) style=\"text-align: \(alignment)\">")
                } else {
                    literal("<\(name)>")
                }
                renderChildren(cell)
                literal("</\(name)>\n")
            }
            literal("</tr>\n")
            if header { literal("</thead>\n") }
        }
        if inBody { literal("</tbody>\n") }
        literal("</table>\n")
    }

    // MARK: - Footnotes

    private mutating func backReference(_ definition: Node) {
        literal(" <a href=\"#fnref\(definition.footnoteNumber)\" class=\"footnote-backref\">↩</a>")
    }

    private mutating func renderFootnotes() {
        guard let registry = document.footnotes, !registry.ordered.isEmpty else { return }
        cr()
        literal("<section class=\"footnotes\">\n<ol>\n")
        for definition in registry.ordered {
            literal("<li id=\"fn\(definition.footnoteNumber)\">\n")
            renderChildren(definition)
            if definition.lastChild?.kind != .paragraph {
                cr()
                literal("<a href=\"#fnref\(definition.footnoteNumber)\" class=\"footnote-backref\">↩</a>\n")
            }
            cr()
            literal("</li>\n")
        }
        literal("</ol>\n</section>\n")
    }

    // MARK: - Heading anchors

    private mutating func headingID(_ node: Node) -> String {
        let text = String(decoding: InlineText.plainText(node), as: UTF8.self)
        var base = HeadingSlug.make(text)
        if base.isEmpty { base = "section" }
        var id = base
        if let count = usedIDs[base] {
            id = "\(base)-\(count)"
            usedIDs[base] = count + 1
        } else {
            usedIDs[base] = 1
        }
        headings.append(MarkdownHeading(level: node.level, text: text, id: id))
        return id
    }
}

/// GFM's disallowed raw HTML tags.
enum TagFilter {
    static let names: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"].map { Array($0.utf8) }

    static func isFiltered(_ s: [UInt8], at index: Int) -> Bool {
        var i = index + 1
        if i < s.count && s[i] == UInt8(ascii: "/") { i += 1 }
        for name in names where s.hasPrefixIgnoringCase(name, at: i) {
            let end = i + name.count
            if end == s.count || Characters.isWhitespace(s[end]) || s[end] == UInt8(ascii: ">") || s.hasPrefix(Array("/>".utf8), at: end) {
                return true
            }
        }
        return false
    }
}

/// Heading ids: lowercase letters, digits and hyphens, stable for a given heading text.
enum HeadingSlug {
    static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                out.append(character)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
