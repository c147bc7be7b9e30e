import PorticoMustache

/// The data one layout receives besides the `PageFrame`: one Swift type per layout, so a section cannot hand a
/// layout data it does not expect, and the theme reference (docs/theme.md) is generated from the types.
protocol LayoutData: Encodable, Sendable {
    /// The layout's template name (`help-article`).
    static var layout: String { get }
    /// Which pages use it, for the theme reference.
    static var pages: String { get }
    /// What each of its keys holds, for the theme reference. A test checks every key is described.
    static var fieldDocs: [String: String] { get }
    /// A value with every optional set and every list non-empty, so the reference can show the full shape.
    static var example: Self { get }
}

/// A page's complete data: the frame every page has, and its layout's own keys beside them.
struct PageData<Data: LayoutData>: Encodable, Sendable {
    let frame: PageFrame
    let data: Data

    func encode(to encoder: Encoder) throws {
        try frame.encode(to: encoder)
        try data.encode(to: encoder)
    }

    /// The Mustache value the template renders (through the one encoder).
    func mustacheValue() throws -> MustacheValue { try MustacheEncoder().encode(self) }
}

/// A list that is null when empty, so a template can leave out a heading with nothing under it (`{{#tickets}}`
/// … `{{#items}}`).
struct ItemList<Item: Encodable & Sendable>: Encodable, Sendable {
    let items: [Item]
    init?(_ items: [Item]) {
        guard !items.isEmpty else { return nil }
        self.items = items
    }
}
