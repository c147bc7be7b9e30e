import PorticoSQLite

/// JSON with sorted keys and no whitespace, so the same record always hashes the same.
public enum CanonicalJSON {
    public static func encode(_ object: [String: DatabaseValue]) -> String {
        var out = "{"
        for (index, key) in object.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            out += quote(key) + ":" + encode(object[key]!)
        }
        return out + "}"
    }

    public static func encode(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let i): return String(i)
        case .real(let d): return d.isFinite ? String(d) : "null"
        case .text(let s): return quote(s)
        case .blob(let bytes): return quote(bytes.map { String(format: "%02x", $0) }.joined())
        }
    }

    /// A JSON string literal. `<`, `>` and `&` are escaped too, so the text is safe inside an HTML `<script>`.
    public static func quote(_ text: String) -> String {
        var out = "\""
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
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

import Foundation
