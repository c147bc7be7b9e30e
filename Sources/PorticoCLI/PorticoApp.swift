import Foundation
import PorticoCommandLine
import PorticoArguments

/// Runs the `portico` build tool: parses the words, runs the command, maps errors to exit codes.
public enum PorticoApp {
    public static let commands: [ToolCommand] = [BuildCommand.command, ServeCommand.command, CheckCommand.command, NewCommand.command,
                                                 ThemeCommand.eject, WidgetsCommand.snippet, ReportSiteCommand.command, WidgetsCommand.wordpressPlugin, MarkdownCommand.command,
                                                 CompletionsCommand.command]

    public static let root: CommandSpec = CommandSpec(
        "portico", abstract: "Portico builds a membership association's public website from its database, content and theme.",
        subcommands: [BuildCommand.command, ServeCommand.command, CheckCommand.command, NewCommand.command, ReportSiteCommand.command].map(\.spec)
            + [ThemeCommand.group, WidgetsCommand.group] + [MarkdownCommand.command, CompletionsCommand.command].map(\.spec),
        examples: ["portico build", "portico build --site my-site --out public --base-url https://example.org/"])

    public static func run(_ words: [String], environment: [String: String], output: CommandOutput) -> ExitCode {
        let help = HelpFormatter(toolName: "portico", globalOptions: [])
        if words.isEmpty {
            output.write(help.help(for: root, path: []))
            return .success
        }
        do {
            let (spec, arguments) = try ArgumentParser(root: root).parse(words)
            if arguments.wantsHelp {
                output.write(help.help(for: spec, path: arguments.commandPath))
                return .success
            }
            guard let command = commands.first(where: { $0.path == arguments.commandPath }) else {
                // A group named alone (`portico theme`): its help.
                output.write(help.help(for: spec, path: arguments.commandPath))
                return .success
            }
            try command.run(arguments, environment, output)
            return .success
        } catch {
            let (message, code) = ErrorReport.describe(error)
            output.failure(tool: "portico", message)
            if error is UsageError { output.error("Run 'portico --help' for usage.\n") }
            return code
        }
    }
}

/// One `portico` command.
public struct ToolCommand: Sendable {
    public let spec: CommandSpec
    /// The words that name it (`["build"]`, `["theme", "eject"]`).
    public let path: [String]
    let run: @Sendable (ParsedArguments, [String: String], CommandOutput) throws -> Void

    init(spec: CommandSpec, group: String? = nil, run: @escaping @Sendable (ParsedArguments, [String: String], CommandOutput) throws -> Void) {
        self.spec = spec
        self.path = (group.map { [$0] } ?? []) + [spec.name]
        self.run = run
    }
}
