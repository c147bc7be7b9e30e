import PorticoFormats
import PorticoSQLite

/// One table described once: its columns with their types, allowed values and privacy, and how the audit trail
/// names its records. Rows are decoded through it (a missing or mistyped column throws: no silent defaults),
/// every write goes through its audited insert and update, and audit snapshots leave out secret fields.
public struct Entity: Sendable {
    /// A column's storage type, checked when a row is decoded and when a value is written.
    public enum ColumnType: Sendable { case text, integer, boolean }
    /// Who may see a field: anyone (`public`); staff with personal-data rights (`personal`: a city, a job title,
    /// common values that are still someone's); the same, and the value picks out a person or what they wrote
    /// (`identifying`: a name, an email, a message), so `portico check --privacy` looks for it in the built site
    /// wherever it is not published with consent; nobody but the code that uses it (`secret`: never in audit
    /// snapshots, exports or output).
    public enum Privacy: Sendable {
        case `public`, personal, identifying, secret
        /// Personal data: exported only with `exports.personal-data`.
        public var isPersonal: Bool { self == .personal || self == .identifying }
    }

    /// Values Portico fills in itself; an import never sets them (they are ignored, unless the key to match on).
    public enum Generated: Sendable { case rowID, createdAt, updatedAt }

    /// A column holding a record's permanent URL slug (`ana-silva`): made from `source` when a new record has none,
    /// unique among the table's records and the slugs they held before (`FormerSlug`), never a `reserved` word.
    /// Once stored it changes only when staff change it, and the old slug is kept so the site can redirect it.
    public struct SlugRule: Sendable {
        public let source: String
        public let reserved: Set<String>
        public init(from source: String, reserved: Set<String> = []) {
            self.source = source
            self.reserved = reserved
        }
    }

    /// What removing a referenced record does to the rows that reference it (`WriteContext.deleteWithDependents`).
    public enum OnDelete: Sendable { case refuse, cascade }

    /// One column.
    public struct Column: Sendable {
        public let name: String
        public let type: ColumnType
        public let nullable: Bool
        /// The only values allowed, when the column is a choice (a status, a role).
        public let allowed: [String]?
        public let privacy: Privacy
        public let generated: Generated?
        /// No two rows share a value (an import checks it and can match existing records on it).
        public let unique: Bool
        /// The value an imported record gets when the field is absent.
        public let defaultValue: DatabaseValue?
        /// Makes the value for a new record that has none (a member number from a sequence), when a fixed default won't do.
        public let makeDefault: (@Sendable (Store) throws -> DatabaseValue)?
        /// The table whose `id` this column holds.
        public let references: String?
        /// When the referenced record is removed: refuse while this row exists (the default), or remove this row too.
        public let onDelete: OnDelete
        /// The field's own check for text written by people (an email address, a one-line name): returns the
        /// value to store or throws `ModelError.invalid`.
        public let normalize: (@Sendable (String) throws -> String)?
        /// Set when the column is the record's permanent slug.
        public let slug: SlugRule?

        public init(_ name: String, _ type: ColumnType, nullable: Bool = false, allowed: [String]? = nil, privacy: Privacy = .public,
                    generated: Generated? = nil, unique: Bool = false, defaultValue: DatabaseValue? = nil, references: String? = nil,
                    onDelete: OnDelete = .refuse, normalize: (@Sendable (String) throws -> String)? = nil,
                    makeDefault: (@Sendable (Store) throws -> DatabaseValue)? = nil, slug: SlugRule? = nil) {
            self.name = name
            self.type = type
            self.nullable = nullable
            self.allowed = allowed
            self.privacy = privacy
            self.generated = generated
            self.unique = unique
            self.defaultValue = defaultValue
            self.references = references
            self.onDelete = onDelete
            self.normalize = normalize
            self.makeDefault = makeDefault
            self.slug = slug
        }

        /// An import must give this field for a new record.
        var requiredOnInsert: Bool { !nullable && generated == nil && defaultValue == nil && makeDefault == nil && slug == nil }
    }

    /// Who may bulk-read and bulk-write the entity (`export`, `import`); nil when it is not transferable.
    public struct Transfer: Sendable {
        /// The name in `portico-admin import|export ENTITY` (plural, as staff say it: `staff`, `tickets`).
        public let name: String
        /// Needed to export (personal fields also need `exports.personal-data`).
        public let view: Capability
        /// Needed, besides `bulk.operations`, to import.
        public let edit: Capability
        /// A check over the whole table after an import (say, at least one active admin remains).
        public let invariant: (@Sendable (Store) throws -> Void)?

