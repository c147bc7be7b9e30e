import PorticoSQLite

extension Capability {
    public static let sponsorsManage = Capability("sponsors.manage", "manage sponsorship tiers, sponsors, their placements and benefit fulfilment")
}

extension Feature {
    /// Sponsors: tiers, contracts, assets, placements on the site and the benefits delivered.
    public static let sponsors = Feature(
        name: "sponsors",
        migrations: [SponsorsSchema.tables],
        entities: [SponsorTier.entity, Sponsor.entity, Sponsor.placementEntity, Sponsor.benefitEntity],
        capabilities: [.sponsorsManage],
        demo: DemoSponsors.seed)
}

/// The sponsors feature's tables.
enum SponsorsSchema {
    static let tables = Migrator.Migration("sponsors/0001_sponsors", sql: """
        CREATE TABLE sponsor_tiers (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            rank INTEGER NOT NULL DEFAULT 1 CHECK (rank >= 1),
            price_minor INTEGER NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            benefits TEXT NOT NULL DEFAULT '',
            required_assets TEXT NOT NULL DEFAULT 'logo',
            logo_size TEXT NOT NULL DEFAULT 'medium' CHECK (logo_size IN ('small', 'medium', 'large')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE sponsors (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            organization TEXT NOT NULL,
            tier_id INTEGER NOT NULL REFERENCES sponsor_tiers (id),
            logo_url TEXT,
            website TEXT,
            description TEXT NOT NULL DEFAULT '',
            contract_start TEXT NOT NULL,
            contract_end TEXT NOT NULL,
            assets_due TEXT,
            contact_name TEXT,
            contact_email TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (contract_end >= contract_start)
        );
        CREATE INDEX sponsors_tier ON sponsors (tier_id);
        CREATE TABLE sponsor_placements (
            id INTEGER PRIMARY KEY,
            sponsor_id INTEGER NOT NULL REFERENCES sponsors (id),
            place TEXT NOT NULL CHECK (place IN ('sponsors_page', 'event', 'course', 'jobs', 'widget')),
            target TEXT NOT NULL DEFAULT '',
            UNIQUE (sponsor_id, place, target)
        );
        CREATE TABLE sponsor_benefits (
            id INTEGER PRIMARY KEY,
            sponsor_id INTEGER NOT NULL REFERENCES sponsors (id),
            benefit TEXT NOT NULL,
            delivered_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (sponsor_id, benefit)
        );
        """)
}
