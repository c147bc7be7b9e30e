import PorticoFormats
import PorticoSQLite

/// One part of what an association runs (membership, finance, support, and later events or jobs) as the model layer
/// knows it: its tables' migrations, their entity descriptions (each column's type, privacy class and references),
/// the capabilities its commands need, and its share of the demo. A feature lives in its own folder and is
/// registered with one line in `FeatureSet.builtIn`; the audit trail, import and export, the privacy check, member
/// removal, the permission docs and the demo find it there and need no other edit.
public struct Feature: Sendable {
    /// The feature's name (`membership`), used in migration identifiers and docs.
    public let name: String
    /// The feature's own migrations, applied after the schema's shipped history (`Schema.migrations`) in feature
    /// order. Name them `<feature>/NNNN_what` and append; never edit one that has shipped.
    public let migrations: [Migrator.Migration]
    /// Every table the feature owns, described once.
    public let entities: [Entity]
    /// Capabilities the feature's commands need that no other feature declares.
    public let capabilities: [Capability]
    /// Adds the feature's records to the demo association, inside the demo's one audited write, after the
    /// features before it in the set.
    public let demo: (@Sendable (WriteContext) throws -> Void)?
    /// The messages the feature owes on a day (a reminder before a job expires), queued by `notifications due` with
    /// the rest; each names its email template by its kind.
    public let dueNotifications: (@Sendable (CalendarDate, Store) throws -> [DueNotification])?

    public init(name: String, migrations: [Migrator.Migration] = [], entities: [Entity] = [], capabilities: [Capability] = [],
                demo: (@Sendable (WriteContext) throws -> Void)? = nil,
                dueNotifications: (@Sendable (CalendarDate, Store) throws -> [DueNotification])? = nil) {
        self.name = name
        self.migrations = migrations
        self.entities = entities
        self.capabilities = capabilities
        self.demo = demo
        self.dueNotifications = dueNotifications
    }
}

/// The features a store, a command line and a site are built from, in order (a feature may reference the tables of
/// those before it). `builtIn` is Portico's; tests add a throwaway feature with `adding(_:)`.
public struct FeatureSet: Sendable {
    public let features: [Feature]

    public init(_ features: [Feature]) { self.features = features }

    /// Portico's features, one registration line each.
    public static let builtIn = FeatureSet([
        .foundation,
        .support,
        .membership,
        .finance,
        .notifications,
        .events,
        .directory,
        .jobs,
        .learning,
        .resources,
        .analytics,
        .sponsors,
        .integrations,
    ])

    /// This set with `feature` appended.
    public func adding(_ feature: Feature) -> FeatureSet { FeatureSet(features + [feature]) }

    /// Every described entity: the audit trail replays them, and `import`/`export` find them here.
    public var entities: [Entity] { features.flatMap(\.entities) }

    /// Every capability, in declaration order (the permission docs' rows).
    public var capabilities: [Capability] { features.flatMap(\.capabilities) }

    /// The schema's shipped history, then each feature's migrations in feature order.
    public var migrations: [Migrator.Migration] { Schema.migrations + features.flatMap(\.migrations) }

    public var migrator: Migrator { Migrator(migrations) }

    /// The entity stored in `table`, if one is described.
    public func entity(table: String) -> Entity? { entities.first { $0.table == table } }

    /// The entities that can be imported and exported, by their command-line names.
    public var transferable: [Entity] { entities.filter { $0.transfer != nil } }

    /// The transferable entity called `name` (`staff`, `tickets`…), or an error listing them.
    public func transferable(named name: String) throws -> Entity {
        guard let entity = transferable.first(where: { $0.transfer?.name == name }) else {
            throw ModelError.invalid(field: "entity", value: name, reason: "not one of " + transferable.compactMap(\.transfer?.name).joined(separator: ", "))
        }
        return entity
    }

    /// Every column, in any entity, that holds an id of `table` (say, each `member_id`): what removing a record of
    /// `table` must account for.
    public func references(to table: String) -> [(entity: Entity, column: String)] {
        entities.flatMap { entity in entity.columns.filter { $0.references == table }.map { (entity, $0.name) } }
    }
}
