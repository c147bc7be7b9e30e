import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoModel
import PorticoSite

/// `portico check`: a built site's links, assets, page sizes, alt text and titles; with `--privacy`, private values.
enum CheckCommand {
    static let command: ToolCommand = ToolCommand(spec: CommandSpec(
        "check", abstract: "Check a built site: broken links and fragments, missing assets, page sizes, alt text, titles; --privacy for private data.",
        discussion: """
        Reads every page and stylesheet of the output once. Reports, one per line as FILE:LINE:COLUMN: KIND: DETAIL (or as \
        GitHub Actions annotations with --format github): internal links to pages that do not exist, #fragments that name no \
        element, images, scripts, stylesheets and CSS url()s that are missing, pages larger than the budget, images without \
        an alt attribute (alt="" marks a decorative one), and pages without a title or with another page's title (404.html \
        and noindex pages aside). Links to other sites are not fetched. Exits 9 when it finds a problem.

        --privacy also reads the database and looks in every file of the output (HTML, JSON, the search index, sitemaps) for \
        each value that must not be public: anything about members who are not published, contact details published without \
        consent, an unlisted member's name outside their own page, staff emails, support tickets and the audit key. It lists \
        each finding as file and kind, never the value, and exits 8 when it finds any.
        """,
        options: [
            .flag("privacy", "Also scan for private member, staff and support data (reads the database)."),
            .value("site", "DIR", "The site folder (default: the current folder)."),
            .value("db", "PATH", "The database, for --privacy (default: $PORTICO_DB, else portico.db in the site folder)."),
            .value("out", "DIR", "The built site to check (default: output/ in the site folder)."),
            .value("base-url", "URL", "The URL the site was built for (default: the one the last build used, as its manifest records, else portico.json's)."),
            .value("page-budget", "KB", "Report HTML pages larger than this many kilobytes (default: 300)."),
            .value("format", "FORMAT", "text (default: FILE:LINE:COLUMN: KIND: DETAIL) or github (workflow annotations)."),
            .value("now", "TIME", "For --privacy: check as at this UTC time, as the build was (default: $PORTICO_NOW, else the clock)."),
        ],
        examples: ["portico check", "portico check --privacy --out public --format github"]
    )) { arguments, environment, output in
        let location = try SiteLocation(arguments, environment: environment)
        let out = location.output
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ModelError.invalid(field: "--out", value: out.path,
                                     reason: "no built site here; run portico build first (portico serve builds into a temporary folder of its own, which it names when it starts)")
        }
        let format = arguments.value("format") ?? "text"
        guard ["text", "github"].contains(format) else { throw ModelError.invalid(field: "--format", value: format, reason: "must be text or github") }
        let budgetText = arguments.value("page-budget") ?? "300"
        guard let budget = Int(budgetText), budget > 0 else {
            throw ModelError.invalid(field: "--page-budget", value: budgetText, reason: "must be a whole number of kilobytes above 0")
        }
        let config = try SiteConfig.load(siteDirectory: location.site)
        let label = arguments.value("out") ?? "output"
        let baseURL = arguments.value("base-url") ?? Site.builtBaseURL(of: out) ?? config.baseURL
        let report = try SiteCheck(baseURL: baseURL, pageBudget: budget * 1024).run(out, label: label)
        for problem in report.problems {
            if format == "github" {
                output.write(Self.annotation(problem))
            } else {
                // The kind stands out on a terminal; the rest is shown terminal-safe.
                output.writeData(TerminalText.visible("\(problem.file):\(problem.line):\(problem.column): ")
                                 + output.styled(problem.kind.rawValue, .yellow) + TerminalText.visible(": \(problem.detail)") + "\n")
            }
        }
        var findings: [PrivacyCheck.Finding] = []
        if arguments.flag("privacy") {
            let store = try Store(readingOnly: location.databasePath, clock: Store.clock(now: arguments.value("now"), environment: environment))
            let today = try SiteDay(config: config, store: store).today
            let keyPath = environment["PORTICO_AUDIT_KEY"] ?? AuditKey.defaultPath(forDatabase: location.databasePath)
            let check = try store.reading { try PrivacyCheck(store: store, today: today, auditKeyPath: keyPath) }
            findings = try check.scan(out)
        }
        // A privacy leak is the graver failure, so its exit code wins when both fail.
        guard findings.isEmpty else { throw PrivacyLeak(findings: findings) }
        guard report.problems.isEmpty else { throw SiteCheckFailed(problems: report.problems) }
        output.writeData(output.styled("Site check passed:", .green) + " " + TerminalText.visible("\(report.pages) pages, \(report.links) links and assets\(arguments.flag("privacy") ? "; no private values" : "") in \(label).\n"))
    }

    /// A GitHub Actions workflow command (`::error file=…,line=…,col=…,title=…::…`), escaped as the runner reads it.
    static func annotation(_ problem: SiteCheck.Problem) -> String {
        // Scalar by scalar: CR LF is one Character, which a Character replacement of "\r" or "\n" would miss.
        func escape(_ text: String, property: Bool) -> String {
            ScalarText.replacing(text) { scalar in
                switch scalar {
                case "%": return "%25"
                case "\r": return "%0D"
                case "\n": return "%0A"
                case ":" where property: return "%3A"
                case "," where property: return "%2C"
                default: return nil
                }
            }
        }
        func escapeData(_ text: String) -> String { escape(text, property: false) }
        func escapeProperty(_ text: String) -> String { escape(text, property: true) }
        return "::error file=\(escapeProperty(problem.file)),line=\(problem.line),col=\(problem.column),title=\(escapeProperty(problem.kind.rawValue))::\(escapeData(problem.detail))\n"
    }
}
