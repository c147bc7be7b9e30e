import PorticoMustache

/// The data tables of docs/theme.md, generated from the page types so the reference cannot drift from the code.
public enum ThemeReference {
    /// Every layout's data type, in the order the reference lists them.
    static var layouts: [any LayoutData.Type] { SectionRegistry.all.flatMap { $0.pageTypes } + [SearchData.self] }
    /// The data of each feed, calendar or JSON template (`events.ics`).
    static var formats: [any LayoutData.Type] { SectionRegistry.all.flatMap { $0.formatTypes } }

    public static let begin = "<!-- generated from the page types: PORTICO_UPDATE_DOCS=1 swift test --filter GeneratedDocsTests -->"
    public static let end = "<!-- end of generated reference -->"

    /// The generated part of docs/theme.md.
    public static func markdown() throws -> String {
        var out = begin + "\n\n## Data every template receives\n\n| key | shape | what it holds |\n|---|---|---|\n"
        out += try rows(MustacheEncoder().encode(PageFrame.example), docs: PageFrame.fieldDocs, type: "PageFrame")
        out += "\n## Layouts and their data\n"
        for (index, type) in (layouts + formats).enumerated() {
            if index == layouts.count { out += "\n## Feeds and calendars and their data\n\nThese templates render to their own format (`NAME.ics`: iCalendar, values escaped as RFC 5545 TEXT and lines folded; triple braces for values that are not text, such as times and URLs).\n" }
            out += "\n### `\(type.layout)`\n\nUsed for \(type.pages).\n\n"
            let keys = try fields(of: type)
            if keys.isEmpty { out += "No keys besides the ones every page has.\n"; continue }
            out += "| key | shape | what it holds |\n|---|---|---|\n"
            out += try rows(MustacheEncoder().encode(type.example), docs: type.fieldDocs, type: "\(type)")
        }
        return out + "\n" + end + "\n"
    }

    /// Every layout's template name, in reference order.
    public static var layoutNames: [String] { (layouts + formats).map { $0.layout } }

    /// The keys a layout's data has.
    static func fields(of type: any LayoutData.Type) throws -> [String] {
        guard case .object(let members) = try MustacheEncoder().encode(type.example) else { return [] }
        return members.keys.sorted()
    }

    private static func rows(_ value: MustacheValue, docs: [String: String], type: String) throws -> String {
        guard case .object(let members) = value else { return "" }
        return members.keys.sorted().map { key in
            "| `\(key)` | \(shape(members[key]!)) | \(docs[key] ?? "**undocumented in \(type).fieldDocs**") |\n"
        }.joined()
    }

    /// A value's shape in words: `text`, `number`, `list of title, url`…
    static func shape(_ value: MustacheValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "true or false"
        case .int, .double: return "number"
        case .string: return "text"
        case .array(let items): return "list" + (items.first.map { " of " + shape($0) } ?? "")
        case .object(let members):
            return members.keys.sorted().map { key -> String in
                if case .object = members[key]! { return "`\(key)` (\(shape(members[key]!)))" }
                if case .array(let items) = members[key]!, case .object? = items.first { return "`\(key)` (\(shape(members[key]!)))" }
                return "`\(key)`"
            }.joined(separator: ", ")
        }
    }
}
