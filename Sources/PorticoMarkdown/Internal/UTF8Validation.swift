/// Checks bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), eight
/// ASCII bytes at a time: documents are mostly ASCII, and the standard library's check, made when bytes become a
/// String, went a byte at a time and cost as much as parsing a tenth of the document.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false  // continuation bytes, C0 and C1 (overlong), F5 and above
            }
            guard index + length <= count else { return false }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            let second = bytes[index + 1]
            switch lead {
            case 0xE0 where second < 0xA0: return false  // overlong three-byte form
            case 0xED where second > 0x9F: return false  // UTF-16 surrogates
            case 0xF0 where second < 0x90: return false  // overlong four-byte form
            case 0xF4 where second > 0x8F: return false  // above U+10FFFF
            default: break
            }
            index += length
        }
        return true
    }
}
