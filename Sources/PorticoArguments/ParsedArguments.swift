/// What the command line said: the command path, option values, flags and positionals.
public struct ParsedArguments: Sendable, Equatable {
    /// Command words after the executable, e.g. `["staff", "add"]`.
    public var commandPath: [String] = []
    /// Values by option name (without dashes), in the order given.
    public var values: [String: [String]] = [:]
    /// Flags that were present.
    public var flags: Set<String> = []
    public var positionals: [String] = []
    /// True when `--help` or `-h` appeared.
    public var wantsHelp = false

    public init() {}

    /// The last value given for an option.
    public func value(_ name: String) -> String? { values[name]?.last }
    /// Every value given for a repeatable option.
    public func allValues(_ name: String) -> [String] { values[name] ?? [] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }
}
