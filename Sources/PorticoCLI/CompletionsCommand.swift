import PorticoArguments
import PorticoModel

/// `portico completions bash|zsh`: the shell completion script, from the command definitions.
enum CompletionsCommand {
    static let command: ToolCommand = ToolCommand(spec: CommandSpec(
        "completions", abstract: "Print the bash or zsh completion script for portico.",
        discussion: "bash: save as ~/.local/share/bash-completion/completions/portico (or source it). zsh: save as _portico in a folder on $fpath, then run compinit.",
        positionals: [PositionalSpec("shell", "bash or zsh.")],
        examples: ["portico completions bash > ~/.local/share/bash-completion/completions/portico", "portico completions zsh > ~/.zfunc/_portico"]
    )) { arguments, _, output in
        let completion = ShellCompletion(toolName: "portico", root: PorticoApp.root)
        switch arguments.positionals[0] {
        case "bash": output.writeData(completion.bash())
        case "zsh": output.writeData(completion.zsh())
        case let other: throw ModelError.invalid(field: "shell", value: other, reason: "must be bash or zsh")
        }
    }
}
