import Testing
import PorticoFormats

/// RFC 5545 text: TEXT escaping (§3.3.11) and folding at 75 octets with CRLF (§3.1), never inside a character.
@Suite struct ICalendarTextTests {
    @Test func textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendarText.escape("Room 1; Hall A, \\ east\r\nfloor 2") == "Room 1\\; Hall A\\, \\\\ east\\nfloor 2")
        #expect(ICalendarText.escape("bell\u{7}\u{0}tab\t") == "belltab\t")
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        let summary = "SUMMARY:" + String(repeating: "é", count: 60) + " ok"
        let folded = ICalendarText.folded("BEGIN:VEVENT\n\n" + summary + "\nEND:VEVENT\n")
        #expect(folded.hasPrefix("BEGIN:VEVENT\r\nSUMMARY:"))
        #expect(folded.hasSuffix("\r\nEND:VEVENT\r\n"))
        let lines = folded.utf8.split(separator: 10, omittingEmptySubsequences: false).dropLast()
        for line in lines {
            #expect(line.last == 13, "every line ends in CRLF")
            #expect(line.count - 1 <= 75, "\(line.count - 1) octets")
            #expect(String(validating: Array(line.dropLast()), as: UTF8.self) != nil, "a fold split a character")
        }
        #expect(lines.count == 4 && lines.dropFirst(2).first?.first == 32, "continuations start with a space")
        // Unfolding (removing CRLF + one space) gives back the line.
        let unfolded = folded.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "\n")
        #expect(unfolded == "BEGIN:VEVENT\n" + summary + "\nEND:VEVENT\n")
    }
}
