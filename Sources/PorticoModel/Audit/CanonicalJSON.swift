import Foundation
import PorticoFormats
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

    static func quote(_ text: String) -> String { JSONText.quote(text) }
}
