/// Reads gzip (RFC 1952) streams of one or more members, inflating DEFLATE data (RFC 1951: stored, fixed and dynamic
/// Huffman blocks) as it goes: input is pulled a chunk at a time and output pushed in chunks, keeping only the
/// 32 KiB window back-references need, so a gigabyte of compressed access log streams in bounded memory. Each
/// member's CRC-32 and length are checked.
public struct GzipDecoder {
    /// Why a stream is not gzip, with the byte offset in the compressed input where that was found.
    public struct DecodeError: Error, CustomStringConvertible, Equatable {
        public let offset: Int
        public let reason: String
        public var description: String { "not valid gzip at byte \(offset): \(reason)" }
    }

    private let read: () throws -> [UInt8]?
    private var input: [UInt8] = []
    private var position = 0
    /// Bytes consumed before `input`.
    private var consumedBefore = 0
    private var bitBuffer: UInt32 = 0
    private var bitCount = 0
    private var window: [UInt8] = []
    private var flushed = 0
    private let write: ([UInt8]) throws -> Void
    private var crc: UInt32 = 0xffff_ffff
    private var memberLength: UInt32 = 0

    /// The output is written in pieces of about this size (the window is kept behind them).
    static let chunk = 1 << 16
    static let windowSize = 1 << 15

    private init(read: @escaping () throws -> [UInt8]?, write: @escaping ([UInt8]) throws -> Void) {
        self.read = read
        self.write = write
    }

    /// Decodes the gzip stream `read` returns a chunk at a time (nil at its end), handing the decompressed bytes to
    /// `write` in order.
    public static func decode(read: @escaping () throws -> [UInt8]?, write: @escaping ([UInt8]) throws -> Void) throws {
        var decoder = GzipDecoder(read: read, write: write)
        try decoder.run()
    }

    /// The whole decompressed content of `bytes` (for tests and small files).
    public static func decompress(_ bytes: [UInt8]) throws -> [UInt8] {
        var given = false
        var out: [UInt8] = []
        try decode(read: { defer { given = true }; return given ? nil : bytes }, write: { out += $0 })
        return out
    }

    private var offset: Int { consumedBefore + position }

    private func failure(_ reason: String) -> DecodeError { DecodeError(offset: offset, reason: reason) }

    /// The next input byte, nil at the end of the input.
    private mutating func nextByte() throws -> UInt8? {
        while position == input.count {
            consumedBefore += input.count
            guard let more = try read() else { input = []; position = 0; return nil }
            input = more
            position = 0
        }
        defer { position += 1 }
        return input[position]
    }

    private mutating func byte() throws -> UInt8 {
        guard let value = try nextByte() else { throw failure("the stream ends early") }
        return value
    }

    private mutating func bits(_ count: Int) throws -> UInt32 {
        while bitCount < count {
            bitBuffer |= UInt32(try byte()) << UInt32(bitCount)
            bitCount += 8
        }
        let value = count == 0 ? 0 : bitBuffer & ((1 << UInt32(count)) - 1)
        bitBuffer = count == 32 ? 0 : bitBuffer >> UInt32(count)
        bitCount -= count
        return value
    }

    private mutating func run() throws {
        var members = 0
        while let first = try nextByte() {
            // Some writers pad the end of a file with zeros; only a new member's magic starts another member.
            if members > 0 && first == 0 { continue }
            guard first == 0x1f, try byte() == 0x8b else { throw failure("no gzip header (1f 8b)") }
            guard try byte() == 8 else { throw failure("compression method is not deflate") }
            let flags = try byte()
            for _ in 0..<6 { _ = try byte() }   // time, extra flags, OS
            if flags & 4 != 0 {
                let length = Int(try byte()) | Int(try byte()) << 8
                for _ in 0..<length { _ = try byte() }
            }
            if flags & 8 != 0 { while try byte() != 0 {} }   // file name
            if flags & 16 != 0 { while try byte() != 0 {} }  // comment
            if flags & 2 != 0 { _ = try byte(); _ = try byte() }
            crc = 0xffff_ffff
            memberLength = 0
            try inflate()
            try flush(keepingWindow: false)
            bitBuffer = 0
            bitCount = 0
            var stored: UInt32 = 0, length: UInt32 = 0
            for shift in stride(from: 0, to: 32, by: 8) { stored |= UInt32(try byte()) << UInt32(shift) }
            for shift in stride(from: 0, to: 32, by: 8) { length |= UInt32(try byte()) << UInt32(shift) }
            guard stored == crc ^ 0xffff_ffff else { throw failure("CRC-32 does not match the data") }
            guard length == memberLength else { throw failure("length does not match the data") }
            members += 1
        }
        if members == 0 { throw failure("empty input") }
    }

