import Foundation
import Testing
import PorticoCommandLine
import PorticoAdmin
import PorticoArguments
import PorticoModel
import PorticoFormats
import PorticoTestSupport

/// Splits an example command line the way a POSIX shell would for simple quoting.
func shellWords(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in line {
        if let open = quote {
            if character == open { quote = nil } else { current.append(character) }
        } else if character == "'" || character == "\"" {
            quote = character
            inWord = true
        } else if character == " " {
            if inWord { words.append(current); current = ""; inWord = false }
        } else {
            current.append(character)
            inWord = true
        }
    }
    if inWord { words.append(current) }
    return words
}

/// One command run by one role.
struct MatrixCase: Sendable, CustomTestStringConvertible {
    let path: [String]
    let role: Role
    var testDescription: String { "\(path.joined(separator: " ")) as \(role.rawValue)" }
}

@Suite struct CommandMatrixTests {
    static let actors: [Role: String] = [
        .clientAdmin: "admin@example.org",
        .clientUser: "ops@demo.portico.example",
        .platformAdmin: "support@platform.portico.example",
    ]

    /// The role table as the product defines it (the issue tracker's contract for the three roles), written here
    /// rather than read from `PermissionMatrix`, so a change to the matrix fails until it is made here too, on purpose.
    static let roleTable: [Role: Set<String>] = [
        .clientAdmin: Set(FeatureSet.builtIn.capabilities.map { $0.rawValue }),   // full access
        .clientUser: ["records.view", "records.edit", "attendance.checkin", "cpd.log", "support.view", "support.work", "staff.view",
                      "reports.view", "site.build", "checks.run", "events.edit", "registrations.add", "registrations.cancel", "jobs.edit", "leads.work", "courses.edit", "courses.enroll",
                      "resources.edit"],
        .platformAdmin: ["records.view", "support.view", "support.work", "staff.view", "audit.view", "reports.view", "reports.financial",
                         "site.build", "checks.run"],
    ]

    static func expectedToAllow(_ role: Role, _ capability: Capability) -> Bool { roleTable[role]!.contains(capability.rawValue) }

    @Test func thePermissionMatrixIsTheRoleTable() {
        for role in Role.allCases {
            for capability in FeatureSet.builtIn.capabilities {
                #expect(PermissionMatrix.allows(role, capability) == Self.expectedToAllow(role, capability), "\(role.rawValue) \(capability.rawValue)")
            }
        }
        // No secret, refund, price, staff change or personal export for anyone but the client's admins.
        for capability in ["secrets.view", "payments.refund", "prices.manage", "staff.manage", "exports.personal-data", "records.delete"] {
            #expect(!Self.roleTable[.clientUser]!.contains(capability) && !Self.roleTable[.platformAdmin]!.contains(capability))
        }
    }

    static let cases: [MatrixCase] = AdminCatalog.builtIn.commands.filter { $0.capability != nil }.flatMap { command in
        Role.allCases.map { MatrixCase(path: command.path, role: $0) }
    }

    @Test func everyCommandHasHelpWithAnExample() {
        for command in AdminCatalog.builtIn.commands {
            #expect(!command.spec.examples.isEmpty, "\(command.path.joined(separator: " ")) has no example")
            for example in command.spec.examples {
                #expect(example.hasPrefix("portico-admin " + command.path.joined(separator: " ")), "\(example)")
            }
        }
    }

