/// Text made safe to print on a terminal. Data from the database (ticket subjects written by members, staff names)
/// may hold escape sequences that set the clipboard (`ESC ] 52`), hide text (`ESC [ 8m`) or retitle the window, and
/// bidirectional overrides that reorder what is shown. Every such character is shown as a visible escape instead.
public enum TerminalText {
    /// `text` with control characters (C0 except newline and tab, DEL, C1) and bidirectional controls written as
    /// `\u{1B}`-style escapes; everything else, newlines and tabs included, unchanged.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True for characters a terminal would act on or that reorder text rather than show it.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        default: return false
        }
    }
}
