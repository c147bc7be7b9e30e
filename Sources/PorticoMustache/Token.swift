/// The kinds of tag the scanner recognises, by their sigil.
enum TagKind: Equatable {
    case escaped        // {{name}}
    case unescaped      // {{{name}}} or {{&name}}
    case section        // {{#name}}
    case inverted       // {{^name}}
    case close          // {{/name}}
    case comment        // {{! text}}
    case partial        // {{>name}}
    case delimiters     // {{=<% %>=}}
    case parent         // {{<name}}
    case block          // {{$name}}

    /// Tags that may stand alone on a line, which then disappears from the output.
    var canStandAlone: Bool {
        switch self {
        case .escaped, .unescaped: return false
        default: return true
        }
    }
}

/// One scanned piece of a template.
enum Token {
    case text(String)
    case newline(String)
    case tag(Tag)
    /// Marks the start of a template line: rendering inserts the current partial indentation here.
    case indent
}

/// A scanned tag with its position and, for standalone tags, the whitespace that led its line.
struct Tag {
    var kind: TagKind
    var name: String
    var line: Int
    var column: Int
    /// For standalone partials, parents and blocks: the whitespace before the tag on its line.
    var standaloneIndent: String?
    /// For a standalone block: the indentation its content is expanded at, set by the scanner.
    var expansionIndent: String?
}
