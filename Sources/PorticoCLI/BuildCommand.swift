import Foundation
import PorticoCommandLine
import PorticoArguments
import PorticoModel
import PorticoSite

/// `portico build`: the public site into `output/`.
enum BuildCommand {
    static let command = ToolCommand(spec: CommandSpec(
        "build", abstract: "Build the public site into output/ (atomically: the previous output stays whole until the new one is complete).",
        discussion: """
        On a fresh clone with no database, the demo association's database is created first, so the repository builds as it is.
        Only files whose bytes changed are rewritten; the rest keep their modification time, so publishing syncs the minimum.
        """,
        options: [
            .value("site", "DIR", "The site folder (default: the current folder)."),
            .value("db", "PATH", "The database (default: $PORTICO_DB, else portico.db in the site folder)."),
            .value("out", "DIR", "Where to write the site (default: output/ in the site folder)."),
            .value("base-url", "URL", "The absolute URL the site is published at (overrides portico.json)."),
            .flag("drafts", "Include pages marked draft: true."),
            .flag("check-privacy", "Before the new output goes live, scan it for private values (as `portico check --privacy`); a leak fails the build (exit 8) and the old output stays."),
            .flag("verbose", "Print each build step with its time."),
        ],
        examples: ["portico build", "portico build --site . --out public --base-url https://guild.example.org/ --check-privacy"]
    )) { arguments, environment, output in
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let site = arguments.value("site").map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL } ?? current
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ModelError.invalid(field: "--site", value: arguments.value("site") ?? site.path, reason: "not a folder")
        }
        let explicitDatabase = arguments.value("db") ?? environment["PORTICO_DB"]
        let databasePath = explicitDatabase.map { URL(fileURLWithPath: $0, relativeTo: current).path } ?? site.appendingPathComponent("portico.db").path
        if explicitDatabase == nil && !FileManager.default.fileExists(atPath: databasePath) {
            let store = try Store(path: databasePath, create: true)
            if let keyPath = environment["PORTICO_AUDIT_KEY"] { store.auditKeyPath = keyPath }
            try DemoData.initialize(store: store, adminEmail: DemoData.adminEmail, adminName: "Demo Admin", demo: true)
            output.write("No database at \(databasePath): created it with the demo association (admin: \(DemoData.adminEmail)).\n")
        }
        let fault = environment["PORTICO_FAULT_AFTER_WRITES"].flatMap(Int.init)
        var options = BuildOptions(
            siteDirectory: site, databasePath: databasePath,
            outputDirectory: arguments.value("out").map { URL(fileURLWithPath: $0, relativeTo: current) },
            baseURL: arguments.value("base-url"), includeDrafts: arguments.flag("drafts"), faultAfterWrites: fault)
        options.checkPrivacy = arguments.flag("check-privacy")
        let summary = try Site(options: options).build()
        if arguments.flag("verbose") {
            for (name, seconds) in summary.steps { output.write("  \(name): \(String(format: "%.3f", seconds)) s\n") }
        }
        output.write(summary.line + "\n")
    }
}
