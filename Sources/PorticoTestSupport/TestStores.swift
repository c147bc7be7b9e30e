import Foundation
import PorticoModel
import PorticoSQLite
import PorticoFormats

/// Fresh databases for tests, with a fixed clock.
public enum TestStores {
    public static let fixedNow = Timestamp.parse("2026-11-27T12:00:00Z")!

    /// A migrated store in a temporary file, with one admin (`admin@example.org`) and optionally the demo data.
    /// The demo (hundreds of audited writes) is made once per test process and copied, with its audit key.
    /// With the demo, the demo's resource files are written into the folder too (a site needs them to build).
    public static func make(in directory: TemporaryDirectory, demo: Bool = false, now: Date = fixedNow) throws -> Store {
        let path = directory.url.appendingPathComponent("portico.db").path
        if demo { try DemoResources.writeFiles(into: directory.url) }
        if demo && now == fixedNow {
            let template = try demoTemplate.get()
            for suffix in ["", ".audit-key"] where FileManager.default.fileExists(atPath: template + suffix) {
                try FileManager.default.copyItem(atPath: template + suffix, toPath: path + suffix)
            }
            return try Store(path: path, create: false, clock: { now })
        }
        let store = try Store(path: path, create: true, clock: { now })
        try DemoData.initialize(store: store, adminEmail: "admin@example.org", adminName: "Ada Admin", demo: demo)
        return store
    }

    /// The demo database made once, closed (so it is one file), for copying.
    private static let demoTemplate: Result<String, Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portico-demo-template-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("portico.db").path
        do {
            let store = try Store(path: path, create: true, clock: { fixedNow })
            try DemoData.initialize(store: store, adminEmail: "admin@example.org", adminName: "Ada Admin", demo: true)
            try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return path
    }

    public static let admin = Actor(email: "admin@example.org", name: "Ada Admin", role: .clientAdmin)

    /// Every row of every table, to prove a failed command changed nothing.
    public static func dump(_ store: Store) throws -> [String] {
        let tables = try store.database.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").compactMap { try $0.string("name") }
        var lines: [String] = []
        for table in tables {
            for row in try store.database.rows("SELECT * FROM \"\(table)\" ORDER BY rowid") {
                lines.append(table + ": " + row.values.map { $0.text ?? "NULL" }.joined(separator: "|"))
            }
        }
        return lines
    }
}
