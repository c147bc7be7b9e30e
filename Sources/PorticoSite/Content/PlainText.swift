/// Plain text from HTML, for search indexes and excerpts.
public enum PlainText {
    /// Inline elements: their tags join text without a space (`<code>x</code>.` reads `x.`).
    static let inlineTags: [[UInt8]] = ["a", "abbr", "b", "code", "del", "em", "i", "kbd", "mark", "s", "small", "span", "strong", "sub", "sup", "u"]
        .map { Array($0.utf8) }

    /// Whether a tag's name (ASCII letters and digits, any case) is one of `inlineTags`, compared byte by byte: a page
    /// has hundreds of tags, and a string per name was a tenth of this function's time.
    private static func isInlineTag(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count <= 6 else { return false }
        return inlineTags.contains { tag in
            tag.count == name.count && zip(tag, name).allSatisfy { $0 == ($1 | 0x20) }
        }
    }

    /// The entities the HTML renderer writes, decoded back.
    static let entities: [(name: [UInt8], text: [UInt8])] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Drops tags (a block tag counts as a space), decodes the few entities the renderer writes, and collapses
    /// whitespace. One pass over the UTF-8 bytes: this runs on every page of every build.
    public static func fromHTML(_ html: String) -> String {
        convert(html, stopAfterBytes: Int.max)
    }

    /// The first `characters` characters of `fromHTML(html)` (all of it when shorter), converting only as much of
    /// the page as that takes: excerpts and search snippets need a few hundred characters of pages of thousands.
    public static func prefix(ofHTML html: String, characters: Int) -> String {
        // At most four bytes a scalar: this many bytes hold `characters + 1` characters unless clusters of several
        // scalars (combining marks, emoji sequences) intervene, and then the whole page is converted. One character
        // more than asked is needed: where a character ends is decided by the scalars before and the one after it,
        // so with a whole character after the last one asked for, that one ends where it does in the whole text.
        let part = convert(html, stopAfterBytes: 4 * (characters + 1))
        if let end = part.index(part.startIndex, offsetBy: characters, limitedBy: part.endIndex), end != part.endIndex {
            return String(part[..<end])
        }
        return String(fromHTML(html).prefix(characters))
    }

    private static func convert(_ html: String, stopAfterBytes limit: Int) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, limit))
            var lastWasSpace = true
            var index = 0
            func space() { if !lastWasSpace { out.append(0x20); lastWasSpace = true } }
            while index < bytes.count {
                let byte = bytes[index]
                // Stops between scalars, never inside one: a character's end is decided by the scalar after it.
                if out.count >= limit && byte & 0xC0 != 0x80 { break }
                switch byte {
                case UInt8(ascii: "<"):
                    var end = index + 1
                    while end < bytes.count && bytes[end] != UInt8(ascii: ">") { end += 1 }
                    var nameStart = index + 1
                    while nameStart < end && bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
                    var nameEnd = nameStart
                    while nameEnd < end && (isASCIILetterOrDigit(bytes[nameEnd])) { nameEnd += 1 }
                    if end < bytes.count && !isInlineTag(UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])) { space() }
                    index = end + 1
                    continue
                case UInt8(ascii: "&"):
                    if let entity = entities.first(where: { matches($0.name, bytes, at: index) }) {
                        out.append(contentsOf: entity.text)
                        lastWasSpace = false
                        index += entity.name.count
                        continue
                    }
                case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20:
                    space()
                    index += 1
                    continue
                case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0):
                    space()  // NEL and no-break space count as whitespace, as they did when this worked on Characters
                    index += 2
                    continue
                default:
                    break
                }
                out.append(byte)
                lastWasSpace = false
                index += 1
            }
            while out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func matches(_ pattern: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The text cut at a word boundary to at most `maximum` characters, with an ellipsis when cut.
    /// Looks at no more than `maximum + 1` characters, however long the text.
    public static func excerpt(_ text: String, maximum: Int) -> String {
        guard let end = text.index(text.startIndex, offsetBy: maximum, limitedBy: text.endIndex), end != text.endIndex else { return text }
        let cut = text[..<end]
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + "…" }
        return String(cut) + "…"
    }
}
