/// Removes comments and needless whitespace from JavaScript, as Douglas Crockford's JSMin does (the same state
/// machine: characters A and B, one character of lookahead), so a theme's scripts cost a visitor fewer bytes. Strings,
/// template literals and regular expression literals are copied as they are; line breaks that automatic semicolon
/// insertion may need are kept. JSMin's known limit holds here too: a regular expression literal must follow an
/// operator or punctuation (`(`, `,`, `=`, `:`, `[`, `!`, `&`, `|`, `?`, `+`, `-`, `~`, `*`, `/`, `{`, `}`, `;` or a
/// line break), not a keyword such as `return`.
public struct JavaScriptMinifier {
    /// Why a script cannot be minified, and the line where the construct began.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    private static let end = -1
    private let input: [UInt8]
    private var position = 0
    private var line = 1
    private var lookahead = end
    private var a = 0, b = 0, x = end, y = end
    private var output: [UInt8] = []

    private init(_ input: [UInt8]) { self.input = input }

    /// The minified script.
    public static func minify(_ source: [UInt8]) throws(Failure) -> [UInt8] {
        var minifier = JavaScriptMinifier(source)
        try minifier.run()
        return minifier.output
    }

    private static func isAlphanumeric(_ c: Int) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A)
            || c == 0x5F || c == 0x24 || c == 0x5C || c > 126
    }

    /// The next character, with carriage returns as line feeds and other control characters as spaces.
    private mutating func get() -> Int {
        var c = lookahead
        lookahead = Self.end
        if c == Self.end {
            guard position < input.count else { return Self.end }
            c = Int(input[position])
            position += 1
            if c == 0x0A { line += 1 }
        }
        if c >= 0x20 || c == 0x0A || c == Self.end { return c }
        return c == 0x0D ? 0x0A : 0x20
    }

    private mutating func peek() -> Int {
        lookahead = get()
        return lookahead
    }

    /// The next character outside comments: a line comment reads as its line break, a block comment as a space.
    private mutating func next() throws(Failure) -> Int {
        var c = get()
        if c == slash {
            switch peek() {
            case slash:
                repeat { c = get() } while c > 0x0A
            case star:
                let started = line
                _ = get()
                while c != space {
                    switch get() {
                    case star: if peek() == slash { _ = get(); c = space }
                    case Self.end: throw Failure(line: started, message: "unterminated comment")
                    default: break
                    }
                }
            default: break
            }
        }
        y = x
        x = c
        return c
    }

    private mutating func put(_ c: Int) { output.append(UInt8(c)) }

    /// JSMin's three actions: 1 writes A and moves on, 2 drops A, 3 drops B.
    private mutating func action(_ kind: Int) throws(Failure) {
        if kind == 1 {
            put(a)
            let operators: Set<Int> = [plus, minus, star, slash]
            if (y == 0x0A || y == space) && operators.contains(a) && operators.contains(b) { put(y) }
        }
        if kind <= 2 {
            a = b
            if a == quote || a == apostrophe || a == backtick {
                let started = line
                while true {
                    put(a)
                    a = get()
                    if a == b { break }
                    if a == backslash { put(a); a = get() }
                    if a == Self.end { throw Failure(line: started, message: "unterminated string literal") }
                }
            }
        }
        b = try next()
        let regexFollows: Set<Int> = [0x28, 0x2C, 0x3D, 0x3A, 0x5B, 0x21, 0x26, 0x7C, 0x3F, plus, minus, 0x7E, star, slash, 0x7B, 0x7D, 0x3B, 0x0A]
        if b == slash && regexFollows.contains(a) {
            let started = line
            put(a)
            if a == slash || a == star { put(space) }
            put(b)
            while true {
                a = get()
                if a == 0x5B {
                    while true {
                        put(a)
                        a = get()
                        if a == 0x5D { break }
                        if a == backslash { put(a); a = get() }
                        if a == Self.end { throw Failure(line: started, message: "unterminated set in a regular expression literal") }
                    }
                } else if a == slash {
                    break
                } else if a == backslash {
                    put(a)
                    a = get()
                }
                if a == Self.end || a == 0x0A { throw Failure(line: started, message: "unterminated regular expression literal") }
                put(a)
            }
            // A is the closing slash, written by the next action.
            b = try next()
        }
    }

    private mutating func run() throws(Failure) {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        a = 0x0A
        try action(3)
        while a != Self.end {
            switch a {
            case space:
                try action(Self.isAlphanumeric(b) ? 1 : 2)
            case 0x0A:
                switch b {
                case 0x7B, 0x5B, 0x28, plus, minus, 0x21, 0x7E: try action(1)
                case space: try action(3)
                default: try action(Self.isAlphanumeric(b) ? 1 : 2)
                }
            default:
                switch b {
                case space:
                    try action(Self.isAlphanumeric(a) ? 1 : 3)
                case 0x0A:
                    switch a {
                    case 0x7D, 0x5D, 0x29, plus, minus, quote, apostrophe, backtick: try action(1)
                    default: try action(Self.isAlphanumeric(a) ? 1 : 3)
                    }
                default:
                    try action(1)
                }
            }
        }
        // JSMin starts from a line break and writes it; one line break at the end, none at the start.
        let first = output.firstIndex { $0 != 0x0A } ?? output.endIndex
        output.removeFirst(first)
        while output.last == 0x0A { output.removeLast() }
        output.append(0x0A)
    }
}

private let space = 0x20, slash = 0x2F, star = 0x2A, plus = 0x2B, minus = 0x2D
private let quote = 0x22, apostrophe = 0x27, backtick = 0x60, backslash = 0x5C
