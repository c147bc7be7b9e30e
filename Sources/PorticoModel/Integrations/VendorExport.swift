import Foundation
import PorticoFormats
import PorticoSQLite

/// Files in the layouts other systems import: Xero's sales invoice and contact CSV templates, Salesforce's Data
/// Import Wizard (contacts and accounts, by field label) and HubSpot's contact and company imports (by property
/// label). Each is split into numbered files at the vendor's limit per import: Xero 500 invoices (an invoice's
/// lines stay together) and 1,000 contacts, Salesforce 50,000 records, HubSpot 1,048,575 rows.
public enum VendorExport {
    public struct Layout: Sendable {
        /// `xero-invoices`: `portico-admin export xero-invoices`.
        public let name: String
        public let header: [String]
        /// Records (invoices, contacts) per file.
        public let perFile: Int
        /// True when the file holds personal fields (names, emails, phones): the export then needs
        /// exports.personal-data.
        public let personal: Bool
        /// The records, each one row or more (an invoice's lines).
        let records: @Sendable (Store) throws -> [[[String]]]
    }

    public static let all: [Layout] = [xeroInvoices, xeroContacts, salesforceContacts, salesforceAccounts, hubspotContacts, hubspotCompanies]

    public static func named(_ name: String) -> Layout? { all.first { $0.name == name } }

    /// The files' text, each with the header, in order.
    public static func files(_ layout: Layout, in store: Store) throws -> [String] {
        let records = try layout.records(store)
        var files: [String] = []
        var index = 0
        repeat {
            let chunk = records[index..<min(records.count, index + layout.perFile)]
            files.append(([layout.header] + chunk.flatMap { $0 }).map { row in row.map { field($0) }.joined(separator: ",") + "\r\n" }.joined())
            index += layout.perFile
        } while index < records.count
        return files
    }

    /// One field: formula-looking text is guarded as in every export, except a phone number (`+44 20 7946 0000`: a
    /// sign, digits, spaces and punctuation, no letter, so no function a spreadsheet could run), which the vendor's
    /// importer must receive as it is.
    static func field(_ text: String) -> String {
        let phoneLike = text.unicodeScalars.first.map { "+-".unicodeScalars.contains($0) } == true
            && text.unicodeScalars.dropFirst().allSatisfy { ("0"..."9").contains($0) || " ()-./".unicodeScalars.contains($0) }
        return CSVWriter.field(text, formulaSafe: !phoneLike)
    }

    /// `27/11/2026`: the day as Xero's UK and Commonwealth organisations import it.
    static func xeroDate(_ day: CalendarDate?) -> String {
        guard let day else { return "" }
        let (year, month, date) = day.components
        return String(format: "%02d/%02d/%04d", Int(date), Int(month), Int(year))
    }

    static func names(_ full: String) -> (first: String, last: String) {
        let parts = full.split(separator: " ")
        guard parts.count > 1 else { return ("", full) }
        return (parts.dropLast().joined(separator: " "), String(parts.last!))
    }

