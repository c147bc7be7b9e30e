import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoReports
import PorticoSite

/// `portico report-site`: the staff dashboard, as files, for the reports the acting staff member's role may run.
enum ReportSiteCommand {
    static let command: ToolCommand = ToolCommand(spec: CommandSpec(
        "report-site", abstract: "Write the staff dashboard: key figures, then each report's charts with their data tables and CSV downloads.",
        discussion: """
        The dashboard is for staff, never the public: it is refused inside the public output folder. It shows the reports the staff member \
        named by --as (or $PORTICO_ACTOR) may run: a ROLE_CLIENT_USER sees no revenue. The charts are SVG drawn into the pages, readable \
        without JavaScript and printable on A4; long ranges are shown by longer periods.
        """,
        options: [
            .value("site", "DIR", "The site folder (default: the current folder)."),
            .value("db", "PATH", "The database (default: $PORTICO_DB, else portico.db in the site folder)."),
            .value("out", "DIR", "Where to write the dashboard (default: output-staff/ in the site folder)."),
            .value("as", "EMAIL", "The staff member it is made for (default: $PORTICO_ACTOR)."),
            .value("from", "DATE", "First day (default: the first of the month eleven months back)."),
            .value("to", "DATE", "The day after the last (default: the first of next month)."),
            .value("by", "PERIOD", "day, week, month (default), quarter or year."),
            .value("now", "TIME", "Make it as at this UTC time (default: $PORTICO_NOW, else the clock)."),
        ],
        examples: ["portico report-site --as admin@demo.portico.example", "portico report-site --out staff --by quarter --from 2025-01-01 --to 2027-01-01"]
    )) { arguments, environment, output in
        let location = try SiteLocation(arguments, environment: environment)
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let out = arguments.value("out").map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL }
            ?? location.site.appendingPathComponent("output-staff").standardizedFileURL
        try refuseInsidePublicOutput(out, publicOutput: location.site.appendingPathComponent("output").standardizedFileURL, named: arguments.value("out"))
        let clock = try Store.clock(now: arguments.value("now"), environment: environment)
        // Read-only, as the build opens it: a dashboard never writes to the database.
        let store = try Store(readingOnly: location.databasePath, clock: clock)
        let actor = try Actor.resolve(email: arguments.value("as") ?? environment["PORTICO_ACTOR"], in: store)
        guard try AuditLog(store: store).matchesLastAuditedState(entity: "staff", id: actor.email) else { throw AccessError.unauditedActor(actor.email) }
        try actor.require(.reportsView)

        let today = try store.today()
        let period = try ReportGrouping.parse(arguments.value("by"), report: "staff dashboard").period!
        let thisMonth = CalendarDate(year: today.year, month: today.components.month, day: 1)!
        let from = try arguments.value("from").map { try Validate.calendarDate($0, field: "--from") } ?? thisMonth.adding(months: -11)
        let to = try arguments.value("to").map { try Validate.calendarDate($0, field: "--to") } ?? thisMonth.adding(months: 1)
        guard from < to else { throw ModelError.invalid(field: "--to", value: to.description, reason: "must be after --from (\(from))") }
        let input = DashboardInput(store: store, today: today, now: clock(), from: from.description, to: to.description, period: period)
        let organization = try store.setting("organization.name") ?? (try? SiteConfig.load(siteDirectory: location.site))?.title ?? "Our Association"
        let files = try store.reading { try StaffDashboard(input: input, role: actor.role, organization: organization).files() }

        let writer = try OutputWriter(outputDirectory: out)
        do {
            for file in files { try writer.write(file.bytes, to: file.path) }
            try writer.commit(pages: files.count { $0.path.hasSuffix(".html") })
        } catch {
            writer.discard()
            throw error
        }
        output.summary("Wrote the staff dashboard to \(out.path) (\(files.count { $0.path.hasSuffix("/index.html") }) reports for \(actor.role.rawValue)): open \(out.appendingPathComponent("index.html").path)\n")
    }

    /// The dashboard holds revenue and members' names: it may not be written into the public output, nor be a folder
    /// holding it (replacing the dashboard would take the public site with it).
    static func refuseInsidePublicOutput(_ out: URL, publicOutput: URL, named: String?) throws {
        let dashboard = out.resolvingSymlinksInPath().path + "/"
        let published = publicOutput.resolvingSymlinksInPath().path + "/"
        if dashboard.hasPrefix(published) || published.hasPrefix(dashboard) {
            throw ModelError.invalid(field: "--out", value: named ?? out.path,
                                     reason: "is inside the public site's output folder (\(publicOutput.path)) or holds it: the staff dashboard is never published")
        }
    }
}
