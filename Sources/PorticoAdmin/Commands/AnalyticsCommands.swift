import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// `portico-admin analytics …`: usage counted from the web server's access logs.
enum AnalyticsCommands {
    static let group = CommandGroup(noun: "analytics", abstract: "Usage from the web server's access logs, counted by the COUNTER Release 5 rules.",
                                    commands: [ingest])

    static let ingest = AdminCommand(["analytics", "ingest"], capability: .analyticsIngest, writes: true, spec: CommandSpec(
        "ingest", abstract: "Count views and downloads of resources, jobs, events, courses and help articles from access logs (Combined Log Format, plain or gzip). Reading a log again counts only lines not read before.",
        options: [.value("base-path", "PATH", "The site's path on its host (default: the path of the setting site.url, else /).")],
        positionals: [PositionalSpec("file", "Access logs, e.g. /var/log/nginx/access.log access.log.2.gz (nginx or Apache combined format; gzip read as such).", repeating: true)],
        examples: ["portico-admin analytics ingest access.log"]
    )) { context in
        let files = context.arguments.positionals
        let results = try context.write { try UsageAnalytics.ingest(files: files, basePath: context.arguments.value("base-path"), in: $0) }
        var records: [[(String, DatabaseValue)]] = []
        for result in results {
            let s = result.summary
            var note = result.alreadyRead > 0 ? "\(result.alreadyRead) lines read before, skipped" : ""
            if result.incompleteLastLine { note += (note.isEmpty ? "" : "; ") + "an unfinished last line left for next time" }
            if !s.malformedExamples.isEmpty {
                note += (note.isEmpty ? "" : "; ") + "malformed at line " + s.malformedExamples.map(String.init).joined(separator: ", ") + (s.malformed > s.malformedExamples.count ? ", …" : "")
            }
            records.append([("file", .text(result.file)), ("lines", .integer(Int64(s.lines))), ("counted", .integer(Int64(s.counted))),
                            ("robots", .integer(Int64(s.robots))), ("repeats", .integer(Int64(s.doubleClicks))), ("malformed", .integer(Int64(s.malformed))),
                            ("note", .text(note))])
        }
        context.print(OutputTable(records: records))
    }
}
