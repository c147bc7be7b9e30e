import Testing
@testable import PorticoMustache

@Suite struct TemplateErrorTests {
    private func error(_ source: String, file: String = "layouts/page.mustache") -> TemplateError? {
        do {
            _ = try Template(source: source, name: file)
            return nil
        } catch let error as TemplateError {
            return error
        } catch {
            return nil
        }
    }

    @Test func unclosedSectionNamesTheOpeningTag() throws {
        let failure = try #require(error("<ul>\n  {{#items}}\n  <li>{{name}}</li>\n</ul>"))
        #expect(failure.kind == .unclosedSection("items"))
        #expect(failure.line == 2)
        #expect(failure.column == 3)
        #expect(failure.description.hasPrefix("layouts/page.mustache:2:3: section 'items' is opened but never closed"))
        #expect(failure.description.contains("  {{#items}}"))
    }

    @Test func mismatchedCloseNamesBothSections() throws {
        let failure = try #require(error("{{#a}}\n{{/b}}"))
        #expect(failure.kind == .mismatchedClose(expected: "a", found: "b"))
        #expect(failure.line == 2 && failure.column == 1)
    }

    @Test func unclosedTagIsAnError() throws {
        let failure = try #require(error("Hello {{name"))
        #expect(failure.kind == .unclosedTag)
        #expect(failure.line == 1 && failure.column == 7)
    }

    @Test func emptyTagAndBadDelimitersAreErrors() throws {
        #expect(try #require(error("x {{}} y")).kind == .emptyTag)
        #expect(try #require(error("{{=<% =}}")).kind == .invalidDelimiters("<% "))
    }

    @Test func strictLibraryRefusesMissingPartialWithPosition() throws {
        let library = try TemplateLibrary(sources: ["page": "line one\n  {{> footer}}\n"], strictPartials: true)
        #expect(throws: TemplateError.self) { try library.render("page", [:]) }
        do {
            _ = try library.render("page", [:])
        } catch let failure as TemplateError {
            #expect(failure.kind == .missingPartial("footer"))
            #expect(failure.line == 2 && failure.column == 3)
        }
    }

    @Test func selfIncludingPartialStopsWithAnError() throws {
        let library = try TemplateLibrary(sources: ["loop": "x{{>loop}}"])
        do {
            _ = try library.render("loop", [:])
            Issue.record("expected a recursion error")
        } catch let failure as TemplateError {
            #expect(failure.kind == .recursionLimit("loop"))
        }
    }

    @Test func escapingCoversQuotesAndApostrophes() throws {
        let template = try Template(source: "<a title=\"{{t}}\" data-x='{{t}}'>{{{t}}}</a>")
        let html = try template.render(["t": "<\"x\" & 'y'>"])
        #expect(html == "<a title=\"&lt;&quot;x&quot; &amp; &#39;y&#39;&gt;\" data-x='&lt;&quot;x&quot; &amp; &#39;y&#39;&gt;'><\"x\" & 'y'></a>")
    }
}
