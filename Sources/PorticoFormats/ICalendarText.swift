/// iCalendar's text rules (RFC 5545): TEXT values escaped (§3.3.11) and content lines folded at 75 octets with
/// CRLF (§3.1), on UTF-8 bytes so a fold never splits a character's bytes.
public enum ICalendarText {
    /// Appends `text` as a TEXT value: `\` `;` `,` escaped with a backslash, a line break as `\n` (CR dropped).
    public static func appendEscaped(_ text: String, to out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                // Other control characters are not allowed in TEXT (§3.3.11 excludes CONTROL); a tab is kept.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `text` escaped as a TEXT value.
    public static func escape(_ text: String) -> String {
        var out = ""
        appendEscaped(text, to: &out)
        return out
    }

    /// A calendar written with `\n` line ends as iCalendar wants it: blank lines dropped, each line folded so no
    /// line exceeds 75 octets (a continuation starts with one space), every line ended by CRLF.
    public static func folded(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + text.utf8.count / 64 * 3 + 2)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let bytes = Array(line.utf8.filter { $0 != UInt8(ascii: "\r") })
            if bytes.isEmpty { continue }
            var start = 0
            var limit = 75
            while bytes.count - start > limit {
                var end = start + limit
                // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
                while end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
                out += bytes[start..<end]
                out += [13, 10, 32]
                start = end
                limit = 74
            }
            out += bytes[start...]
            out += [13, 10]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
