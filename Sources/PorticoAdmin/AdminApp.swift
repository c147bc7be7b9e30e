import PorticoCommandLine
import PorticoArguments
import PorticoModel

/// Runs `portico-admin` with the given words: parses, checks the actor's capability, runs, and maps errors to exit codes.
public enum AdminApp {
    /// Runs `words` against `catalog` (Portico's commands and features unless a test adds its own).
    public static func run(_ words: [String], environment: [String: String], output: CommandOutput, catalog: AdminCatalog = .builtIn) -> ExitCode {
        let parser = ArgumentParser(root: catalog.root)
        let help = HelpFormatter(toolName: "portico-admin", globalOptions: AdminCatalog.globalOptions)
        if words.isEmpty {
            output.write(help.help(for: catalog.root, path: []))
            return .success
        }
        do {
            let (spec, arguments) = try parser.parse(words)
            if arguments.wantsHelp {
                output.write(help.help(for: spec, path: arguments.commandPath))
                return .success
            }
            guard let command = catalog.command(at: arguments.commandPath) else {
                output.write(help.help(for: spec, path: arguments.commandPath))
                return .usage
            }
            let context = CommandContext(arguments: arguments, environment: environment, output: output, commandPath: command.path, catalog: catalog)
            if let capability = command.capability {
                try context.actor().require(capability)
            }
            try command.run(context)
            return .success
        } catch {
            let (message, code) = ErrorReport.describe(error)
            output.failure(tool: "portico-admin", message)
            if error is UsageError { output.error("Run '" + (["portico-admin"] + usagePath(words, root: catalog.root)).joined(separator: " ") + " --help' for usage.\n") }
            return code
        }
    }

    private static func usagePath(_ words: [String], root: CommandSpec) -> [String] {
        var path: [String] = []
        var command = root
        for word in words where !word.hasPrefix("-") {
            guard let next = command.subcommand(word) else { break }
            path.append(word)
            command = next
        }
        return path
    }
}
