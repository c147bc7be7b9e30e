/// Splits template source into text, newline and tag tokens, honouring set-delimiter tags.
struct Scanner {
    let source: [Character]
    let file: String
    private(set) var position = 0
    private var line = 1
    private var lineStart = 0
    private var open: [Character] = ["{", "{"]
    private var close: [Character] = ["}", "}"]

    init(source: String, file: String) {
        self.source = Array(source)
        self.file = file
    }

    private func matches(_ delimiter: [Character], at index: Int) -> Bool {
        guard index + delimiter.count <= source.count else { return false }
        for (offset, character) in delimiter.enumerated() where source[index + offset] != character { return false }
        return true
    }

    func sourceLine(_ number: Int) -> String {
        var current = 1
        var text = ""
        for character in source {
            if character == "\n" || character == "\r\n" {
                if current == number { return text }
                current += 1
                continue
            }
            if current == number { text.append(character) }
        }
        return text
    }

    func error(_ kind: TemplateError.Kind, line: Int, column: Int) -> TemplateError {
        TemplateError(kind: kind, file: file, line: line, column: column, sourceLine: sourceLine(line))
    }

    /// Scans the whole source into tokens.
    mutating func scan() throws -> [Token] {
        var tokens: [Token] = []
        var text = ""
        func flush() {
            if !text.isEmpty { tokens.append(.text(text)); text = "" }
        }
        while position < source.count {
            let character = source[position]
            // Swift folds "\r\n" into one Character.
            if character == "\n" || character == "\r\n" {
                flush()
                tokens.append(.newline(String(character)))
                position += 1
                line += 1
                lineStart = position
                continue
            }
            if matches(open, at: position) {
                flush()
                tokens.append(.tag(try scanTag()))
                continue
            }
            text.append(character)
            position += 1
        }
        flush()
        return tokens
    }

    private mutating func scanTag() throws -> Tag {
        let tagLine = line
        let column = position - lineStart + 1
        position += open.count
        var kind = TagKind.escaped
        var closing = close
        if position < source.count {
            switch source[position] {
            case "{": kind = .unescaped; closing = ["}"] + close; position += 1
            case "&": kind = .unescaped; position += 1
            case "#": kind = .section; position += 1
            case "^": kind = .inverted; position += 1
            case "/": kind = .close; position += 1
            case "!": kind = .comment; position += 1
            case ">": kind = .partial; position += 1
            case "=": kind = .delimiters; closing = ["="] + close; position += 1
            case "<": kind = .parent; position += 1
            case "$": kind = .block; position += 1
            default: break
            }
        }
        let contentStart = position
        while position < source.count && !matches(closing, at: position) {
            if source[position] == "\n" || source[position] == "\r\n" {
                if kind != .comment { throw error(.unclosedTag, line: tagLine, column: column) }
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        guard position < source.count else { throw error(.unclosedTag, line: tagLine, column: column) }
        let content = String(source[contentStart..<position])
        position += closing.count
        let name = content.trimmingWhitespace()
        switch kind {
        case .comment:
            break
        case .delimiters:
            let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else {
                throw error(.invalidDelimiters(content), line: tagLine, column: column)
            }
            open = Array(parts[0])
            close = Array(parts[1])
        default:
            if name.isEmpty { throw error(.emptyTag, line: tagLine, column: column) }
        }
        return Tag(kind: kind, name: name, line: tagLine, column: column)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r\n" || first == "\r" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r\n" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    var isBlank: Bool { allSatisfy { $0 == " " || $0 == "\t" } }
}
