import PorticoSQLite

extension Capability {
    public static let resourcesEdit = Capability("resources.edit", "add, change and remove resources in the library", alsoHeldBy: [.clientUser])
}

extension Feature {
    /// The resource library: toolkits, templates, recordings and documents, public or for members.
    public static let resources = Feature(
        name: "resources",
        migrations: [ResourcesSchema.tables],
        entities: [Resource.entity],
        capabilities: [.resourcesEdit],
        demo: DemoResources.seed)
}

/// The resources feature's tables.
enum ResourcesSchema {
    static let tables = Migrator.Migration("resources/0001_resources", sql: """
        CREATE TABLE resources (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'document' CHECK (type IN ('document', 'video', 'link', 'template', 'toolkit')),
            file TEXT,
            url TEXT,
            description TEXT NOT NULL DEFAULT '',
            categories TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'members')),
            published_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((file IS NULL) <> (url IS NULL))
        );
        CREATE INDEX resources_published ON resources (published_on);
        """)
}
