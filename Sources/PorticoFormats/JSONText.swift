/// Writing JSON text by hand, byte-exact and deterministic (no dictionary order, no locale).
public enum JSONText {
    /// A JSON string literal. `<`, `>` and `&` are escaped too, so the text is safe inside an HTML `<script>`;
    /// U+2028 and U+2029 too, so it is safe inside JavaScript source.
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        appendEscaped(text, to: &out)
        return out + "\""
    }

    /// Appends the inside of `text`'s string literal (what goes between the quotes), escaped as `quote` escapes it:
    /// what a JSON template's `{{name}}` inside `"…"` writes.
    public static func appendEscaped(_ text: String, to out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }

    /// A JSON object from already-encoded values, keys in the order given.
    public static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
