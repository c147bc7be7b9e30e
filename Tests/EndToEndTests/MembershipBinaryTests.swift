import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoTestSupport

/// Membership and finance through the real binaries: concurrent invoice numbering, the printable invoice, the demo
/// directory in a browser, and the privacy check on the demo site.
@Suite struct MembershipBinaryTests {
    static let environment = ["PORTICO_NOW": "2026-11-27T12:00:00Z", "PORTICO_ACTOR": "admin@example.org"]

    /// Two processes issuing invoices at the same time get distinct, consecutive numbers: no gap, no duplicate.
    @Test func concurrentWritersIssueGaplessNumbers() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let drafts = try store.write(as: TestStores.admin, command: "test") { context -> [Int64] in
            try PlanRecords.add(slug: "full", name: "Full", price: "10.00", currency: "GBP", period: "annual", in: context)
            let member = try MemberRecords.add(["name": "Ana Silva", "email": "ana@example.org"], in: context)
            return try (0..<16).map { index in
                try InvoiceRecords.draft(for: .member(member.id), lines: [.init(description: "Line \(index)", unit: Money(minorUnits: 1000, currency: "GBP"))], in: context).id
            }
        }
        let halves = [drafts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), drafts.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)]
        let failures = Locked<[String]>([])
        let path = store.path
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for id in halves[writer] {
                let result = try? BinaryRunner.run("portico-admin", ["invoices", "issue", "#\(id)", "--db", path], environment: Self.environment)
                if result?.exitCode != 0 { failures.update { $0.append("#\(id): \(result?.standardError ?? "did not run")") } }
            }
        }
        #expect(failures.value.isEmpty, "\(failures.value)")
        let numbers = try store.database.rows("SELECT number FROM invoices ORDER BY number").compactMap { try $0.string("number") }
        #expect(numbers == (1...16).map { String(format: "INV-2026-%04d", $0) })
        #expect(try AuditLog(store: store).verify() == [])
    }

    /// `invoices render` writes a page html5lib accepts, with the amounts and the print style sheet.
    @Test func thePrintableInvoiceIsValidHTML() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        let pages = directory.url.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let file = pages.appendingPathComponent("invoice.html").path
        let result = try BinaryRunner.run("portico-admin", ["invoices", "render", "INV-2026-0001", "--output", file, "--db", store.path], environment: Self.environment)
        #expect(result.exitCode == 0, "\(result.standardError)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.contains("Invoice INV-2026-0001") && html.contains("@media print") && html.contains("GBP"))
        let (status, report) = try PythonTool.validateHTML5(pages)
        #expect(status == 0, "\(report)")
    }

    /// The staff flow from the command line: a member joins, is invoiced, pays, and is active; the revenue report counts it.
    @Test func joinInvoicePayAndReport() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        func admin(_ words: [String]) throws -> BinaryRunner.Result {
            try BinaryRunner.run("portico-admin", words + ["--db", store.path], environment: Self.environment)
        }
        #expect(try admin(["memberships", "add", "M000004", "--plan", "associate"]).exitCode == 0)
        #expect(try admin(["members", "list", "--status", "pending", "--query", "Grace"]).standardOutput.contains("Grace O'Neill"))
        let drafted = try admin(["invoices", "draft", "M000004", "--description", "Associate membership", "--amount", "95.00", "--source", "membership"])
        #expect(drafted.exitCode == 0, "\(drafted.standardError)")
        let draftLabel = try #require(drafted.standardOutput.split(separator: ":").first.map { String($0.dropFirst("Drafted ".count)) })
        let issued = try admin(["invoices", "issue", draftLabel])
        let number = try #require(issued.standardOutput.split(separator: " ").dropFirst().first.map { String($0.dropLast()) })
        #expect(number.hasPrefix("INV-2026-"), "\(issued.standardOutput)")
        let refused = try admin(["invoices", "pay", number, "--amount", "95.001", "--method", "card"])
        #expect(refused.exitCode == 3 && refused.standardError.contains("--amount"))
        #expect(try admin(["invoices", "pay", number, "--amount", "95.00", "--method", "card"]).standardOutput.contains("(paid)"))
        let csv = try admin(["report", "revenue", "--from", "2026-11-01", "--to", "2026-12-01", "--by", "source", "--format", "csv"])
        #expect(csv.exitCode == 0 && csv.standardOutput.contains("membership"))
        let asUser = try BinaryRunner.run("portico-admin", ["invoices", "void", number, "--db", store.path, "--as", "ops@demo.portico.example"],
                                          environment: ["PORTICO_NOW": "2026-11-27T12:00:00Z"])
        #expect(asUser.exitCode == 4, "a client user cannot void invoices")
    }
}

