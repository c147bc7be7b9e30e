import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoDefaultTheme
import PorticoModel
import PorticoSite

/// `portico theme eject LAYOUT`: copies one file of the built-in default theme into the site's theme to change,
/// as Hugo and Zola users copy a theme's template into their own `layouts/`. Everything not ejected stays built in.
enum ThemeCommand {
    static let eject: ToolCommand = ToolCommand(spec: CommandSpec(
        "eject", abstract: "Copy a layout, partial, asset or email of the built-in default theme into the site's theme, to change it.",
        discussion: """
        LAYOUT is a layout or partial name (page, help-article, header) or a path in the theme (assets/style.css, \
        emails/welcome.mustache). The file is written into themes/<theme>/ of the site (the theme named in portico.json), \
        where it overrides the built-in one; an existing file is never replaced. 'portico theme eject --list' lists \
        every file there is.
        """,
        options: [
            .value("site", "DIR", "The site folder (default: the current folder)."),
            .flag("list", "List the built-in theme's files instead of copying one."),
        ],
        positionals: [PositionalSpec("layout", "The layout, partial or theme path to copy.", required: false)],
        examples: ["portico theme eject page", "portico theme eject assets/style.css", "portico theme eject --list"]
    ), group: "theme") { arguments, _, output in
        let paths = DefaultTheme.files.keys.sorted()
        if arguments.flag("list") {
            output.write(paths.joined(separator: "\n") + "\n")
            return
        }
        guard let wanted = arguments.positionals.first else {
            throw UsageError.missingArgument("layout")
        }
        let candidates = [wanted, "layouts/\(wanted).mustache", "partials/\(wanted).mustache"]
        guard let path = candidates.first(where: { DefaultTheme.files[$0] != nil }), let text = DefaultTheme.files[path] else {
            let names = paths.map { path in
                path.hasSuffix(".mustache") && (path.hasPrefix("layouts/") || path.hasPrefix("partials/"))
                    ? String(path.split(separator: "/")[1].dropLast(".mustache".count)) : path
            }
            let near = names.filter { $0.hasPrefix(String(wanted.prefix(3))) }
            throw ModelError.notFound(entity: "file in the built-in theme", key: wanted
                + (near.isEmpty ? "" : "' (did you mean \(near.joined(separator: ", "))?)") + "; 'portico theme eject --list' lists them")
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let site = arguments.value("site").map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL } ?? current
        let theme = try SiteConfig.load(siteDirectory: site).theme
        let relative = "themes/\(theme)/\(path)"
        let destination = site.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: destination.path) {
            throw ModelError.conflict("\(relative) already exists; it already overrides the built-in \(path) (move it away to eject again)")
        }
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: destination, options: .withoutOverwriting)
        output.write("Copied the built-in \(path) to \(relative): edit it there; it now overrides the built-in one.\n")
    }

    /// `portico theme`: the group, for help and completion.
    static let group: CommandSpec = CommandSpec("theme", abstract: "Work with the site's theme (the built-in default theme, overridden file by file).",
                                   subcommands: [eject.spec], examples: ["portico theme eject page"])
}
