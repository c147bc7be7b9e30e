import Foundation
import Testing
import PorticoFormats

/// RFC 5322 messages: CRLF everywhere, no header injection, encoded words for non-ASCII, quoted-printable bodies
/// whose lines stay within 76 characters.
@Suite struct EmailMessageTests {
    func message(name: String = "Ana Silva", subject: String = "Renewal", body: String = "Hello\n") -> String {
        EmailMessage(from: .init(name: "Guild", email: "hello@guild.example"), to: .init(name: name, email: "ana@example.org"), subject: subject,
                     body: body, date: Date(timeIntervalSince1970: 1_795_780_800), messageID: "portico-1-welcome").rendered()
    }

    @Test func headersAreFixedAndSafe() {
        let text = message(name: "Ana \"The Engineer\" Silva", subject: "Renewal\r\nBcc: victim@example.org")
        #expect(text.hasPrefix("From: \"Guild\" <hello@guild.example>\r\nTo: \"Ana \\\"The Engineer\\\" Silva\" <ana@example.org>\r\n"))
        #expect(text.contains("Subject: Renewal Bcc: victim@example.org\r\n"), "a line break in a subject cannot start a header")
        #expect(!text.contains("\r\nBcc:"))
        #expect(text.contains("Date: Fri, 27 Nov 2026 12:00:00 +0000\r\n"), "\(text)")
        #expect(text.contains("Message-ID: <portico-1-welcome@guild.example>\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends CRLF")
    }

    @Test func nonASCIIBecomesEncodedWordsAndQuotedPrintable() {
        let text = message(name: "Zoë Ørsted", subject: "Adhésion renouvelée ✓", body: String(repeating: "Café crème = très bon. ", count: 8) + "\nEnd  \n")
        #expect(text.contains("To: =?UTF-8?B?"), "\(text)")
        #expect(text.contains("Subject: =?UTF-8?B?"))
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        #expect(body.contains("Caf=C3=A9 cr=C3=A8me =3D tr=C3=A8s bon."))
        #expect(body.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(body.contains("End =20\r\n"), "a trailing space is encoded: \(body)")
        #expect(body.utf8.allSatisfy { $0 < 128 }, "the body is 7-bit")
    }
}
