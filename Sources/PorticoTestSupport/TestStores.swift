import Foundation
import PorticoModel
import PorticoSQLite
import PorticoFormats

/// Fresh databases for tests, with a fixed clock.
public enum TestStores {
    public static let fixedNow = Timestamp.parse("2026-11-27T12:00:00Z")!

    /// A migrated store in a temporary file, with one admin (`admin@example.org`) and optionally the demo data.
    public static func make(in directory: TemporaryDirectory, demo: Bool = false, now: Date = fixedNow) throws -> Store {
        let store = try Store(path: directory.url.appendingPathComponent("portico.db").path, create: true, clock: { now })
        try DemoData.initialize(store: store, adminEmail: "admin@example.org", adminName: "Ada Admin", demo: demo)
        return store
    }

    public static let admin = Actor(email: "admin@example.org", name: "Ada Admin", role: .clientAdmin)

    /// Every row of every table, to prove a failed command changed nothing.
    public static func dump(_ store: Store) throws -> [String] {
        let tables = try store.database.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").compactMap { $0.string("name") }
        var lines: [String] = []
        for table in tables {
            for row in try store.database.rows("SELECT * FROM \"\(table)\" ORDER BY rowid") {
                lines.append(table + ": " + row.values.map { $0.text ?? "NULL" }.joined(separator: "|"))
            }
        }
        return lines
    }
}
