import PorticoSQLite

/// The database schema as named, ordered migrations. Append new ones; never edit one that has shipped.
public enum Schema {
    public static let migrations: [Migrator.Migration] = [
        .init("0001_foundation", sql: """
            CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            CREATE TABLE staff (
                id INTEGER PRIMARY KEY,
                email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('ROLE_CLIENT_ADMIN', 'ROLE_CLIENT_USER', 'ROLE_PLATFORM_ADMIN')),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor_email TEXT NOT NULL,
                actor_role TEXT NOT NULL,
                command TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                before_json TEXT,
                after_json TEXT,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
            CREATE INDEX audit_log_actor ON audit_log (actor_email);
            """),
        .init("0002_support", sql: """
            CREATE TABLE support_tickets (
                id INTEGER PRIMARY KEY,
                subject TEXT NOT NULL,
                requester_email TEXT NOT NULL,
                priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
                category TEXT,
                status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending', 'solved', 'closed')),
                assignee_email TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                first_response_at TEXT,
                solved_at TEXT
            );
            CREATE TABLE support_messages (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES support_tickets (id),
                author_email TEXT NOT NULL,
                side TEXT NOT NULL CHECK (side IN ('requester', 'staff')),
                body TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE INDEX support_messages_ticket ON support_messages (ticket_id);
            CREATE INDEX support_tickets_status ON support_tickets (status);
            """),
        .init("0003_members_and_plans", sql: """
            CREATE TABLE plans (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
                currency TEXT NOT NULL CHECK (length(currency) = 3),
                period TEXT NOT NULL CHECK (period IN ('monthly', 'annual', 'lifetime')),
                benefits TEXT NOT NULL DEFAULT '',
                public INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
                cpd_points INTEGER NOT NULL DEFAULT 0 CHECK (cpd_points >= 0),
                grace_days INTEGER NOT NULL DEFAULT 30 CHECK (grace_days >= 0),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE members (
                id INTEGER PRIMARY KEY,
                member_number TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                phone TEXT,
                job_title TEXT,
                company TEXT,
                city TEXT,
                region TEXT,
                country TEXT,
                bio TEXT NOT NULL DEFAULT '',
                photo_url TEXT,
                website TEXT,
                joined_on TEXT NOT NULL,
                visibility TEXT NOT NULL DEFAULT 'members' CHECK (visibility IN ('public', 'unlisted', 'members', 'hidden')),
                show_email INTEGER CHECK (show_email IN (0, 1)),
                show_phone INTEGER CHECK (show_phone IN (0, 1)),
                show_website INTEGER CHECK (show_website IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE INDEX members_name ON members (name);
            CREATE INDEX members_country ON members (country);
            """),
    ]

    public static let migrator = Migrator(migrations)
}
