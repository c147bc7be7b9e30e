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

/// The dates feeds and calendars write: RSS's RFC 822 form and iCalendar's basic UTC form.
@Suite struct FeedDateTests {
    @Test func rssAndICalendarForms() throws {
        let leapEvening = try #require(Timestamp.parse("2028-02-29T23:05:09Z"))
        #expect(Timestamp.rfc822(leapEvening) == "Tue, 29 Feb 2028 23:05:09 +0000")
        #expect(Timestamp.iCalendar(leapEvening) == "20280229T230509Z")
        #expect(Timestamp.rfc822(try #require(Timestamp.parse("2027-01-03T00:00:00Z"))) == "Sun, 03 Jan 2027 00:00:00 +0000")
    }
}
