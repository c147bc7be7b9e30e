/// How `{{name}}` makes a value safe for the output it lands in. Mustache's spec escapes for HTML; a feed, a
/// calendar or a JSON file is another language with its own rules, so the caller names the escaping when it
/// renders (`TemplateLibrary.render(_:_:escaping:)`), and `{{{name}}}` still inserts text as it is.
public struct Escaping: Sendable {
    /// Appends the escaped text to the output.
    public let append: @Sendable (String, inout String) -> Void

    public init(append: @escaping @Sendable (String, inout String) -> Void) { self.append = append }

    /// HTML and XML (`& < > " '` as entities; XML reads `&#39;` as HTML does).
    public static let html = Escaping { HTMLEscaping.append($0, to: &$1) }
    /// None: plain text such as an email body.
    public static let none = Escaping { $1 += $0 }
}
