import PorticoSQLite

extension Capability {
    public static let eventsEdit = Capability("events.edit", "create and change events, their ticket types (without prices) and quotas; publish, postpone and reschedule them",
                                              alsoHeldBy: [.clientUser])
    public static let eventsCancel = Capability("events.cancel", "cancel an event")
    public static let registrationsAdd = Capability("registrations.add", "register people for events; accept and expire waiting-list offers",
                                                    alsoHeldBy: [.clientUser])
    public static let registrationsCancel = Capability("registrations.cancel", "cancel a registration, offering its seats to the waiting list",
                                                       alsoHeldBy: [.clientUser])
}

extension Feature {
    /// Events: ticket types, quotas shared by ticket types, registrations with a fair waiting list, check-in and
    /// CPD for attendance.
    public static let events = Feature(
        name: "events",
        migrations: [EventsSchema.tables, EventsSchema.offerMessages],
        entities: [Event.entity, TicketType.entity, EventQuota.entity, EventQuota.linkEntity, Registration.entity],
        capabilities: [.eventsEdit, .eventsCancel, .registrationsAdd, .registrationsCancel],
        demo: DemoEvents.seed)
}

/// The events feature's tables.
enum EventsSchema {
    static let tables = Migrator.Migration("events/0001_events", sql: """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            starts_at TEXT NOT NULL,
            ends_at TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            venue_name TEXT,
            venue_address TEXT,
            venue_city TEXT,
            venue_country TEXT,
            latitude TEXT,
            longitude TEXT,
            online_url TEXT,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled', 'postponed', 'rescheduled')),
            previous_starts_at TEXT,
            organizer TEXT NOT NULL DEFAULT '',
            cpd_points INTEGER NOT NULL DEFAULT 0 CHECK (cpd_points >= 0),
            image_url TEXT,
            categories TEXT NOT NULL DEFAULT '',
            series TEXT,
            sequence INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (ends_at >= starts_at),
            CHECK (venue_name IS NOT NULL OR online_url IS NOT NULL)
        );
        CREATE INDEX events_starts ON events (starts_at);
        CREATE TABLE event_ticket_types (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES events (id),
            name TEXT NOT NULL,
            price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
            member_price_minor INTEGER CHECK (member_price_minor >= 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            sales_start TEXT,
            sales_end TEXT,
            per_order_limit INTEGER NOT NULL DEFAULT 10 CHECK (per_order_limit > 0),
            visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'members', 'hidden')),
            checkout_url TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX event_ticket_types_event ON event_ticket_types (event_id);
        CREATE TABLE event_quotas (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES events (id),
            name TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE event_quota_ticket_types (
            id INTEGER PRIMARY KEY,
            quota_id INTEGER NOT NULL REFERENCES event_quotas (id),
            ticket_type_id INTEGER NOT NULL REFERENCES event_ticket_types (id),
            UNIQUE (quota_id, ticket_type_id)
        );
        CREATE INDEX event_quota_ticket_types_ticket ON event_quota_ticket_types (ticket_type_id);
        CREATE TABLE event_registrations (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES events (id),
            ticket_type_id INTEGER NOT NULL REFERENCES event_ticket_types (id),
            member_id INTEGER REFERENCES members (id),
            guest_name TEXT,
            guest_email TEXT,
            quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
            status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'cancelled', 'refunded', 'waitlisted', 'offered')),
            amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            offered_at TEXT,
            offer_expires_at TEXT,
            checked_in_at TEXT,
            cpd_awarded INTEGER NOT NULL DEFAULT 0,
            cancelled_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (member_id IS NOT NULL OR (guest_name IS NOT NULL AND guest_email IS NOT NULL))
        );
        CREATE INDEX event_registrations_event ON event_registrations (event_id, status);
        CREATE INDEX event_registrations_ticket ON event_registrations (ticket_type_id, status);
        CREATE INDEX event_registrations_member ON event_registrations (member_id);
        """)

    /// The outbox learns the waiting-list offer (SQLite cannot change a CHECK in place: the table is rebuilt).
    static let offerMessages = Migrator.Migration("events/0002_waitlist_offer_messages", sql: """
        CREATE TABLE notifications_new (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('welcome', 'renewal_reminder', 'lapse_notice', 'invoice_issued', 'receipt', 'waitlist_offer')),
            dedupe_key TEXT NOT NULL UNIQUE,
            member_id INTEGER REFERENCES members (id),
            to_name TEXT NOT NULL,
            to_email TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            sent_at TEXT
        );
        INSERT INTO notifications_new (id, kind, dedupe_key, member_id, to_name, to_email, subject, body, queued_at, sent_at)
            SELECT id, kind, dedupe_key, member_id, to_name, to_email, subject, body, queued_at, sent_at FROM notifications;
        DROP TABLE notifications;
        ALTER TABLE notifications_new RENAME TO notifications;
        CREATE INDEX notifications_unsent ON notifications (sent_at);
        """)
}
