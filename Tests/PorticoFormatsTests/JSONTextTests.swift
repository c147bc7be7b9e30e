import Foundation
import Testing
@testable import PorticoFormats

@Suite struct JSONTextTests {
    @Test func quotesSoTheTextCannotLeaveAScript() {
        #expect(JSONText.quote("</script><b>&\u{2028}") == "\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\"")
        #expect(JSONText.quote("a\"b\\c\n\u{01}") == "\"a\\\"b\\\\c\\n\\u0001\"")
    }

    @Test func quotedTextParsesBackToTheSameString() throws {
        let samples = ["plain", "quote \" and \\ slash", "tab\tnew\nline\r", "\u{0}\u{1f}\u{7f}", "日本語 😀", "<>&\u{2028}\u{2029}"]
        for sample in samples {
            let parsed = try JSONSerialization.jsonObject(with: Data(("[" + JSONText.quote(sample) + "]").utf8)) as? [String]
            #expect(parsed == [sample])
        }
    }

    @Test func timestampsAreUTCAndRoundTrip() {
        let date = Date(timeIntervalSince1970: 1_780_000_000)
        #expect(Timestamp.format(date) == "2026-05-28T20:26:40Z")
        #expect(Timestamp.parse("2026-05-28T20:26:40Z") == date)
        #expect(Timestamp.parse("2026-01-31") == Date(timeIntervalSince1970: 1_769_817_600))
        #expect(Timestamp.parse("31/01/2026") == nil)
    }
}
