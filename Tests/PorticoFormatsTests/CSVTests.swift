import Foundation
import Testing
@testable import PorticoFormats

@Suite struct CSVTests {
    @Test func readsRFC4180Records() throws {
        let records = try csvRecords("name,email\r\n\"Lee, Sam\",sam@example.org\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,\n")
        #expect(records.map(\.fields) == [["name", "email"], ["Lee, Sam", "sam@example.org"], ["say \"hi\"", "two\nlines"], ["last", ""]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    /// The formula guard is reversible: `unprotect(protect(x)) == x` for any text, including text that already
    /// starts with apostrophes; and a spreadsheet user's own guard apostrophe is removed on the way in.
    @Test func theFormulaGuardIsUndoneExactly() {
        let texts = ["=SUM(A1)", "'=SUM(A1)", "''=x", "+44 20 7946 1000", "'+44", "-lead", "-5", "'-5", "@home", "\tTab", "\rCR", "'Twas",
                     "'", "''", "", "plain", "=", "=\u{301}x", "-1.5e3", "'@"]
        for text in texts {
            #expect(CSVWriter.unprotect(CSVWriter.protect(text)) == text, "\(text.debugDescription)")
        }
        #expect(CSVWriter.protect("=SUM(A1)") == "'=SUM(A1)" && CSVWriter.protect("'=x") == "''=x" && CSVWriter.protect("-5") == "-5")
        #expect(CSVWriter.protect("'Twas") == "'Twas" && CSVWriter.unprotect("'Twas") == "'Twas")
        #expect(CSVWriter.unprotect("'+44 20 7946 1000") == "+44 20 7946 1000", "a user's own guard")
    }

    @Test func quotedFieldsAreToldApartFromBareOnes() throws {
        let record = try #require(try csvRecords("a,\"\",,\"x\"\r\n").first)
        #expect(record.fields == ["a", "", "", "x"] && record.quoted == [false, true, false, true])
    }

    @Test func acceptsLFEndingsNoFinalNewlineAndAByteOrderMark() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("a,b\n1,2".utf8))
        var csv = CSVReader(reader(data))
        #expect(try csv.next()?.fields == ["a", "b"])
        #expect(try csv.next()?.fields == ["1", "2"])
        #expect(try csv.next() == nil)
    }

    @Test func skipsBlankLinesAndKeepsUnicode() throws {
        let records = try csvRecords("a\n\n\r\nÉlodie 日本\n")
        #expect(records.map(\.fields) == [["a"], ["Élodie 日本"]])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test func namesLineAndColumnOfMalformedInput() {
        #expect(throws: FormatError(line: 2, column: 4, reason: "quote inside an unquoted field (quote the field and double the quote)")) {
            try csvRecords("a,b\nx,y\"z\n")
        }
        #expect(throws: FormatError(line: 1, column: 5, reason: "text after a closing quote (quote the whole field)")) {
            try csvRecords("\"ab\"c,d\n")
        }
        #expect(throws: FormatError(line: 2, column: 3, reason: "quoted field never closed")) {
            try csvRecords("a,b\nx,\"never\nclosed")
        }
    }

    @Test func refusesBytesThatAreNotUTF8() {
        #expect(throws: FormatError.self) { _ = try { var csv = CSVReader(reader(Data([0x61, 0x2C, 0xFF, 0x0A]))); while try csv.next() != nil {} }() }
    }

    @Test func readsPastItsBufferWithoutLosingBytes() throws {
        // Far more than one 64 KiB buffer, with a quoted field straddling buffer edges.
        let row = "\"" + String(repeating: "x", count: 1_000) + ",\"\"y\"\"\",tail\n"
        var csv = CSVReader(reader(String(repeating: row, count: 300)))
        var count = 0
        while let record = try csv.next() {
            #expect(record.fields == [String(repeating: "x", count: 1_000) + ",\"y\"", "tail"])
            #expect(record.line == count + 1)
            count += 1
        }
        #expect(count == 300)
    }

    @Test func writerQuotesAndNeutralisesFormulas() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVWriter.field("+1") == "+1")
        #expect(CSVWriter.field("-5.5") == "-5.5")
        #expect(CSVWriter.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.field("-cmd") == "'-cmd")
        #expect(CSVWriter.field("=1+1", formulaSafe: false) == "=1+1")
        #expect(CSVWriter.record(["a", "b\r\nc"]) == "a,\"b\r\nc\"\r\n")
    }

    @Test func writtenRecordsReadBack() throws {
        let rows = [["id", "note"], ["1", "comma, \"quote\"\nnewline"], ["2", ""]]
        let text = rows.map { CSVWriter.record($0, formulaSafe: false) }.joined()
        #expect(try csvRecords(text).map(\.fields) == rows)
    }
}
