import Testing
@testable import PorticoSite

@Suite struct PostingCodecTests {
    /// Documents in increasing order as gaps, impacts as the distance below the block's highest; five bits a
    /// character, 32 added to every character of a number but its last (33 = "x1": 1 × 32 + 1).
    @Test func knownBlock() {
        #expect(PostingCodec.encode([(33, 3), (0, 5)], highest: 5) == "00x12")
        #expect(PostingCodec.decode("00x12", highest: 5)?.map { [$0.0, $0.1] } == [[0, 5], [33, 3]])
    }

    @Test func roundTripsLargeAndSmallNumbers() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let highest = Int.random(in: 1...100_000, using: &generator)
            var documents = Set<Int>()
            for _ in 0..<Int.random(in: 0...300, using: &generator) { documents.insert(Int.random(in: 0...5_000_000, using: &generator)) }
            let block = documents.map { ($0, Int.random(in: 1...highest, using: &generator)) }
            let decoded = PostingCodec.decode(PostingCodec.encode(block, highest: highest), highest: highest)
            #expect(decoded?.map { [$0.0, $0.1] } == block.sorted { $0.0 < $1.0 }.map { [$0.0, $0.1] })
        }
    }

    @Test func malformedTextIsRefused() {
        #expect(PostingCodec.decode("0", highest: 5) == nil, "a document without its impact")
        #expect(PostingCodec.decode("0x", highest: 5) == nil, "a number cut off")
        #expect(PostingCodec.decode("00x", highest: 5) == nil, "a posting cut off after a whole one")
        #expect(PostingCodec.decode("0,0", highest: 5) == nil, "a character outside the alphabet")
    }
}
