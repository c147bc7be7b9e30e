import PorticoSQLite

extension Capability {
    public static let analyticsIngest = Capability("analytics.ingest", "read web server access logs into the usage counts")
}

extension Feature {
    /// Usage counted from the web server's own access logs (COUNTER Release 5 rules): no tracker on any page.
    public static let analytics = Feature(
        name: "analytics",
        migrations: [AnalyticsSchema.tables],
        entities: [UsageAnalytics.dailyEntity, UsageAnalytics.logEntity],
        capabilities: [.analyticsIngest],
        demo: { context in
            // A year of the demo resources' use, as access logs would have counted it (the resources are seeded first).
            let today = try context.store.today()
            let items = try ResourceRecords.list(in: context.store).enumerated().map { index, resource in
                (slug: resource.slug, since: resource.publishedOn ?? today, popularity: Int64(12 - index), files: resource.file != nil)
            }
            try UsageAnalytics.seedDemo(kind: "resource", items: items, in: context)
        })
}

/// The analytics feature's tables: counts per day and item, and the logs already read (so reading one twice counts
/// nothing twice).
enum AnalyticsSchema {
    static let tables = Migrator.Migration("analytics/0001_usage", sql: """
        CREATE TABLE usage_daily (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('resource', 'job', 'event', 'course', 'help', 'sponsor')),
            slug TEXT NOT NULL,
            views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
            downloads INTEGER NOT NULL DEFAULT 0 CHECK (downloads >= 0),
            UNIQUE (day, kind, slug)
        );
        CREATE INDEX usage_daily_item ON usage_daily (kind, slug, day);
        CREATE TABLE analytics_logs (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            file TEXT NOT NULL,
            lines INTEGER NOT NULL CHECK (lines >= 0),
            counted INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """)
}