    private mutating func emit(_ value: UInt8) {
        window.append(value)
    }

    /// Hands the output past the window to `write`, keeping the last 32 KiB for back-references.
    private mutating func flush(keepingWindow: Bool) throws {
        let keep = keepingWindow ? Self.windowSize : 0
        guard window.count - flushed > 0, window.count > keep else { return }
        let end = window.count
        let out = Array(window[flushed..<end])
        for value in out { crc = StoredGzip.crcTable[Int((crc ^ UInt32(value)) & 0xff)] ^ (crc >> 8) }
        memberLength &+= UInt32(truncatingIfNeeded: out.count)
        try write(out)
        flushed = end
        if keepingWindow {
            window.removeFirst(end - keep)
            flushed = keep
        } else {
            window.removeAll(keepingCapacity: true)
            flushed = 0
        }
    }

    private mutating func inflate() throws {
        var final = false
        repeat {
            final = try bits(1) == 1
            switch try bits(2) {
            case 0:
                bitBuffer = 0
                bitCount = 0
                let length = Int(try byte()) | Int(try byte()) << 8
                let complement = Int(try byte()) | Int(try byte()) << 8
                guard length == ~complement & 0xffff else { throw failure("a stored block's length does not match its complement") }
                for _ in 0..<length { emit(try byte()) }
            case 1:
                try block(literals: Self.fixedLiterals, distances: Self.fixedDistances)
            case 2:
                let (literals, distances) = try dynamicTables()
                try block(literals: literals, distances: distances)
            default:
                throw failure("reserved block type")
            }
            if window.count >= Self.windowSize + Self.chunk { try flush(keepingWindow: true) }
        } while !final
    }

    /// A canonical Huffman code (RFC 1951 §3.2.2) as counts per length and symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        init(lengths: [Int]) throws {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var left = 1
            for length in 1...15 {
                left = left << 1 - counts[length]
                guard left >= 0 else { throw DecodeError(offset: 0, reason: "an over-subscribed Huffman code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }
    }

    static let fixedLiterals = try! Huffman(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
    static let fixedDistances = try! Huffman(lengths: [Int](repeating: 5, count: 30))
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                               8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// One symbol, read a bit at a time (codes are sent most significant bit first).
    private mutating func symbol(_ code: Huffman) throws -> Int {
        var value = 0, first = 0, index = 0
        for length in 1...15 {
            value |= Int(try bits(1))
            let count = code.counts[length]
            if value - count < first { return code.symbols[index + (value - first)] }
            index += count
            first = (first + count) << 1
            value <<= 1
        }
        throw failure("an invalid Huffman code")
    }

    private mutating func dynamicTables() throws -> (Huffman, Huffman) {
        let literalCount = Int(try bits(5)) + 257
        let distanceCount = Int(try bits(5)) + 1
        let codeCount = Int(try bits(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw failure("too many Huffman codes") }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeCount { codeLengths[order[index]] = Int(try bits(3)) }
        let lengthCode = try Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try symbol(lengthCode)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw failure("a repeat with nothing to repeat") }
                lengths += [Int](repeating: previous, count: 3 + Int(try bits(2)))
            case 17: lengths += [Int](repeating: 0, count: 3 + Int(try bits(3)))
            default: lengths += [Int](repeating: 0, count: 11 + Int(try bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw failure("code lengths overrun their count") }
        guard lengths[256] != 0 else { throw failure("no end-of-block code") }
        do {
            return (try Huffman(lengths: Array(lengths[0..<literalCount])), try Huffman(lengths: Array(lengths[literalCount...])))
        } catch let error as DecodeError {
            throw failure(error.reason)
        }
    }

    private mutating func block(literals: Huffman, distances: Huffman) throws {
        while true {
            let symbol = try symbol(literals)
            if symbol < 256 {
                emit(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < 29 else { throw failure("an invalid length code") }
                let length = Self.lengthBase[index] + Int(try bits(Self.lengthExtra[index]))
                let distanceSymbol = try self.symbol(distances)
                guard distanceSymbol < 30 else { throw failure("an invalid distance code") }
                let distance = Self.distanceBase[distanceSymbol] + Int(try bits(Self.distanceExtra[distanceSymbol]))
                guard distance <= window.count else { throw failure("a distance reaching before the start of the data") }
                let start = window.count - distance
                for step in 0..<length { window.append(window[start + step]) }
                if window.count >= Self.windowSize + Self.chunk { try flush(keepingWindow: true) }
            }
        }
    }
}
