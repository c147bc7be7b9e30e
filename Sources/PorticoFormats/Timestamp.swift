import Foundation

/// UTC ISO 8601 timestamps, the one format times are stored in (`2026-01-31T09:00:00Z`).
public enum Timestamp {
    private static let utc = TimeZone(identifier: "UTC")!

    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: utc))
    }

    /// RSS 2.0's date (RFC 822 with a four-digit year, as the RSS spec allows): `Sat, 31 Jan 2026 09:00:00 +0000`.
    /// English names whatever the locale, as the format requires.
    public static func rfc822(_ date: Date) -> String {
        let (year, month, day, hour, minute, second, weekday) = components(date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(days[weekday - 1]), \(two(day)) \(months[month - 1]) \(year) \(two(hour)):\(two(minute)):\(two(second)) +0000"
    }

    /// iCalendar's UTC date-time (RFC 5545 §3.3.5, form 2): `20260131T090000Z`.
    public static func iCalendar(_ date: Date) -> String {
        let (year, month, day, hour, minute, second, _) = components(date)
        return "\(year)\(two(month))\(two(day))T\(two(hour))\(two(minute))\(two(second))Z"
    }

    private static func components(_ date: Date) -> (Int, Int, Int, Int, Int, Int, Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        return (parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!, parts.weekday!)
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    /// Parses `2026-01-31T09:00:00Z` (or a plain date `2026-01-31`, taken as midnight UTC).
    public static func parse(_ text: String) -> Date? {
        // Foundation's parser rolls 2026-02-30 over into March; a day that does not exist is not a time.
        guard hasRealDay(text) else { return nil }
        if let date = try? Date.ISO8601FormatStyle(timeZone: utc).parse(text) { return date }
        if text.utf8.count == 10, let date = try? Date.ISO8601FormatStyle(timeZone: utc).year().month().day().parse(text) {
            return date
        }
        return nil
    }

    /// Whether `text` starts with `YYYY-MM-DD` naming a day the calendar has (leap years included).
    static func hasRealDay(_ text: String) -> Bool {
        let digits = Array(text.utf8.prefix(10))
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in digits[range] {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }
}
