/// RFC 4180 CSV output: fields quoted when needed, records ended by CRLF.
public enum CSVWriter {
    /// One field. With `formulaSafe` (the default), text a spreadsheet would run as a formula (starting with `=`,
    /// `+`, `-`, `@`, tab or carriage return, and not a plain number) gets a leading apostrophe (OWASP's advice).
    /// Compared as scalars, never `Character`s: `=` or a quote joined with a combining mark is still `=` or a quote
    /// to a spreadsheet and to a CSV reader (see `ScalarText`).
    public static func field(_ text: String, formulaSafe: Bool = true) -> String {
        var text = text
        if formulaSafe, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil { text = "'" + text }
        if ScalarText.contains(text, where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + ScalarText.replacing(text) { $0 == "\"" ? "\"\"" : nil } + "\""
        }
        return text
    }

    /// One record, CRLF included.
    public static func record(_ fields: [String], formulaSafe: Bool = true) -> String {
        fields.map { field($0, formulaSafe: formulaSafe) }.joined(separator: ",") + "\r\n"
    }
}
