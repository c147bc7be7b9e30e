import Foundation

/// Wall-clock times in an IANA time zone, for what happens somewhere (an event at 09:00 in Lisbon): reading a local
/// time people type, showing a stored UTC instant in the place's zone, and the zone's rules as iCalendar's
/// VTIMEZONE. A local time the zone skips (01:30 on the night clocks go forward) is refused, never moved; one the
/// zone repeats (01:30 on the night clocks go back) is its first occurrence, as RFC 5545 §3.3.5 reads it.
public enum ZonedTime {
    /// The zone named by an IANA identifier (`Europe/London`, `UTC`); nil for anything else, including the bare
    /// offsets and abbreviations Foundation would accept (`GMT+1`, `BST`), which name no rules.
    public static func zone(_ identifier: String) -> TimeZone? {
        guard identifier == "UTC" || TimeZone.knownTimeZoneIdentifiers.contains(identifier) else { return nil }
        return TimeZone(identifier: identifier)
    }

    /// Why a local time cannot be read.
    public enum Problem: Error, Equatable {
        /// Not `YYYY-MM-DDTHH:MM` (a space may stand for the `T`; seconds are optional).
        case malformed
        /// The zone skips that wall-clock time (clocks go forward over it).
        case skipped
    }

    /// The instant `text` (`2027-03-28T09:00`, `2027-03-28 09:00:00`) names in `zone`.
    public static func instant(local text: String, in zone: TimeZone) -> Result<Date, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(trimmed.utf8)
        guard bytes.count == 16 || bytes.count == 19, Timestamp.hasRealDay(trimmed), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":"), bytes.count == 16 || bytes[16] == UInt8(ascii: ":") else { return .failure(.malformed) }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13), hour < 24,
              let minute = number(14..<16), minute < 60 else { return .failure(.malformed) }
        let second = bytes.count == 19 ? number(17..<19) : 0
        guard let second, second < 60 else { return .failure(.malformed) }
        let wanted = Parts(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        // The zone's offset either side of the wanted time: the first that reads back as the wanted wall clock wins
        // (the earlier instant when the wall clock repeats); none reading back means the zone skipped it.
        let naive = Date(timeIntervalSince1970: TimeInterval(wanted.secondsSinceEpochAsIfUTC))
        let offsets = Set([zone.secondsFromGMT(for: naive.addingTimeInterval(-86_400)), zone.secondsFromGMT(for: naive),
                           zone.secondsFromGMT(for: naive.addingTimeInterval(86_400))]).sorted(by: >)
        for offset in offsets {
            let candidate = naive.addingTimeInterval(TimeInterval(-offset))
            if parts(candidate, in: zone) == wanted { return .success(candidate) }
        }
        return .failure(.skipped)
    }

    /// A moment's wall clock in a zone.
    public struct Parts: Equatable, Sendable {
        public let year, month, day, hour, minute, second: Int

        var secondsSinceEpochAsIfUTC: Int64 {
            let date = CalendarDate(year: Int64(year), month: Int64(month), day: Int64(day))!
            let epoch = CalendarDate(year: 1970, month: 1, day: 1)!
            return epoch.days(until: date) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        }

        /// The calendar day.
        public var date: CalendarDate { CalendarDate(year: Int64(year), month: Int64(month), day: Int64(day))! }
        /// `09:05`.
        public var clock: String { two(hour) + ":" + two(minute) }
    }

    /// The wall clock at `date` in `zone`.
    public static func parts(_ date: Date, in zone: TimeZone) -> Parts {
        let offset = zone.secondsFromGMT(for: date)
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let remainder = Int(seconds - days * 86_400)
        let (year, month, day) = CalendarDate(year: 1970, month: 1, day: 1)!.adding(days: days).components
        return Parts(year: Int(year), month: Int(month), day: Int(day), hour: remainder / 3600, minute: remainder % 3600 / 60, second: remainder % 60)
    }

    /// iCalendar's local date-time (RFC 5545 §3.3.5, form 3, with a TZID): `20270328T090000`.
    public static func iCalendarLocal(_ date: Date, in zone: TimeZone) -> String {
        let p = parts(date, in: zone)
        return "\(p.year)\(two(p.month))\(two(p.day))T\(two(p.hour))\(two(p.minute))\(two(p.second))"
    }

    /// ISO 8601 with the zone's offset at that moment (schema.org's `startDate`): `2027-03-28T09:00:00+01:00`.
    public static func iso8601(_ date: Date, in zone: TimeZone) -> String {
        let p = parts(date, in: zone)
        return "\(p.year)-\(two(p.month))-\(two(p.day))T\(two(p.hour)):\(two(p.minute)):\(two(p.second))" + offsetText(zone.secondsFromGMT(for: date), colon: true)
    }

    /// The zone's abbreviation at that moment when it has a lettered one (`BST`, `CET`), else its UTC offset (`UTC+08:00`).
    public static func abbreviation(_ date: Date, in zone: TimeZone) -> String {
        if let name = zone.abbreviation(for: date), name.unicodeScalars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) { return name }
        return "UTC" + offsetText(zone.secondsFromGMT(for: date), colon: true)
    }

    /// `+0100` (iCalendar's UTC-OFFSET) or `+01:00` (ISO 8601).
    public static func offsetText(_ seconds: Int, colon: Bool) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        return sign + two(magnitude / 3600) + (colon ? ":" : "") + two(magnitude % 3600 / 60)
    }

    /// The zone's rules as a VTIMEZONE (RFC 5545 §3.6.5), as unfolded content lines: one STANDARD or DAYLIGHT
    /// observance per transition from a year before `range` to a year after (so the observance in force at any
    /// moment of the range has begun before it), or one STANDARD from 1970 for a zone without transitions then.
    public static func vTimeZone(_ zone: TimeZone, covering range: ClosedRange<Date>) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        let year: TimeInterval = 366 * 86_400
        var moment = range.lowerBound.addingTimeInterval(-year)
        let end = range.upperBound.addingTimeInterval(year)
        var observances = 0
        while let transition = zone.nextDaylightSavingTimeTransition(after: moment), transition <= end {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            let kind = zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD"
            // DTSTART is the onset in the wall-clock time in force before it.
            let onset = parts(transition.addingTimeInterval(TimeInterval(before)), in: TimeZone(identifier: "UTC")!)
            lines += ["BEGIN:" + kind, "DTSTART:\(onset.year)\(two(onset.month))\(two(onset.day))T\(two(onset.hour))\(two(onset.minute))\(two(onset.second))",
                      "TZOFFSETFROM:" + offsetText(before, colon: false), "TZOFFSETTO:" + offsetText(after, colon: false),
                      "TZNAME:" + abbreviation(transition, in: zone), "END:" + kind]
            observances += 1
            moment = transition
        }
        if observances == 0 {
            let offset = offsetText(zone.secondsFromGMT(for: range.lowerBound), colon: false)
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset, "TZOFFSETTO:" + offset,
                      "TZNAME:" + abbreviation(range.lowerBound, in: zone), "END:STANDARD"]
        }
        return lines + ["END:VTIMEZONE"]
    }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}

extension ZonedTime.Parts {
    fileprivate func two(_ number: Int) -> String { ZonedTime.two(number) }
}
