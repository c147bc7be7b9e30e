/// RFC 4180 CSV output: fields quoted when needed, records ended by CRLF.
public enum CSVWriter {
    /// One field. With `formulaSafe` (the default), text a spreadsheet would run as a formula (starting with `=`,
    /// `+`, `-`, `@`, tab or carriage return, and not a plain number) gets a leading apostrophe (OWASP's advice).
    public static func field(_ text: String, formulaSafe: Bool = true) -> String {
        var text = text
        if formulaSafe, let first = text.first, "=+-@\t\r".contains(first), Double(text) == nil { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    /// One record, CRLF included.
    public static func record(_ fields: [String], formulaSafe: Bool = true) -> String {
        fields.map { field($0, formulaSafe: formulaSafe) }.joined(separator: ",") + "\r\n"
    }
}
