import Foundation
import Testing
import PorticoArguments
import PorticoTestSupport

/// Members write ticket subjects and bodies; staff read them in a terminal. Escape sequences in that text must be
/// shown, never acted on: `ESC ] 52` writes the clipboard, `ESC [ 8m` hides text, `ESC ] 0` retitles the window.
@Suite struct TerminalSafetyTests {
    static let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
    static let hidden = "\u{1B}[8mhidden\u{1B}[0m"
    static let retitle = "\u{1B}]0;pwned\u{07}"
    static let override = "\u{202E}gnp.exe"

    @Test func ticketTextIsEscapedInListAndShowButExactInJSON() throws {
        let directory = TemporaryDirectory()
        let db = directory.url.appendingPathComponent("portico.db").path
        #expect(try BinaryRunner.run("portico-admin", ["init", "--admin-email", "admin@example.org", "--admin-name", "Ada\(Self.retitle)", "--db", db]).exitCode == 0)
        let opened = try BinaryRunner.run("portico-admin", [
            "support", "open", "--subject", "Help \(Self.clipboard) \(Self.override)", "--requester", "m@example.org",
            "--body", "Line one\n\tindented \(Self.hidden)", "--db", db, "--as", "admin@example.org"])
        #expect(opened.exitCode == 0, "\(opened.standardError)")
        for words in [["support", "list"], ["support", "show", "1"], ["staff", "list"], ["audit", "list"]] {
            let result = try BinaryRunner.run("portico-admin", words + ["--db", db, "--as", "admin@example.org"])
            #expect(result.exitCode == 0, "\(words): \(result.standardError)")
            #expect(!result.standardOutput.unicodeScalars.contains { TerminalText.isUnsafe($0) }, "\(words) printed a raw control character")
        }
        let show = try BinaryRunner.run("portico-admin", ["support", "show", "1", "--db", db, "--as", "admin@example.org"])
        #expect(show.standardOutput.contains("Help \\u{1B}]52;c;cm0gLXJmIH4=\\u{7} \\u{202E}gnp.exe"))
        // Newlines and tabs in their layout role stay.
        #expect(show.standardOutput.contains("Line one\n\tindented \\u{1B}[8mhidden\\u{1B}[0m"))
        let staff = try BinaryRunner.run("portico-admin", ["staff", "list", "--db", db, "--as", "admin@example.org"])
        #expect(staff.standardOutput.contains("Ada\\u{1B}]0;pwned\\u{7}"))
        // JSON keeps the data exact (JSON's own escapes) and valid.
        let json = try BinaryRunner.run("portico-admin", ["support", "show", "1", "--json", "--db", db, "--as", "admin@example.org"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["subject"] as? String == "Help \(Self.clipboard) \(Self.override)")
    }

    @Test func errorMessagesEscapeWhatTheyQuote() throws {
        let result = try BinaryRunner.run("portico-admin", ["staff", "list", "--db", "/nonexistent/x.db", "--as", "a\u{1B}[2Jb@example.org"])
        #expect(result.exitCode != 0)
        #expect(!result.standardError.unicodeScalars.contains { TerminalText.isUnsafe($0) })
    }

    @Test func visibleEscapesEveryKindOfControl() {
        #expect(TerminalText.visible("a\u{1B}b\u{7F}c\u{85}d\u{2066}e\n\tf") == "a\\u{1B}b\\u{7F}c\\u{85}d\\u{2066}e\n\tf")
        #expect(TerminalText.visible("plain café ✓") == "plain café ✓")
    }
}
