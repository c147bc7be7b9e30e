import Foundation

/// UTC ISO 8601 timestamps, the one format times are stored in (`2026-01-31T09:00:00Z`).
public enum Timestamp {
    private static let utc = TimeZone(identifier: "UTC")!

    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: utc))
    }

    /// Parses `2026-01-31T09:00:00Z` (or a plain date `2026-01-31`, taken as midnight UTC).
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(timeZone: utc).parse(text) { return date }
        if text.utf8.count == 10, let date = try? Date.ISO8601FormatStyle(timeZone: utc).year().month().day().parse(text) {
            return date
        }
        return nil
    }
}
