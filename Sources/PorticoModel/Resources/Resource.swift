import Foundation
import PorticoFormats
import PorticoSQLite

/// A toolkit, template, recording or document in the resource library: a file in the site folder (published under a
/// content-hashed name) or an external link. A `members` resource is listed with a 'members only' note and neither
/// its file nor its link reaches the public site.
public struct Resource: Sendable, Equatable {
    public static let types = ["document", "video", "link", "template", "toolkit"]
    public static let audiences = ["public", "members"]
    /// Words the library uses in its own paths, which a resource slug may not take.
    public static let reservedSlugs: Set<String> = ["page", "type", "category", "tag", "popular", "files"]

    public let id: Int64
    public let slug: String
    public let title: String
    public let type: String
    /// The file's path in the site folder, always under `content/` (`content/resources/toolkit.pdf`), or nil for a
    /// link. Under `content/` so that a changed file changes the build's fingerprint like any other content.
    public let file: String?
    public let url: String?
    /// Safe Markdown.
    public let description: String
    public let categories: [String]
    public let tags: [String]
    public let audience: String
    public let publishedOn: CalendarDate?
    public let updatedAt: String

    public var isPublic: Bool { audience == "public" }
    /// Listed on the site: it has a published date on or before `today`.
    public func isListed(on today: CalendarDate) -> Bool { publishedOn.map { $0 <= today } ?? false }

    /// `Document`, `Toolkit`.
    public static func label(ofType type: String) -> String { type.prefix(1).uppercased() + type.dropFirst() }

    /// A path in the site's `content/` folder that cannot leave it: no leading slash, no `..`, no backslash.
    static func filePath(_ text: String) throws -> String {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "content", !text.hasSuffix(".md"), !text.contains("\\"), !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }),
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7f}" }) else {
            throw ModelError.invalid(field: "file", value: text, reason: "give a file under the site's content folder, such as content/resources/toolkit.pdf")
        }
        return text
    }

    public static let entity = Entity(table: "resources", auditName: "resource", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }, slug: .init(from: "title", reserved: reservedSlugs)),
        .init("title", .text, normalize: { try Validate.text($0, field: "title", maximum: 160) }),
        .init("type", .text, allowed: types, defaultValue: .text("document")),
        .init("file", .text, nullable: true, normalize: { try filePath($0) }),
        .init("url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "url") }),
        .init("description", .text, defaultValue: .text("")),
        .init("categories", .text, defaultValue: .text(""), normalize: { try Event.categoryList($0) }),
        .init("tags", .text, defaultValue: .text(""), normalize: { try Event.categoryList($0) }),
        .init("audience", .text, allowed: audiences, defaultValue: .text("public")),
        .init("published_on", .text, nullable: true, normalize: { try Validate.date($0, field: "published_on") }),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "resources", view: .recordsView, edit: .resourcesEdit), validate: { values in
        try ResourceRecords.check(values)
        return values
    })

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        title = try record.text("title")
        type = try record.text("type")
        file = try record.optionalText("file")
        url = try record.optionalText("url")
        description = try record.text("description")
        categories = Self.list(try record.text("categories"))
        tags = Self.list(try record.text("tags"))
        audience = try record.text("audience")
        publishedOn = try record.optionalText("published_on").flatMap(CalendarDate.init)
        updatedAt = try record.text("updated_at")
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The fields as text, for `--json` and listings.
    public var fields: [(String, DatabaseValue)] {
        func optional(_ text: String?) -> DatabaseValue { text.map { .text($0) } ?? .null }
        return [("slug", .text(slug)), ("title", .text(title)), ("type", .text(type)), ("file", optional(file)), ("url", optional(url)),
                ("categories", .text(categories.joined(separator: ", "))), ("tags", .text(tags.joined(separator: ", "))), ("audience", .text(audience)),
                ("published_on", optional(publishedOn?.description))]
    }
}
