import Foundation

/// A plain-text email as an RFC 5322 message any mail system can send (`sendmail -t < message.eml`, an SMTP relay, a
/// mail client's "open"): CRLF line endings, headers that cannot be injected into (no line breaks get through),
/// non-ASCII names and subjects as RFC 2047 encoded words, and the body as UTF-8 in quoted-printable (RFC 2045),
/// so no line is longer than 76 characters whatever the text.
public struct EmailMessage: Sendable {
    public struct Address: Sendable {
        public let name: String
        public let email: String
        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    public let from: Address
    public let to: Address
    public let subject: String
    public let body: String
    public let date: Date
    /// The unique part of the Message-ID before the `@` (the sender's domain follows).
    public let messageID: String

    public init(from: Address, to: Address, subject: String, body: String, date: Date, messageID: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID
    }

    /// The message bytes.
    public func rendered() -> String {
        let domain = from.email.split(separator: "@").last.map(String.init) ?? "localhost"
        let safeID = String(messageID.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-._".unicodeScalars.contains($0)) })
        var lines = [
            "From: " + Self.address(from),
            "To: " + Self.address(to),
            "Subject: " + Self.headerText(subject),
            "Date: " + Self.date(date),
            "Message-ID: <\(safeID)@\(domain)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
        ]
        lines.append(Self.quotedPrintable(body))
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `"Name" <email>`, the name quoted or encoded; line breaks and angle brackets never reach the header.
    static func address(_ address: Address) -> String {
        let email = ScalarText.replacing(address.email) { ScalarText.isNewline($0) || "<>\" ".unicodeScalars.contains($0) ? "" : nil }
        let name = oneLine(address.name)
        if name.isEmpty { return "<\(email)>" }
        if name.unicodeScalars.allSatisfy({ $0.isASCII }) {
            return "\"" + ScalarText.replacing(name) { $0 == "\\" || $0 == "\"" ? "\\" + String($0) : nil } + "\" <\(email)>"
        }
        return encodedWords(name) + " <\(email)>"
    }

    /// Header text: ASCII as it is, anything else as RFC 2047 encoded words; always one logical line.
    static func headerText(_ text: String) -> String {
        let line = oneLine(text)
        if line.unicodeScalars.allSatisfy({ $0.isASCII }) && line.utf8.count <= 900 { return line }
        return encodedWords(line)
    }

    /// `=?UTF-8?B?…?=` words of at most 45 bytes of text each (whole characters), folded onto continuation lines.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words.joined(separator: "\r\n ")
    }

    static func oneLine(_ text: String) -> String {
        // Scalar by scalar; CR LF is one line break, so one space.
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            out.append(ScalarText.isNewline(scalar) || scalar == "\t" ? " " : scalar)
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }

    /// RFC 5322 date in UTC: `Fri, 27 Nov 2026 12:00:00 +0000`.
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d +0000", days[parts.weekday! - 1], parts.day!, months[parts.month! - 1], parts.year!,
                      parts.hour!, parts.minute!, parts.second!)
    }

    /// RFC 2045 quoted-printable of UTF-8 text, lines ending CRLF, soft breaks keeping every line within 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [String] = []
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var encoded: [UInt8] = []
            var current = 0
            for (index, byte) in bytes.enumerated() {
                let last = index == bytes.count - 1
                var piece: [UInt8]
                if (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 32 || byte == 9) && !last) {
                    piece = [byte]
                } else {
                    piece = [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                }
                if current + piece.count > 75 {
                    encoded += Array("=\r\n".utf8)
                    current = 0
                }
                encoded += piece
                current += piece.count
            }
            out.append(String(decoding: encoded, as: UTF8.self))
        }
        return out.joined(separator: "\r\n")
    }
}