        public init(name: String, view: Capability, edit: Capability, invariant: (@Sendable (Store) throws -> Void)? = nil) {
            self.name = name
            self.view = view
            self.edit = edit
            self.invariant = invariant
        }
    }

    public let table: String
    /// The entity name in the audit trail (`staff`, `support_ticket`).
    public let auditName: String
    /// The column whose value names a record in the audit trail (`email` for staff, `id` for tickets).
    public let auditKey: String
    public let columns: [Column]
    /// The column that identifies a row (`id`, or `key` for settings).
    public let primaryKey: String
    /// Which rows of the table are records of this entity, when not all are (settings keep internal keys too).
    public let scope: (sql: String, arguments: [DatabaseValue])?
    /// Leaves the audit key out of snapshots (settings were audited as `{"value": …}` before they had a description).
    public let snapshotOmitsKey: Bool
    /// Import and export; nil when the entity is not transferable in bulk.
    public let transfer: Transfer?
    /// A check across fields of one record (a setting's value checked by its key), run on import.
    public let validate: (@Sendable ([String: DatabaseValue]) throws -> [String: DatabaseValue])?
    /// False for derived data written without an entry per row (usage counts from access logs: the logs are the
    /// record, and a log's thousands of lines would drown the trail); `audit verify` does not look for them in it.
    public let audited: Bool

    public init(table: String, auditName: String, auditKey: String, columns: [Column], primaryKey: String = "id",
                scope: (sql: String, arguments: [DatabaseValue])? = nil, snapshotOmitsKey: Bool = false, transfer: Transfer? = nil,
                validate: (@Sendable ([String: DatabaseValue]) throws -> [String: DatabaseValue])? = nil, audited: Bool = true) {
        self.audited = audited
        self.table = table
        self.auditName = auditName
        self.auditKey = auditKey
        self.columns = columns
        self.primaryKey = primaryKey
        self.scope = scope
        self.snapshotOmitsKey = snapshotOmitsKey
        self.transfer = transfer
        self.validate = validate
    }

    public func column(_ name: String) -> Column? { columns.first { $0.name == name } }

    /// `SELECT * FROM table [WHERE scope]` with its arguments, for reading every record in key order.
    public var selectAll: (sql: String, arguments: [DatabaseValue]) {
        let filter = scope.map { " WHERE " + $0.sql } ?? ""
        return ("SELECT * FROM \(table)\(filter) ORDER BY \(primaryKey)", scope?.arguments ?? [])
    }

    /// Checks a row against the description: every column present, of its type, non-null unless nullable,
    /// one of its allowed values. Throws naming the table, column and row.
    public func decode(_ row: Row) throws -> Record {
        var values: [String: DatabaseValue] = [:]
        let rowID = row.columns.firstIndex(of: primaryKey).flatMap { row.values[$0].text } ?? "?"
        for column in columns {
            guard let index = row.columns.firstIndex(of: column.name) else {
                throw RecordError.missingColumn(table: table, column: column.name)
            }
            let value = row.values[index]
            try check(value, for: column, row: rowID)
            values[column.name] = value
        }
        return Record(entity: self, values: values)
    }

    func check(_ value: DatabaseValue, for column: Column, row: String) throws {
        switch (value, column.type) {
        case (.null, _):
            if !column.nullable { throw RecordError.wrongValue(table: table, column: column.name, row: row, reason: "is null") }
        case (.text(let text), .text):
            if let allowed = column.allowed, !allowed.contains(text) {
                throw RecordError.wrongValue(table: table, column: column.name, row: row, reason: "'\(text)' is not one of \(allowed.joined(separator: ", "))")
            }
        case (.integer, .integer): break
        case (.integer(let flag), .boolean):
            if flag != 0 && flag != 1 { throw RecordError.wrongValue(table: table, column: column.name, row: row, reason: "\(flag) is not 0 or 1") }
        default:
            throw RecordError.wrongValue(table: table, column: column.name, row: row, reason: "holds \(value) where \(column.type) is expected")
        }
    }

    /// Text for `column` as people type it, through the field's own check and its allowed values: the value to store,
    /// or `ModelError.invalid` naming the field.
    public func checkedText(_ text: String, for column: Column) throws -> String {
        let value = try column.normalize?(text) ?? text
        if let rule = column.slug, rule.reserved.contains(value) {
            throw ModelError.invalid(field: column.name, value: text, reason: "is a word the site uses in its own addresses; choose another")
        }
        if let allowed = column.allowed { return try Validate.choice(value, field: column.name, allowed: allowed) }
        return value
    }

