/// Splits a command line against a command tree: `tool NOUN VERB [ARGS] [--flags]`,
/// with global options accepted anywhere and `--` ending option parsing.
public struct ArgumentParser: Sendable {
    public let root: CommandSpec

    public init(root: CommandSpec) { self.root = root }

    /// Parses `arguments` (without the executable name). Returns the command reached and what was said.
    public func parse(_ arguments: [String]) throws -> (command: CommandSpec, arguments: ParsedArguments) {
        var parsed = ParsedArguments()
        var command = root
        let globals = root.options.filter(\.isGlobal)
        var index = 0
        var optionsEnded = false
        var pendingError: UsageError?

        func option(named name: String) -> OptionSpec? {
            command.options.first { $0.name == name } ?? globals.first { $0.name == name }
        }

        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                if !optionsEnded, !command.subcommands.isEmpty, parsed.positionals.isEmpty {
                    guard let next = command.subcommand(word) else {
                        pendingError = pendingError ?? .unknownCommand(word, path: parsed.commandPath,
                                                                      suggestions: suggestions(for: word, among: command.subcommands.map(\.name)))
                        break
                    }
                    command = next
                    parsed.commandPath.append(word)
                    continue
                }
                parsed.positionals.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            if word == "--help" || word == "-h" { parsed.wantsHelp = true; continue }
            guard word.hasPrefix("--") else {
                pendingError = pendingError ?? .unknownOption(word, suggestion: nil)
                continue
            }
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let spec = option(named: name) else {
                let known = command.options.map(\.name) + globals.map(\.name)
                pendingError = pendingError ?? .unknownOption(word, suggestion: suggestions(for: name, among: known).first)
                continue
            }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, !(arguments[index].hasPrefix("--") && arguments[index].count > 2) {
                    value = arguments[index]
                    index += 1
                } else {
                    pendingError = pendingError ?? .missingValue(option: name)
                    continue
                }
                if parsed.values[name] != nil && !spec.isRepeatable {
                    pendingError = pendingError ?? .duplicateOption(name)
                }
                parsed.values[name, default: []].append(value)
            } else {
                if inlineValue != nil { pendingError = pendingError ?? .unexpectedValue(option: name) }
                parsed.flags.insert(name)
            }
        }
        // Help wins over every other complaint: `portico-admin staff add --help` must work without the required options.
        if parsed.wantsHelp { return (command, parsed) }
        if let pendingError { throw pendingError }
        if !command.subcommands.isEmpty {
            throw UsageError.missingSubcommand(path: parsed.commandPath, available: command.subcommands.map(\.name))
        }
        for spec in command.options where spec.isRequired && parsed.values[spec.name] == nil {
            throw UsageError.missingOption(spec.name)
        }
        let required = command.positionals.filter(\.isRequired).count
        if parsed.positionals.count < required {
            throw UsageError.missingArgument(command.positionals[parsed.positionals.count].name)
        }
        if parsed.positionals.count > command.positionals.count && command.positionals.last?.isRepeating != true {
            throw UsageError.unexpectedArgument(parsed.positionals[command.positionals.count])
        }
        return (command, parsed)
    }

    /// Finds the command at a path of names (for help on a group).
    public func command(at path: [String]) -> CommandSpec? {
        var command = root
        for name in path {
            guard let next = command.subcommand(name) else { return nil }
            command = next
        }
        return command
    }
}
