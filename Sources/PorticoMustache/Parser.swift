/// Builds the node tree from tokens, checking that every section is closed by its own name.
struct Parser {
    let scanner: Scanner

    private struct Frame {
        var tag: Tag?
        var nodes: [Node] = []
    }

    func parse(_ tokens: [Token]) throws -> [Node] {
        var stack = [Frame()]
        for token in tokens {
            switch token {
            case .text(let text):
                stack[stack.count - 1].nodes.append(.text(text))
            case .newline(let newline):
                stack[stack.count - 1].nodes.append(.text(newline))
            case .indent:
                stack[stack.count - 1].nodes.append(.indent)
            case .tag(let tag):
                switch tag.kind {
                case .comment, .delimiters:
                    break
                case .escaped, .unescaped:
                    stack[stack.count - 1].nodes.append(.variable(name: Name(tag.name), escaped: tag.kind == .escaped, at: position(of: tag)))
                case .partial:
                    let (name, dynamic) = Self.dynamicName(tag.name)
                    stack[stack.count - 1].nodes.append(.partial(name: name, dynamic: dynamic, indentation: tag.standaloneIndent ?? "", at: position(of: tag)))
                case .section, .inverted, .parent, .block:
                    stack.append(Frame(tag: tag))
                case .close:
                    let frame = stack.removeLast()
                    guard let open = frame.tag, open.name == tag.name, !stack.isEmpty else {
                        throw scanner.error(.mismatchedClose(expected: frame.tag?.name, found: tag.name), line: tag.line, column: tag.column)
                    }
                    stack[stack.count - 1].nodes.append(node(for: open, children: frame.nodes))
                }
            }
        }
        if stack.count > 1, let open = stack.last?.tag {
            throw scanner.error(.unclosedSection(open.name), line: open.line, column: open.column)
        }
        return stack[0].nodes
    }

    private func node(for open: Tag, children: [Node]) -> Node {
        switch open.kind {
        case .section, .inverted:
            return .section(name: Name(open.name), inverted: open.kind == .inverted, children: children, at: position(of: open))
        case .block:
            return .block(BlockDefinition(name: open.name, children: children, expansionIndent: open.expansionIndent ?? ""))
        default:
            // A parent: only the blocks inside count; other content is ignored, as the spec says.
            var overrides: [String: BlockDefinition] = [:]
            for child in children {
                if case .block(let definition) = child { overrides[definition.name] = definition }
            }
            let (name, dynamic) = Self.dynamicName(open.name)
            return .parent(name: name, dynamic: dynamic, indentation: open.standaloneIndent ?? "", overrides: overrides, at: position(of: open))
        }
    }

    private func position(of tag: Tag) -> SourcePosition {
        SourcePosition(file: scanner.file, line: tag.line, column: tag.column, sourceLine: scanner.sourceLine(tag.line))
    }

    /// `*name` asks for the partial whose name the context holds at `name`.
    static func dynamicName(_ raw: String) -> (String, Bool) {
        guard raw.hasPrefix("*") else { return (raw, false) }
        return (String(raw.dropFirst()).trimmingWhitespace(), true)
    }
}
