import Foundation
import Testing
import PorticoAdmin
import PorticoArguments
import PorticoCLI

/// Every `portico` and `portico-admin` command line shown in the README, the guides, the CI examples and the help
/// center parses with today's command definitions: a renamed option or command cannot leave the documentation behind.
@Suite struct DocsCommandLineTests {
    /// A command line found in a file, with where it was found.
    struct Found: CustomStringConvertible {
        let file: String
        let line: Int
        let words: [String]
        var description: String { "\(file):\(line): \(words.joined(separator: " "))" }
    }

    static let repository = BuildBinaryTests.repository

    /// The files to read: Markdown's sh/bash/console blocks, and every line of the CI examples.
    static func documents() -> [String] {
        var files = ["README.md"]
        for folder in ["docs", "docs/ci", "content"] {
            let root = repository.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let name as String in enumerator where name.hasSuffix(".md") || name.hasSuffix(".yml") {
                if folder == "docs" && name.contains("/") { continue }
                files.append(folder + "/" + name)
            }
        }
        return files.sorted()
    }

    /// Splits a shell line into simple commands' words (quotes honoured; comments, redirections and `$(…)` dropped).
    static func commands(in line: String) -> [[String]] {
        var commands: [[String]] = [[]]
        var word = ""
        var inWord = false
        var quote: Character?
        var skipNext = false
        func finish() {
            if inWord {
                if skipNext { skipNext = false } else { commands[commands.count - 1].append(word) }
            }
            word = ""
            inWord = false
        }
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
                continue
            }
            switch character {
            case "'", "\"": quote = character; inWord = true
            case " ", "\t": finish()
            case "#" where !inWord: finish(); return commands
            case "&", "|", ";":
                finish()
                if characters.first == character { characters.removeFirst() }
                commands.append([])
            case ">", "<":
                // `2>&1`: the digits name a descriptor, not a word.
                if inWord && !word.isEmpty && word.allSatisfy(\.isNumber) { word = ""; inWord = false } else { finish() }
                if characters.first == "&" { characters.removeFirst(); characters.removeFirst() } else { skipNext = true }
            default: word.append(character); inWord = true
            }
        }
        finish()
        return commands
    }

    static func found() throws -> [Found] {
        var result: [Found] = []
        for file in documents() {
            let text = try String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)
            var inShell = file.hasSuffix(".yml")
            var continued = ""
            for (index, raw) in text.components(separatedBy: "\n").enumerated() {
                // A line ending in a backslash goes on on the next line, as in the shell.
                if raw.hasSuffix("\\") { continued += raw.dropLast() + " "; continue }
                let trimmed = (continued + raw).trimmingCharacters(in: .whitespaces)
                continued = ""
                if file.hasSuffix(".md") && trimmed.hasPrefix("```") {
                    inShell = ["```sh", "```bash", "```console", "```shell"].contains(trimmed)
                    continue
                }
                guard inShell else { continue }
                var line = trimmed
                for prefix in ["- ", "run: ", "$ "] where line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
                for var words in commands(in: line) where !words.isEmpty {
                    if words.starts(with: ["swift", "run"]) { words.removeFirst(2) }
                    guard let tool = words.first?.split(separator: "/").last, tool == "portico" || tool == "portico-admin" else { continue }
                    // Variables stand for values: any value parses the same.
                    words = words.map { $0.contains("$") ? "https://example.org/" : $0 }
                    result.append(Found(file: file, line: index + 1, words: [String(tool)] + words.dropFirst()))
                }
            }
        }
        return result
    }

    @Test func everyDocumentedCommandLineParses() throws {
        let found = try Self.found()
        #expect(found.count > 60, "the scan found \(found.count) command lines; it should find the README's tour at least")
        for command in found {
            let root = command.words[0] == "portico" ? PorticoApp.root : AdminCatalog.builtIn.root
            do {
                let (spec, arguments) = try ArgumentParser(root: root).parse(Array(command.words.dropFirst()))
                #expect(spec.subcommands.isEmpty || arguments.wantsHelp, "\(command): names a group, not a command")
            } catch {
                Issue.record("\(command): \(error)")
            }
        }
    }

    @Test func theSplitterSeesWhatAShellSees() {
        #expect(Self.commands(in: "portico build --site 'my site' && portico check # done") == [["portico", "build", "--site", "my site"], ["portico", "check"]])
        #expect(Self.commands(in: "portico-admin completions bash > ~/x 2>&1 | tee y") == [["portico-admin", "completions", "bash"], ["tee", "y"]])
    }
}
