import Foundation
import PorticoFormats
import PorticoSQLite

/// The resource library's records: adding, changing and removing resources, each audited.
public enum ResourceRecords {
    public static func find(slug: String, in store: Store) throws -> Resource {
        guard let record = try Resource.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "resource", key: slug) }
        return try Resource(record: record)
    }

    /// Every resource, newest published first (unpublished ones last, newest created first).
    public static func list(in store: Store) throws -> [Resource] {
        try store.database.rows("SELECT * FROM resources ORDER BY published_on IS NULL, published_on DESC, id DESC").map { try Resource(record: Resource.entity.decode($0)) }
    }

    /// The fields staff give as text.
    public static let textFields = ["title", "type", "file", "url", "description", "categories", "tags", "audience", "published_on", "slug"]

    private static func values(_ fields: [String: String]) throws -> [String: DatabaseValue] {
        var values: [String: DatabaseValue] = [:]
        for (name, text) in fields {
            guard textFields.contains(name), let column = Resource.entity.column(name) else {
                throw ModelError.invalid(field: "--" + name.replacingOccurrences(of: "_", with: "-"), value: text, reason: "not a resource field that can be set")
            }
            values[name] = text.isEmpty && column.nullable ? .null : try Resource.entity.value(fromText: text, for: column)
        }
        return values
    }

    /// Adds a resource, published today unless `published_on` says otherwise.
    @discardableResult
    public static func add(title: String, fields: [String: String], in context: WriteContext) throws -> Resource {
        var values = try values(fields)
        values["title"] = .text(try Validate.text(title, field: "--title", maximum: 160))
        if values["published_on"] == nil { values["published_on"] = .text(try context.store.today().description) }
        try check(values)
        return try Resource(record: context.insert(Resource.entity, Resource.entity.completedForInsert(values, in: context.store)))
    }

    @discardableResult
    public static func update(slug: String, fields: [String: String], in context: WriteContext) throws -> Resource {
        guard let record = try Resource.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "resource", key: slug) }
        var changes = try values(fields)
        // A file replaces a link and a link a file: a resource is one or the other.
        if changes["file"]?.isNull == false { changes["url"] = .null }
        if changes["url"]?.isNull == false { changes["file"] = .null }
        var merged = record.values
        for (name, value) in changes { merged[name] = value }
        try check(merged)
        return try Resource(record: context.update(record, set: changes))
    }

    public static func remove(slug: String, in context: WriteContext) throws {
        guard let record = try Resource.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "resource", key: slug) }
        try context.deleteWithDependents(record)
    }

    /// A resource is a file or a link, never both, never neither.
    static func check(_ values: [String: DatabaseValue]) throws {
        let hasFile = !(values["file"] ?? .null).isNull, hasURL = !(values["url"] ?? .null).isNull
        if hasFile == hasURL {
            throw ModelError.invalid(field: "--file", value: "", reason: hasFile ? "give a file or a --url, not both" : "give the resource's --file (in the site folder) or its --url")
        }
    }
}
