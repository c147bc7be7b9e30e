import PorticoSQLite

extension Capability {
    public static let coursesEdit = Capability("courses.edit", "create, change, publish and archive courses", alsoHeldBy: [.clientUser])
    public static let coursesEnroll = Capability("courses.enroll", "enroll members on courses and record their progress and completion", alsoHeldBy: [.clientUser])
    public static let certificationsIssue = Capability("certifications.issue", "define, issue and renew signed credentials")
    public static let certificationsRevoke = Capability("certifications.revoke", "revoke a credential")
}

extension Feature {
    /// Courses, enrollments and signed credentials (Open Badges 3.0).
    public static let learning = Feature(
        name: "learning",
        migrations: [LearningSchema.tables, LearningSchema.reminderMessages, LearningSchema.paymentLinks],
        entities: [CredentialDefinition.entity, Course.entity, Course.prerequisiteEntity, Enrollment.entity, IssuedCredential.entity, Certifications.keyEntity],
        capabilities: [.coursesEdit, .coursesEnroll, .certificationsIssue, .certificationsRevoke],
        demo: DemoLearning.seed,
        dueNotifications: Certifications.dueReminders)
}

/// The learning feature's tables.
enum LearningSchema {
    static let tables = Migrator.Migration("learning/0001_learning", sql: """
        CREATE TABLE credential_definitions (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            criteria TEXT NOT NULL DEFAULT '',
            validity_months INTEGER CHECK (validity_months > 0),
            cpd_to_renew INTEGER NOT NULL DEFAULT 0 CHECK (cpd_to_renew >= 0),
            image_url TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE courses (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            outline TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'online' CHECK (format IN ('online', 'in_person', 'self_paced', 'blended')),
            cpd_points INTEGER NOT NULL DEFAULT 0 CHECK (cpd_points >= 0),
            price_minor INTEGER NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
            member_price_minor INTEGER CHECK (member_price_minor >= 0),
            currency TEXT NOT NULL DEFAULT 'GBP' CHECK (length(currency) = 3),
            credential_id INTEGER REFERENCES credential_definitions (id),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE course_prerequisites (
            id INTEGER PRIMARY KEY,
            course_id INTEGER NOT NULL REFERENCES courses (id),
            required_course_id INTEGER NOT NULL REFERENCES courses (id),
            UNIQUE (course_id, required_course_id)
        );
        CREATE TABLE enrollments (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (id),
            course_id INTEGER NOT NULL REFERENCES courses (id),
            status TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'in_progress', 'completed', 'withdrawn')),
            progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
            score INTEGER,
            enrolled_on TEXT NOT NULL,
            completed_on TEXT,
            cpd_awarded INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (member_id, course_id)
        );
        CREATE INDEX enrollments_course ON enrollments (course_id, status);
        CREATE TABLE credentials (
            id INTEGER PRIMARY KEY,
            identifier TEXT NOT NULL UNIQUE,
            member_id INTEGER NOT NULL REFERENCES members (id),
            definition_id INTEGER NOT NULL REFERENCES credential_definitions (id),
            enrollment_id INTEGER REFERENCES enrollments (id),
            issued_on TEXT NOT NULL,
            expires_on TEXT,
            status TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked')),
            revoked_reason TEXT,
            status_index INTEGER NOT NULL UNIQUE,
            document TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX credentials_member ON credentials (member_id);
        CREATE INDEX credentials_enrollment ON credentials (enrollment_id);
        CREATE TABLE credential_keys (
            id INTEGER PRIMARY KEY,
            key_id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        """)

    /// The outbox learns the reminder before a credential expires (the table is rebuilt: SQLite cannot change a CHECK).
    static let reminderMessages = Migrator.Migration("learning/0002_credential_expiry_messages", sql: """
        CREATE TABLE notifications_new (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('welcome', 'renewal_reminder', 'lapse_notice', 'invoice_issued', 'receipt', 'waitlist_offer',
                                               'job_expiry_reminder', 'credential_expiry_reminder')),
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

    /// Courses carry where to pay (a Stripe Payment Link), shown as the course page's buy button.
    static let paymentLinks = Migrator.Migration("learning/0003_course_payment_links", sql: "ALTER TABLE courses ADD COLUMN payment_url TEXT;")
}
