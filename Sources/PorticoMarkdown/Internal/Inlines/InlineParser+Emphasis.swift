extension InlineParser {
    /// Scans a run of `*`, `_` or `~` and records it on the delimiter stack with its flanking.
    mutating func handleDelimiters(_ character: UInt8, into block: Node) {
        let start = position
        while position < subject.count && subject[position] == character { position += 1 }
        let count = position - start
        let before = Characters.scalar(before: start, in: subject)
        let after = Characters.scalar(at: position, in: subject)
        let afterIsWhitespace = Characters.isUnicodeWhitespace(after)
        let afterIsPunctuation = Characters.isUnicodePunctuation(after)
        let beforeIsWhitespace = Characters.isUnicodeWhitespace(before)
        let beforeIsPunctuation = Characters.isUnicodePunctuation(before)
        let leftFlanking = !afterIsWhitespace && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation)
        let rightFlanking = !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation)
        var canOpen: Bool
        var canClose: Bool
        if character == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        if character == UInt8(ascii: "~") && count > 2 {
            canOpen = false
            canClose = false
        }
        let node = Node(text: Array(subject[start..<position]))
        node.isDelimiterText = true
        block.appendChild(node)
        if canOpen || canClose {
            let delimiter = Delimiter(character: character, count: count, node: node, previous: delimiters, canOpen: canOpen, canClose: canClose)
            delimiters?.next = delimiter
            delimiters = delimiter
        }
    }

    mutating func removeDelimiter(_ delimiter: Delimiter) {
        if let previous = delimiter.previous { previous.next = delimiter.next }
        if let next = delimiter.next {
            next.previous = delimiter.previous
        } else {
            delimiters = delimiter.previous
        }
    }

    /// Resolves emphasis, strong emphasis and strikethrough among the delimiters above `stackBottom`.
    mutating func processEmphasis(stackBottom: Delimiter?) {
        // Lower bounds for opener searches, per delimiter kind, closer's can-open and length modulo 3.
        var openersBottom: [Int: Delimiter?] = [:]
        var closer = delimiters
        while let current = closer, current.previous !== stackBottom { closer = current.previous; steps += 1 }
        while let currentCloser = closer {
            steps += 1
            guard currentCloser.canClose else {
                closer = currentCloser.next
                continue
            }
            let character = currentCloser.character
            let bottomKey = Int(character) * 8 + (currentCloser.canOpen ? 4 : 0) + (character == UInt8(ascii: "~") ? 0 : currentCloser.originalCount % 3)
            let bottom = openersBottom[bottomKey] ?? stackBottom
            var opener = currentCloser.previous
            var openerFound = false
            while let candidate = opener, candidate !== stackBottom, candidate !== bottom {
                steps += 1
                if candidate.character == character && candidate.canOpen {
                    if character == UInt8(ascii: "~") {
                        if candidate.count == currentCloser.count { openerFound = true; break }
                    } else {
                        let oddMatch = (currentCloser.canOpen || candidate.canClose) && currentCloser.originalCount % 3 != 0
                            && (candidate.originalCount + currentCloser.originalCount) % 3 == 0
                        if !oddMatch { openerFound = true; break }
                    }
                }
                opener = candidate.previous
            }
            let oldCloser = currentCloser
            if openerFound, let opener {
                let used: Int
                let kind: Node.Kind
                if character == UInt8(ascii: "~") {
                    used = currentCloser.count
                    kind = .strikethrough
                } else {
                    used = currentCloser.count >= 2 && opener.count >= 2 ? 2 : 1
                    kind = used == 1 ? .emphasis : .strong
                }
                let openerNode = opener.node
                let closerNode = currentCloser.node
                opener.count -= used
                currentCloser.count -= used
                openerNode.literal = openerNode.literal.dropLast(used)
                closerNode.literal = closerNode.literal.dropLast(used)
                let emphasis = Node(kind)
                var inner = openerNode.next
                while let node = inner, node !== closerNode {
                    steps += 1
                    inner = node.next
                    emphasis.appendChild(node)
                }
                openerNode.insertAfter(emphasis)
                // Delimiters between opener and closer can no longer match anything. They are unlinked one by one:
                // dropping the run at once would free it recursively, one stack frame per delimiter.
                var between = currentCloser.previous
                while let cut = between, cut !== opener {
                    between = cut.previous
                    cut.previous = nil
                    steps += 1
                }
                opener.next = currentCloser
                currentCloser.previous = opener
                if opener.count == 0 {
                    openerNode.unlink()
                    removeDelimiter(opener)
                }
                if currentCloser.count == 0 {
                    closerNode.unlink()
                    let next = currentCloser.next
                    removeDelimiter(currentCloser)
                    closer = next
                }
            } else {
                closer = currentCloser.next
                openersBottom[bottomKey] = oldCloser.previous
                if !oldCloser.canOpen { removeDelimiter(oldCloser) }
            }
        }
        while let top = delimiters, top !== stackBottom { removeDelimiter(top); steps += 1 }
    }
}
