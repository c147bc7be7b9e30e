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
        // Memberships name their member and plan by number and slug, and come back in by them.
        let memberships = try admin(["export", "memberships"]).standardOutput
        #expect(memberships.hasPrefix("id,member,company,plan,") && memberships.contains(",M000001,,"), "\(memberships.prefix(200))")
        try directory.write("member,plan,starts_on\r\nM000004,associate,2031-01-01\r\n", to: "terms.csv")
        let imported = try admin(["import", "memberships", "terms.csv"])
        #expect(imported.exitCode == 0 && imported.standardOutput.contains("1 new"), "\(imported.standardOutput)\(imported.standardError)")
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
        let invoices = try admin(["export", "invoices", "--format", "jsonl"]).standardOutput
        #expect(invoices.contains("\"number\":\"\(number)\""), "invoices export like every entity")
        #expect(try admin(["export", "invoice-lines"]).standardOutput.hasPrefix("id,invoice_id,position,description"))
        #expect(try admin(["export", "invoices"], as: "ops@demo.portico.example").exitCode == 4, "financial exports need reports.financial")
        let exported = try admin(["export", "payments", "--format", "jsonl"]).standardOutput
        #expect(exported.contains("\"void_reason\":\"Cheque 004512 returned unpaid\""))
        let audit = try admin(["audit", "list", "--entity", "payment"]).standardOutput
        #expect(audit.contains("payments void"), "\(audit)")
    }

    /// A new member's term comes with its invoice; paying the invoice makes the term active. Renewal invoices drafted
    /// in bulk leave the renewal reminders due (they were silently dropped), and a second renew is refused.
    @Test func aTermAndItsInvoiceAreOneThing() throws {
        #expect(try admin(["members", "add", "--name", "Nadia Okafor", "--email", "nadia@example.org"]).exitCode == 0)
        let added = try admin(["memberships", "add", "M000061", "--plan", "full"])
        #expect(added.exitCode == 0 && added.standardOutput.contains("Drafted invoice #"), "\(added.standardOutput)\(added.standardError)")
        let draft = try #require(added.standardOutput.components(separatedBy: "Drafted invoice ").dropFirst().first?.components(separatedBy: " ").first)
        #expect(try admin(["memberships", "list", "M000061"]).standardOutput.contains("pending"))
        let issued = try admin(["invoices", "issue", draft])
        let number = try #require(issued.standardOutput.components(separatedBy: " ").dropFirst().first.map { String($0.dropLast()) })
        #expect(number.hasPrefix("INV-2026-"), "\(issued.standardOutput)")
        #expect(try admin(["invoices", "pay", number, "--amount", "180.00", "--method", "card"]).standardOutput.contains("(paid)"))
        #expect(try admin(["memberships", "list", "M000061"]).standardOutput.contains("active"), "paying the invoice activates the term")
        #expect(try admin(["memberships", "add", "M000061", "--plan", "associate", "--no-invoice"]).standardOutput.contains("Drafted") == false)

        let renewals = try admin(["invoices", "generate-renewals", "--within", "30"])
        #expect(renewals.standardOutput.hasPrefix("Drafted 5 renewal invoices."), "\(renewals.standardOutput)")
        let due = try admin(["notifications", "due"]).standardOutput
        #expect(due.components(separatedBy: "renewal_reminder").count - 1 == 5, "drafted renewals still get their reminders: \(due)")
        let renewing = try admin(["memberships", "list", "--renewing"]).standardOutput
        #expect(renewing.components(separatedBy: "pending from ").count - 1 == 5, "\(renewing)")
        let member = try #require(renewing.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init))
        let again = try admin(["memberships", "renew", member])
        #expect(again.exitCode == 6 && again.standardError.contains("is already the renewal, waiting for payment"), "\(again.standardError)")
    }

    /// "Who ends this month?" and "who lapsed?" have answers, with member number, name, plan, end date and status.
    @Test func theListsStaffAskFor() throws {
        let table = try admin(["memberships", "list", "--ending-before", "2027-01-01"]).standardOutput
        #expect(table.hasPrefix("MEMBER   NAME          PLAN       STARTS_ON   ENDS_ON     STATUS"), "\(table)")
        let json = try admin(["memberships", "list", "--ending-before", "2027-01-01", "--json"]).standardOutput
        let terms = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(terms.count >= 5)
        for term in terms {
            let end = try #require(term["ends_on"] as? String)
            #expect(end < "2027-01-01" && ["active", "grace"].contains(term["status"] as? String ?? ""), "\(term)")
            #expect((term["member"] as? String)?.hasPrefix("M0000") == true && term["name"] is String && term["plan"] is String)
        }
        // The same filters export: the lapsing list as a file, the same terms.
        let exported = try admin(["export", "memberships", "--ending-before", "2027-01-01", "--format", "json"]).standardOutput
        let exportedTerms = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [[String: Any]])
        #expect(exportedTerms.map { $0["id"] as? Int } == terms.map { $0["membership"] as? Int }.sorted { ($0 ?? 0) < ($1 ?? 0) })
        let active = try admin(["export", "members", "--status", "active", "--format", "jsonl"]).standardOutput
        let activeList = try admin(["members", "list", "--status", "active", "--json"]).standardOutput
        #expect(active.split(separator: "\n").count == (try JSONSerialization.jsonObject(with: Data(activeList.utf8)) as? [Any])?.count)
        #expect(try admin(["export", "staff", "--status", "active"]).exitCode == 3, "a members filter on another entity is refused")
        let members = try admin(["members", "list", "--ending-within", "30"]).standardOutput
        #expect(members.split(separator: "\n").count > 2)
        #expect(try admin(["memberships", "list", "--ending-within", "-1"]).exitCode == 3)
        // Lapsing: move the clock past a term's end and grace; the member shows as lapsed since then.
        var later = Self.environment
        later["PORTICO_NOW"] = "2027-03-01T10:00:00Z"
        let lapsed = try BinaryRunner.run("portico-admin", ["--db", "portico.db", "memberships", "list", "--lapsed-since", "2027-01-01"],
                                          in: directory.url, environment: later).standardOutput
        #expect(lapsed.contains(" lapsed ") && !lapsed.contains(" active "), "\(lapsed)")
    }

    /// A term waiting for payment is settled, never duplicated: `memberships add --paid` on it records the payment
    /// against its invoice (it refused, "already covers"), and an invoice drafted by hand for a term (`--term`)
    /// makes the term paid when paid.
    @Test func aWaitingTermIsSettledNotRefused() throws {
        #expect(try admin(["members", "add", "--name", "Nadia Okafor", "--email", "nadia@example.org"]).exitCode == 0)
        #expect(try admin(["memberships", "add", "M000061", "--plan", "full"]).exitCode == 0)
        let settled = try admin(["memberships", "add", "M000061", "--plan", "full", "--paid", "--method", "cheque"])
        #expect(settled.exitCode == 0 && settled.standardOutput.contains("was waiting for payment: now paid (INV-2026-") &&
                settled.standardOutput.contains("paid)."), "\(settled.standardOutput)\(settled.standardError)")
        let terms = try admin(["memberships", "list", "M000061", "--json"]).standardOutput
        #expect(terms.components(separatedBy: "\"status\":\"active\"").count == 2 && !terms.contains("pending"), "one term, active: \(terms)")
        #expect(try admin(["payments", "list", "--method", "cheque"]).standardOutput.contains("memberships add --paid"))
        #expect(try admin(["memberships", "add", "M000061", "--plan", "full", "--method", "card"]).exitCode == 3, "--method without --paid")

        // A term whose invoice staff draft by hand, naming the term.
        #expect(try admin(["members", "add", "--name", "Omar Haddad", "--email", "omar@example.org"]).exitCode == 0)
        let added = try admin(["memberships", "add", "M000062", "--plan", "associate", "--no-invoice", "--json"]).standardOutput
        let term = try #require(added.components(separatedBy: "\"id\":").dropFirst().first?.components(separatedBy: ",").first)
        let drafted = try admin(["invoices", "draft", "M000062", "--description", "Associate membership", "--amount", "95.00", "--term", term])
        #expect(drafted.exitCode == 0, "\(drafted.standardError)")
        let draft = try #require(drafted.standardOutput.components(separatedBy: " ").dropFirst().first.map { String($0.dropLast()) })
        let issued = try admin(["invoices", "issue", draft]).standardOutput
        let number = try #require(issued.components(separatedBy: " ").dropFirst().first.map { String($0.dropLast()) })
        #expect(try admin(["invoices", "pay", number, "--amount", "95.00", "--method", "bank_transfer"]).exitCode == 0)
        #expect(try admin(["memberships", "list", "M000062"]).standardOutput.contains("active"), "the hand-drafted invoice paid the term")
    }
}
