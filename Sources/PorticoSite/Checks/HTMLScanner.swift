/// Reads the start tags of an HTML page (name, attributes with entities decoded, byte offset) and the text of its
/// `<title>`, skipping comments, doctype, end tags and the raw text of `script` and `style`: what a link checker
/// needs, without building a tree. Tolerant as browsers are: unquoted, single- and double-quoted values, bare names.
struct HTMLScanner {
    /// One start tag.
    struct Tag {
        let name: String
        let attributes: [String: String]
        /// Where the `<` is, in bytes from the start of the page.
        let offset: Int
    }

    private(set) var tags: [Tag] = []
    private(set) var title: String?

    init(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        func starts(with text: String, at position: Int, caseInsensitive: Bool = false) -> Bool {
            let pattern = Array(text.utf8)
            guard position + pattern.count <= count else { return false }
            for (offset, byte) in pattern.enumerated() {
                let actual = bytes[position + offset]
                if caseInsensitive ? (actual | 0x20) != (byte | 0x20) : actual != byte { return false }
            }
            return true
        }
        func skip(past text: String, from position: Int, caseInsensitive: Bool = false) -> Int {
            var position = position
            while position < count && !starts(with: text, at: position, caseInsensitive: caseInsensitive) { position += 1 }
            return min(count, position + text.utf8.count)
        }
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if starts(with: "<!--", at: index) { index = skip(past: "-->", from: index + 4); continue }
            if starts(with: "<!", at: index) || starts(with: "<?", at: index) || starts(with: "</", at: index) {
                index = skip(past: ">", from: index + 2)
                continue
            }
            guard index + 1 < count, Self.isLetter(bytes[index + 1]) else { index += 1; continue }
            let start = index
            index += 1
            var nameBytes: [UInt8] = []
            while index < count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
                nameBytes.append(bytes[index] | (Self.isUpper(bytes[index]) ? 0x20 : 0))
                index += 1
            }
            var attributes: [String: String] = [:]
            while index < count, bytes[index] != UInt8(ascii: ">") {
                if Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1; continue }
                var attributeName: [UInt8] = []
                while index < count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "="),
                      !(bytes[index] == UInt8(ascii: "/") && attributeName.isEmpty == false) {
                    attributeName.append(bytes[index] | (Self.isUpper(bytes[index]) ? 0x20 : 0))
                    index += 1
                }
                while index < count, Self.isSpace(bytes[index]) { index += 1 }
                var value: [UInt8] = []
                if index < count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < count, Self.isSpace(bytes[index]) { index += 1 }
                    if index < count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        let quote = bytes[index]
                        index += 1
                        while index < count, bytes[index] != quote { value.append(bytes[index]); index += 1 }
                        index += 1
                    } else {
                        while index < count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { value.append(bytes[index]); index += 1 }
                    }
                }
                let key = String(decoding: attributeName, as: UTF8.self)
                // The first of two same-named attributes wins, as in browsers.
                if !key.isEmpty && attributes[key] == nil { attributes[key] = Self.decodeEntities(String(decoding: value, as: UTF8.self)) }
            }
            index += 1
            let name = String(decoding: nameBytes, as: UTF8.self)
            tags.append(Tag(name: name, attributes: attributes, offset: start))
            if name == "script" || name == "style" || name == "title" || name == "textarea" {
                let textStart = min(index, count)
                index = skip(past: "</\(name)", from: textStart, caseInsensitive: true)
                if name == "title" && title == nil {
                    let end = max(textStart, index - name.utf8.count - 2)
                    title = Self.decodeEntities(String(decoding: bytes[textStart..<end], as: UTF8.self)).trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }

    /// Decodes the character references a generator writes in attributes and titles (named basics and numeric).
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semicolon]
                var decoded: String?
                switch name {
                case "amp": decoded = "&"
                case "lt": decoded = "<"
                case "gt": decoded = ">"
                case "quot": decoded = "\""
                case "apos": decoded = "'"
                case "nbsp": decoded = "\u{A0}"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16) { decoded = Unicode.Scalar(code).map { String($0) } }
                    else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()) { decoded = Unicode.Scalar(code).map { String($0) } }
                }
                if let decoded {
                    result += decoded
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }
}

import Foundation
