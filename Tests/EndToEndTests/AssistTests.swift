import Foundation
import Testing
import PorticoFormats
import PorticoMarkdown
import PorticoTestSupport

/// The drafting aids on real text, the demo's help articles: summaries are sentences of the article that carry its
/// subject, tags are the article's own distinctive terms; and `assist` shows suggestions, writing only with --apply.
@Suite struct AssistTests {
    static func article(_ path: String) throws -> String {
        let text = try String(contentsOf: BuildBinaryTests.repository.appendingPathComponent("content/help/" + path), encoding: .utf8)
        let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        return TextAssist.plainText(fromHTML: Markdown.html(body, options: .safe))
    }

    static let articles = ["content-and-themes/markdown-guide.md", "members/groups-and-cpd.md", "members/invoices-and-payments.md",
                           "events-and-jobs/run-an-event.md", "getting-started/create-the-database.md"]

    static let titles = ["Markdown guide", "Groups and CPD", "Invoices and payments", "Run an event", "Create the database"]

    @Test func summariesAreTheArticlesOwnSentencesAboutItsSubject() throws {
        let bodies = try Self.articles.map(Self.article)
        let tags = TextAssist.tags(for: bodies, titles: Self.titles, count: 5)
        for (index, path) in Self.articles.enumerated() {
            let summary = try #require(TextAssist.summary(of: bodies[index]), "\(path)")
            #expect(summary.count <= 200, "\(path): \(summary)")
            // Every sentence picked is a whole sentence of the article, as written.
            for sentence in TextAssist.sentences(summary) {
                #expect(bodies[index].contains(sentence) && ".!?".contains(sentence.last!), "\(path): \(sentence)")
            }
            // It carries the article's own distinctive vocabulary.
            #expect(!Set(TextAssist.terms(summary)).isDisjoint(with: tags[index]), "\(path): \(summary) shares nothing with \(tags[index])")
            #expect(TextAssist.summary(of: bodies[index]) == summary, "the same text gives the same summary")
        }
        #expect(TextAssist.summary(of: "Too short.") == nil)
    }

    @Test func tagsAreEachArticlesDistinctiveTerms() throws {
        let bodies = try Self.articles.map(Self.article)
        let titles = Self.titles
        let tags = TextAssist.tags(for: bodies, titles: titles, count: 5)
        for (index, path) in Self.articles.enumerated() {
            #expect(tags[index].count == 5, "\(path)")
            let terms = Set(TextAssist.terms(bodies[index] + " " + titles[index]))
            #expect(tags[index].allSatisfy { terms.contains($0) && !TextAssist.stopwords.contains($0) }, "\(path): \(tags[index])")
        }
        // The subject the title names is among the tags, and plurals count with their singular.
        #expect(tags[0].contains("markdown") && tags[1].contains("cpd") && tags[2].contains("invoice") && tags[3].contains("event") && tags[4].contains("database"), "\(tags)")
        #expect(tags.allSatisfy { !$0.contains("portico-admin") }, "commands are code, not subjects")
        // A term every article uses sets none apart.
        let everywhere = bodies.map { Set(TextAssist.terms($0)) }.reduce(Set(TextAssist.terms(bodies[0]))) { $0.intersection($1) }
        #expect(tags.allSatisfy { Set($0).isDisjoint(with: everywhere) }, "\(everywhere)")
    }

    @Test func suggestionsAreShownAndWrittenOnlyWithApply() throws {
        let directory = TemporaryDirectory()
        let database = try AdminBinaryTests().demoDatabase(directory)
        try directory.writeFiles("""
            -- content/help/members/_index.md --
            ---
            title: Members
            ---
            -- content/help/members/quays.md --
            ---
            title: Quay inspections
            ---
            Quay walls need inspecting every year. An inspection of a quay wall records cracks, scour and settlement along the wall. Engineers photograph each defect and note its place on the quay plan. The report goes to the harbour master within a week.
            """)
        let file = directory.url.appendingPathComponent("content/help/members/quays.md")
        let before = try String(contentsOf: file, encoding: .utf8)
        let shown = try BinaryRunner.run("portico-admin", ["assist", "summarize", "--db", database, "--as", "admin@example.org"])
        #expect(shown.exitCode == 0 && shown.standardOutput.contains("Quay walls") && shown.standardOutput.contains("Nothing written"), "\(shown.standardError)")
        #expect(try String(contentsOf: file, encoding: .utf8) == before, "suggestions are not written without --apply")
        let applied = try BinaryRunner.run("portico-admin", ["assist", "summarize", "--apply", "--db", database, "--as", "admin@example.org"])
        #expect(applied.exitCode == 0, "\(applied.standardError)")
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after.hasPrefix("---\ntitle: Quay inspections\nsummary: \"") && after.contains("inspection of a quay wall"), "\(after)")
        let tagged = try BinaryRunner.run("portico-admin", ["assist", "tags", "--apply", "--db", database, "--as", "admin@example.org"])
        let retagged = try String(contentsOf: file, encoding: .utf8)
        #expect(tagged.exitCode == 0 && retagged.contains("tags: ["), "\(tagged.standardError)")
    }
}
