/// Backslash escapes and entity references in link destinations, titles and info strings.
enum Escapes {
    /// Replaces `\!`-style escapes and `&name;` references with the characters they stand for.
    static func unescape(_ s: [UInt8]) -> [UInt8] {
        guard s.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\\"), i + 1 < s.count, Characters.isASCIIPunctuation(s[i + 1]) {
                out.append(s[i + 1])
                i += 2
            } else if c == UInt8(ascii: "&"), let (decoded, length) = Entities.decode(s, at: i) {
                out.append(contentsOf: decoded)
                i += length
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }
}

/// HTML character references: named (the HTML5 table), decimal and hexadecimal.
enum Entities {
    /// Decodes the reference starting at `index` (which holds `&`): its UTF-8 bytes and the length consumed.
    static func decode(_ s: [UInt8], at index: Int) -> ([UInt8], Int)? {
        var i = index + 1
        guard i < s.count else { return nil }
        if s[i] == UInt8(ascii: "#") {
            i += 1
            var value: UInt32 = 0
            var digits = 0
            if i < s.count && (s[i] == UInt8(ascii: "x") || s[i] == UInt8(ascii: "X")) {
                i += 1
                while i < s.count && Characters.isHexDigit(s[i]) && digits < 7 {
                    let c = s[i]
                    let digit = Characters.isDigit(c) ? c - 48 : Characters.lowercase(c) - 87
                    value = value * 16 + UInt32(digit)
                    digits += 1
                    i += 1
                }
                guard digits >= 1 && digits <= 6 else { return nil }
            } else {
                while i < s.count && Characters.isDigit(s[i]) && digits < 8 {
                    value = value * 10 + UInt32(s[i] - 48)
                    digits += 1
                    i += 1
                }
                guard digits >= 1 && digits <= 7 else { return nil }
            }
            guard i < s.count, s[i] == UInt8(ascii: ";") else { return nil }
            let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
            return (Array(String(Character(scalar)).utf8), i + 1 - index)
        }
        let start = i
        while i < s.count && Characters.isASCIIAlphanumeric(s[i]) && i - start <= 32 { i += 1 }
        guard i > start, i < s.count, s[i] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: s[start..<i], as: UTF8.self)
        guard let value = EntityTable.named[name] else { return nil }
        return (Array(value.utf8), i + 1 - index)
    }
}
