import Testing
@testable import PorticoArguments

@Suite struct ArgumentParserTests {
    let root = CommandSpec("tool", abstract: "A tool.", options: [
        .value("db", "PATH", "Database file.", global: true),
        .flag("json", "JSON output.", global: true),
    ], subcommands: [
        CommandSpec("staff", abstract: "Staff.", subcommands: [
            CommandSpec("add", abstract: "Add.", options: [
                .value("email", "EMAIL", "Email.", required: true),
                .value("role", "ROLE", "Role."),
                .value("tag", "TAG", "Tag.", repeatable: true),
            ], examples: ["tool staff add --email a@b.c"]),
            CommandSpec("list", abstract: "List.", examples: ["tool staff list"]),
        ]),
        CommandSpec("show", abstract: "Show.", positionals: [PositionalSpec("id", "The id.")], examples: ["tool show 1"]),
    ])

    @Test func globalOptionsAreAcceptedAnywhere() throws {
        let parser = ArgumentParser(root: root)
        let (command, args) = try parser.parse(["--db", "x.db", "staff", "--json", "add", "--email=a@b.c", "--tag", "x", "--tag", "y"])
        #expect(command.name == "add")
        #expect(args.commandPath == ["staff", "add"])
        #expect(args.value("db") == "x.db")
        #expect(args.flag("json"))
        #expect(args.value("email") == "a@b.c")
        #expect(args.allValues("tag") == ["x", "y"])
    }

    @Test func unknownOptionSuggestsTheNearestName() {
        #expect(throws: UsageError.unknownOption("--emial", suggestion: "email")) {
            try ArgumentParser(root: root).parse(["staff", "add", "--emial", "a@b.c"])
        }
    }

    @Test func unknownCommandSuggests() {
        #expect(throws: UsageError.unknownCommand("staf", path: [], suggestions: ["staff"])) {
            try ArgumentParser(root: root).parse(["staf", "list"])
        }
    }

    @Test func missingRequiredOptionAndValue() {
        #expect(throws: UsageError.missingOption("email")) { try ArgumentParser(root: root).parse(["staff", "add"]) }
        #expect(throws: UsageError.missingValue(option: "email")) { try ArgumentParser(root: root).parse(["staff", "add", "--email"]) }
        #expect(throws: UsageError.duplicateOption("email")) {
            try ArgumentParser(root: root).parse(["staff", "add", "--email", "a", "--email", "b"])
        }
    }

    @Test func positionalsAndDoubleDash() throws {
        let (_, args) = try ArgumentParser(root: root).parse(["show", "--", "--weird-id"])
        #expect(args.positionals == ["--weird-id"])
        #expect(throws: UsageError.missingArgument("id")) { try ArgumentParser(root: root).parse(["show"]) }
        #expect(throws: UsageError.unexpectedArgument("2")) { try ArgumentParser(root: root).parse(["show", "1", "2"]) }
    }

    @Test func helpWinsOverMissingOptions() throws {
        let (command, args) = try ArgumentParser(root: root).parse(["staff", "add", "--help"])
        #expect(args.wantsHelp && command.name == "add")
        let text = HelpFormatter(toolName: "tool", globalOptions: root.options).help(for: command, path: args.commandPath)
        #expect(text.hasPrefix("USAGE: tool staff add --email <EMAIL> [options]\n"))
        #expect(text.contains("EXAMPLES:\n  tool staff add --email a@b.c"))
        #expect(text.contains("--db <PATH>"))
    }

    @Test func groupWithoutCommandIsAnError() {
        #expect(throws: UsageError.missingSubcommand(path: ["staff"], available: ["add", "list"])) {
            try ArgumentParser(root: root).parse(["staff"])
        }
    }

    @Test func flagsRejectValues() {
        #expect(throws: UsageError.unexpectedValue(option: "json")) { try ArgumentParser(root: root).parse(["staff", "list", "--json=yes"]) }
    }
}
