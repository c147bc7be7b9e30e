/// A parsed Mustache template. Parse once, render many times, from any thread.
public struct Template: Sendable {
    /// The template's name or file path, used in error messages.
    public let name: String
    let nodes: [Node]

    /// Parses `source`; throws a `TemplateError` naming `name`, line and column on a syntax error.
    public init(source: String, name: String = "template") throws {
        var scanner = Scanner(source: source, file: name)
        let tokens = try scanner.scan()
        self.nodes = try Parser(scanner: scanner).parse(StandaloneLines.apply(tokens))
        self.name = name
    }

    /// Renders with no partials available.
    public func render(_ value: MustacheValue) throws -> String {
        try TemplateLibrary(templates: [:]).render(self, value)
    }
}