    /// Members with their contact fields and standing today.
    static func members(in store: Store) throws -> [(number: String, name: String, email: String, title: String, phone: String, city: String, country: String,
                                                     company: String, status: String, plan: String)] {
        let today = try store.today()
        let standings = try MembershipRecords.standings(on: today, in: store)
        let plans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: store).map { ($0.id, $0.name) })
        var rows: [(String, String, String, String, String, String, String, String, String, String)] = []
        try Member.entity.forEachRecord(in: store) { record in
            let id = try record.integer("id")
            let standing = standings[id]
            func text(_ column: String) -> String { (try? record.optionalText(column)) .flatMap { $0 } ?? "" }
            rows.append((text("member_number"), text("name"), text("email"), text("job_title"), text("phone"), text("city"), text("country"), text("company"),
                         standing?.status.rawValue ?? "none", standing.flatMap { plans[$0.planID] } ?? ""))
        }
        return rows.sorted { $0.0 < $1.0 }.map { (number: $0.0, name: $0.1, email: $0.2, title: $0.3, phone: $0.4, city: $0.5, country: $0.6, company: $0.7, status: $0.8, plan: $0.9) }
    }

    static func setting(_ key: String, in store: Store) throws -> String {
        guard let value = try store.setting(key) else {
            throw ModelError.invalid(field: key, value: "", reason: "set it first: portico-admin integrations set \(key) …")
        }
        return value
    }

    /// Xero's sales invoice import: issued invoices, one row per line, amounts tax exclusive in major units.
    static let xeroInvoices = Layout(
        name: "xero-invoices",
        header: ["*ContactName", "EmailAddress", "*InvoiceNumber", "Reference", "*InvoiceDate", "*DueDate", "*Description", "*Quantity", "*UnitAmount",
                 "*AccountCode", "*TaxType", "Currency"],
        perFile: 500, personal: true) { store in
        let account = try setting("xero.account_code", in: store), tax = try setting("xero.tax_type", in: store)
        let numbers = Dictionary(uniqueKeysWithValues: try Member.entity.records(in: store).map { (try $0.integer("id"), try $0.text("member_number")) })
        return try InvoiceRecords.list(in: store).filter { $0.kind == "invoice" && ($0.storedStatus == "issued") }.sorted { ($0.number ?? "") < ($1.number ?? "") }.map { invoice in
            invoice.lines.map { line in
                [invoice.billToName, invoice.billToEmail, invoice.label, invoice.memberID.flatMap { numbers[$0] } ?? "", xeroDate(invoice.issuedOn), xeroDate(invoice.dueOn),
                 line.description, String(line.quantity), Money(minorUnits: line.unitMinor, currency: invoice.currency).amount, account, tax, invoice.currency]
            }
        }
    }

    /// Xero's contact import: members and companies.
    static let xeroContacts = Layout(
        name: "xero-contacts",
        header: ["*ContactName", "AccountNumber", "EmailAddress", "FirstName", "LastName", "POCity", "POCountry", "PhoneNumber"],
        perFile: 1_000, personal: true) { store in
        try members(in: store).map { member in
            let (first, last) = names(member.name)
            return [[member.name, member.number, member.email, first, last, member.city, member.country, member.phone]]
        } + (try CompanyRecords.list(in: store)).map { company in
            [[company.name, company.slug, company.email ?? "", "", "", company.city ?? "", company.country ?? "", company.phone ?? ""]]
        }
    }

    /// Salesforce Data Import Wizard, contacts: standard field labels, then the membership as custom fields
    /// (create `Member Number`, `Membership Status` and `Membership Plan` on Contact first).
    static let salesforceContacts = Layout(
        name: "salesforce-contacts",
        header: ["First Name", "Last Name", "Email", "Title", "Phone", "Mailing City", "Mailing Country", "Account Name", "Member Number", "Membership Status",
                 "Membership Plan"],
        perFile: 50_000, personal: true) { store in
        try members(in: store).map { member in
            let (first, last) = names(member.name)
            return [[first, last, member.email, member.title, member.phone, member.city, member.country, member.company, member.number, member.status, member.plan]]
        }
    }

    /// Salesforce Data Import Wizard, accounts: companies with their directory tier (a custom field).
    static let salesforceAccounts = Layout(
        name: "salesforce-accounts",
        header: ["Account Name", "Website", "Industry", "Phone", "Billing City", "Billing Country", "Membership Tier"],
        perFile: 50_000, personal: false) { store in
        try CompanyRecords.list(in: store).map { [[$0.name, $0.website ?? "", $0.industry ?? "", $0.phone ?? "", $0.city ?? "", $0.country ?? "", $0.tier]] }
    }

    /// HubSpot contact import: default property labels, then the membership as custom properties.
    static let hubspotContacts = Layout(
        name: "hubspot-contacts",
        header: ["First Name", "Last Name", "Email", "Job Title", "Phone Number", "City", "Country/Region", "Company Name", "Member Number", "Membership Status",
                 "Membership Plan"],
        perFile: 1_048_575, personal: true) { store in
        try members(in: store).map { member in
            let (first, last) = names(member.name)
            return [[first, last, member.email, member.title, member.phone, member.city, member.country, member.company, member.number, member.status, member.plan]]
        }
    }

    /// HubSpot company import: the domain is what HubSpot deduplicates companies by.
    static let hubspotCompanies = Layout(
        name: "hubspot-companies",
        header: ["Company name", "Company Domain Name", "Industry", "Phone Number", "City", "Country/Region", "Membership Tier"],
        perFile: 1_048_575, personal: false) { store in
        try CompanyRecords.list(in: store).map { company in
            let domain = company.website.flatMap { URL(string: $0)?.host }.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 } ?? ""
            return [[company.name, domain, company.industry ?? "", company.phone ?? "", company.city ?? "", company.country ?? "", company.tier]]
        }
    }
}
