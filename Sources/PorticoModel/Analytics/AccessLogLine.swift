/// One request from a web server's access log in the Combined Log Format that nginx (`combined`) and Apache
/// (`%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i"`) write, parsed from the line's bytes.
public struct AccessLogLine: Equatable, Sendable {
    public let client: String
    /// Seconds since 1970 (UTC), from the line's local time and offset.
    public let time: Int64
    public let method: String
    /// The request target as sent (`/resources/toolkit/?utm=x`).
    public let target: String
    public let status: Int
    public let userAgent: String

    static let months: [String: Int64] = ["Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12]

    /// Nil when the line is not a combined (or common) log line.
    public init?<Bytes: RandomAccessCollection>(_ line: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = line.startIndex
        let end = line.endIndex
        func upTo(_ byte: UInt8) -> Range<Int>? {
            let start = index
            while index < end && line[index] != byte { index += 1 }
            guard index < end else { return nil }
            defer { index += 1 }
            return start..<index
        }
        func text(_ range: Range<Int>) -> String { String(decoding: line[range], as: UTF8.self) }
        /// A quoted field; `\"` (Apache) and `\x22` (nginx) stay escaped inside it.
        func quoted() -> Range<Int>? {
            while index < end && line[index] == 0x20 { index += 1 }
            guard index < end, line[index] == 0x22 else { return nil }
            index += 1
            let start = index
            while index < end {
                if line[index] == 0x5c { index += 2; continue }
                if line[index] == 0x22 { defer { index += 1 }; return start..<index }
                index += 1
            }
            return nil
        }
        guard let host = upTo(0x20), !host.isEmpty else { return nil }
        // ident and user: skip to the '[' of the time (a user name may hold spaces).
        guard upTo(0x5b) != nil, let stamp = upTo(0x5d), let time = Self.time(line[stamp]) else { return nil }
        guard let request = quoted() else { return nil }
        while index < end && line[index] == 0x20 { index += 1 }
        var status = 0, digits = 0
        while index < end, line[index] >= 0x30, line[index] <= 0x39 { status = status * 10 + Int(line[index] - 0x30); index += 1; digits += 1 }
        guard digits == 3 else { return nil }
        // Bytes sent, then (combined format) the referrer and the user agent; the common format has neither.
        while index < end && line[index] != 0x22 { index += 1 }
        var agent = ""
        if index < end {
            guard quoted() != nil, let agentRange = quoted() else { return nil }
            agent = text(agentRange)
        }
        let parts = line[request].split(separator: 0x20, omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return nil }
        client = text(host)
        self.time = time
        method = String(decoding: parts[0], as: UTF8.self)
        target = String(decoding: parts[1], as: UTF8.self)
        self.status = status
        userAgent = agent
    }

    /// `10/Oct/2026:13:55:36 -0700` as seconds since 1970.
    static func time<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Int64? where Bytes.Element == UInt8, Bytes.Index == Int {
        let b = Array(bytes)
        guard b.count == 26, b[2] == 0x2f, b[6] == 0x2f, b[11] == 0x3a, b[14] == 0x3a, b[17] == 0x3a, b[20] == 0x20 else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for i in range { guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }; value = value * 10 + Int64(b[i] - 0x30) }
            return value
        }
        guard let day = number(0..<2), let month = months[String(decoding: b[3..<6], as: UTF8.self)], let year = number(7..<11),
              let hour = number(12..<14), let minute = number(15..<17), let second = number(18..<20),
              let offsetHours = number(22..<24), let offsetMinutes = number(24..<26), b[21] == 0x2b || b[21] == 0x2d,
              (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        // Days from the civil date (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        let offset = (offsetHours * 3600 + offsetMinutes * 60) * (b[21] == 0x2d ? -1 : 1)
        return days * 86_400 + hour * 3600 + minute * 60 + second - offset
    }
}
