import PorticoSQLite

extension Capability {
    public static let leadsWork = Capability("leads.work", "see, import and follow up leads sent to companies", alsoHeldBy: [.clientUser])
}

extension Feature {
    /// The business directory: company profiles (on the companies membership made) and the leads their contact
    /// forms bring.
    public static let directory = Feature(
        name: "directory",
        migrations: [.init("directory/0001_leads", sql: """
            CREATE TABLE leads (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies (id),
                name TEXT NOT NULL,
                email TEXT NOT NULL,
                phone TEXT,
                message TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL DEFAULT 'form' CHECK (source IN ('hubspot', 'salesforce', 'form', 'email', 'other')),
                status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'won', 'lost')),
                received_at TEXT NOT NULL,
                external_id TEXT UNIQUE,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE INDEX leads_company ON leads (company_id, received_at);
            """)],
        entities: [Lead.entity],
        capabilities: [.leadsWork],
        demo: DemoDirectory.seed)
}
