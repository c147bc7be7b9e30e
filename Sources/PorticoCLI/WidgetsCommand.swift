import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSite

/// `portico widgets snippet NAME` and `portico widgets wordpress-plugin`: the embed code for other websites.
enum WidgetsCommand {
    static func site(_ arguments: ParsedArguments) -> URL {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return arguments.value("site").map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL } ?? current
    }

    static let snippet: ToolCommand = ToolCommand(spec: CommandSpec(
        "snippet", abstract: "Print the two lines that put a widget on another website.",
        discussion: "NAME is one of \(Widget.all.map(\.name).joined(separator: ", ")). Options become the element's attributes; the address is the site's baseURL in portico.json.",
        options: [.value("site", "DIR", "The site folder (default: the current folder)."), .value("limit", "N", "How many to show."),
                  .value("layout", "LAYOUT", "list, cards or compact."), .value("category", "SLUG", "Only this category (events, jobs) or format (courses)."),
                  .value("type", "TYPE", "directory: members or companies."), .value("country", "CC", "directory: only this country."),
                  .value("tier", "SLUG", "sponsors: only this tier."), .value("heading", "TEXT", "A heading above the widget."),
                  .flag("show-past", "events: past events instead.")],
        positionals: [PositionalSpec("name", "The widget.")],
        examples: ["portico widgets snippet events --limit 3", "portico widgets snippet directory --type companies --layout cards"]
    ), group: "widgets") { arguments, _, output in
        let name = arguments.positionals[0]
        guard let widget = Widget.named(name) else {
            throw ModelError.notFound(entity: "widget", key: name + "' (one of \(Widget.all.map(\.name).joined(separator: ", ")))")
        }
        var attributes: [(String, String)] = []
        for attribute in widget.attributes {
            if attribute.name == "show-past" { if arguments.flag("show-past") { attributes.append(("show-past", "")) }; continue }
            if let value = arguments.value(attribute.name) { attributes.append((attribute.name, value)) }
        }
        for option in ["limit", "layout", "category", "type", "country", "tier", "heading"] where arguments.value(option) != nil && !widget.attributes.contains(where: { $0.name == option }) {
            throw ModelError.invalid(field: "--" + option, value: arguments.value(option)!, reason: "the \(name) widget has no '\(option)' (it has \(widget.attributes.map(\.name).joined(separator: ", ")))")
        }
        if arguments.flag("show-past") && name != "events" {
            throw ModelError.invalid(field: "--show-past", value: "", reason: "only the events widget shows past events")
        }
        let config = try SiteConfig.load(siteDirectory: site(arguments))
        output.write(Widget.snippet(siteURL: config.baseURL, element: widget.element(attributes)) + "\n")
    }

    static let wordpressPlugin: ToolCommand = ToolCommand(spec: CommandSpec(
        "wordpress-plugin", abstract: "Write a WordPress plugin (a zip to upload) with a shortcode per widget, for this site.",
        discussion: "The widget scripts are bundled in the plugin; only the JSON is read from the site. Upload it at Plugins › Add New › Upload Plugin.",
        options: [.value("site", "DIR", "The site folder (default: the current folder)."), .value("out", "FILE", "The zip to write.", required: true)],
        examples: ["portico widgets wordpress-plugin --out portico-widgets.zip"]
    ), group: "widgets") { arguments, _, output in
        let folder = site(arguments)
        let config = try SiteConfig.load(siteDirectory: folder)
        let out = URL(fileURLWithPath: arguments.value("out")!, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let bytes = try WordPressPlugin.zip(siteURL: config.baseURL, organization: config.title ?? "Association")
        try Data(bytes).write(to: out, options: .atomic)
        output.write("Wrote \(out.path): upload it at Plugins › Add New › Upload Plugin, then use [portico_events limit=\"3\"] and the other shortcodes.\n")
    }

    /// `portico widgets`: the group, for help and completion.
    static let group: CommandSpec = CommandSpec("widgets", abstract: "Embed the site's widgets on other websites: snippets and a WordPress plugin.",
                                                subcommands: [snippet.spec, wordpressPlugin.spec], examples: ["portico widgets snippet events --limit 3"])
}
