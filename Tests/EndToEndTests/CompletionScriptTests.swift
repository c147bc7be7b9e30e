import Foundation
import Testing
import PorticoAdmin
import PorticoArguments
import PorticoCLI
import PorticoTestSupport

/// The generated completion scripts, run in real bash and zsh: what is offered for a line typed so far.
@Suite struct CompletionScriptTests {
    static let tools = [ShellCompletion(toolName: "portico", root: PorticoApp.root),
                        ShellCompletion(toolName: "portico-admin", root: AdminCatalog.builtIn.root, globalOptions: AdminCatalog.globalOptions)]

    func shell(_ executable: String, _ script: String) throws -> String {
        String(decoding: try PythonTool.run(executable, ["-c", script]).output, as: UTF8.self)
    }

    /// What bash offers for `words` (the last one being completed).
    func bash(_ tool: ShellCompletion, _ words: [String]) throws -> [String] {
        let folder = TemporaryDirectory()
        try folder.write(tool.bash(), to: "script.bash")
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let output = try shell("/bin/bash", "source '\(folder.path)/script.bash'; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); "
                               + "_\(tool.toolName.replacingOccurrences(of: "-", with: "_")); printf '%s\\n' \"${COMPREPLY[@]}\"; complete -p \(tool.toolName)")
        return output.split(separator: "\n").map(String.init)
    }

    /// What zsh would offer: `_describe` and `_files` replaced by stubs that print what they were given.
    func zsh(_ tool: ShellCompletion, _ words: [String]) throws -> [String] {
        let zsh = try #require(["/usr/bin/zsh", "/bin/zsh"].first { FileManager.default.isExecutableFile(atPath: $0) }, "zsh (apt-get install zsh)")
        let folder = TemporaryDirectory()
        try folder.write(tool.zsh(), to: "_script")
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let stubs = "_describe() { local name=${@[-1]}; print -l -- ${(P)name}; }; _files() { print -- '<files>'; }; "
        let output = try shell(zsh, stubs + "words=(\(quoted)); CURRENT=\(words.count); PREFIX='\(words.last ?? "")'; source '\(folder.path)/_script'")
        return output.split(separator: "\n").map(String.init)
    }

    @Test func bashOffersCommandsOptionsAndFiles() throws {
        let portico = Self.tools[0], admin = Self.tools[1]
        #expect(try bash(portico, ["portico", "s"]).prefix(1) == ["serve"])
        #expect(try bash(portico, ["portico", "build", "--"]).contains("--check-privacy"))
        #expect(try bash(portico, ["portico", "build", "--out", ""]).first == "complete -o default -F _portico portico", "a value: files")
        #expect(try bash(admin, ["portico-admin", "mem"]) .dropLast() == ["members", "memberships"])
        // Global options and their values before the command words are skipped over.
        #expect(try bash(admin, ["portico-admin", "--db", "x.db", "--json", "invoices", "is"]).dropLast() == ["issue"])
        let options = try bash(admin, ["portico-admin", "members", "add", "--"])
        #expect(options.contains("--email") && options.contains("--db") && options.contains("--help"))
        #expect(!options.contains("add"))
    }

    @Test func zshOffersCommandsWithDescriptionsOptionsAndFiles() throws {
        let portico = Self.tools[0], admin = Self.tools[1]
        let top = try zsh(portico, ["portico", ""])
        #expect(top.contains("serve:Preview the site on this machine: build, serve on 127.0.0.1, rebuild on every change and reload open tabs."))
        #expect(try zsh(admin, ["portico-admin", "--as", "a@b.org", "invoices", ""]).contains { $0.hasPrefix("issue:") })
        #expect(try zsh(admin, ["portico-admin", "members", "add", "--"]).contains { $0.hasPrefix("--email:") })
        #expect(try zsh(portico, ["portico", "check", "--out", ""]) == ["<files>"])
        #expect(try zsh(portico, ["portico", "markdown", ""]) == ["<files>"])
    }

    @Test func theToolsPrintTheirScripts() throws {
        let bash = try BinaryRunner.run("portico", ["completions", "bash"])
        #expect(bash.exitCode == 0 && bash.standardOutput == Self.tools[0].bash())
        let zsh = try BinaryRunner.run("portico-admin", ["completions", "zsh"])
        #expect(zsh.exitCode == 0 && zsh.standardOutput == Self.tools[1].zsh())
        let fish = try BinaryRunner.run("portico", ["completions", "fish"])
        #expect(fish.exitCode == 3 && fish.standardError == "portico: error: invalid shell 'fish': must be bash or zsh\n")
        let adminFish = try BinaryRunner.run("portico-admin", ["completions", "fish"])
        #expect(adminFish.exitCode == 3 && adminFish.standardError == "portico-admin: error: invalid shell 'fish': must be bash or zsh\n")
    }
}
