/// A set of named templates that can include one another as partials and parents.
public struct TemplateLibrary: Sendable {
    /// The templates by name.
    public private(set) var templates: [String: Template]
    /// When true, a partial that is not in the library is an error instead of the spec's empty string.
    public var strictPartials: Bool
    /// When true, a variable or section name that no value in the data provides is an error naming the template,
    /// line and name, instead of the spec's empty string: a typo in a theme never renders as silent blank text.
    /// (A name whose value is null is provided; models say "absent" with null.)
    public var strictNames: Bool = false
    /// When false, `{{name}}` inserts text as it is, like `{{{name}}}`: for plain-text output such as email bodies,
    /// where HTML escaping would corrupt `&` and `<`. (The spec's escaping is for HTML; it stays on by default.)
    public var escapesHTML: Bool = true
    /// How deeply partials may nest before rendering stops with an error.
    public var maximumDepth: Int = 64

    public init(templates: [String: Template] = [:], strictPartials: Bool = false) {
        self.templates = templates
        self.strictPartials = strictPartials
    }

    /// Parses each source under its name (the error names `file(name)` when given).
    public init(sources: [String: String], strictPartials: Bool = false, file: (String) -> String = { $0 }) throws {
        var templates: [String: Template] = [:]
        for (name, source) in sources { templates[name] = try Template(source: source, name: file(name)) }
        self.init(templates: templates, strictPartials: strictPartials)
    }

    /// Adds or replaces a template.
    public mutating func register(_ template: Template, as name: String) { templates[name] = template }

    /// Renders the named template; `escaping` is how `{{name}}` is made safe (default: HTML, or none when
    /// `escapesHTML` is off).
    public func render(_ name: String, _ value: MustacheValue, escaping: Escaping? = nil) throws -> String {
        guard let template = templates[name] else {
            throw TemplateError(kind: .missingPartial(name), file: name, line: 1, column: 1, sourceLine: "")
        }
        return try render(template, value, escaping: escaping)
    }

    /// Renders a template with this library's partials.
    public func render(_ template: Template, _ value: MustacheValue, escaping: Escaping? = nil) throws -> String {
        var renderer = Renderer(library: self, templateName: template.name, escaping: escaping ?? (escapesHTML ? .html : .none))
        renderer.render(template.nodes, context: Context(root: value), indentation: "", overrides: [:], depth: 0)
        if let failure = renderer.failure { throw failure }
        return renderer.output
    }
}
