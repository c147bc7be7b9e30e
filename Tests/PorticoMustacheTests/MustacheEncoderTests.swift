import Testing
@testable import PorticoMustache

@Suite struct MustacheEncoderTests {
    struct Link: Encodable { let title: String; let url: String }
    struct Frame: Encodable {
        let title: String
        let count: Int
        let ratio: Double
        let draft: Bool
        let summary: String?
        let previous: Link?
        let links: [Link]
        let assets: [String: String]
        enum CodingKeys: String, CodingKey { case title, count, ratio, draft, summary, previous, links, assets = "asset_urls" }
    }
    struct Extra: Encodable { let content: String }
    /// Two values encoded into one object, as a page's common data and its layout's own keys are.
    struct Merged: Encodable {
        let frame: Frame
        let extra: Extra
        func encode(to encoder: Encoder) throws {
            try frame.encode(to: encoder)
            try extra.encode(to: encoder)
        }
    }

    @Test func structsListsAndDictionariesBecomeMustacheValues() throws {
        let frame = Frame(title: "Dues", count: 3, ratio: 0.5, draft: false, summary: nil, previous: Link(title: "A", url: "/a/"),
                          links: [Link(title: "B", url: "/b/")], assets: ["style_css": "/assets/style.1.css"])
        let value = try MustacheEncoder().encode(frame)
        #expect(value == .object([
            "title": "Dues", "count": 3, "ratio": .double(0.5), "draft": false, "summary": .null,
            "previous": ["title": "A", "url": "/a/"], "links": [["title": "B", "url": "/b/"]],
            "asset_urls": ["style_css": "/assets/style.1.css"],
        ]))
    }

    @Test func nilOptionalsAreKeysHoldingNullSoStrictTemplatesSeeThem() throws {
        let value = try MustacheEncoder().encode(Frame(title: "x", count: 0, ratio: 0, draft: true, summary: nil, previous: nil, links: [], assets: [:]))
        #expect(value["summary"] == .null && value["previous"] == .null)
        var library = try TemplateLibrary(sources: ["t": "{{#previous}}{{title}}{{/previous}}{{^summary}}none{{/summary}}"])
        library.strictNames = true
        let rendered = try library.render("t", value)
        #expect(rendered == "none")
    }

    @Test func twoValuesEncodedIntoOneEncoderMerge() throws {
        let frame = Frame(title: "T", count: 1, ratio: 1, draft: false, summary: "S", previous: nil, links: [], assets: [:])
        let value = try MustacheEncoder().encode(Merged(frame: frame, extra: Extra(content: "<p>Hi</p>")))
        #expect(value["title"] == "T" && value["content"] == "<p>Hi</p>" && value["summary"] == "S")
    }
}

extension MustacheEncoderTests {
    struct Sizes: Encodable {
        let big: Int64
        let small: UInt8
        let half: Float
        let huge: UInt64
    }

    /// Every standard number type encodes (Int64 once recursed until the stack overflowed); one too large for Int throws.
    @Test func everyNumberTypeEncodes() throws {
        let value = try MustacheEncoder().encode(Sizes(big: 1_800, small: 7, half: 0.5, huge: 12))
        #expect(value == .object(["big": 1_800, "small": 7, "half": .double(0.5), "huge": 12]))
        #expect(throws: EncodingError.self) { try MustacheEncoder().encode(Sizes(big: 0, small: 0, half: 0, huge: UInt64.max)) }
    }
}
