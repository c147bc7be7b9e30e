import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSite

/// `portico new DIR`: a new association site that builds at once.
enum NewCommand {
    static let command: ToolCommand = ToolCommand(spec: CommandSpec(
        "new", abstract: "Create a new association site in DIR: settings, sample content and a database with its first admin.",
        discussion: """
        DIR must not exist or must be empty. The site is assembled beside DIR and moved into place at the end, so a \
        failure leaves nothing half-made. The site uses Portico's built-in default theme: 'portico theme eject LAYOUT' \
        copies one layout into themes/default/ to change, and everything not copied stays built in (or --theme-from \
        copies a whole theme folder). The database holds only the first admin and the site's name and time zone; its \
        audit key is written beside it (portico.db.audit-key): back it up apart from the database. Then: cd DIR && portico serve.
        """,
        options: [
            .value("title", "NAME", "The association's name (default: from DIR's name)."),
            .value("admin-email", "EMAIL", "The first admin's email (default: admin@example.org)."),
            .value("admin-name", "NAME", "The first admin's name (default: the part of the email before @)."),
            .value("base-url", "URL", "The URL the site will be published at (default: http://localhost:8080/)."),
            .value("timezone", "ZONE", "IANA time zone dates are shown in (default: UTC)."),
            .value("theme-from", "DIR", "Copy this theme folder into themes/default/ (it overrides the built-in default theme)."),
        ],
        positionals: [PositionalSpec("dir", "The folder to create.")],
        examples: ["portico new guild-site --title 'Guild of Harbour Engineers' --admin-email admin@guild.example --timezone Europe/London"]
    )) { arguments, environment, output in
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let written = arguments.positionals[0]
        let target = URL(fileURLWithPath: written, relativeTo: current).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
            guard isDirectory.boolValue, entries.isEmpty else {
                throw ModelError.conflict("\(written) already exists and is not an empty folder; choose a new one")
            }
        }
        let title = arguments.value("title") ?? target.lastPathComponent.replacingOccurrences(of: "-", with: " ").capitalized
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ModelError.invalid(field: "--title", value: title, reason: "must not be empty") }
        let email = try Validate.email(arguments.value("admin-email") ?? "admin@example.org", field: "--admin-email")
        let adminName = arguments.value("admin-name") ?? String(email.split(separator: "@")[0])
        let baseURL = arguments.value("base-url") ?? "http://localhost:8080/"
        guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false else {
            throw ModelError.invalid(field: "--base-url", value: baseURL, reason: "must be an absolute http(s) URL such as https://guild.example.org/")
        }
        let zone = arguments.value("timezone") ?? "UTC"
        guard TimeZone(identifier: zone) != nil else { throw ModelError.invalid(field: "--timezone", value: zone, reason: "is not an IANA time zone such as Europe/London") }
        let theme = arguments.value("theme-from").map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL }
        if let theme, !["layouts", "partials", "assets"].contains(where: { FileManager.default.fileExists(atPath: theme.appendingPathComponent($0).path) }) {
            throw ModelError.invalid(field: "--theme-from", value: theme.path, reason: "has no layouts/, partials/ or assets/; name a Portico theme folder")
        }

        // Assembled beside the target and moved into place last: a failure leaves no half-made site.
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        let scaffold = SiteScaffold(title: title, baseURL: baseURL.hasSuffix("/") ? baseURL : baseURL + "/", timeZone: zone)
        for file in scaffold.files {
            let destination = staging.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: destination)
        }
        if let theme {
            try FileManager.default.createDirectory(at: staging.appendingPathComponent("themes"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: theme.resolvingSymlinksInPath(), to: staging.appendingPathComponent("themes/default"))
        }
        try DemoData.createDatabase(at: staging.appendingPathComponent("portico.db").path, adminEmail: email, adminName: adminName, demo: false,
                                    settings: [("organization.name", title), ("site.timezone", zone)])
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
        try FileManager.default.moveItem(at: staging, to: target)
        output.write("""
        Created \(written): \(title), with admin \(email).
        Next:
          cd \(written)
          portico serve          preview at http://127.0.0.1:8080/, reloading as you edit
          portico build          write the site into output/
          portico-admin --db portico.db --as \(email) members list
        The audit trail is signed with portico.db.audit-key: back it up apart from the database.

        """)
    }
}