    /// Text people typed (an option's value) as the column's type: a whole number, yes/no (true/false, 1/0) for a
    /// flag, or text through `checkedText`. Errors name the field.
    public func value(fromText text: String, for column: Column) throws -> DatabaseValue {
        switch column.type {
        case .text: return .text(try checkedText(text, for: column))
        case .integer:
            guard let number = Int64(text.trimmingCharacters(in: .whitespaces)) else { throw ModelError.invalid(field: column.name, value: text, reason: "not a whole number") }
            return .integer(number)
        case .boolean:
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "yes", "true", "1": return .integer(1)
            case "no", "false", "0": return .integer(0)
            default: throw ModelError.invalid(field: column.name, value: text, reason: "say yes or no")
            }
        }
    }

    /// A new record's values completed as the description says: rowids left to the database, creation and change
    /// times set to now, defaults (fixed or made) for absent fields. A required field still missing throws
    /// `ModelError.invalid` naming it.
    public func completedForInsert(_ values: [String: DatabaseValue], in store: Store) throws -> [String: DatabaseValue] {
        var values = values
        let now = DatabaseValue.text(store.now)
        for column in columns {
            switch column.generated {
            case .rowID?: values[column.name] = nil
            case .createdAt?, .updatedAt?: values[column.name] = now
            case nil:
                guard (values[column.name] ?? .null).isNull else { continue }
                if let rule = column.slug {
                    let source = values[rule.source]?.text ?? ""
                    values[column.name] = .text(try Slug.unique(for: source, fallback: auditName, reserved: rule.reserved) { slug in
                        try isSlugTaken(slug, column: column, exceptID: nil, in: store)
                    })
                }
                else if let defaultValue = column.defaultValue { values[column.name] = defaultValue }
                else if let makeDefault = column.makeDefault { values[column.name] = try makeDefault(store) }
                else if !column.nullable { throw ModelError.invalid(field: column.name, value: "", reason: "is required") }
            }
        }
        return values
    }

    /// Whether another record of the table holds `slug` in `column`, now or before (a former slug still redirects to
    /// its record, so it is not given to a new one).
    func isSlugTaken(_ slug: String, column: Column, exceptID: DatabaseValue?, in store: Store) throws -> Bool {
        let current = try store.database.row("SELECT \(primaryKey) FROM \(table) WHERE \(column.name) = ?", [slug])
        if let current, try current[primaryKey] != exceptID { return true }
        return try FormerSlug.holder(of: slug, table: table, in: store).map { .integer($0) != exceptID } ?? false
    }

    /// The record as the audit trail keeps it: every column but the secret ones.
    public func snapshot(_ values: [String: DatabaseValue]) -> [String: DatabaseValue] {
        var snapshot: [String: DatabaseValue] = [:]
        for column in columns where column.privacy != .secret && !(snapshotOmitsKey && column.name == auditKey) {
            snapshot[column.name] = values[column.name] ?? .null
        }
        return snapshot
    }

    /// Every record of the entity in key order, decoded (a section reads its table this way, never with its own SQL).
    public func records(in store: Store) throws -> [Record] {
        let (sql, arguments) = selectAll
        return try store.database.rows(sql, arguments).map(decode)
    }

    /// Every record of the entity in key order, decoded one at a time (a table of 100,000 rows is never held whole).
    public func forEachRecord(in store: Store, _ body: (Record) throws -> Void) throws {
        let (sql, arguments) = selectAll
        try store.database.forEachRow(sql, arguments) { try body(decode($0)) }
    }

    /// How many records the entity has.
    public func count(in store: Store) throws -> Int {
        let (sql, arguments) = selectAll
        return Int(try store.database.scalar("SELECT COUNT(*) FROM (\(sql))", arguments).integer ?? 0)
    }

    /// The row with this rowid, decoded, or nil.
    public func find(id: Int64, in store: Store) throws -> Record? {
        try find(primaryKey, equals: .integer(id), in: store)
    }

    /// The row whose `column` holds `value`, decoded, or nil. The column name comes from the description, never input.
    public func find(_ column: String, equals value: DatabaseValue, in store: Store) throws -> Record? {
        try store.database.row("SELECT * FROM \(table) WHERE \(column) = ?", [value]).map(decode)
    }
}

