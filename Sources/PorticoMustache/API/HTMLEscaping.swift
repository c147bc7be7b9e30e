/// HTML escaping for `{{name}}`: the five characters that can change HTML's meaning.
///
/// It works on UTF-8 bytes, never on `Character`s: a grapheme cluster can join a quote or a bracket with a
/// neighbouring combining mark (`"` + U+0301) or a prepended mark (U+0600 + `<`), and such a cluster is not equal to
/// the bare character, although a browser reads the bare character. The five are ASCII, and no byte of a multi-byte
/// UTF-8 sequence is ASCII, so a byte comparison finds every one of them.
public enum HTMLEscaping {
    /// Appends `text` to `output`, escaping `& < > " '`.
    public static func append(_ text: String, to output: inout String) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let replacement: String
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                // Runs end just before an ASCII byte, so each run is whole scalars of valid UTF-8.
                if runStart < index { output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self) }
                output += replacement
                runStart = index + 1
            }
            if runStart == 0 {
                output += text
            } else if runStart < bytes.count {
                output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
            }
        }
    }

    /// `text` with HTML's special characters escaped.
    public static func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }
}
