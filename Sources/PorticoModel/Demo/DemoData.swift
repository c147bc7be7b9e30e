import Foundation

/// Creates a new database's first admin (and the audit key beside it, when there is none) and, on request,
/// the demo association the repository's own site shows.
public enum DemoData {
    /// The demo association's admin, used by `portico build` when it seeds a fresh demo database.
    public static let adminEmail = "admin@demo.portico.example"

    /// Creates a new database at `path` with its first admin (and the demo when `demo` is true), all at once: on
    /// any failure neither the database nor a new audit key is left behind (`Store.create(at:)`). `settings`
    /// (key, value) are set in the same audited write, for a new site's name and time zone. `finishing` runs last
    /// inside that write; tests use it to make a creation fail at its very end. Returns the audit key's path.
    @discardableResult
    public static func createDatabase(at path: String, auditKeyPath: String? = nil, adminEmail: String, adminName: String, demo: Bool,
                                      settings: [(String, String)] = [], clock: @escaping @Sendable () -> Date = Store.environmentClock(),
                                      features: FeatureSet = .builtIn, finishing: ((WriteContext) throws -> Void)? = nil) throws -> String {
        try Store.create(at: path, auditKeyPath: auditKeyPath, clock: clock, features: features) { store in
            try initialize(store: store, adminEmail: adminEmail, adminName: adminName, demo: demo, settings: settings, finishing: finishing)
        }
    }

    /// Adds the first admin (and the demo) to a freshly migrated `store`, making the audit key when there is none.
    /// Prefer `createDatabase(at:)`, which also makes the file appear only when this has succeeded.
    public static func initialize(store: Store, adminEmail: String, adminName: String, demo: Bool, settings: [(String, String)] = [],
                                  finishing: ((WriteContext) throws -> Void)? = nil) throws {
        let admin = Actor(email: adminEmail, name: adminName, role: .clientAdmin)
        try AuditKey.loadOrCreate(path: store.auditKeyPath)
        try store.write(as: admin, command: "init") { context in
            try StaffRecords.add(email: adminEmail, name: adminName, role: .clientAdmin, in: context)
            for (key, value) in settings { try SiteSettings.set(key, to: value, in: context) }
            if demo { for feature in store.features.features { try feature.demo?(context) } }
            try finishing?(context)
        }
    }

    /// The foundation's share of the demo: the organization's settings and its staff.
    @Sendable static func seedFoundation(_ context: WriteContext) throws {
        let settings: [(String, String)] = [
            ("organization.name", "Guild of Harbour Engineers"),
            ("organization.tagline", "The professional body for people who design, build and care for harbours."),
            ("organization.email", "hello@harbour-guild.example"),
            ("site.timezone", "Europe/London"),
            ("site.url", "https://demo.portico.example/"),
        ]
        for (key, value) in settings { try SiteSettings.set(key, to: value, in: context) }
        try StaffRecords.add(email: "ops@demo.portico.example", name: "Priya Natarajan", role: .clientUser, in: context)
        try StaffRecords.add(email: "events@demo.portico.example", name: "Tomás Ferreira", role: .clientUser, in: context)
        try StaffRecords.add(email: "support@platform.portico.example", name: "Platform Support", role: .platformAdmin, in: context)
    }
}

