/// A declared option: `--name VALUE` (or a bare `--name` flag when it takes no value).
public struct OptionSpec: Sendable {
    public let name: String
    public let valueName: String?
    public let help: String
    public let isRequired: Bool
    public let isRepeatable: Bool
    /// Global options are accepted anywhere on the line, before or after the command words.
    public let isGlobal: Bool

    public var takesValue: Bool { valueName != nil }

    /// An option that takes a value, such as `--email E`.
    public static func value(_ name: String, _ valueName: String, _ help: String, required: Bool = false, repeatable: Bool = false, global: Bool = false) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help, isRequired: required, isRepeatable: repeatable, isGlobal: global)
    }

    /// A flag with no value, such as `--json`.
    public static func flag(_ name: String, _ help: String, global: Bool = false) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help, isRequired: false, isRepeatable: false, isGlobal: global)
    }
}

/// A positional argument.
public struct PositionalSpec: Sendable {
    public let name: String
    public let help: String
    public let isRequired: Bool
    /// True for a last positional that takes one value or more (`FILE…`).
    public let isRepeating: Bool
    public init(_ name: String, _ help: String, required: Bool = true, repeating: Bool = false) {
        self.name = name
        self.help = help
        self.isRequired = required
        self.isRepeating = repeating
    }
}

/// A command (or a group of subcommands) with its help text and examples.
public struct CommandSpec: Sendable {
    public let name: String
    public let abstract: String
    public let discussion: String
    public let options: [OptionSpec]
    public let positionals: [PositionalSpec]
    public let subcommands: [CommandSpec]
    /// Example command lines shown in help; every runnable command has at least one.
    public let examples: [String]

    public init(_ name: String, abstract: String, discussion: String = "", options: [OptionSpec] = [], positionals: [PositionalSpec] = [],
                subcommands: [CommandSpec] = [], examples: [String] = []) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.positionals = positionals
        self.subcommands = subcommands
        self.examples = examples
    }

    public func subcommand(_ name: String) -> CommandSpec? { subcommands.first { $0.name == name } }

    /// Every runnable command below this one (leaves), with its path of names.
    public func leaves(path: [String] = []) -> [(path: [String], command: CommandSpec)] {
        let here = path + [name]
        if subcommands.isEmpty { return [(here, self)] }
        return subcommands.flatMap { $0.leaves(path: here) }
    }
}
