import PorticoSQLite

/// A slug a record held before staff changed it. The site redirects the old address to the record's current page
/// (links and bookmarks keep working), and the slug is not given to another record while it redirects.
public struct FormerSlug: Sendable, Equatable {
    /// The table of the record (`members`).
    public let table: String
    public let recordID: Int64
    public let slug: String

    /// The `former_slugs` table, kept by the write path (`WriteContext.update` and `delete`), never by a command.
    public static let entity = Entity(table: "former_slugs", auditName: "former_slug", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("entity_table", .text),
        .init("record_id", .integer),
        // A slug is made from a name: personal, like the name, though only ever published as the record's own address.
        .init("slug", .text, privacy: .personal),
        .init("created_at", .text, generated: .createdAt),
    ])

    /// The migration that makes the table (the foundation feature's).
    static let migration = Migrator.Migration("foundation/0002_former_slugs", sql: """
        CREATE TABLE former_slugs (
            id INTEGER PRIMARY KEY,
            entity_table TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            slug TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (entity_table, slug)
        );
        CREATE INDEX former_slugs_record ON former_slugs (entity_table, record_id);
        """)

    /// Every former slug of `table`'s records, by record then slug.
    public static func all(table: String, in store: Store) throws -> [FormerSlug] {
        try store.database.rows("SELECT * FROM former_slugs WHERE entity_table = ? ORDER BY record_id, slug", [table]).map { row in
            let record = try entity.decode(row)
            return FormerSlug(table: table, recordID: try record.integer("record_id"), slug: try record.text("slug"))
        }
    }

    /// The record that held `slug` before, if one did.
    static func holder(of slug: String, table: String, in store: Store) throws -> Int64? {
        try store.database.row("SELECT record_id FROM former_slugs WHERE entity_table = ? AND slug = ?", [table, slug])?["record_id"].integer
    }
}

extension WriteContext {
    /// Keeps the slugs a record gave up in `before` → `after` (so its old address redirects), and lets a record take
    /// back one of its own. A slug another record holds now is refused before anything is written.
    func keepFormerSlugs(_ before: Record, changing values: [String: DatabaseValue]) throws {
        let entity = before.entity
        for column in entity.columns where column.slug != nil {
            guard let old = before.values[column.name]?.text, let new = values[column.name]?.text, old != new else { continue }
            let key = before.values[entity.primaryKey]
            if let holder = try database.row("SELECT \(entity.auditKey) FROM \(entity.table) WHERE \(column.name) = ?", [new]) {
                throw ModelError.conflict("the \(column.name) '\(new)' belongs to \(entity.auditName) \(try holder[entity.auditKey].text ?? "?")")
            }
            guard let id = key?.integer else { continue }
            // A slug given up by another record now names this one: it stops redirecting there.
            for row in try database.rows("SELECT * FROM former_slugs WHERE entity_table = ? AND slug = ?", [entity.table, new]) {
                try delete(FormerSlug.entity.decode(row))
            }
            try insert(FormerSlug.entity, ["entity_table": .text(entity.table), "record_id": .integer(id), "slug": .text(old)])
        }
    }

    /// Forgets the former slugs of a record being removed (its old addresses stop redirecting; the names in them go).
    func forgetFormerSlugs(_ record: Record) throws {
        guard record.entity.columns.contains(where: { $0.slug != nil }), let id = record.values[record.entity.primaryKey]?.integer else { return }
        for row in try database.rows("SELECT * FROM former_slugs WHERE entity_table = ? AND record_id = ?", [record.entity.table, id]) {
            try delete(FormerSlug.entity.decode(row))
        }
    }
}
