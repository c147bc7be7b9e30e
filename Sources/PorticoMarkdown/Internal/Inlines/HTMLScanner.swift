/// Hand-written matchers for raw HTML (CommonMark section 6.6), returning the index just past the match.
enum HTMLScanner {
    /// Any raw HTML construct starting at `index` (which holds `<`).
    static func rawHTML(_ s: [UInt8], at index: Int) -> Int? {
        guard index + 1 < s.count else { return nil }
        switch s[index + 1] {
        case UInt8(ascii: "/"): return closingTag(s, at: index)
        case UInt8(ascii: "?"): return processingInstruction(s, at: index)
        case UInt8(ascii: "!"): return comment(s, at: index) ?? cdata(s, at: index) ?? declaration(s, at: index)
        default: return openTag(s, at: index)
        }
    }

    /// True when `index` starts a comment, processing instruction, CDATA section or declaration, whose
    /// failure to match means no terminator follows.
    static func startsConstruct(_ s: [UInt8], at index: Int) -> Bool {
        s.hasPrefix(Array("<!--".utf8), at: index) || s.hasPrefix(Array("<?".utf8), at: index)
            || s.hasPrefix(Array("<![CDATA[".utf8), at: index)
            || (index + 2 < s.count && s[index + 1] == UInt8(ascii: "!") && Characters.isASCIILetter(s[index + 2]))
    }

    static func tagName(_ s: [UInt8], at index: Int) -> Int? {
        guard index < s.count, Characters.isASCIILetter(s[index]) else { return nil }
        var i = index + 1
        while i < s.count && (Characters.isASCIIAlphanumeric(s[i]) || s[i] == UInt8(ascii: "-")) { i += 1 }
        return i
    }

    /// Skips whitespace (spaces, tabs, at most one line ending); returns the new index and whether any was skipped.
    static func skipWhitespace(_ s: [UInt8], at index: Int) -> Int {
        var i = index
        while i < s.count && Characters.isWhitespace(s[i]) { i += 1 }
        return i
    }

    static func openTag(_ s: [UInt8], at index: Int) -> Int? {
        guard index < s.count, s[index] == UInt8(ascii: "<"), var i = tagName(s, at: index + 1) else { return nil }
        while true {
            let afterSpace = skipWhitespace(s, at: i)
            guard afterSpace > i, let nameEnd = attributeName(s, at: afterSpace) else { i = afterSpace; break }
            i = nameEnd
            let beforeEquals = skipWhitespace(s, at: i)
            if beforeEquals < s.count && s[beforeEquals] == UInt8(ascii: "=") {
                let valueStart = skipWhitespace(s, at: beforeEquals + 1)
                guard let valueEnd = attributeValue(s, at: valueStart) else { return nil }
                i = valueEnd
            }
        }
        if i < s.count && s[i] == UInt8(ascii: "/") { i += 1 }
        guard i < s.count, s[i] == UInt8(ascii: ">") else { return nil }
        return i + 1
    }

    static func attributeName(_ s: [UInt8], at index: Int) -> Int? {
        guard index < s.count else { return nil }
        let first = s[index]
        guard Characters.isASCIILetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") else { return nil }
        var i = index + 1
        while i < s.count {
            let c = s[i]
            if Characters.isASCIIAlphanumeric(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "-") {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    static func attributeValue(_ s: [UInt8], at index: Int) -> Int? {
        guard index < s.count else { return nil }
        let quote = s[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var i = index + 1
            while i < s.count && s[i] != quote { i += 1 }
            return i < s.count ? i + 1 : nil
        }
        var i = index
        while i < s.count {
            let c = s[i]
            if c <= 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "=") || c == UInt8(ascii: "<")
                || c == UInt8(ascii: ">") || c == UInt8(ascii: "`") { break }
            i += 1
        }
        return i > index ? i : nil
    }

    static func closingTag(_ s: [UInt8], at index: Int) -> Int? {
        guard s.hasPrefix([UInt8(ascii: "<"), UInt8(ascii: "/")], at: index), let nameEnd = tagName(s, at: index + 2) else { return nil }
        let i = skipWhitespace(s, at: nameEnd)
        guard i < s.count, s[i] == UInt8(ascii: ">") else { return nil }
        return i + 1
    }

    static func comment(_ s: [UInt8], at index: Int) -> Int? {
        guard s.hasPrefix(Array("<!--".utf8), at: index) else { return nil }
        if s.hasPrefix(Array("<!-->".utf8), at: index) { return index + 5 }
        if s.hasPrefix(Array("<!--->".utf8), at: index) { return index + 6 }
        guard let end = s.firstIndex(of: Array("-->".utf8), from: index + 4) else { return nil }
        return end + 3
    }

    static func processingInstruction(_ s: [UInt8], at index: Int) -> Int? {
        guard let end = s.firstIndex(of: Array("?>".utf8), from: index + 2) else { return nil }
        return end + 2
    }

    static func declaration(_ s: [UInt8], at index: Int) -> Int? {
        guard index + 2 < s.count, Characters.isASCIILetter(s[index + 2]) else { return nil }
        var i = index + 3
        while i < s.count && s[i] != UInt8(ascii: ">") { i += 1 }
        return i < s.count ? i + 1 : nil
    }

    static func cdata(_ s: [UInt8], at index: Int) -> Int? {
        guard s.hasPrefix(Array("<![CDATA[".utf8), at: index), let end = s.firstIndex(of: Array("]]>".utf8), from: index + 9) else { return nil }
        return end + 3
    }
}
