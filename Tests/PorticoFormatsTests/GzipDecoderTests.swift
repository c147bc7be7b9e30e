import Foundation
import Testing
import PorticoFormats

/// The gzip decoder against the reference compressor: GNU gzip at every level (fixed and dynamic Huffman blocks,
/// long matches across the 32 KiB window), stored blocks, several members in one file, chunked input, and damage
/// it must refuse (a wrong CRC, a cut stream, not gzip at all).
@Suite struct GzipDecoderTests {
    /// Compresses with the system's `gzip` (the reference implementation), or nil without one.
    static func gzip(_ data: [UInt8], level: Int) throws -> [UInt8]? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") || FileManager.default.isExecutableFile(atPath: "/bin/gzip") else { return nil }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("portico-gzip-\(UUID().uuidString)")
        try Data(data).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") ? "/usr/bin/gzip" : "/bin/gzip")
        process.arguments = ["-c", "-\(level)", "-n", input.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](output)
    }

    /// Text with repeats near and far (access-log-like), and bytes that do not compress.
    static let samples: [[UInt8]] = {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        for line in 0..<20_000 {
            text += "203.0.113.\(line % 250) - - [06/Dec/2026:10:\(String(format: "%02d", line % 60)):00 +0000] \"GET /resources/toolkit-\(line % 37)/ HTTP/1.1\" 200 \(line * 7 % 9000) \"-\" \"Mozilla/5.0\"\n"
        }
        let random = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return [[], Array("a".utf8), Array(text.utf8), random, [UInt8](repeating: 0x41, count: 300_000)]
    }()

    @Test(arguments: [1, 6, 9])
    func decodesWhatGzipWritesAtEveryLevel(level: Int) throws {
        for sample in Self.samples {
            guard let compressed = try Self.gzip(sample, level: level) else { Issue.record("no gzip on this machine"); return }
            #expect(try GzipDecoder.decompress(compressed) == sample, "\(sample.count) bytes at level \(level)")
            // Fed a few bytes at a time, the same.
            var chunks = stride(from: 0, to: compressed.count, by: 7).map { Array(compressed[$0..<min($0 + 7, compressed.count)]) }[...]
            var out: [UInt8] = []
            try GzipDecoder.decode(read: { chunks.popFirst() }, write: { out += $0 })
            #expect(out == sample)
        }
    }

    @Test func storedBlocksAndSeveralMembersReadAsOneStream() throws {
        let first = Array("first member\n".utf8), second = Array(String(repeating: "second member\n", count: 5000).utf8)
        #expect(try GzipDecoder.decompress(StoredGzip.compress(first) + StoredGzip.compress(second)) == first + second)
        if let compressed = try Self.gzip(second, level: 9) {
            #expect(try GzipDecoder.decompress(StoredGzip.compress(first) + compressed) == first + second)
        }
    }

    @Test func damageIsRefusedWithWhereItWasFound() throws {
        let sample = Self.samples[2]
        guard let compressed = try Self.gzip(sample, level: 6) else { Issue.record("no gzip on this machine"); return }
        var wrongCRC = compressed
        wrongCRC[wrongCRC.count - 6] ^= 0xff
        #expect(throws: GzipDecoder.DecodeError.self) { try GzipDecoder.decompress(wrongCRC) }
        do {
            _ = try GzipDecoder.decompress(Array(compressed.prefix(compressed.count / 2)))
            Issue.record("a cut stream decoded")
        } catch let error as GzipDecoder.DecodeError {
            #expect(error.reason == "the stream ends early")
            #expect(error.offset == compressed.count / 2)
        }
        do {
            _ = try GzipDecoder.decompress(Array("plain text".utf8))
            Issue.record("plain text decoded")
        } catch let error as GzipDecoder.DecodeError {
            #expect(error.description == "not valid gzip at byte 1: no gzip header (1f 8b)")
        }
    }
}
