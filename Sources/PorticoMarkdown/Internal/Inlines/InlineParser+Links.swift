extension InlineParser {
    mutating func addBracket(_ node: Node, index: Int, isImage: Bool) {
        brackets?.bracketAfter = true
        node.isDelimiterText = true
        brackets = Bracket(node: node, previous: brackets, previousDelimiter: delimiters, index: index, isImage: isImage)
    }

    mutating func parseOpenBracket(into block: Node) {
        let start = position
        position += 1
        if options.gfm, let (reference, end) = Footnotes.reference(subject, at: start, registry: footnotes) {
            block.appendChild(reference)
            position = end
            return
        }
        let node = Node(text: [UInt8(ascii: "[")])
        block.appendChild(node)
        addBracket(node, index: start, isImage: false)
    }

    mutating func parseBang(into block: Node) {
        let start = position
        position += 1
        if peek() == UInt8(ascii: "[") {
            if options.gfm, peek(1) == UInt8(ascii: "^") {
                Self.appendText([UInt8(ascii: "!")], to: block)
                return
            }
            position += 1
            let node = Node(text: Array("![".utf8))
            block.appendChild(node)
            addBracket(node, index: start + 1, isImage: true)
        } else {
            Self.appendText([UInt8(ascii: "!")], to: block)
        }
    }

    mutating func parseCloseBracket(into block: Node) {
        position += 1
        let afterBracket = position
        guard let opener = brackets else {
            Self.appendText([UInt8(ascii: "]")], to: block)
            return
        }
        guard opener.isActive else {
            Self.appendText([UInt8(ascii: "]")], to: block)
            brackets = opener.previous
            return
        }
        var destination: [UInt8] = []
        var title: [UInt8] = []
        var matched = false
        // An inline link: ](destination "title")
        if peek() == UInt8(ascii: "(") {
            var i = LinkSyntax.skipSpacesAndNewline(subject, at: position + 1)
            if let (parsedDestination, destinationEnd) = LinkSyntax.destination(subject, at: i) {
                steps += destinationEnd - i
                i = destinationEnd
                let beforeTitle = i
                i = LinkSyntax.skipSpacesAndNewline(subject, at: i)
                if i > beforeTitle, let (parsedTitle, titleEnd) = LinkSyntax.title(subject, at: i) {
                    title = parsedTitle
                    i = LinkSyntax.skipSpacesAndNewline(subject, at: titleEnd)
                }
                if i < subject.count && subject[i] == UInt8(ascii: ")") {
                    destination = parsedDestination
                    position = i + 1
                    matched = true
                } else {
                    title = []
                }
            }
        }
        // A reference link: ][label], ][] or ] alone.
        if !matched {
            let beforeLabel = position
            var label: ArraySlice<UInt8>?
            let labelEnd = LinkSyntax.label(subject, at: position)
            if let labelEnd, labelEnd - beforeLabel > 2 {
                label = subject[(beforeLabel + 1)..<(labelEnd - 1)]
            } else if !opener.bracketAfter {
                label = subject[(opener.index + 1)..<(afterBracket - 1)]
            }
            if let labelEnd { position = labelEnd }
            if let label, let reference = references[LinkSyntax.normalize(label)] {
                destination = reference.destination
                title = reference.title
                matched = true
            } else if labelEnd == nil || label == nil {
                position = afterBracket
            }
            if !matched { position = afterBracket }
        }
        guard matched else {
            brackets = opener.previous
            Self.appendText([UInt8(ascii: "]")], to: block)
            return
        }
        let link = Node(opener.isImage ? .image : .link)
        link.destination = destination
        link.title = title
        var inner = opener.node.next
        while let node = inner {
            steps += 1
            inner = node.next
            link.appendChild(node)
        }
        block.appendChild(link)
        processEmphasis(stackBottom: opener.previousDelimiter)
        brackets = opener.previous
        opener.node.unlink()
        // No links inside links: earlier link openers become inactive.
        if !opener.isImage {
            var earlier = brackets
            while let current = earlier {
                steps += 1
                if !current.isImage {
                    // Everything below an inactive link opener was deactivated with it: stop here (keeps this linear).
                    if !current.isActive { break }
                    current.isActive = false
                }
                earlier = current.previous
            }
        }
    }
}
