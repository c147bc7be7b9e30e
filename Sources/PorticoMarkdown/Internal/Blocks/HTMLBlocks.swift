/// The seven kinds of HTML block start and their end conditions (CommonMark 0.31.2, section 4.6).
enum HTMLBlocks {
    static let rawTags: [[UInt8]] = ["script", "pre", "textarea", "style"].map { Array($0.utf8) }
    static let blockTags: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    /// Whether `line` (starting at `<`) opens an HTML block of `type`.
    static func opens(type: Int, line: [UInt8]) -> Bool {
        switch type {
        case 1:
            for tag in rawTags where line.hasPrefixIgnoringCase([UInt8(ascii: "<")] + tag) {
                let after = 1 + tag.count
                if after == line.count || Characters.isWhitespace(line[after]) || line[after] == UInt8(ascii: ">") { return true }
            }
            return false
        case 2: return line.hasPrefix(Array("<!--".utf8))
        case 3: return line.hasPrefix(Array("<?".utf8))
        case 4: return line.count > 2 && line[1] == UInt8(ascii: "!") && Characters.isASCIILetter(line[2])
        case 5: return line.hasPrefix(Array("<![CDATA[".utf8))
        case 6:
            var index = 1
            if index < line.count && line[index] == UInt8(ascii: "/") { index += 1 }
            let nameStart = index
            while index < line.count && Characters.isASCIIAlphanumeric(line[index]) { index += 1 }
            let name = line[nameStart..<index].map(Characters.lowercase)
            guard blockTags.contains(name) else { return false }
            if index == line.count || Characters.isWhitespace(line[index]) || line[index] == UInt8(ascii: ">") { return true }
            return line.hasPrefix(Array("/>".utf8), at: index)
        case 7:
            guard let end = HTMLScanner.openTag(line, at: 0) ?? HTMLScanner.closingTag(line, at: 0) else { return false }
            return line[end...].allSatisfy(Characters.isWhitespace)
        default:
            return false
        }
    }

    /// Whether `line` holds the end condition of an HTML block of `type` (1 to 5).
    static func closes(type: Int, line: [UInt8]) -> Bool {
        switch type {
        case 1:
            let lower = line.map(Characters.lowercase)
            return rawTags.contains { lower.firstIndex(of: Array("</".utf8) + $0 + [UInt8(ascii: ">")], from: 0) != nil }
        case 2: return line.firstIndex(of: Array("-->".utf8), from: 0) != nil
        case 3: return line.firstIndex(of: Array("?>".utf8), from: 0) != nil
        case 4: return line.contains(UInt8(ascii: ">"))
        case 5: return line.firstIndex(of: Array("]]>".utf8), from: 0) != nil
        default: return false
        }
    }
}
