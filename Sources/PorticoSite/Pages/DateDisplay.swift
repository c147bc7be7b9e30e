import Foundation

/// Dates as visitors read them, in the site's time zone: `27 November 2026`.
enum DateDisplay {
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// Formats a stored date (`2026-01-31` or a UTC timestamp) in `timeZone`.
    static func long(_ text: String, timeZone: String) -> String {
        if text.count == 10 {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]) else { return text }
            return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
        }
        guard let date = try? Date.ISO8601FormatStyle().parse(text), let zone = TimeZone(identifier: timeZone) else { return text }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = components.year, let month = components.month, let day = components.day else { return text }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// A moment's calendar day in `zone`, as `2026-11-29`.
    static func day(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The `datetime` attribute value: the date part.
    static func machine(_ text: String) -> String { String(text.prefix(10)) }
}
