/// Renders `--help` text: usage, abstract, commands, arguments, options and examples.
public struct HelpFormatter: Sendable {
    public let toolName: String
    public let globalOptions: [OptionSpec]

    public init(toolName: String, globalOptions: [OptionSpec]) {
        self.toolName = toolName
        self.globalOptions = globalOptions
    }

    public func help(for command: CommandSpec, path: [String]) -> String {
        let invocation = ([toolName] + path).joined(separator: " ")
        var lines: [String] = []
        var usage = "USAGE: \(invocation)"
        if !command.subcommands.isEmpty { usage += " <command>" }
        for positional in command.positionals {
            let name = "<\(positional.name)>" + (positional.isRepeating ? "..." : "")
            usage += positional.isRequired ? " " + name : " [" + name + "]"
        }
        for option in command.options where option.isRequired { usage += " --\(option.name) <\(option.valueName ?? "")>" }
        usage += " [options]"
        lines.append(usage)
        lines.append("")
        lines.append(command.abstract)
        if !command.discussion.isEmpty {
            lines.append("")
            lines.append(command.discussion)
        }
        if !command.subcommands.isEmpty {
            lines.append("")
            lines.append("COMMANDS:")
            let width = command.subcommands.map(\.name.count).max() ?? 0
            for sub in command.subcommands { lines.append("  " + pad(sub.name, width) + "  " + sub.abstract) }
        }
        if !command.positionals.isEmpty {
            lines.append("")
            lines.append("ARGUMENTS:")
            let width = command.positionals.map { $0.name.count + 2 }.max() ?? 0
            for positional in command.positionals { lines.append("  " + pad("<\(positional.name)>", width) + "  " + positional.help) }
        }
        let own = command.options.filter { !$0.isGlobal }
        if !own.isEmpty {
            lines.append("")
            lines.append("OPTIONS:")
            lines.append(contentsOf: optionLines(own))
        }
        if !globalOptions.isEmpty {
            lines.append("")
            lines.append("GLOBAL OPTIONS:")
            lines.append(contentsOf: optionLines(globalOptions + [.flag("help", "Show help for this command.")]))
        }
        if !command.examples.isEmpty {
            lines.append("")
            lines.append("EXAMPLES:")
            for example in command.examples { lines.append("  " + example) }
        }
        if !command.subcommands.isEmpty {
            lines.append("")
            lines.append("See '\(invocation) <command> --help' for a command's options.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func optionLines(_ options: [OptionSpec]) -> [String] {
        let labels = options.map { "--\($0.name)" + ($0.valueName.map { " <\($0)>" } ?? "") }
        let width = labels.map(\.count).max() ?? 0
        return zip(labels, options).map { label, option in
            "  " + pad(label, width) + "  " + option.help + (option.isRequired ? " (required)" : "") + (option.isRepeatable ? " (repeatable)" : "")
        }
    }

    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
}
