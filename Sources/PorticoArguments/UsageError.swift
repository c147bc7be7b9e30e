/// A command line that does not fit the command's declaration. Always reported, never answered with silent help.
public enum UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A command word that names no command; carries the nearest known names.
    case unknownCommand(String, path: [String], suggestions: [String])
    /// A group of commands was named without choosing one.
    case missingSubcommand(path: [String], available: [String])
    /// An option this command does not declare.
    case unknownOption(String, suggestion: String?)
    /// An option that needs a value came last or before another option.
    case missingValue(option: String)
    /// A flag was given a value with `=`.
    case unexpectedValue(option: String)
    /// A required option is absent.
    case missingOption(String)
    /// A required positional argument is absent.
    case missingArgument(String)
    /// More positional arguments than declared.
    case unexpectedArgument(String)
    /// An option given twice that may appear once.
    case duplicateOption(String)

    public var description: String {
        switch self {
        case .unknownCommand(let word, let path, let suggestions):
            let base = "unknown command '\(word)'" + (path.isEmpty ? "" : " for '\(path.joined(separator: " "))'")
            return suggestions.isEmpty ? base : base + "; did you mean '\(suggestions.joined(separator: "' or '"))'?"
        case .missingSubcommand(let path, let available):
            let subject = path.isEmpty ? "a command is needed" : "'\(path.joined(separator: " "))' needs a command"
            return "\(subject): \(available.joined(separator: ", "))"
        case .unknownOption(let option, let suggestion):
            return "unknown option '\(option)'" + (suggestion.map { "; did you mean '--\($0)'?" } ?? "")
        case .missingValue(let option): return "option '--\(option)' needs a value"
        case .unexpectedValue(let option): return "option '--\(option)' takes no value"
        case .missingOption(let option): return "missing required option '--\(option)'"
        case .missingArgument(let name): return "missing required argument <\(name)>"
        case .unexpectedArgument(let argument): return "unexpected argument '\(argument)'"
        case .duplicateOption(let option): return "option '--\(option)' given more than once"
        }
    }
}

/// Names close to `word`, for 'did you mean' suggestions (edit distance of at most 2, or a shared prefix).
public func suggestions(for word: String, among candidates: [String]) -> [String] {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    let close = scored.filter { $0.1 <= 2 || ($0.0.hasPrefix(word) && word.count >= 2) }
    return close.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + [Int](repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