/// A value shared between concurrent test workers.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func update(_ body: (inout Value) -> Void) { lock.lock(); body(&stored); lock.unlock() }
}

extension MembershipBinaryTests {
    /// `notifications due` twice queues once; `notifications export` writes messages Python's own email parser reads
    /// back exactly (headers decoded, body decoded), and marks them sent.
    @Test func notificationsExportAsStandardEmail() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        try FileManager.default.copyItem(at: BuildBinaryTests.repository.appendingPathComponent("themes"), to: directory.url.appendingPathComponent("themes"))
        try store.write(as: TestStores.admin, command: "test") { context in
            try MemberRecords.update("M000001", ["name": "Ana Silva-Ørsted"], in: context)
            try MembershipRecords.renew(.member(1), paid: true, in: context)
            try MembershipRecords.add(.member(try MemberRecords.find("M000004", in: context.store).integer("id")), plan: "associate", paid: true, in: context)
        }
        func admin(_ words: [String]) throws -> BinaryRunner.Result {
            try BinaryRunner.run("portico-admin", words + ["--db", store.path], environment: Self.environment)
        }
        let first = try admin(["notifications", "due"])
        #expect(first.exitCode == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("welcome") && first.standardOutput.contains("grace.oneill@example.org"))
        #expect(try admin(["notifications", "due"]).standardOutput.hasPrefix("Queued 0 messages."))
        let outbox = directory.url.appendingPathComponent("outbox")
        let exported = try admin(["notifications", "export", "--dir", outbox.path])
        #expect(exported.exitCode == 0, "\(exported.standardError)")
        #expect(try admin(["notifications", "list", "--unsent"]).standardOutput.contains("(none)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }.sorted()
        #expect(!files.isEmpty && !files.contains { $0.hasPrefix(".") })
        let python = try #require(TestTools.python(importing: "email"))
        let script = """
        import email, email.policy, sys, json, os
        out = []
        for name in sorted(os.listdir(sys.argv[1])):
            m = email.message_from_bytes(open(os.path.join(sys.argv[1], name), 'rb').read(), policy=email.policy.strict)
            out.append({"file": name, "to": str(m["To"]), "subject": str(m["Subject"]), "body": m.get_content(), "defects": len(m.defects)})
        print(json.dumps(out))
        """
        let (status, data) = try PythonTool.run(python, ["-c", script, outbox.path])
        #expect(status == 0, "\(String(decoding: data, as: UTF8.self))")
        let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(parsed.count == files.count && parsed.allSatisfy { ($0["defects"] as? Int) == 0 })
        let welcome = try #require(parsed.first { ($0["to"] as? String)?.contains("grace.oneill@example.org") == true && ($0["file"] as? String)?.contains("welcome") == true })
        #expect((welcome["subject"] as? String) == "Welcome to Guild of Harbour Engineers")
        #expect((welcome["body"] as? String)?.contains("Dear Grace O'Neill,") == true)
        let reminders = parsed.filter { ($0["file"] as? String)?.contains("renewal-reminder") == true }
        #expect(reminders.allSatisfy { ($0["body"] as? String)?.contains("ends on") == true })
    }
}

extension MembershipBinaryTests {
    /// `portico check --privacy` with no built site names --out.
    @Test func checkNamesWhatIsMissing() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let noSite = try BinaryRunner.run("portico", ["check", "--privacy", "--db", store.path], in: directory.url)
        #expect(noSite.exitCode == 3 && noSite.standardError.contains("--out"), "\(noSite.standardError)")
    }
}
