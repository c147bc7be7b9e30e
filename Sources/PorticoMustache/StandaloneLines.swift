/// The whitespace rules of the Mustache spec, applied to scanned tokens:
/// standalone tag lines vanish, their leading whitespace becomes partial or block indentation,
/// every remaining line start gets an indentation marker, and standalone blocks are re-indented.
enum StandaloneLines {
    static func apply(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var lineTokens: [Token] = []
        func finishLine() {
            result.append(contentsOf: process(line: lineTokens))
            lineTokens = []
        }
        for token in tokens {
            lineTokens.append(token)
            if case .newline = token { finishLine() }
        }
        finishLine()
        return reindentBlocks(result)
    }

    private static func process(line: [Token]) -> [Token] {
        guard !line.isEmpty else { return [] }
        var tags: [Tag] = []
        var allBlank = true
        var leading = ""
        for token in line {
            switch token {
            case .tag(let tag): tags.append(tag)
            case .text(let text):
                if !text.isBlank { allBlank = false }
                if tags.isEmpty { leading += text }
            case .newline, .indent: break
            }
        }
        let standalone = !tags.isEmpty && allBlank && tags.allSatisfy { $0.kind.canStandAlone }
        guard standalone else {
            if line.count == 1, case .newline = line[0] { return line }
            return [.indent] + line
        }
        // A block opened and closed on one line keeps its newline: the block stands for content that has its own.
        let inlineBlock = tags.count == 2 && tags[0].kind == .block && tags[1].kind == .close
        var kept: [Token] = []
        for var tag in tags {
            if tag.kind == .partial || tag.kind == .parent || tag.kind == .block { tag.standaloneIndent = leading }
            kept.append(.tag(tag))
        }
        if inlineBlock, case .newline(let newline)? = line.last { kept.append(.newline(newline)) }
        return kept
    }

    /// For each standalone block opening, strips its content's own indentation (that of its first line)
    /// and records where the content should be expanded: at that indentation, or at the tag's own when empty.
    private static func reindentBlocks(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        var index = 0
        while index < tokens.count {
            guard case .tag(var tag) = tokens[index], tag.kind == .block, let tagIndent = tag.standaloneIndent else {
                index += 1
                continue
            }
            let end = matchingClose(tokens, from: index)
            var intrinsic = ""
            if index + 2 < end, case .indent = tokens[index + 1], case .text(let text) = tokens[index + 2] {
                intrinsic = String(text.prefix(while: { $0 == " " || $0 == "\t" }))
            }
            let hasContent = index + 1 < end
            tag.expansionIndent = hasContent && !isOnlyNewlines(tokens[(index + 1)..<end]) ? intrinsic : tagIndent
            tokens[index] = .tag(tag)
            if !intrinsic.isEmpty {
                for position in (index + 1)..<end {
                    if case .indent = tokens[position - 1], case .text(let text) = tokens[position] {
                        tokens[position] = .text(text.hasPrefix(intrinsic) ? String(text.dropFirst(intrinsic.count)) : text)
                    }
                    if case .tag(var inner) = tokens[position], inner.kind == .block, let innerIndent = inner.standaloneIndent,
                       innerIndent.hasPrefix(intrinsic) {
                        inner.standaloneIndent = String(innerIndent.dropFirst(intrinsic.count))
                        tokens[position] = .tag(inner)
                    }
                }
            }
            index += 1
        }
        return tokens
    }

    private static func isOnlyNewlines(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.allSatisfy { if case .newline = $0 { return true } else { return false } }
    }

    private static func matchingClose(_ tokens: [Token], from start: Int) -> Int {
        var depth = 0
        for index in start..<tokens.count {
            guard case .tag(let tag) = tokens[index] else { continue }
            switch tag.kind {
            case .section, .inverted, .parent, .block: depth += 1
            case .close:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return tokens.count
    }
}
