import Foundation
import PorticoFormats

/// Dates as visitors read them, in the site's time zone: `27 November 2026`.
enum DateDisplay {
    /// Formats a stored date (`2026-01-31` or a UTC timestamp) in `timeZone`.
    static func long(_ text: String, timeZone: String) -> String {
        if text.count == 10 { return CalendarDate(text).map(DateText.long) ?? text }
        guard let date = try? Date.ISO8601FormatStyle().parse(text), let zone = TimeZone(identifier: timeZone) else { return text }
        return DateText.long(CalendarDate.day(of: date, in: zone))
    }

    /// The `datetime` attribute value: the date part.
    static func machine(_ text: String) -> String { String(text.prefix(10)) }
}
