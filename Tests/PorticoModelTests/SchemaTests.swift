import Testing
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Every entity description against the real table of a freshly migrated database: the same columns, each of the
/// described type and nullability, each reference pointing where the table's foreign key points. A migration that
/// adds a column the description lacks (or a description naming a column no migration made) fails here, not when a
/// row is first decoded in production.
@Suite struct SchemaTests {
    struct TableColumn: Equatable, CustomStringConvertible {
        let name: String
        let type: String
        let nullable: Bool
        let references: String?
        var description: String { "\(name) \(type)\(nullable ? " NULL" : " NOT NULL")" + (references.map { " → \($0)" } ?? "") }
    }

    /// The table as SQLite reports it (`PRAGMA table_info`, `PRAGMA foreign_key_list`).
    static func actual(_ table: String, in database: Database) throws -> [TableColumn] {
        var references: [String: String] = [:]
        for row in try database.rows("SELECT * FROM pragma_foreign_key_list(?)", [table]) {
            references[try row["from"].text ?? ""] = try row["table"].text
        }
        return try database.rows("SELECT * FROM pragma_table_info(?) ORDER BY cid", [table]).map { row in
            let name = try row["name"].text ?? ""
            // A rowid alias (INTEGER PRIMARY KEY) is never null, whatever `notnull` says.
            let (primaryKey, type, notNull) = (try row["pk"].integer, try row["type"].text ?? "", try row["notnull"].integer)
            let isRowID = primaryKey == 1 && type == "INTEGER"
            return TableColumn(name: name, type: type, nullable: notNull == 0 && !isRowID, references: references[name])
        }
    }

    /// The table as its entity describes it.
    static func described(_ entity: Entity) -> [TableColumn] {
        entity.columns.map { column in
            TableColumn(name: column.name, type: column.type == .text ? "TEXT" : "INTEGER",
                        nullable: column.nullable && column.generated != .rowID, references: column.references)
        }
    }

    @Test(arguments: FeatureSet.builtIn.entities.map(\.table))
    func theDescriptionMatchesTheMigratedTable(_ table: String) throws {
        let store = try Store(path: ":memory:", create: true, clock: { TestStores.fixedNow })
        let entity = try #require(FeatureSet.builtIn.entity(table: table))
        let actual = try Self.actual(table, in: store.database)
        #expect(!actual.isEmpty, "no table \(table)")
        let described = Self.described(entity)
        #expect(Set(actual.map(\.name)) == Set(described.map(\.name)), "columns of \(table)")
        for column in described {
            guard let real = actual.first(where: { $0.name == column.name }) else { continue }
            #expect(real == column, "\(table).\(column.name): described as \(column), migrated as \(real)")
        }
    }

    @Test func everyTableButTheInternalOnesIsDescribed() throws {
        let store = try Store(path: ":memory:", create: true, clock: { TestStores.fixedNow })
        let tables = try store.database.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").compactMap { try $0["name"].text }
        let described = Set(FeatureSet.builtIn.entities.map(\.table))
        // The migrations' own ledger and the audit trail are kept by the store, not written as records.
        #expect(tables.filter { !described.contains($0) } == ["audit_log", "schema_migrations"])
    }
}
