import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoModel

/// The site folder, database and output folder a `portico` command works on, from `--site`, `--db` and `--out`
/// (each relative to the current folder), `$PORTICO_DB`, and the defaults beside the site.
struct SiteLocation {
    let site: URL
    let databasePath: String
    /// True when `--db` or `$PORTICO_DB` named the database (then it is never created).
    let databaseWasNamed: Bool
    /// `--out` when given; else `output/` in the site folder.
    let output: URL
    let outputWasNamed: Bool

    init(_ arguments: ParsedArguments, environment: [String: String]) throws {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        site = arguments.value("site").map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL } ?? current
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ModelError.invalid(field: "--site", value: arguments.value("site") ?? site.path, reason: "not a folder")
        }
        let named = arguments.value("db") ?? environment["PORTICO_DB"]
        databaseWasNamed = named != nil
        databasePath = named.map { URL(fileURLWithPath: $0, relativeTo: current).path } ?? site.appendingPathComponent("portico.db").path
        outputWasNamed = arguments.value("out") != nil
        output = arguments.value("out").map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL } ?? site.appendingPathComponent("output")
    }

    /// On a fresh clone (no database named, none beside the site) creates the demo association's database, so the
    /// repository builds as it is.
    func createDemoDatabaseIfMissing(environment: [String: String], clock: @escaping @Sendable () -> Date, output: CommandOutput) throws {
        guard !databaseWasNamed && !FileManager.default.fileExists(atPath: databasePath) else { return }
        try DemoData.createDatabase(at: databasePath, auditKeyPath: environment["PORTICO_AUDIT_KEY"], adminEmail: DemoData.adminEmail,
                                    adminName: "Demo Admin", demo: true, clock: clock)
        // The demo's resource library names files in the site's content folder: a copy of the site without them builds too.
        try DemoResources.writeFiles(into: site)
        output.summary("No database at \(databasePath): created it with the demo association (admin: \(DemoData.adminEmail)).\n")
    }
}
