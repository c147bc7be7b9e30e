import Foundation
import Testing
import PorticoFormats

/// Times are stored as UTC ISO 8601; a day the calendar does not have is not a time (Foundation's parser alone
/// would roll 2026-02-30 over into March).
@Suite struct TimestampTests {
    @Test func aTimeRoundTrips() throws {
        let date = try #require(Timestamp.parse("2028-02-29T23:59:59Z"))
        #expect(Timestamp.format(date) == "2028-02-29T23:59:59Z")
        #expect(Timestamp.parse("2026-12-31") != nil)
    }

    @Test(arguments: ["2026-02-29T09:00:00Z", "2026-02-30T09:00:00Z", "2026-04-31T09:00:00Z", "2026-13-01T09:00:00Z", "2026-00-10T09:00:00Z",
                      "2100-02-29T09:00:00Z", "2026-02-30", "yesterday", "26-01-01T09:00:00Z", ""])
    func daysTheCalendarLacksAreRefused(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }
}
