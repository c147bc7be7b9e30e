/// A template that cannot be parsed or rendered, with the file, line and column of the offending tag.
public struct TemplateError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, in one sentence.
    public enum Kind: Sendable, Equatable {
        /// A `{{` with no matching close delimiter.
        case unclosedTag
        /// A section or block opened and never closed.
        case unclosedSection(String)
        /// A closing tag that does not match the open section.
        case mismatchedClose(expected: String?, found: String)
        /// A tag with no name, such as `{{}}` or `{{#}}`.
        case emptyTag
        /// A set-delimiters tag that is not of the form `{{=<% %>=}}`.
        case invalidDelimiters(String)
        /// A partial that the library does not have (only in strict mode).
        case missingPartial(String)
        /// Partials nested too deeply, nearly always a partial that includes itself.
        case recursionLimit(String)
        /// A name the data does not provide (only with strict names).
        case unknownName(String)
    }

    public let kind: Kind
    /// The template's name or path.
    public let file: String
    /// 1-based line and column of the tag.
    public let line: Int
    public let column: Int
    /// The source line holding the tag, for the message.
    public let sourceLine: String

    public init(kind: Kind, file: String, line: Int, column: Int, sourceLine: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }

    /// The reason, without position.
    public var reason: String {
        switch kind {
        case .unclosedTag: return "unclosed tag: no closing delimiter"
        case .unclosedSection(let name): return "section '\(name)' is opened but never closed"
        case .mismatchedClose(let expected, let found):
            if let expected { return "closing tag '\(found)' does not match open section '\(expected)'" }
            return "closing tag '\(found)' has no open section"
        case .emptyTag: return "tag has no name"
        case .invalidDelimiters(let text): return "invalid set-delimiters tag '\(text)'"
        case .missingPartial(let name): return "partial '\(name)' not found"
        case .recursionLimit(let name): return "partials nested too deeply at '\(name)' (does it include itself?)"
        case .unknownName(let name): return "'\(name)' is not in the data this template receives (a typo, or a name of another layout?)"
        }
    }

    public var description: String {
        "\(file):\(line):\(column): \(reason)\n    \(sourceLine)\n    \(String(repeating: " ", count: max(0, column - 1)))^"
    }
}
