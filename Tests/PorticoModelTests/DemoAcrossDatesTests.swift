import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// The demo is reckoned from the day it is created, so it is created on every day of three years (2026–2028), and
/// at the instants where days, months, years and the site's summer time turn, and each creation must succeed,
/// leave a trail that `audit verify` accepts, and hold what the README's tour relies on.
///
/// `PORTICO_DATE_SPAN_STRIDE=N` takes every Nth day instead (the sanitizer runs in `.ci/run` use 30); the
/// boundary instants always run.
@Suite struct DemoAcrossDatesTests {
    /// A key shared by every in-memory demo of the process (each creation would otherwise write a key file).
    static let keyPath: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portico-date-span-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("audit-key").path
        _ = try? AuditKey.loadOrCreate(path: path)
        return path
    }()

    static var stride: Int64 {
        Int64(ProcessInfo.processInfo.environment["PORTICO_DATE_SPAN_STRIDE"] ?? "") ?? 1
    }

    /// Creates the demo in memory as of `instant` and returns what is wrong with it (empty when nothing is).
    static func problems(creatingDemoAt instant: Date) -> [String] {
        do {
            let store = try Store(path: ":memory:", create: true, clock: { instant })
            store.auditKeyPath = keyPath
            try DemoData.initialize(store: store, adminEmail: "admin@example.org", adminName: "Ada Admin", demo: true)
            var problems = try AuditLog(store: store).verify()
            let today = try store.today()
            let published = try MemberDirectory.published(on: today, in: store)
            if published.filter(\.listed).count < 20 { problems.append("only \(published.filter(\.listed).count) listed members in the directory") }
            let invoices = try InvoiceRecords.list(in: store)
            if !invoices.contains(where: { $0.status == "part-paid" }) { problems.append("no part-paid invoice") }
            if invoices.contains(where: { $0.issuedOn.map { $0 > today } ?? false }) { problems.append("an invoice issued after today") }
            return problems
        } catch {
            return ["\(error)"]
        }
    }

    static func noon(_ day: CalendarDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + 12 * 3_600))
    }

    /// One case per month, each creating the demo on every day of it (Swift Testing runs the cases in parallel).
    static let months: [CalendarDate] = (0..<36).map { CalendarDate("2026-01-01")!.adding(months: Int64($0)) }

    @Test(arguments: months)
    func theDemoIsCreatedOnEveryDayOfTheMonth(_ first: CalendarDate) {
        let next = first.adding(months: 1)
        var day = first
        var failures: [String] = []
        while day < next {
            if day.dayNumber % Self.stride == 0 {
                for problem in Self.problems(creatingDemoAt: Self.noon(day)) { failures.append("\(day): \(problem)") }
            }
            day = day.adding(days: 1)
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }

    /// Instants where the day differs between UTC and the site's zone (Europe/London), and the days summer time
    /// starts and ends, leap day, and the last moments of months and years.
    static let boundaries: [String] = [
        "2026-03-29T00:59:59Z", "2026-03-29T01:00:00Z", "2026-03-29T23:30:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z",
        "2027-03-28T00:59:59Z", "2027-03-28T01:00:00Z", "2027-10-31T00:59:59Z", "2027-10-31T01:00:00Z",
        "2028-02-28T23:59:59Z", "2028-02-29T00:00:00Z", "2028-02-29T23:59:59Z", "2028-03-01T00:00:00Z",
        "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z", "2026-06-30T23:30:00Z", "2026-07-31T23:30:00Z", "2026-08-31T23:30:00Z",
        "2027-04-30T23:00:00Z", "2029-02-28T12:00:00Z", "2032-02-29T12:00:00Z", "2100-02-28T12:00:00Z",
    ]

    @Test(arguments: boundaries)
    func theDemoIsCreatedWhereDaysMonthsYearsAndSummerTimeTurn(_ instant: String) throws {
        let problems = Self.problems(creatingDemoAt: try #require(Timestamp.parse(instant)))
        #expect(problems.isEmpty, "\(instant): \(problems.joined(separator: "; "))")
    }

    /// The same date in the site's zone gives the same demo, whatever the hour: one clock, one day.
    @Test func theDemoDependsOnTheDayOnlyNotTheHour() throws {
        func dump(_ instant: String) throws -> [String] {
            let store = try Store(path: ":memory:", create: true, clock: { Timestamp.parse(instant)! })
            store.auditKeyPath = Self.keyPath
            try DemoData.initialize(store: store, adminEmail: "admin@example.org", adminName: "Ada Admin", demo: true)
            return try store.database.rows("SELECT starts_on, ends_on, paid_on FROM memberships ORDER BY id").map { row in
                row.values.map { $0.text ?? "NULL" }.joined(separator: " ")
            }
        }
        // 2026-07-14 in London runs from 2026-07-13T23:00Z to 2026-07-14T22:59:59Z.
        #expect(try dump("2026-07-13T23:00:00Z") == dump("2026-07-14T22:59:59Z"))
        #expect(try dump("2026-07-13T22:59:59Z") != dump("2026-07-13T23:00:00Z"), "the day turns at London's midnight, not UTC's")
    }
}

/// Creating a database is all or nothing: the file and its new audit key appear only when everything succeeded.
@Suite struct DatabaseCreationTests {
    let directory = TemporaryDirectory()

    struct InjectedFailure: Error {}

    @Test func aCreationThatFailsAtItsLastStepLeavesNoDatabaseAndNoKey() throws {
        let path = directory.url.appendingPathComponent("portico.db").path
        #expect(throws: InjectedFailure.self) {
            try DemoData.createDatabase(at: path, adminEmail: "admin@example.org", adminName: "Ada", demo: true,
                                        clock: { TestStores.fixedNow }, finishing: { _ in throw InjectedFailure() })
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == [], "nothing staged or half-made is left")
        // The same call without the failure creates both, and the database opens with its admin and demo.
        let keyPath = try DemoData.createDatabase(at: path, adminEmail: "admin@example.org", adminName: "Ada", demo: true,
                                                  clock: { TestStores.fixedNow })
        #expect(keyPath == path + ".audit-key")
        // The demo's credentials were signed with a new credential key: it moves into place with the database.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted() == ["portico.db", "portico.db.audit-key", "portico.db.credential-key"])
        let store = try Store(readingOnly: path, clock: { TestStores.fixedNow })
        #expect(try StaffRecords.count(in: store) == 4)
        #expect(try AuditLog(store: store).verify() == [])
    }

    /// A key that already exists (named by --audit-key) is used as it is, and a failure leaves it where it was.
    @Test func anExistingKeyIsUsedAndKeptWhenCreationFails() throws {
        let path = directory.url.appendingPathComponent("portico.db").path
        let keyPath = directory.url.appendingPathComponent("kept.key").path
        try AuditKey.loadOrCreate(path: keyPath)
        let key = try String(contentsOfFile: keyPath, encoding: .utf8)
        #expect(throws: InjectedFailure.self) {
            try DemoData.createDatabase(at: path, auditKeyPath: keyPath, adminEmail: "admin@example.org", adminName: "Ada", demo: false,
                                        clock: { TestStores.fixedNow }, finishing: { _ in throw InjectedFailure() })
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["kept.key"])
        try DemoData.createDatabase(at: path, auditKeyPath: keyPath, adminEmail: "admin@example.org", adminName: "Ada", demo: false,
                                    clock: { TestStores.fixedNow })
        #expect(try String(contentsOfFile: keyPath, encoding: .utf8) == key)
        let store = try Store(readingOnly: path, clock: { TestStores.fixedNow })
        store.auditKeyPath = keyPath
        #expect(try AuditLog(store: store).verify() == [])
    }
}

extension DatabaseCreationTests {
    /// A folder that does not exist is named as the user wrote the path, not by the staging file beside it.
    @Test func aMissingFolderIsNamedByTheTargetPath() throws {
        let path = directory.url.appendingPathComponent("no-such-folder/portico.db").path
        #expect(throws: StoreError.self) { try DemoData.createDatabase(at: path, adminEmail: "a@example.org", adminName: "A", demo: false) }
        do { try DemoData.createDatabase(at: path, adminEmail: "a@example.org", adminName: "A", demo: false) } catch {
            #expect("\(error)".hasPrefix("cannot open \(path) ("), "\(error)")
        }
    }
}
