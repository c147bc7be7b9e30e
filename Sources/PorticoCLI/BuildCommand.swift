import Foundation
import PorticoCommandLine
import PorticoArguments
import PorticoModel
import PorticoSite

/// `portico build`: the public site into `output/`.
enum BuildCommand {
    static let command: ToolCommand = ToolCommand(spec: CommandSpec(
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
            .value("now", "TIME", "Build as at this UTC time, e.g. 2026-01-31T09:00:00Z, for reproducible builds (default: $PORTICO_NOW, else the clock)."),
            .flag("check-privacy", "Before the new output goes live, scan it for private values (as `portico check --privacy`); a leak fails the build (exit 8) and the old output stays."),
            .flag("verbose", "Print each build step with its time."),
            .flag("quiet", "Print nothing but errors (no progress line, no summary)."),
        ],
        examples: ["portico build", "portico build --site . --out public --base-url https://guild.example.org/ --check-privacy"]
    )) { arguments, environment, output in
        output.quiet = arguments.flag("quiet")
        let location = try SiteLocation(arguments, environment: environment)
        let clock = try Store.clock(now: arguments.value("now"), environment: environment)
        try location.createDemoDatabaseIfMissing(environment: environment, clock: clock, output: output)
        var options = BuildOptions(
            siteDirectory: location.site, databasePath: location.databasePath, outputDirectory: location.output,
            baseURL: arguments.value("base-url"), includeDrafts: arguments.flag("drafts"),
            faultAfterWrites: environment["PORTICO_FAULT_AFTER_WRITES"].flatMap(Int.init))
        options.clock = clock
        options.checkPrivacy = arguments.flag("check-privacy")
        options.progress = { label, done, total in output.progress(label, done: done, total: total) }
        let summary = try Site(options: options).build()
        if arguments.flag("verbose") {
            for (name, seconds) in summary.steps { output.write("  \(name): \(String(format: "%.3f", seconds)) s\n") }
        }
        output.clearProgress()
        output.summary(summary.line + "\n")
    }
}
