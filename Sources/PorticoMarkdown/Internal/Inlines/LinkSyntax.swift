/// Link labels, destinations and titles (CommonMark section 6.3), shared by inline links and reference definitions.
enum LinkSyntax {
    /// `[label]` starting at `index`: the index just past `]`, or nil. Labels hold at most 999 characters and no unescaped brackets.
    static func label(_ s: [UInt8], at index: Int) -> Int? {
        guard index < s.count, s[index] == UInt8(ascii: "[") else { return nil }
        var i = index + 1
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\\") && i + 1 < s.count {
                i += 2
            } else if c == UInt8(ascii: "[") {
                return nil
            } else if c == UInt8(ascii: "]") {
                return i - index <= 1000 ? i + 1 : nil
            } else {
                i += 1
            }
            if i - index > 1001 { return nil }
        }
        return nil
    }

    /// A destination at `index`: `<…>` or a run without spaces and with balanced parentheses. Returns it unescaped, and the end.
    static func destination(_ s: [UInt8], at index: Int) -> ([UInt8], Int)? {
        if index < s.count && s[index] == UInt8(ascii: "<") {
            var i = index + 1
            while i < s.count {
                let c = s[i]
                if c == UInt8(ascii: "\\") && i + 1 < s.count && Characters.isASCIIPunctuation(s[i + 1]) {
                    i += 2
                } else if c == UInt8(ascii: ">") {
                    return (Escapes.unescape(Array(s[(index + 1)..<i])), i + 1)
                } else if c == UInt8(ascii: "<") || c == Characters.newline || c == Characters.carriageReturn {
                    return nil
                } else {
                    i += 1
                }
            }
            return nil
        }
        var i = index
        var depth = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\\") && i + 1 < s.count && Characters.isASCIIPunctuation(s[i + 1]) {
                i += 2
            } else if c == UInt8(ascii: "(") {
                depth += 1
                if depth > 32 { return nil }
                i += 1
            } else if c == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
                i += 1
            } else if c <= 0x20 || c == 0x7F {
                break
            } else {
                i += 1
            }
        }
        if i == index && !(i < s.count && s[i] == UInt8(ascii: ")")) { return nil }
        guard depth == 0 else { return nil }
        return (Escapes.unescape(Array(s[index..<i])), i)
    }

    /// A title at `index`: `"…"`, `'…'` or `(…)`. Returns it unescaped, and the end.
    static func title(_ s: [UInt8], at index: Int) -> ([UInt8], Int)? {
        guard index < s.count else { return nil }
        let open = s[index]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""): close = open
        case UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var i = index + 1
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\\") && i + 1 < s.count && Characters.isASCIIPunctuation(s[i + 1]) {
                i += 2
            } else if c == close {
                return (Escapes.unescape(Array(s[(index + 1)..<i])), i + 1)
            } else if open == UInt8(ascii: "(") && c == UInt8(ascii: "(") {
                return nil
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Skips spaces and tabs, then at most one line ending and the spaces after it.
    static func skipSpacesAndNewline(_ s: [UInt8], at index: Int) -> Int {
        var i = index
        while i < s.count && Characters.isSpaceOrTab(s[i]) { i += 1 }
        if i < s.count && s[i] == Characters.newline {
            i += 1
            while i < s.count && Characters.isSpaceOrTab(s[i]) { i += 1 }
        }
        return i
    }

    /// The matching form of a label: brackets dropped, whitespace collapsed, Unicode case folded.
    static func normalize(_ label: ArraySlice<UInt8>) -> String {
        var collapsed: [UInt8] = []
        var pendingSpace = false
        for c in label {
            if Characters.isWhitespace(c) {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(Characters.space) }
                pendingSpace = false
                collapsed.append(c)
            }
        }
        // lowercased, uppercased, lowercased: folds ẞ and ß to "ss" as full case folding does.
        return String(decoding: collapsed, as: UTF8.self).lowercased().uppercased().lowercased()
    }
}

/// A link reference definition's target.
struct LinkReference {
    let destination: [UInt8]
    let title: [UInt8]
}

/// Link reference definitions by normalized label; the first definition of a label wins.
struct ReferenceMap {
    private(set) var references: [String: LinkReference] = [:]

    subscript(label: String) -> LinkReference? { references[label] }

    /// Parses the definitions at the start of a paragraph's text; returns the bytes they take.
    mutating func parseDefinitions(atStartOf s: [UInt8]) -> Int {
        var offset = 0
        while offset < s.count, s[offset] == UInt8(ascii: "["), let end = parseDefinition(s, at: offset) { offset = end }
        return offset
    }

    /// Parses one definition at `start`; adds it and returns the index after it, or nil.
    mutating func parseDefinition(_ s: [UInt8], at start: Int) -> Int? {
        guard let labelEnd = LinkSyntax.label(s, at: start), labelEnd < s.count, s[labelEnd] == UInt8(ascii: ":") else { return nil }
        let normalized = LinkSyntax.normalize(s[(start + 1)..<(labelEnd - 1)])
        guard !normalized.isEmpty else { return nil }
        let destinationStart = LinkSyntax.skipSpacesAndNewline(s, at: labelEnd + 1)
        guard let (destination, destinationEnd) = LinkSyntax.destination(s, at: destinationStart) else { return nil }
        if destinationStart < s.count && s[destinationStart] != UInt8(ascii: "<") && destinationEnd == destinationStart { return nil }
        let beforeTitle = destinationEnd
        let titleStart = LinkSyntax.skipSpacesAndNewline(s, at: beforeTitle)
        var end = beforeTitle
        var title: [UInt8] = []
        if titleStart > beforeTitle, let (parsedTitle, titleEnd) = LinkSyntax.title(s, at: titleStart), Self.atLineEnd(s, titleEnd) != nil {
            title = parsedTitle
            end = Self.atLineEnd(s, titleEnd)!
        } else if let lineEnd = Self.atLineEnd(s, beforeTitle) {
            end = lineEnd
        } else {
            return nil
        }
        if references[normalized] == nil { references[normalized] = LinkReference(destination: destination, title: title) }
        return end
    }

    /// When only spaces remain before the end of the line at `index`: the index after the line ending.
    private static func atLineEnd(_ s: [UInt8], _ index: Int) -> Int? {
        var i = index
        while i < s.count && Characters.isSpaceOrTab(s[i]) { i += 1 }
        if i == s.count { return i }
        return s[i] == Characters.newline ? i + 1 : nil
    }
}
