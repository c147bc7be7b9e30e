/// Autolinks: `<scheme:…>` and `<email>` from CommonMark, and GFM's extended autolinks
/// (`www.`, `http://`, `https://`, `ftp://` and bare emails), found in text after inline parsing.
enum Autolinks {
    /// `<http://…>` or `<user@example.org>` at `index`.
    static func angleAutolink(_ s: [UInt8], at index: Int) -> (Node, Int)? {
        var i = index + 1
        // URI autolink: scheme of 2–32 characters, a colon, then no spaces, controls or angle brackets.
        if i < s.count, Characters.isASCIILetter(s[i]) {
            var j = i + 1
            while j < s.count && j - i < 33 && (Characters.isASCIIAlphanumeric(s[j]) || s[j] == UInt8(ascii: "+") || s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: "-")) { j += 1 }
            let schemeLength = j - i
            if schemeLength >= 2 && schemeLength <= 32 && j < s.count && s[j] == UInt8(ascii: ":") {
                var k = j + 1
                while k < s.count && s[k] > 0x20 && s[k] != UInt8(ascii: "<") && s[k] != UInt8(ascii: ">") && s[k] != 0x7F { k += 1 }
                if k < s.count && s[k] == UInt8(ascii: ">") {
                    let text = Array(s[i..<k])
                    return (link(destination: text, text: text), k + 1)
                }
            }
        }
        // Email autolink.
        let localStart = i
        while i < s.count && (Characters.isASCIIAlphanumeric(s[i]) || ".!#$%&'*+/=?^_`{|}~-".utf8.contains(s[i])) { i += 1 }
        guard i > localStart, i < s.count, s[i] == UInt8(ascii: "@") else { return nil }
        i += 1
        var labelStart = i
        while true {
            guard i < s.count, Characters.isASCIIAlphanumeric(s[i]) else { return nil }
            while i < s.count && (Characters.isASCIIAlphanumeric(s[i]) || s[i] == UInt8(ascii: "-")) && i - labelStart < 63 { i += 1 }
            guard s[i - 1] != UInt8(ascii: "-") else { return nil }
            if i < s.count && s[i] == UInt8(ascii: ".") {
                i += 1
                labelStart = i
                continue
            }
            break
        }
        guard i < s.count, s[i] == UInt8(ascii: ">") else { return nil }
        let address = Array(s[localStart..<i])
        return (link(destination: Array("mailto:".utf8) + address, text: address), i + 1)
    }

    static func link(destination: [UInt8], text: [UInt8]) -> Node {
        let node = Node(.link)
        node.destination = destination
        node.appendChild(Node(text: text))
        return node
    }

    // MARK: - Extended autolinks

    /// Links bare URLs and emails in every text node that is not already inside a link or image.
    static func apply(in root: Node) {
        // Nested inlines wait in `pending`, which stays empty (never allocated) for a paragraph of plain text.
        var pending: [Node] = []
        var node = root
        while true {
            if node.kind != .link && node.kind != .image {
                InlineText.mergeAdjacentText(in: node)
                var child = node.firstChild
                while let current = child {
                    child = current.next
                    if current.kind == .text {
                        if mayHoldAutolink(current.literal) { linkify(current) }
                    } else if current.firstChild != nil {
                        pending.append(current)
                    }
                }
            }
            guard let next = pending.popLast() else { return }
            node = next
        }
    }

    /// A cheap test before the real scan: an extended autolink needs `www.`, `:` or `@` (not just a `.`, which most
    /// sentences have).
    private static func mayHoldAutolink(_ s: ArraySlice<UInt8>) -> Bool {
        for index in s.indices {
            switch s[index] {
            case UInt8(ascii: ":"), UInt8(ascii: "@"):
                return true
            case UInt8(ascii: ".") where index - s.startIndex >= 3 && s[index - 3] == UInt8(ascii: "w")
                && s[index - 2] == UInt8(ascii: "w") && s[index - 1] == UInt8(ascii: "w"):
                return true
            default:
                continue
            }
        }
        return false
    }

    private static func linkify(_ textNode: Node) {
        let s = Array(textNode.literal)
        var matches: [(start: Int, end: Int, destination: [UInt8])] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            var match: (Int, Int, [UInt8])?
            if c == UInt8(ascii: "w") { match = www(s, at: i) }
            else if c == UInt8(ascii: ":") { match = url(s, at: i) }
            else if c == UInt8(ascii: "@") { match = email(s, at: i) }
            if let found = match, found.0 >= (matches.last?.end ?? 0) {
                matches.append((found.0, found.1, found.2))
                i = found.1
            } else {
                i += 1
            }
        }
        guard !matches.isEmpty else { return }
        var anchor = textNode
        var position = 0
        for match in matches {
            if match.start > position {
                let text = Node(text: Array(s[position..<match.start]))
                anchor.insertAfter(text)
                anchor = text
            }
            let linkNode = link(destination: match.destination, text: Array(s[match.start..<match.end]))
            anchor.insertAfter(linkNode)
            anchor = linkNode
            position = match.end
        }
        if position < s.count { anchor.insertAfter(Node(text: Array(s[position...]))) }
        textNode.unlink()
    }

    private static func www(_ s: [UInt8], at i: Int) -> (Int, Int, [UInt8])? {
        guard s.hasPrefix(Array("www.".utf8), at: i) else { return nil }
        if i > 0 {
            let previous = s[i - 1]
            guard Characters.isWhitespace(previous) || "*_~(".utf8.contains(previous) else { return nil }
        }
        let domainEnd = checkDomain(s, from: i, allowShort: false)
        guard domainEnd > i else { return nil }
        var end = domainEnd
        while end < s.count && !Characters.isWhitespace(s[end]) && s[end] != UInt8(ascii: "<") { end += 1 }
        end = trimDelimiters(s, start: i, end: end)
        guard end > i else { return nil }
        return (i, end, Array("http://".utf8) + s[i..<end])
    }

    private static func url(_ s: [UInt8], at colon: Int) -> (Int, Int, [UInt8])? {
        var start = colon
        while start > 0 && Characters.isASCIILetter(s[start - 1]) && colon - start < 5 { start -= 1 }
        let scheme = String(decoding: s[start..<colon], as: UTF8.self)
        guard ["http", "https", "ftp"].contains(scheme), s.hasPrefix(Array("://".utf8), at: colon) else { return nil }
        if start > 0 && Characters.isASCIILetter(s[start - 1]) { return nil }
        let domainStart = colon + 3
        let domainEnd = checkDomain(s, from: domainStart, allowShort: true)
        guard domainEnd > domainStart else { return nil }
        var end = domainEnd
        while end < s.count && !Characters.isWhitespace(s[end]) && s[end] != UInt8(ascii: "<") { end += 1 }
        end = trimDelimiters(s, start: start, end: end)
        guard end > domainStart else { return nil }
        return (start, end, Array(s[start..<end]))
    }

    private static func email(_ s: [UInt8], at: Int) -> (Int, Int, [UInt8])? {
        var start = at
        while start > 0 {
            let c = s[start - 1]
            if Characters.isASCIIAlphanumeric(c) || ".+-_".utf8.contains(c) { start -= 1; continue }
            if c == UInt8(ascii: "/") { return nil }
            break
        }
        guard start < at else { return nil }
        var end = at
        var ats = 0
        var dots = 0
        while end < s.count {
            let c = s[end]
            if Characters.isASCIIAlphanumeric(c) {
            } else if c == UInt8(ascii: "@") {
                ats += 1
            } else if c == UInt8(ascii: "."), end + 1 < s.count, Characters.isASCIIAlphanumeric(s[end + 1]) {
                dots += 1
            } else if c != UInt8(ascii: "-") && c != UInt8(ascii: "_") {
                break
            }
            end += 1
        }
        guard end - at >= 2, ats == 1, dots > 0, Characters.isASCIILetter(s[end - 1]) || s[end - 1] == UInt8(ascii: ".") else { return nil }
        end = trimDelimiters(s, start: at, end: end)
        guard end > at + 1 else { return nil }
        return (start, end, Array("mailto:".utf8) + s[start..<end])
    }

    /// The end of a valid domain starting at `from`: labels of letters, digits, `-` and `_`, with a dot
    /// (unless `allowShort`), and no underscore in the last two labels. Returns `from` when invalid.
    private static func checkDomain(_ s: [UInt8], from: Int, allowShort: Bool) -> Int {
        var i = from
        var dots = 0
        var underscoresBeforeLastDot = 0
        var underscoresSinceDot = 0
        guard i < s.count else { return from }
        i += 1
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\\") && i + 1 < s.count { i += 1 }
            if c == UInt8(ascii: "_") {
                underscoresSinceDot += 1
            } else if c == UInt8(ascii: ".") {
                underscoresBeforeLastDot = underscoresSinceDot
                underscoresSinceDot = 0
                dots += 1
            } else if c != UInt8(ascii: "-") && !isHostCharacter(s, at: i) {
                break
            }
            i += 1
        }
        if underscoresBeforeLastDot > 0 || underscoresSinceDot > 0 { return from }
        return allowShort || dots > 0 ? i : from
    }

    private static func isHostCharacter(_ s: [UInt8], at i: Int) -> Bool {
        let scalar = Characters.scalar(at: i, in: s)
        return !Characters.isUnicodeWhitespace(scalar) && !Characters.isUnicodePunctuation(scalar)
    }

    /// Drops trailing punctuation, an entity-like `&name;` tail, and unbalanced closing parentheses.
    private static func trimDelimiters(_ s: [UInt8], start: Int, end: Int) -> Int {
        var end = end
        if let lessThan = s[start..<end].firstIndex(of: UInt8(ascii: "<")) { end = lessThan }
        while end > start {
            let last = s[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var newEnd = end - 2
                while newEnd > start && Characters.isASCIILetter(s[newEnd]) { newEnd -= 1 }
                if newEnd < end - 2 && s[newEnd] == UInt8(ascii: "&") { end = newEnd } else { end -= 1 }
            } else if last == UInt8(ascii: ")") {
                var opening = 0, closing = 0
                for c in s[start..<end] {
                    if c == UInt8(ascii: "(") { opening += 1 } else if c == UInt8(ascii: ")") { closing += 1 }
                }
                if closing <= opening { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }
}
