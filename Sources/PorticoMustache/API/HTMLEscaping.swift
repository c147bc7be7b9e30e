/// HTML escaping for `{{name}}`: the five characters that can change HTML's meaning.
public enum HTMLEscaping {
    /// Appends `text` to `output`, escaping `& < > " '`.
    public static func append(_ text: String, to output: inout String) {
        var pending = Substring(text)
        while let index = pending.firstIndex(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" }) {
            output += pending[..<index]
            switch pending[index] {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output += "&#39;"
            }
            pending = pending[pending.index(after: index)...]
        }
        output += pending
    }

    /// `text` with HTML's special characters escaped.
    public static func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }
}
