import Foundation
import Testing
import PorticoFormats
@testable import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// The files other systems import, against their vendors' documented layouts, split at their limits.
@Suite struct VendorExportTests {
    /// The columns as each vendor documents them: Xero's sales invoice and contact import templates (required
    /// columns marked `*` as in Xero's own template), Salesforce's Data Import Wizard field labels for Contact and
    /// Account (plus our custom fields, which must be created in Salesforce first), HubSpot's default contact and
    /// company property labels (plus our custom properties).
    static let documented: [String: [String]] = [
        "xero-invoices": ["*ContactName", "EmailAddress", "*InvoiceNumber", "Reference", "*InvoiceDate", "*DueDate", "*Description", "*Quantity", "*UnitAmount",
                          "*AccountCode", "*TaxType", "Currency"],
        "xero-contacts": ["*ContactName", "AccountNumber", "EmailAddress", "FirstName", "LastName", "POCity", "POCountry", "PhoneNumber"],
        "salesforce-contacts": ["First Name", "Last Name", "Email", "Title", "Phone", "Mailing City", "Mailing Country", "Account Name",
                                "Member Number", "Membership Status", "Membership Plan"],
        "salesforce-accounts": ["Account Name", "Website", "Industry", "Phone", "Billing City", "Billing Country", "Membership Tier"],
        "hubspot-contacts": ["First Name", "Last Name", "Email", "Job Title", "Phone Number", "City", "Country/Region", "Company Name",
                             "Member Number", "Membership Status", "Membership Plan"],
        "hubspot-companies": ["Company name", "Company Domain Name", "Industry", "Phone Number", "City", "Country/Region", "Membership Tier"],
    ]

    @Test func headersAreTheVendorsAndLimitsTheirs() throws {
        #expect(Set(VendorExport.all.map(\.name)) == Set(Self.documented.keys))
        for layout in VendorExport.all { #expect(layout.header == Self.documented[layout.name], "\(layout.name)") }
        let limits = Dictionary(uniqueKeysWithValues: VendorExport.all.map { ($0.name, $0.perFile) })
        #expect(limits["xero-invoices"] == 500 && limits["xero-contacts"] == 1_000 && limits["salesforce-contacts"] == 50_000 && limits["hubspot-contacts"] == 1_048_575)
    }

    @Test func filesSplitByRecordKeepingAnInvoicesLinesTogether() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        // Five invoices of one, two, one, two and one lines, three invoices a file.
        let lines = [1, 2, 1, 2, 1]
        let layout = VendorExport.Layout(name: "test", header: ["Invoice", "Line"], perFile: 3, personal: false) { _ in
            lines.enumerated().map { invoice, count in (1...count).map { ["INV-\(invoice + 1)", "line \($0)"] } }
        }
        let files = try VendorExport.files(layout, in: store)
        #expect(files.count == 2)
        #expect(files[0] == "Invoice,Line\r\nINV-1,line 1\r\nINV-2,line 1\r\nINV-2,line 2\r\nINV-3,line 1\r\n")
        #expect(files[1] == "Invoice,Line\r\nINV-4,line 1\r\nINV-4,line 2\r\nINV-5,line 1\r\n")
    }

    @Test func xeroInvoicesCarryTheSettingsAndXerosDates() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        let xero = try #require(VendorExport.named("xero-invoices"))
        let file = try #require(try VendorExport.files(xero, in: store).first)
        var reader = CSVReader(ByteReader(handle: try Self.handle(file)))
        let header = try #require(try reader.next()).fields
        let first = try #require(try reader.next()).fields
        #expect(header.count == first.count)
        #expect(first[header.firstIndex(of: "*AccountCode")!] == "200" && first[header.firstIndex(of: "*TaxType")!] == "OUTPUT2")
        #expect(first[header.firstIndex(of: "*InvoiceDate")!].range(of: #"^\d{2}/\d{2}/\d{4}$"#, options: .regularExpression) != nil)
        #expect(first[header.firstIndex(of: "*UnitAmount")!].range(of: #"^\d+\.\d{2}$"#, options: .regularExpression) != nil)
        // Without the account code it says which setting to make.
        try store.write(as: TestStores.admin, command: "test") { try SiteSettings.remove("xero.account_code", in: $0) }
        #expect(throws: ModelError.invalid(field: "xero.account_code", value: "", reason: "set it first: portico-admin integrations set xero.account_code …")) {
            try VendorExport.files(xero, in: store)
        }
    }

    static func handle(_ text: String) throws -> FileHandle {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vendor-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return try FileHandle(forReadingFrom: url)
    }

    /// Phone numbers reach the vendor as they are; anything a spreadsheet could run is still guarded.
    @Test func phoneNumbersPassFormulasDoNot() {
        #expect(VendorExport.field("+44 20 7946 2007") == "+44 20 7946 2007")
        #expect(VendorExport.field("+1 (555) 010-9999") == "+1 (555) 010-9999")
        #expect(VendorExport.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(VendorExport.field("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0")
    }
}
