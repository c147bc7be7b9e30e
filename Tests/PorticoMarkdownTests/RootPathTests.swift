import Testing
import PorticoMarkdown

/// Links written from the site's root follow the site when it is published below a path.
@Suite struct RootPathTests {
    @Test func rootRelativeLinksAndImagesGoUnderTheRootPath() {
        let options = MarkdownOptions.trusted.rooted(at: "/guild/")
        let html = Markdown.html("[a](/help/) [b](//cdn.example/x) [c](help/) [d](https://x.org/) [e](#top) ![i](/assets/p.png)", options: options)
        #expect(html == "<p><a href=\"/guild/help/\">a</a> <a href=\"//cdn.example/x\">b</a> <a href=\"help/\">c</a> <a href=\"https://x.org/\">d</a> <a href=\"#top\">e</a> <img src=\"/guild/assets/p.png\" alt=\"i\" /></p>\n")
    }

    @Test func rootPathSlashChangesNothing() {
        #expect(MarkdownOptions.trusted.rooted(at: "/") == .trusted)
        #expect(Markdown.html("[a](/help/)", options: MarkdownOptions.safe.rooted(at: "/")) == "<p><a href=\"/help/\">a</a></p>\n")
    }
}
