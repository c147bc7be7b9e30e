import PorticoArguments
import PorticoModel

/// `portico-admin completions bash|zsh`: the shell completion script, from the command definitions.
enum CompletionsCommand {
    static let command = AdminCommand(["completions"], capability: nil, writes: false, spec: CommandSpec(
        "completions", abstract: "Print the bash or zsh completion script for portico-admin.",
        discussion: "bash: save as ~/.local/share/bash-completion/completions/portico-admin (or source it). zsh: save as _portico-admin in a folder on $fpath, then run compinit.",
        positionals: [PositionalSpec("shell", "bash or zsh.")],
        examples: ["portico-admin completions bash > ~/.local/share/bash-completion/completions/portico-admin"]
    )) { context in
        let completion = ShellCompletion(toolName: "portico-admin", root: context.catalog.root, globalOptions: AdminCatalog.globalOptions)
        switch context.arguments.positionals[0] {
        case "bash": context.output.writeData(completion.bash())
        case "zsh": context.output.writeData(completion.zsh())
        case let other: throw ModelError.invalid(field: "shell", value: other, reason: "must be bash or zsh")
        }
    }
}
