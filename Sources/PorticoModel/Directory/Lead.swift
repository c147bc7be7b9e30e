import Foundation
import PorticoFormats
import PorticoSQLite

/// An enquiry a visitor sent a company through its directory profile's form: collected by the endpoint the site
/// posts to (HubSpot, Salesforce, any form service), then imported here so staff and the company can follow it up
/// and the association can show a member what the directory brought them.
public struct Lead: Sendable, Equatable {
    public static let statuses = ["new", "contacted", "won", "lost"]
    public static let sources = ["hubspot", "salesforce", "form", "email", "other"]

    public let id: Int64
    public let companyID: Int64
    public let name: String
    public let email: String
    public let phone: String?
    public let message: String
    public let source: String
    public let status: String
    public let receivedAt: String
    public let externalID: String?

    public static let entity = Entity(table: "leads", auditName: "lead", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("company_id", .integer, references: "companies", onDelete: .cascade),
        .init("name", .text, privacy: .identifying, normalize: { try Validate.text($0, field: "name", maximum: 160) }),
        .init("email", .text, privacy: .identifying, normalize: { try Validate.email($0, field: "email") }),
        .init("phone", .text, nullable: true, privacy: .identifying, normalize: { try Validate.text($0, field: "phone", maximum: 40) }),
        .init("message", .text, privacy: .personal, defaultValue: .text("")),
        .init("source", .text, allowed: sources, defaultValue: .text("form")),
        .init("status", .text, allowed: statuses, defaultValue: .text("new")),
        .init("received_at", .text, normalize: { try Validate.timestamp($0, field: "received_at") }),
        .init("external_id", .text, nullable: true, unique: true, normalize: { try Validate.text($0, field: "external_id", maximum: 120) }),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "leads", view: .leadsWork, edit: .leadsWork))

    init(record: Record) throws {
        id = try record.integer("id")
        companyID = try record.integer("company_id")
        name = try record.text("name")
        email = try record.text("email")
        phone = try record.optionalText("phone")
        message = try record.text("message")
        source = try record.text("source")
        status = try record.text("status")
        receivedAt = try record.text("received_at")
        externalID = try record.optionalText("external_id")
    }
}

/// Importing what the lead endpoint collected, listing, and following leads up.
public enum LeadRecords {
    /// The columns `leads import` reads (a header row names them, in any order): `company` (its slug, or the company id
    /// the form carried as `portico_company_id`), `name` (or `firstname` and `lastname`), `email`, and optionally `phone`,
    /// `message`, `received_at` (default now), `source`, `external_id` (the endpoint's own id: imported once).
    public static let importColumns = ["company", "portico_company_id", "name", "firstname", "lastname", "first_name", "last_name", "email", "phone",
                                       "message", "description", "received_at", "source", "external_id"]

    /// Imports leads from CSV records (the first is the header). A lead already imported (same external id, or same
    /// company, email and time) is skipped. A bad row throws naming its line and field, and nothing is imported.
    public static func importCSV(_ records: [CSVRecord], file: String, in context: WriteContext) throws -> (imported: Int, skipped: Int) {
        guard let header = records.first else { return (0, 0) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var imported = 0, skipped = 0
        for record in records.dropFirst() where !(record.fields.count == 1 && record.fields[0].isEmpty) {
            var row: [String: String] = [:]
            for (index, name) in names.enumerated() where index < record.fields.count {
                let value = CSVWriter.unprotect(record.fields[index]).trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { row[name] = value }
            }
            func fail(_ field: String, _ reason: String) -> Error {
                ModelError.invalid(field: "\(file):\(record.line) \(field)", value: row[field] ?? "", reason: reason)
            }
            let company: Company
            if let slug = row["company"] {
                guard let found = try? CompanyRecords.find(slug: slug, in: context.store) else { throw fail("company", "no company with this slug") }
                company = found
            } else if let text = row["portico_company_id"], let id = Int64(text), let record = try Company.entity.find(id: id, in: context.store) {
                company = try Company(record: record)
            } else {
                throw fail("company", "give the company's slug (company) or id (portico_company_id)")
            }
            let name = row["name"] ?? [row["firstname"] ?? row["first_name"], row["lastname"] ?? row["last_name"]].compactMap { $0 }.joined(separator: " ")
            var values: [String: DatabaseValue] = ["company_id": .integer(company.id)]
            do {
                values["name"] = .text(try Validate.text(name, field: "name", maximum: 160))
                values["email"] = .text(try Validate.email(row["email"] ?? "", field: "email"))
                values["phone"] = try row["phone"].map { .text(try Validate.text($0, field: "phone", maximum: 40)) } ?? .null
                values["message"] = .text(row["message"] ?? row["description"] ?? "")
                values["received_at"] = .text(try row["received_at"].map { try Validate.timestamp($0, field: "received_at") } ?? context.store.now)
                values["source"] = .text(try Validate.choice(row["source"] ?? "form", field: "source", allowed: Lead.sources))
                values["external_id"] = row["external_id"].map { .text($0) } ?? .null
            } catch ModelError.invalid(let field, let value, let reason) {
                throw ModelError.invalid(field: "\(file):\(record.line) \(field)", value: value, reason: reason)
            }
            if let external = row["external_id"], try Lead.entity.find("external_id", equals: .text(external), in: context.store) != nil { skipped += 1; continue }
            if try context.database.row("SELECT 1 FROM leads WHERE company_id = ? AND email = ? AND received_at = ?",
                                        [values["company_id"]!, values["email"]!, values["received_at"]!]) != nil { skipped += 1; continue }
            try context.insert(Lead.entity, Lead.entity.completedForInsert(values, in: context.store))
            imported += 1
        }
        return (imported, skipped)
    }

    /// Leads, newest first, optionally of one company.
    public static func list(company slug: String?, in store: Store) throws -> [Lead] {
        let rows = try slug.map { try store.database.rows("SELECT * FROM leads WHERE company_id = ? ORDER BY received_at DESC, id DESC",
                                                          [CompanyRecords.find(slug: $0, in: store).id]) }
            ?? store.database.rows("SELECT * FROM leads ORDER BY received_at DESC, id DESC")
        return try rows.map { try Lead(record: Lead.entity.decode($0)) }
    }

    @discardableResult
    public static func setStatus(id: Int64, to status: String, in context: WriteContext) throws -> Lead {
        let status = try Validate.choice(status, field: "--status", allowed: Lead.statuses)
        return try Lead(record: context.update(Lead.entity, id: id, set: ["status": .text(status)]))
    }
}
