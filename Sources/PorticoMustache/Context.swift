/// The context stack: an immutable value; pushing returns a new stack.
struct Context {
    private let frames: [MustacheValue]

    init(root: MustacheValue) { frames = [root] }
    private init(frames: [MustacheValue]) { self.frames = frames }

    func pushing(_ value: MustacheValue) -> Context { Context(frames: frames + [value]) }

    var top: MustacheValue { frames[frames.count - 1] }

    /// Resolves a name: `.` is the top; `a.b.c` finds `a` in the nearest frame that has it, then walks into it.
    func lookup(_ name: String) -> MustacheValue { lookup(Name(name)) }

    /// Resolves a name split once at parse time.
    func lookup(_ name: Name) -> MustacheValue { resolve(name) ?? .null }

    /// Resolves a name, or nil when no frame provides it (as opposed to providing null), for strict rendering.
    func resolve(_ name: Name) -> MustacheValue? {
        if name.isImplicit { return top }
        let parts = name.parts
        var current: MustacheValue?
        for frame in frames.reversed() {
            if let found = frame[parts[0]] {
                current = found
                break
            }
        }
        guard var value = current else { return nil }
        for part in parts.dropFirst() {
            // Walking into null (an absent optional object) gives null, not an unknown name.
            if case .null = value { return .null }
            guard let next = value[part] else { return nil }
            value = next
        }
        return value
    }
}

/// A tag's name, split on dots once when the template is parsed.
struct Name: Sendable {
    let parts: [String]
    let isImplicit: Bool

    init(_ text: String) {
        isImplicit = text == "."
        parts = isImplicit ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
