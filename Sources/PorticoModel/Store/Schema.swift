import PorticoSQLite

/// The schema's shipped history: the migrations written before features carried their own. Never edit one; a
/// feature's new tables and changes go in its `Feature.migrations`, applied after these (`FeatureSet.migrations`).
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
        .init("0004_memberships_groups_cpd_invoices", sql: """
            CREATE TABLE companies (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                website TEXT,
                primary_contact_id INTEGER REFERENCES members (id),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            ALTER TABLE members ADD COLUMN company_id INTEGER REFERENCES companies (id);
            CREATE INDEX members_company ON members (company_id);
            CREATE TABLE memberships (
                id INTEGER PRIMARY KEY,
                member_id INTEGER REFERENCES members (id),
                company_id INTEGER REFERENCES companies (id),
                plan_id INTEGER NOT NULL REFERENCES plans (id),
                starts_on TEXT NOT NULL,
                ends_on TEXT,
                paid_on TEXT,
                cancelled_on TEXT,
                auto_renew INTEGER NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                CHECK ((member_id IS NULL) <> (company_id IS NULL)),
                CHECK (ends_on IS NULL OR ends_on >= starts_on)
            );
            CREATE INDEX memberships_member ON memberships (member_id, plan_id);
            CREATE INDEX memberships_company ON memberships (company_id, plan_id);
            CREATE INDEX memberships_ends ON memberships (ends_on);
            CREATE TABLE groups (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('chapter', 'committee', 'interest')),
                description TEXT NOT NULL DEFAULT '',
                public INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE group_members (
                id INTEGER PRIMARY KEY,
                group_id INTEGER NOT NULL REFERENCES groups (id),
                member_id INTEGER NOT NULL REFERENCES members (id),
                role TEXT NOT NULL DEFAULT 'member',
                joined_on TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (group_id, member_id)
            );
            CREATE INDEX group_members_member ON group_members (member_id);
            CREATE TABLE cpd_records (
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES members (id),
                activity TEXT NOT NULL,
                category TEXT NOT NULL,
                points INTEGER NOT NULL CHECK (points > 0),
                completed_on TEXT NOT NULL,
                evidence_url TEXT,
                source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'event', 'course')),
                created_at TEXT NOT NULL
            );
            CREATE INDEX cpd_records_member ON cpd_records (member_id, completed_on);
            CREATE TABLE invoices (
                id INTEGER PRIMARY KEY,
                number TEXT UNIQUE,
                kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
                member_id INTEGER REFERENCES members (id),
                company_id INTEGER REFERENCES companies (id),
                bill_to_name TEXT NOT NULL,
                bill_to_email TEXT NOT NULL,
                currency TEXT NOT NULL CHECK (length(currency) = 3),
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'void')),
                issued_on TEXT,
                due_on TEXT,
                credits_invoice_id INTEGER REFERENCES invoices (id),
                notes TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                CHECK (status = 'draft' OR number IS NOT NULL)
            );
            CREATE INDEX invoices_member ON invoices (member_id);
            CREATE INDEX invoices_issued ON invoices (issued_on);
            CREATE TABLE invoice_lines (
                id INTEGER PRIMARY KEY,
                invoice_id INTEGER NOT NULL REFERENCES invoices (id),
                position INTEGER NOT NULL,
                description TEXT NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_minor INTEGER NOT NULL CHECK (unit_minor >= 0),
                tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
                source TEXT NOT NULL DEFAULT 'membership' CHECK (source IN ('membership', 'events', 'courses', 'sponsorship', 'other')),
                membership_id INTEGER REFERENCES memberships (id),
                plan_id INTEGER REFERENCES plans (id),
                UNIQUE (invoice_id, position)
            );
            CREATE INDEX invoice_lines_membership ON invoice_lines (membership_id);
            CREATE TABLE payments (
                id INTEGER PRIMARY KEY,
                invoice_id INTEGER NOT NULL REFERENCES invoices (id),
                amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                method TEXT NOT NULL CHECK (method IN ('card', 'bank_transfer', 'cash', 'cheque', 'direct_debit', 'other')),
                received_on TEXT NOT NULL,
                reference TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            );
            CREATE INDEX payments_invoice ON payments (invoice_id);
            -- Issued invoices and credit notes are final: nothing changes but voiding an unpaid one; corrections are credit notes.
            CREATE TRIGGER invoices_final_once_issued BEFORE UPDATE ON invoices
            WHEN OLD.status <> 'draft' AND NOT (
                OLD.status = 'issued' AND NEW.status = 'void' AND NEW.number IS OLD.number AND NEW.kind IS OLD.kind
                AND NEW.member_id IS OLD.member_id AND NEW.company_id IS OLD.company_id AND NEW.bill_to_name IS OLD.bill_to_name
                AND NEW.bill_to_email IS OLD.bill_to_email AND NEW.currency IS OLD.currency AND NEW.issued_on IS OLD.issued_on
                AND NEW.due_on IS OLD.due_on AND NEW.credits_invoice_id IS OLD.credits_invoice_id AND NEW.notes IS OLD.notes)
            BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed; issue a credit note'); END;
            CREATE TRIGGER invoices_kept_once_issued BEFORE DELETE ON invoices WHEN OLD.status <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted; issue a credit note'); END;
            CREATE TRIGGER invoice_lines_insert_draft_only BEFORE INSERT ON invoice_lines
            WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'lines of an issued invoice cannot be changed'); END;
            CREATE TRIGGER invoice_lines_update_draft_only BEFORE UPDATE ON invoice_lines
            WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'lines of an issued invoice cannot be changed'); END;
            CREATE TRIGGER invoice_lines_delete_draft_only BEFORE DELETE ON invoice_lines
            WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'lines of an issued invoice cannot be changed'); END;
            CREATE TRIGGER payments_to_issued_only BEFORE INSERT ON payments
            WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'issued'
            BEGIN SELECT RAISE(ABORT, 'payments apply to issued invoices only'); END;
            """),
        .init("0005_notifications_and_payment_links", sql: """
            ALTER TABLE plans ADD COLUMN payment_url TEXT;
            CREATE TABLE notifications (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('welcome', 'renewal_reminder', 'lapse_notice', 'invoice_issued', 'receipt')),
                dedupe_key TEXT NOT NULL UNIQUE,
                member_id INTEGER REFERENCES members (id),
                to_name TEXT NOT NULL,
                to_email TEXT NOT NULL,
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                queued_at TEXT NOT NULL,
                sent_at TEXT
            );
            CREATE INDEX notifications_unsent ON notifications (sent_at);
            """),
    ]

}
