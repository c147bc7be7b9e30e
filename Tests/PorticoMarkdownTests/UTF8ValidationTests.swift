import Testing
@testable import PorticoMarkdown

/// The Markdown engine checks a file's bytes itself (eight ASCII bytes at a time); it must agree with the standard
/// library's check on every input.
@Suite struct UTF8ValidationTests {
    private func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(UTF8Validation.isValid) }
    private func standard(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    @Test func edgesOfEachForm() {
        let cases: [[UInt8]] = [
            [], Array("plain ascii text, long enough for words".utf8), [0x00], [0x7F],
            [0xC2, 0x80], [0xDF, 0xBF], [0xC0, 0x80], [0xC1, 0xBF],                    // overlong two-byte leads
            [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], // overlong, surrogate
            [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF],
            [0x80], [0xC2], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xE2, 0x28, 0xA1],
            Array("12345678é".utf8), Array("1234567é8".utf8), Array("1234567".utf8) + [0xC2],
        ]
        for bytes in cases { #expect(valid(bytes) == standard(bytes), "\(bytes)") }
    }

    @Test func randomBytesAgreeWithTheStandardLibrary() {
        // Runs of ASCII (to reach the eight-byte path) mixed with lead and continuation bytes.
        let alphabet: [UInt8] = [0x41, 0x20, 0x0A, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x90, 0x8F]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<24, using: &generator) {
                if Bool.random(using: &generator) {
                    bytes += Array(repeating: 0x61, count: Int.random(in: 1..<12, using: &generator))
                } else {
                    bytes.append(alphabet.randomElement(using: &generator)!)
                }
            }
            #expect(valid(bytes) == standard(bytes), "\(bytes)")
        }
    }

    @Test func markdownOfBytesRefusesMalformedUTF8() {
        #expect(Markdown.htmlUTF8(bytes: [0x2A, 0xC3, 0x28], options: .github) == nil)
        #expect(Markdown.htmlUTF8(bytes: Array("*é*".utf8), options: .github) == Array("<p><em>é</em></p>\n".utf8))
    }
}
