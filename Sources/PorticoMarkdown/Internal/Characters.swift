/// Byte and character classes the CommonMark spec defines.
enum Characters {
    static let space: UInt8 = 0x20, tab: UInt8 = 0x09, newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D

    @inline(__always) static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// ASCII punctuation: what a backslash can escape.
    @inline(__always) static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    @inline(__always) static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// ASCII whitespace for the spec's "whitespace character" in tags and link syntax.
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn || byte == 0x0C || byte == 0x0B
    }

    @inline(__always) static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    /// Unicode whitespace (Zs, tab, LF, FF, CR) for emphasis flanking.
    static func isUnicodeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        default: return scalar.value > 0x7F && scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// Unicode punctuation (P*) and symbols (S*), as CommonMark 0.31 counts them.
    static func isUnicodePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// The scalar that ends just before `index` in UTF-8 `bytes` (a newline at the start of the text).
    static func scalar(before index: Int, in bytes: [UInt8]) -> Unicode.Scalar {
        guard index > 0 else { return "\n" }
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 && index - start < 4 { start -= 1 }
        return decode(bytes, at: start) ?? "\u{FFFD}"
    }

    /// The scalar starting at `index` (a newline past the end).
    static func scalar(at index: Int, in bytes: [UInt8]) -> Unicode.Scalar {
        guard index < bytes.count else { return "\n" }
        return decode(bytes, at: index) ?? "\u{FFFD}"
    }

    static func decode(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        var length = 0
        var value: UInt32 = 0
        if lead & 0xE0 == 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
        else if lead & 0xF0 == 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
        else if lead & 0xF8 == 0xF0 { length = 4; value = UInt32(lead & 0x07) }
        else { return nil }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }
}

extension Array where Element == UInt8 {
    /// The bytes with leading and trailing spaces, tabs and newlines removed.
    func trimmingWhitespace() -> [UInt8] {
        var start = 0, end = count
        while start < end && Characters.isWhitespace(self[start]) { start += 1 }
        while end > start && Characters.isWhitespace(self[end - 1]) { end -= 1 }
        return Array(self[start..<end])
    }

    func hasPrefix(_ prefix: [UInt8], at index: Int = 0) -> Bool {
        guard index + prefix.count <= count else { return false }
        for offset in 0..<prefix.count where self[index + offset] != prefix[offset] { return false }
        return true
    }

    /// Case-insensitive ASCII prefix test.
    func hasPrefixIgnoringCase(_ prefix: [UInt8], at index: Int = 0) -> Bool {
        guard index + prefix.count <= count else { return false }
        for offset in 0..<prefix.count where Characters.lowercase(self[index + offset]) != prefix[offset] { return false }
        return true
    }

    /// The first index of `needle` at or after `from`, or nil.
    func firstIndex(of needle: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var index = from
        let first = needle[0]
        while index <= count - needle.count {
            if self[index] == first && hasPrefix(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    var isBlankLine: Bool { allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
}
