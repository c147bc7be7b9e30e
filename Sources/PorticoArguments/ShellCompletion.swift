import Foundation

/// Shell completion scripts for bash and zsh, generated from a tool's command tree, so they list exactly the
/// commands and options the parser accepts. Both complete command words, options (after `-`) and, after an option
/// that takes a value or where a command takes a file, file names.
public struct ShellCompletion: Sendable {
    public let toolName: String
    public let root: CommandSpec
    /// Options accepted anywhere on the line (portico-admin's `--db`, `--as`, …).
    public let globalOptions: [OptionSpec]

    public init(toolName: String, root: CommandSpec, globalOptions: [OptionSpec] = []) {
        self.toolName = toolName
        self.root = root
        self.globalOptions = globalOptions
    }

    /// Every command path below the root (groups and leaves), as space-joined words, with its spec.
    var paths: [(path: String, command: CommandSpec)] {
        var result: [(String, CommandSpec)] = [("", root)]
        func visit(_ command: CommandSpec, _ prefix: String) {
            for sub in command.subcommands {
                let path = prefix.isEmpty ? sub.name : prefix + " " + sub.name
                result.append((path, sub))
                visit(sub, path)
            }
        }
        visit(root, "")
        return result
    }

    private func options(of command: CommandSpec) -> [OptionSpec] {
        let own = command.subcommands.isEmpty ? command.options.filter { !$0.isGlobal } : []
        return own + globalOptions + [.flag("help", "Show help for this command.")]
    }

    /// A shell identifier made from the tool's name (`portico-admin` → `portico_admin`).
    private var function: String { "_" + toolName.replacingOccurrences(of: "-", with: "_") }

    private func quotedCase(_ path: String) -> String { "\"\(path)\"" }

    /// The `case` arms that move the command path on when a word names a subcommand.
    private func subcommandArms(indent: String) -> String {
        paths.dropFirst().map { "\(indent)\(quotedCase($0.path))) cmdpath=\(quotedCase($0.path)) ;;\n" }.joined()
    }

    /// The `case` arms giving the options that take a value, per path.
    private func valueOptionArms(indent: String) -> String {
        paths.map { path, command in
            let names = options(of: command).filter(\.takesValue).map { "--" + $0.name }
            return "\(indent)\(quotedCase(path))) values=\"\(names.joined(separator: " "))\" ;;\n"
        }.joined()
    }

    /// The loop both shells run over the words before the cursor: it follows subcommand words to the command path
    /// and skips options with the values they take, so global options may come anywhere.
    private func commandPathLoop(words: String, first: Int, cursor: String) -> String {
        """
            for ((i = \(first); i < \(cursor); i++)); do
                word="${\(words)[i]}"
                if ((expect_value)); then expect_value=0; continue; fi
                case "$cmdpath" in
        \(valueOptionArms(indent: "            "))        esac
                if [[ "$word" == --* ]]; then
                    [[ "$word" != *=* && " $values " == *" $word "* ]] && expect_value=1
                    continue
                fi
                case "${cmdpath:+$cmdpath }$word" in
        \(subcommandArms(indent: "            "))        esac
            done
        """
    }

    // MARK: - bash

    /// A bash script: `source` it, or install it in bash-completion's folder under the tool's name.
    public func bash() -> String {
        var arms = ""
        for (path, command) in paths {
            let words = command.subcommands.map(\.name) + options(of: command).map { "--" + $0.name }
            arms += "        \(quotedCase(path))) candidates=\"\(words.joined(separator: " "))\"; subcommands=\(command.subcommands.isEmpty ? 0 : 1) ;;\n"
        }
        return """
        # bash completion for \(toolName), generated from its command definitions; do not edit.
        # Install: source this file, or copy it to /usr/share/bash-completion/completions/\(toolName).
        \(function)() {
            local cur="${COMP_WORDS[COMP_CWORD]}" cmdpath="" word values="" expect_value=0 candidates="" subcommands=0 i
        \(commandPathLoop(words: "COMP_WORDS", first: 1, cursor: "COMP_CWORD"))
            # An option's value: leave it to file name completion.
            if ((expect_value)); then COMPREPLY=(); return 0; fi
            case "$cmdpath" in
        \(arms)    esac
            if [[ "$cur" == -* ]]; then
                COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
            elif ((subcommands)); then
                COMPREPLY=($(compgen -W "${candidates%%--*}" -- "$cur"))
            else
                COMPREPLY=()
            fi
        }
        complete -o default -F \(function) \(toolName)

        """
    }

    // MARK: - zsh

    /// A zsh completion function: put it on `$fpath` as `_\(toolName)` (then `compinit`).
    public func zsh() -> String {
        func entry(_ name: String, _ help: String) -> String {
            let text = help.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "\n", with: " ")
            return "'\(name.replacingOccurrences(of: ":", with: "\\:")):\(text)'"
        }
        var arms = ""
        for (path, command) in paths {
            let subcommands = command.subcommands.map { entry($0.name, $0.abstract) }
            let options = options(of: command).map { entry("--" + $0.name, $0.help) }
            arms += "        \(quotedCase(path)))\n"
            arms += "            commands=(\(subcommands.joined(separator: " ")))\n"
            arms += "            options=(\(options.joined(separator: " "))) ;;\n"
        }
        return """
        #compdef \(toolName)
        # zsh completion for \(toolName), generated from its command definitions; do not edit.
        # Install: copy to a folder on $fpath as _\(toolName), then run compinit.
        \(function)() {
            local cmdpath="" word values="" i
            local -i expect_value=0
            local -a commands options
        \(commandPathLoop(words: "words", first: 2, cursor: "CURRENT"))
            if ((expect_value)); then _files; return; fi
            case "$cmdpath" in
        \(arms)    esac
            if [[ "$PREFIX" == -* ]]; then
                _describe -t options 'option' options
            elif (($#commands)); then
                _describe -t commands 'command' commands
            else
                _files
            fi
        }
        \(function) "$@"

        """
    }
}
