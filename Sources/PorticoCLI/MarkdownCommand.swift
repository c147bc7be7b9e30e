import Foundation
import PorticoCommandLine
import PorticoArguments
import PorticoMarkdown
import PorticoModel
import PorticoSite

/// `portico markdown`: prints the HTML a Markdown file renders to, exactly as pages render it.
enum MarkdownCommand {
    static let command: ToolCommand = ToolCommand(spec: CommandSpec(
        "markdown", abstract: "Render Markdown to HTML as pages do (trusted mode; --safe as for database text).",
        discussion: """
        Profiles: 'site' (default) renders as content pages do, front matter left out; 'gfm' as cmark-gfm does with
        GitHub's extensions (tag filter on, no heading ids, GitHub's exact markup); 'commonmark' as the plain CommonMark spec.
        """,
        options: [
            .flag("safe", "Safe mode: drop raw HTML and dangerous URLs, as for text from the database."),
            .value("profile", "NAME", "site (default), gfm or commonmark."),
        ],
        positionals: [PositionalSpec("file", "The Markdown file (default: standard input).", required: false)],
        examples: ["portico markdown content/help/_index.md", "echo '**hi**' | portico markdown --safe", "portico markdown --profile gfm README.md"]
    )) { arguments, _, output in
        var data: Data
        if let path = arguments.positionals.first, path != "-" {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw ModelError.notFound(entity: "file", key: path)
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let profile = arguments.value("profile") ?? "site"
        // A content page's front matter is settings, not text: the site profile renders what the page shows.
        if profile == "site", data.starts(with: Array("---".utf8)), let text = String(data: data, encoding: .utf8) {
            let page = try FrontMatter(parsing: text, file: arguments.positionals.first ?? "stdin")
            data = Data(page.body.utf8)
        }
        var options: MarkdownOptions
        switch profile {
        case "site": options = .trusted
        case "gfm": options = .github
        case "commonmark": options = .commonMark
        case let other: throw ModelError.invalid(field: "--profile", value: other, reason: "must be site, gfm or commonmark")
        }
        // --safe renders as database text does: no raw HTML, safe URLs, and (for the site profile) no heading ids.
        if arguments.flag("safe") { options = options == .trusted ? .safe : { var o = options; o.safe = true; return o }() }
        guard let html = Markdown.htmlUTF8(bytes: [UInt8](data), options: options) else {
            throw ModelError.invalid(field: "file", value: arguments.positionals.first ?? "stdin", reason: "not valid UTF-8")
        }
        output.writeData(html)
    }
}
