/// How a block of postings is written in the search index: one JSON string of base-64 variable-length numbers, for
/// each posting the gap from the previous document (documents in increasing order) and how far its impact is below the
/// block's highest, which the shard lists beside the block. Both numbers are small (a block's documents are spread
/// over the whole index; impacts in a later block are close to each other), so a posting takes three to five
/// characters where decimal pairs took nine. A number is written five bits a character, most significant first; every
/// character but the last has 32 added. The alphabet needs no escaping in JSON or URLs. search.js decodes the same.
public enum PostingCodec {
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)
    static let values: [Int] = {
        var table = [Int](repeating: -1, count: 128)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = value }
        return table
    }()

    /// `block`: (document, impact) pairs, impacts at most `highest`.
    static func encode(_ block: [(Int, Int)], highest: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(block.count * 5)
        var previous = 0
        for (document, impact) in block.sorted(by: { $0.0 < $1.0 }) {
            append(document - previous, to: &bytes)
            append(highest - impact, to: &bytes)
            previous = document
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ number: Int, to bytes: inout [UInt8]) {
        var groups = [number & 31]
        var rest = number >> 5
        while rest > 0 { groups.append(32 | (rest & 31)); rest >>= 5 }
        for group in groups.reversed() { bytes.append(alphabet[group]) }
    }

    /// The (document, impact) pairs of an encoded block whose highest impact is `highest`; nil if it is malformed.
    public static func decode(_ text: String, highest: Int) -> [(Int, Int)]? {
        var result: [(Int, Int)] = []
        var document = 0, value = 0, isImpact = false, isPending = false
        for byte in text.utf8 {
            guard byte < 128, case let digit = values[Int(byte)], digit >= 0 else { return nil }
            value = value * 32 + (digit & 31)
            isPending = digit >= 32
            if isPending { continue }
            if isImpact { result.append((document, highest - value)) } else { document += value }
            isImpact.toggle()
            value = 0
        }
        return isImpact || isPending ? nil : result
    }
}
