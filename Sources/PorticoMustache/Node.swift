/// A parsed template node.
indirect enum Node: Sendable {
    case text(String)
    /// The start of a template line: the renderer inserts the current indentation.
    case indent
    case variable(name: Name, escaped: Bool, at: SourcePosition)
    case section(name: Name, inverted: Bool, children: [Node], at: SourcePosition)
    case partial(name: String, dynamic: Bool, indentation: String, at: SourcePosition)
    /// `{{<parent}}…{{/parent}}`: renders the parent template with these block overrides.
    case parent(name: String, dynamic: Bool, indentation: String, overrides: [String: BlockDefinition], at: SourcePosition)
    /// `{{$block}}default{{/block}}`.
    case block(BlockDefinition)
}

/// The content of a `{{$name}}` tag and the indentation its expansion site adds.
struct BlockDefinition: Sendable {
    let name: String
    let children: [Node]
    let expansionIndent: String
}

/// Where a tag stands in its template, for errors raised while rendering.
struct SourcePosition: Sendable {
    let file: String
    let line: Int
    let column: Int
    let sourceLine: String
}
