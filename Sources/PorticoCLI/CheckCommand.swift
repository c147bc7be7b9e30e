import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoSite

/// `portico check --privacy`: scans a built site for values the database says must not be public.
enum CheckCommand {
    static let command = ToolCommand(spec: CommandSpec(
        "check", abstract: "Check a built site: --privacy scans every file for private member, staff and support data.",
        discussion: """
        --privacy reads the database and looks in every file of the output (HTML, JSON, the search index, sitemaps) for each value that must \
        not be public: anything about members who are not published, contact details published without consent, an unlisted member's name \
        outside their own page, staff emails, support tickets and the audit key. It lists each finding as file and kind, \
        never the value, and exits 8 when it finds any.
        """,
        options: [
            .flag("privacy", "Scan for private values (the only check so far; link checks follow)."),
            .value("site", "DIR", "The site folder (default: the current folder)."),
            .value("db", "PATH", "The database (default: $PORTICO_DB, else portico.db in the site folder)."),
            .value("out", "DIR", "The built site to scan (default: output/ in the site folder)."),
        ],
        examples: ["portico check --privacy", "portico check --privacy --out public"]
    )) { arguments, environment, output in
        guard arguments.flag("privacy") else { throw UsageError.missingOption("privacy") }
        let location = try SiteLocation(arguments, environment: environment)
        let (site, databasePath, out) = (location.site, location.databasePath, location.output)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ModelError.invalid(field: "--out", value: out.path, reason: "no built site here; run portico build first")
        }
        let store = try Store(readingOnly: databasePath)
        let zone = TimeZone(identifier: try SiteConfig.load(siteDirectory: site).timeZone ?? store.setting("site.timezone") ?? "UTC") ?? TimeZone(identifier: "UTC")!
        let today = CalendarDate.day(of: store.clock(), in: zone)
        let keyPath = environment["PORTICO_AUDIT_KEY"] ?? AuditKey.defaultPath(forDatabase: databasePath)
        let check = try store.database.readTransaction { try PrivacyCheck(store: store, today: today, auditKeyPath: keyPath) }
        let findings = try check.scan(out)
        guard findings.isEmpty else { throw PrivacyLeak(findings: findings) }
        output.write("Privacy check passed: no private values in \(out.path).\n")
    }
}
