/// Walks nodes and appends output. Errors are kept in `failure` so recursion stays simple.
struct Renderer {
    let library: TemplateLibrary
    let templateName: String
    let escaping: Escaping
    var output = ""
    var failure: TemplateError?

    init(library: TemplateLibrary, templateName: String, escaping: Escaping) {
        self.library = library
        self.templateName = templateName
        self.escaping = escaping
        output.reserveCapacity(4096)
    }

    mutating func render(_ nodes: [Node], context: Context, indentation: String, overrides: [String: BlockDefinition], depth: Int) {
        for node in nodes {
            if failure != nil { return }
            switch node {
            case .text(let text):
                output += text
            case .indent:
                output += indentation
            case .variable(let name, let escaped, let position):
                guard let value = value(of: name, in: context, at: position) else { return }
                let text = value.renderedText
                if escaped { escaping.append(text, &output) } else { output += text }
            case .section(let name, let inverted, let children, let position):
                guard let value = value(of: name, in: context, at: position) else { return }
                if inverted {
                    if !value.isTruthy { render(children, context: context, indentation: indentation, overrides: overrides, depth: depth) }
                } else if value.isTruthy {
                    if case .array(let items) = value {
                        for item in items {
                            render(children, context: context.pushing(item), indentation: indentation, overrides: overrides, depth: depth)
                        }
                    } else {
                        render(children, context: context.pushing(value), indentation: indentation, overrides: overrides, depth: depth)
                    }
                }
            case .partial(let name, let dynamic, let partialIndent, let position):
                guard let template = resolve(name, dynamic: dynamic, context: context, depth: depth, at: position) else { continue }
                render(template.nodes, context: context, indentation: indentation + partialIndent, overrides: overrides, depth: depth + 1)
            case .parent(let name, let dynamic, let parentIndent, let definitions, let position):
                guard let template = resolve(name, dynamic: dynamic, context: context, depth: depth, at: position) else { continue }
                // Outer overrides win over inner ones: the child at the top decides.
                var merged = definitions
                for (key, value) in overrides { merged[key] = value }
                render(template.nodes, context: context, indentation: indentation + parentIndent, overrides: merged, depth: depth + 1)
            case .block(let definition):
                let content = overrides[definition.name]?.children ?? definition.children
                render(content, context: context, indentation: indentation + definition.expansionIndent, overrides: overrides, depth: depth)
            }
        }
    }

    /// The value of a name; with strict names, a name nothing provides records the failure and gives nil.
    private mutating func value(of name: Name, in context: Context, at position: SourcePosition) -> MustacheValue? {
        if let value = context.resolve(name) { return value }
        guard library.strictNames else { return .null }
        failure = TemplateError(kind: .unknownName(name.isImplicit ? "." : name.parts.joined(separator: ".")), file: position.file,
                                line: position.line, column: position.column, sourceLine: position.sourceLine)
        return nil
    }

    private mutating func resolve(_ name: String, dynamic: Bool, context: Context, depth: Int, at position: SourcePosition) -> Template? {
        var resolved = name
        if dynamic {
            guard case .string(let fromContext) = context.lookup(name) else { return nil }
            resolved = fromContext
        }
        if depth >= library.maximumDepth {
            failure = TemplateError(kind: .recursionLimit(resolved), file: position.file, line: position.line, column: position.column, sourceLine: position.sourceLine)
            return nil
        }
        guard let template = library.templates[resolved] else {
            if library.strictPartials {
                failure = TemplateError(kind: .missingPartial(resolved), file: position.file, line: position.line, column: position.column, sourceLine: position.sourceLine)
            }
            return nil
        }
        return template
    }
}
