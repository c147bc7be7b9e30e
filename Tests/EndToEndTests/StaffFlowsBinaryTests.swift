import Foundation
import Testing
import PorticoFormats
import PorticoModel
import PorticoTestSupport

/// What staff do every day, through the real binary on a fresh demo, checked by its results: an export imported
/// back changes nothing, a taken email is refused naming who holds it, and a cheque payment shows on its invoice,
/// can be listed, exported and voided.
@Suite struct StaffFlowsBinaryTests {
    static let environment = ["PORTICO_NOW": "2026-12-06T10:00:00Z", "PORTICO_ACTOR": "admin@demo.portico.example"]

    let directory = TemporaryDirectory()

    init() throws {
        let made = try BinaryRunner.run("portico-admin", ["init", "--demo", "--db", "portico.db", "--admin-email", "admin@demo.portico.example"],
                                        in: directory.url, environment: Self.environment)
        #expect(made.exitCode == 0, "\(made.standardError)")
    }

    func admin(_ words: [String], as actor: String? = nil) throws -> BinaryRunner.Result {
        var environment = Self.environment
        if let actor { environment["PORTICO_ACTOR"] = actor }
        return try BinaryRunner.run("portico-admin", ["--db", "portico.db"] + words, in: directory.url, environment: environment)
    }

    @Test func membersExportedAndImportedBackAreUnchanged() throws {
        let phones = try admin(["export", "members", "--format", "json"]).standardOutput
        #expect(phones.contains("\"+44 "), "the demo has phone numbers a spreadsheet would read as formulas")
        for format in ["csv", "json", "jsonl"] {
            let file = "members.\(format)"
            #expect(try admin(["export", "members", "--output", file]).exitCode == 0)
            let imported = try admin(["import", "members", file, "--upsert-key", "email"])
            #expect(imported.exitCode == 0 && imported.standardOutput.contains(" 0 new, 0 updated, 60 unchanged"), "\(format): \(imported.standardOutput)\(imported.standardError)")
        }
        #expect(try admin(["export", "members", "--format", "json"]).standardOutput == phones, "no stored value changed")
    }

    @Test func aTakenEmailIsRefusedNamingItsHolder() throws {
        let taken = try admin(["members", "show", "M000004", "--json"]).standardOutput
        let email = try #require(taken.components(separatedBy: "\"email\":\"").dropFirst().first?.components(separatedBy: "\"").first)
        let refused = try admin(["members", "update", "M000003", "--email", email])
        #expect(refused.exitCode == 6)
        #expect(refused.standardError == "portico-admin: error: email '\(email)' already belongs to member M000004\n")
    }

    @Test func aChequePaymentShowsAndCanBeVoided() throws {
        let issued = try admin(["invoices", "list", "--status", "issued", "--json"]).standardOutput
        let number = try #require(issued.components(separatedBy: "\"number\":\"INV-").dropFirst().first.map { "INV-" + ($0.components(separatedBy: "\"").first ?? "") })
        let paid = try admin(["invoices", "pay", number, "--amount", "10.00", "--method", "cheque", "--reference", "Chq 004512"])
        #expect(paid.exitCode == 0 && paid.standardOutput.contains("(part-paid)"), "\(paid.standardOutput)\(paid.standardError)")
        let shown = try admin(["invoices", "show", number]).standardOutput
        #expect(shown.contains("Payments:") && shown.contains("Chq 004512") && shown.contains("received"), "\(shown)")

        let listed = try admin(["payments", "list", "--method", "cheque", "--json"]).standardOutput
        let id = try #require(listed.components(separatedBy: "\"id\":").dropFirst().first?.components(separatedBy: ",").first)
        #expect(listed.contains("\"invoice\":\"\(number)\"") && listed.contains("\"reference\":\"Chq 004512\""))

        let refused = try admin(["payments", "void", id, "--reason", "mistake"], as: "ops@demo.portico.example")
        #expect(refused.exitCode == 4, "a client user cannot void payments")
        let voided = try admin(["payments", "void", id, "--reason", "Cheque 004512 returned unpaid"])
        #expect(voided.exitCode == 0 && voided.standardOutput.contains("(issued)"), "\(voided.standardOutput)\(voided.standardError)")
        #expect(try admin(["payments", "void", id, "--reason", "again"]).exitCode == 6, "a payment is voided once")
        #expect(try admin(["invoices", "show", number]).standardOutput.contains("void"))
        #expect(try admin(["payments", "list", "--method", "cheque", "--received"]).standardOutput.contains("Chq 004512") == false)
        let exported = try admin(["export", "payments", "--format", "jsonl"]).standardOutput
        #expect(exported.contains("\"void_reason\":\"Cheque 004512 returned unpaid\""))
        let audit = try admin(["audit", "list", "--entity", "payment"]).standardOutput
        #expect(audit.contains("payments void"), "\(audit)")
    }
}
