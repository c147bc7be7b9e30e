import Foundation
import Testing
@testable import PorticoFormats

@Suite struct JSONRecordReaderTests {
    @Test func readsAnArrayOfFlatObjects() throws {
        let records = try jsonRecords("""
            [
              {"name": "Sam", "age": 41, "active": true, "score": 1.5e2, "note": null},
              {"name": "Ana \\u00e9\\ud83d\\ude00 \\"q\\"\\n"}
            ]
            """)
        #expect(records.count == 2)
        #expect(records[0].line == 2 && records[1].line == 3)
        #expect(records[0].members.map(\.0) == ["name", "age", "active", "score", "note"])
        #expect(records[0].members.map(\.1) == [.string("Sam"), .integer(41), .bool(true), .number(150), .null])
        #expect(records[1].members[0].1 == .string("Ana é😀 \"q\"\n"))
    }

    @Test func readsJSONLines() throws {
        let records = try jsonRecords("{\"a\":1}\n\n{\"a\":-2}\r\n{}\n")
        #expect(records.map(\.line) == [1, 3, 4])
        #expect(records.map { $0.members.map(\.1) } == [[.integer(1)], [.integer(-2)], []])
    }

    @Test func emptyArrayHasNoRecords() throws {
        #expect(try jsonRecords(" [ ] ").isEmpty)
        #expect(try jsonRecords("").isEmpty)
    }

    @Test(arguments: [
        ("[{\"a\":1},]", 1, 10, "expected an object starting with {"),
        ("[{\"a\":{\"b\":1}}]", 1, 7, "member \"a\" holds a nested value; records must be flat"),
        ("{\"a\":1,\"a\":2}", 1, 8, "member \"a\" appears twice"),
        ("{\"a\":01}", 1, 6, "'01' is not a JSON number"),
        ("{\"a\":tru}", 1, 9, "expected true"),
        ("[{\"a\":1}", 1, 9, "the array is never closed with ]"),
        ("[{\"a\":1}] x", 1, 11, "text after the closing ]"),
        ("{\"a\":\"\\x\"}", 1, 8, "unknown escape"),
        ("{\"a\":\"\\ud800\"}", 1, 7, "unpaired surrogate escape"),
        ("{\"a\":\"x\ny\"}", 1, 8, "control character inside a string (escape it)"),
    ])
    func namesLineAndColumnOfMalformedInput(text: String, line: Int, column: Int, reason: String) {
        #expect(throws: FormatError(line: line, column: column, reason: reason)) { try jsonRecords(text) }
    }

    @Test func numberGrammarIsRFC8259() {
        for good in ["0", "-0", "12", "1.5", "1e9", "1E+2", "-3.25e-1"] { #expect(JSONRecordReader.isJSONNumber(Array(good.utf8)), "\(good)") }
        for bad in ["01", "1.", ".5", "+1", "1e", "--1", "1.2.3", "-"] { #expect(!JSONRecordReader.isJSONNumber(Array(bad.utf8)), "\(bad)") }
    }

    @Test func largeIntegersStayExactAndHugeOnesAreNumbers() throws {
        let records = try jsonRecords("{\"a\":9007199254740993,\"b\":99999999999999999999}")
        #expect(records[0].members.map(\.1) == [.integer(9_007_199_254_740_993), .number(1e20)])
    }
}
