/// Link destinations as they are written into `href` and `src`: percent-encoded like commonmark.js,
/// and in safe mode stripped of schemes that run code.
enum URLs {
    /// Characters kept as they are; everything else (and `%` not starting an escape) is percent-encoded.
    private static let keep: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789;/?:@&=+$,-_.!~*'()#".utf8) { table[Int(byte)] = true }
        return table
    }()

    private static let hex = Array("0123456789ABCDEF".utf8)

    static func normalize(_ url: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(url.count)
        let hex = Self.hex, keep = Self.keep
        var i = 0
        while i < url.count {
            let byte = url[i]
            if byte == UInt8(ascii: "%") && i + 2 < url.count && Characters.isHexDigit(url[i + 1]) && Characters.isHexDigit(url[i + 2]) {
                out.append(contentsOf: url[i...(i + 2)])
                i += 3
                continue
            }
            if byte < 128 && keep[Int(byte)] {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
            i += 1
        }
        return out
    }

    /// The destination to write: normalized, and empty in safe mode when its scheme could run code.
    static func safeDestination(_ url: [UInt8], safe: Bool, isImage: Bool) -> [UInt8] {
        if safe && isDangerous(url, isImage: isImage) { return [] }
        return normalize(url)
    }

    /// `javascript:`, `vbscript:`, `file:` and `data:` (except images in image sources), however disguised
    /// with case, whitespace or control characters (which browsers ignore in schemes).
    static func isDangerous(_ url: [UInt8], isImage: Bool) -> Bool {
        var scheme: [UInt8] = []
        for byte in url {
            if byte == UInt8(ascii: ":") { break }
            if byte <= 0x20 || byte == 0x7F { continue }
            scheme.append(Characters.lowercase(byte))
            if scheme.count > 32 { return false }
        }
        guard url.contains(UInt8(ascii: ":")) else { return false }
        switch String(decoding: scheme, as: UTF8.self) {
        case "javascript", "vbscript", "file": return true
        case "data":
            guard isImage else { return true }
            let lower = url.map(Characters.lowercase).filter { $0 > 0x20 }
            let allowed = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].map { Array($0.utf8) }
            return !allowed.contains { lower.hasPrefix($0) }
        default:
            return false
        }
    }
}
