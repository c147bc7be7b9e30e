/// RFC 4180 CSV output: fields quoted when needed, records ended by CRLF.
public enum CSVWriter {
    /// One field. With `formulaSafe` (the default), text a spreadsheet would run as a formula (starting with `=`,
    /// `+`, `-`, `@`, tab or carriage return, and not a plain number) gets a leading apostrophe (OWASP's advice).
    /// Compared as scalars, never `Character`s: `=` or a quote joined with a combining mark is still `=` or a quote
    /// to a spreadsheet and to a CSV reader (see `ScalarText`).
    public static func field(_ text: String, formulaSafe: Bool = true) -> String {
        let text = formulaSafe ? protect(text) : text
        if ScalarText.contains(text, where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + ScalarText.replacing(text) { $0 == "\"" ? "\"\"" : nil } + "\""
        }
        return text
    }

    /// `text` as a spreadsheet cannot run it: one apostrophe before text that, apostrophes aside, starts with `=`, `+`,
    /// `-`, `@`, tab or CR and is not a number. Counting the apostrophes already there is what makes it reversible:
    /// `'=x` (someone's own apostrophe) becomes `''=x`, so `unprotect` can always remove exactly the one added.
    public static func protect(_ text: String) -> String { needsProtection(text) ? "'" + text : text }

    /// Undoes `protect`: removes the one apostrophe it adds (and only where it would have added one), so an export
    /// imported again is the identity, and a cell someone typed as `'+44 20 7946 1000` to keep a spreadsheet off it
    /// arrives as `+44 20 7946 1000`.
    public static func unprotect(_ text: String) -> String {
        guard text.unicodeScalars.first == "'", needsProtection(text) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    /// Whether `text`, apostrophes at its start aside, is formula-looking.
    private static func needsProtection(_ text: String) -> Bool {
        let rest = text.unicodeScalars.drop { $0 == "'" }
        guard let first = rest.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return Double(String(rest)) == nil
    }

    /// One record, CRLF included.
    public static func record(_ fields: [String], formulaSafe: Bool = true) -> String {
        fields.map { field($0, formulaSafe: formulaSafe) }.joined(separator: ",") + "\r\n"
    }
}
