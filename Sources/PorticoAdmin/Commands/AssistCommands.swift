import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoMarkdown
import PorticoModel
import PorticoSQLite

/// `portico-admin assist summarize|tags`: offline, deterministic drafting aids (`TextAssist`). Suggestions are shown;
/// only `--apply` writes them (database records through the audited write path, help articles' front matter).
enum AssistCommands {
    static let group = CommandGroup(noun: "assist", abstract: "Drafting aids, offline: summaries and tags for what lacks them.", commands: [summarize, tags])

    static let options: [OptionSpec] = [
        .value("content", "DIR", "The site's content folder (default: content beside the database)."),
        .flag("apply", "Write the suggestions (records are audited; articles get the line in their front matter)."),
    ]

    /// A help article: its file, its front matter lines and its body as plain text.
    struct Article {
        let path: String
        let frontMatter: [String]
        let body: String
        func has(_ key: String) -> Bool { frontMatter.contains { $0.hasPrefix(key + ":") && !$0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    static func articles(_ context: CommandContext) throws -> [Article] {
        let folder = URL(fileURLWithPath: context.arguments.value("content")
                         ?? URL(fileURLWithPath: context.databasePath).deletingLastPathComponent().appendingPathComponent("content").path).appendingPathComponent("help")
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var out: [Article] = []
        for case let name as String in enumerator where name.hasSuffix(".md") && !name.hasSuffix("_index.md") {
            let path = folder.appendingPathComponent(name).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { continue }
            let body = lines[(end + 1)...].joined(separator: "\n")
            out.append(Article(path: path, frontMatter: Array(lines[1..<end]), body: TextAssist.plainText(fromHTML: Markdown.html(body, options: .safe))))
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Adds `line` before the closing `---` of an article's front matter.
    static func addToFrontMatter(_ path: String, _ line: String) throws {
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        guard let end = lines.dropFirst().firstIndex(of: "---") else { return }
        lines.insert(line, at: end)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func plain(_ markdown: String) -> String { TextAssist.plainText(fromHTML: Markdown.html(markdown, options: .safe)) }

    static let summarize = AdminCommand(["assist", "summarize"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "summarize", abstract: "Draft summaries for help articles, courses and events that have none (the sentences that best represent each).",
        options: options,
        examples: ["portico-admin assist summarize"]
    )) { context in
        let store = try context.store()
        var rows: [[DatabaseValue]] = []
        var articleChanges: [(String, String)] = []
        for article in try articles(context) where !article.has("summary") {
            guard let summary = TextAssist.summary(of: article.body) else { continue }
            rows.append([.text("article"), .text(article.path), .text(summary)])
            // Quoted, so a colon or a leading symbol in the sentence cannot change what the front matter means.
            articleChanges.append((article.path, "summary: \"" + summary.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""))
        }
        var recordChanges: [(Entity, Int64, String)] = []
        for course in try LearningRecords.courses(in: store) where course.summary.isEmpty {
            guard let summary = TextAssist.summary(of: plain(course.description)) else { continue }
            rows.append([.text("course"), .text(course.slug), .text(summary)])
            recordChanges.append((Course.entity, course.id, summary))
        }
        for event in try EventRecords.list(in: store) where event.summary.isEmpty {
            guard let summary = TextAssist.summary(of: plain(event.description), limit: 300) else { continue }
            rows.append([.text("event"), .text(event.slug), .text(summary)])
            recordChanges.append((Event.entity, event.id, summary))
        }
        context.print(OutputTable(columns: ["kind", "item", "suggested_summary"], rows: rows))
        guard context.arguments.flag("apply") else {
            if !rows.isEmpty { context.say("Nothing written: add --apply to use these.") }
            return
        }
        try context.write { write in
            for (entity, id, summary) in recordChanges { try write.update(entity, id: id, set: ["summary": .text(summary)]) }
        }
        for (path, line) in articleChanges { try addToFrontMatter(path, line) }
        context.say("Wrote \(rows.count) summar\(rows.count == 1 ? "y" : "ies").")
    }

    static let tags = AdminCommand(["assist", "tags"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "tags", abstract: "Suggest tags for help articles that have none: the terms that set each apart from the rest of the help center, courses and events.",
        options: options + [.value("count", "N", "Tags per article (default 5).")],
        examples: ["portico-admin assist tags"]
    )) { context in
        let store = try context.store()
        let articles = try articles(context)
        // The corpus is everything a visitor reads: articles, course and event descriptions.
        let others = try LearningRecords.courses(in: store).map { plain($0.description + "\n" + $0.summary) }
            + EventRecords.list(in: store).map { plain($0.description + "\n" + $0.summary) }
        let titles = articles.map { article in
            article.frontMatter.first { $0.hasPrefix("title:") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        let suggestions = TextAssist.tags(for: articles.map(\.body) + others, titles: titles, count: try context.integer("count") ?? 5)
        var rows: [[DatabaseValue]] = []
        for (index, article) in articles.enumerated() where !article.has("tags") && !suggestions[index].isEmpty {
            rows.append([.text(article.path), .text(suggestions[index].joined(separator: ", "))])
        }
        context.print(OutputTable(columns: ["article", "suggested_tags"], rows: rows))
        guard context.arguments.flag("apply") else {
            if !rows.isEmpty { context.say("Nothing written: add --apply to use these.") }
            return
        }
        for row in rows { try addToFrontMatter(row[0].text!, "tags: [" + row[1].text! + "]") }
        context.say("Tagged \(rows.count) article\(rows.count == 1 ? "" : "s").")
    }
}