    /// Runs each command's first example as each role on a fresh demo database: a role without the command's
    /// capability is refused with exit 4 and the database is byte-for-byte unchanged; a role with it succeeds
    /// (every example is written to work on the demo database).
    @Test(arguments: cases)
    func roleCapabilityMatrix(_ matrixCase: MatrixCase) throws {
        let command = try #require(AdminCatalog.builtIn.command(at: matrixCase.path))
        let capability = try #require(command.capability)
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        // A site folder: the database beside the theme (notifications read their email templates from it).
        try FileManager.default.copyItem(at: BuildBinaryTests.repository.appendingPathComponent("themes"), to: directory.url.appendingPathComponent("themes"))
        let before = try TestStores.dump(store)
        var words = try Array(shellWords(command.spec.examples[0]).dropFirst()).map { try Self.exampleFile($0, in: directory) }
        // Files and folders an example writes go into the test's folder, never the current one.
        for index in words.indices.dropFirst() where ["--output", "--dir"].contains(words[index - 1]) && !words[index].hasPrefix("/") {
            words[index] = directory.url.appendingPathComponent(words[index]).path
        }
        let output = CommandOutput()
        // The demo's dates are reckoned from the test store's clock; the commands run on the same day.
        let code = AdminApp.run(words + ["--db", store.path, "--as", Self.actors[matrixCase.role]!],
                                environment: ["PORTICO_NOW": Timestamp.format(TestStores.fixedNow)], output: output)
        if Self.expectedToAllow(matrixCase.role, capability) {
            #expect(code == .success, "\(matrixCase.testDescription) exited \(code.rawValue): \(output.standardError)")
        } else {
            #expect(code == .permissionDenied, "\(matrixCase.testDescription) should be refused")
            #expect(output.standardError.contains("has role \(matrixCase.role.rawValue), which lacks capability '\(capability.rawValue)'"))
            #expect(try TestStores.dump(store) == before, "\(matrixCase.testDescription) wrote despite the refusal")
        }
    }

    /// Files named in examples (`staff.csv`) live in the test's folder; an input file gets its sample content.
    static let exampleInputs = ["staff.csv": "email,name,role\r\nsam@example.org,Sam Lee,ROLE_CLIENT_USER\r\n",
                                "leads.csv": "company,name,email,message\r\ntidewater-consulting,Sam Lee,sam.lee@example.net,A quote please\r\n",
                                "payments.csv": "id,Created (UTC),Amount,Currency,Status,PaymentIntent ID,invoice (metadata)\r\nch_1,2026-12-01 10:00,15.00,gbp,Paid,pi_1,INV-2026-0042\r\n",
                                "access.log": "203.0.113.5 - - [01/Dec/2026:10:00:00 +0000] \"GET /jobs/port-engineer/ HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 Firefox/133.0\"\n"]

    static func exampleFile(_ word: String, in directory: TemporaryDirectory) throws -> String {
        guard ["csv", "json", "jsonl", "log"].contains(URL(fileURLWithPath: word).pathExtension), !word.hasPrefix("-") else { return word }
        if let content = exampleInputs[word] { try directory.write(content, to: word) }
        return directory.url.appendingPathComponent(word).path
    }

    @Test func writingCommandsAuditEveryChange() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        let output = CommandOutput()
        let entriesBefore = try AuditLog(store: store).list().count
        #expect(AdminApp.run(["staff", "add", "--email", "new@example.org", "--name", "New", "--db", store.path, "--as", "admin@example.org"],
                             environment: [:], output: output) == .success)
        let entries = try AuditLog(store: store).list()
        #expect(entries.count == entriesBefore + 1)
        #expect(entries.last?.command == "staff add" && entries.last?.entityID == "new@example.org")
    }

    @Test func actorComesFromTheEnvironment() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        let output = CommandOutput()
        #expect(AdminApp.run(["staff", "list", "--json"], environment: ["PORTICO_DB": store.path, "PORTICO_ACTOR": "ops@demo.portico.example"], output: output) == .success)
        #expect(output.standardOutput.hasPrefix("[{\"id\":"))
        let refused = CommandOutput()
        #expect(AdminApp.run(["staff", "list"], environment: ["PORTICO_DB": store.path], output: refused) == .permissionDenied)
        #expect(refused.standardError == "portico-admin: error: no actor: say who you are with --as EMAIL or PORTICO_ACTOR\n")
    }
}
