import PorticoSQLite

extension Capability {
    public static let jobsEdit = Capability("jobs.edit", "post, change, approve, fill, expire and renew jobs", alsoHeldBy: [.clientUser])
}

extension Feature {
    /// The job board: jobs companies advertise, with expiry reckoned at each build and reminders before it.
    public static let jobs = Feature(
        name: "jobs",
        migrations: [JobsSchema.tables, JobsSchema.reminderMessages],
        entities: [Job.entity],
        capabilities: [.jobsEdit],
        demo: DemoJobs.seed,
        dueNotifications: JobRecords.dueReminders)
}

/// The jobs feature's tables.
enum JobsSchema {
    static let tables = Migrator.Migration("jobs/0001_jobs", sql: """
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            company_id INTEGER NOT NULL REFERENCES companies (id),
            city TEXT,
            region TEXT,
            country TEXT,
            remote INTEGER NOT NULL DEFAULT 0,
            remote_countries TEXT NOT NULL DEFAULT '',
            employment_type TEXT NOT NULL DEFAULT 'full_time'
                CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'temporary', 'internship', 'volunteer')),
            salary_min_minor INTEGER CHECK (salary_min_minor >= 0),
            salary_max_minor INTEGER CHECK (salary_max_minor >= 0),
            salary_currency TEXT CHECK (length(salary_currency) = 3),
            salary_unit TEXT CHECK (salary_unit IN ('hour', 'day', 'week', 'month', 'year')),
            description TEXT NOT NULL DEFAULT '',
            apply_url TEXT,
            apply_email TEXT,
            categories TEXT NOT NULL DEFAULT '',
            posted_on TEXT,
            expires_on TEXT NOT NULL,
            featured INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'pending_review', 'published', 'filled', 'expired')),
            filled_on TEXT,
            poster_email TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (apply_url IS NOT NULL OR apply_email IS NOT NULL)
        );
        CREATE INDEX jobs_company ON jobs (company_id);
        CREATE INDEX jobs_status_expiry ON jobs (status, expires_on);
        """)

    /// The outbox learns the reminder before a job expires (the table is rebuilt: SQLite cannot change a CHECK).
    static let reminderMessages = Migrator.Migration("jobs/0002_job_expiry_messages", sql: """
        CREATE TABLE notifications_new (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('welcome', 'renewal_reminder', 'lapse_notice', 'invoice_issued', 'receipt', 'waitlist_offer',
                                               'job_expiry_reminder')),
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
