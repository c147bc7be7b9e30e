/// Portico's built-in features. Each later section (events, jobs, courses…) declares its own `Feature` in its folder
/// the same way and adds one line to `FeatureSet.builtIn`.
extension Feature {
    /// Staff, settings and the audit trail: what every database has.
    public static let foundation = Feature(
        name: "foundation",
        migrations: [
            // SQLite lets a TEXT PRIMARY KEY hold NULL unless it says NOT NULL; the description (and SchemaTests) say it may not.
            .init("foundation/0001_settings_key_not_null", sql: """
                CREATE TABLE settings_new (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                INSERT INTO settings_new (key, value) SELECT key, value FROM settings WHERE key IS NOT NULL;
                DROP TABLE settings;
                ALTER TABLE settings_new RENAME TO settings;
                """),
            FormerSlug.migration,
        ],
        entities: [StaffMember.entity, SiteSettings.entity, FormerSlug.entity],
        capabilities: [.recordsView, .recordsEdit, .recordsDelete, .staffView, .staffManage, .settingsManage, .exportsPersonalData,
                       .bulkOperations, .auditView, .auditRevert, .reportsView, .siteBuild, .checksRun, .integrationsManage, .secretsView],
        demo: DemoData.seedFoundation)

    /// The support desk: tickets and their messages.
    public static let support = Feature(
        name: "support", entities: [SupportTicket.entity, SupportMessage.entity], capabilities: [.supportView, .supportWork], demo: DemoSupport.seed)

    /// Members, plans, companies, memberships, groups and CPD.
    public static let membership = Feature(
        name: "membership",
        migrations: [Member.slugMigration, Company.profileMigration],
        entities: [Plan.entity, Member.entity, Company.entity, Membership.entity, Group.entity, Group.membershipEntity, CPDRecord.entity],
        capabilities: [.cpdLog, .attendanceCheckIn],
        demo: DemoMembers.seed)

    /// Invoices, credit notes and payments (the demo's invoices come with its memberships).
    public static let finance = Feature(
        name: "finance", migrations: [Payment.voidMigration, Refund.migration],
        entities: [Invoice.entity, Invoice.lineEntity, Invoice.paymentEntity, Refund.entity],
        capabilities: [.pricesManage, .invoicesManage, .paymentsRefund, .reportsFinancial])

    /// The outbox of welcome, renewal, lapse, invoice and receipt messages.
    public static let notifications = Feature(name: "notifications", entities: [OutboxMessage.entity])
}
