/// Renders CommonMark (with GitHub's extensions) to HTML.
public enum Markdown {
    /// Renders `source` to HTML.
    public static func html(_ source: String, options: MarkdownOptions = .trusted) -> String {
        render(source, options: options).html
    }

    /// The HTML of UTF-8 bytes (a file as read) as UTF-8 bytes, for callers that write bytes (the command line): the
    /// same bytes as `html(_:options:)`, without making and checking Strings of input and output. Nil when `source`
    /// is not well-formed UTF-8.
    public static func htmlUTF8(bytes source: [UInt8], options: MarkdownOptions = .trusted) -> [UInt8]? {
        guard source.withUnsafeBufferPointer(UTF8Validation.isValid) else { return nil }
        var parser = BlockParser(options: options)
        let document = parser.parse(bytes: source)
        var renderer = HTMLRenderer(options: options, document: document)
        return renderer.renderBytes(expectedSize: max(4096, source.count + source.count / 4))
    }

    /// Renders `source`, also returning its headings.
    public static func render(_ source: String, options: MarkdownOptions = .trusted) -> RenderedMarkdown {
        var parser = BlockParser(options: options)
        let document = parser.parse(source)
        var renderer = HTMLRenderer(options: options, document: document)
        let html = renderer.render()
        return RenderedMarkdown(html: html, headings: renderer.headings)
    }

    /// The work parsing `source` takes, in steps (lines and containers visited, bytes consumed and scanned,
    /// delimiter and bracket stack entries walked). Complexity tests compare it across input sizes, so a
    /// quadratic path is caught by counting, never by timing.
    public static func parsingSteps(_ source: String, options: MarkdownOptions = .trusted) -> Int {
        var parser = BlockParser(options: options)
        return parser.parse(source).steps
    }
}
