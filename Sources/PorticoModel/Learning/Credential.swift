import Foundation
import PorticoFormats
import PorticoSQLite

/// What a credential certifies: its name, description, criteria, how long it is valid and the CPD needed to renew it.
public struct CredentialDefinition: Sendable, Equatable {
    public let id: Int64
    public let slug: String
    public let name: String
    public let description: String
    public let criteria: String
    public let validityMonths: Int64?
    public let cpdToRenew: Int64
    public let imageURL: String?

    public static let entity = Entity(table: "credential_definitions", auditName: "credential_definition", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }, slug: .init(from: "name")),
        .init("name", .text, normalize: { try Validate.text($0, field: "name", maximum: 160) }),
        .init("description", .text, defaultValue: .text("")),
        .init("criteria", .text, defaultValue: .text("")),
        .init("validity_months", .integer, nullable: true),
        .init("cpd_to_renew", .integer, defaultValue: .integer(0)),
        .init("image_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "image_url") }),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "credential-definitions", view: .recordsView, edit: .certificationsIssue))

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        name = try record.text("name")
        description = try record.text("description")
        criteria = try record.text("criteria")
        validityMonths = record.values["validity_months"]?.integer
        cpdToRenew = try record.integer("cpd_to_renew")
        imageURL = try record.optionalText("image_url")
    }
}

/// A credential issued to a member: a random identifier (128 bits, never derived from ids), its dates, whether it
/// was revoked, its place in the revocation status list, and the signed Open Badges 3.0 document as issued.
public struct IssuedCredential: Sendable, Equatable {
    public let id: Int64
    public let identifier: String
    public let memberID: Int64
    public let definitionID: Int64
    public let issuedOn: CalendarDate
    public let expiresOn: CalendarDate?
    /// `valid` or `revoked` as stored; `expired` is reckoned from the date (`status(on:)`).
    public let storedStatus: String
    public let revokedReason: String?
    public let statusIndex: Int64
    public let document: String

    public static let entity = Entity(table: "credentials", auditName: "credential", auditKey: "identifier", columns: [
        .init("id", .integer, generated: .rowID),
        .init("identifier", .text, unique: true, normalize: { try Validate.text($0, field: "identifier", maximum: 64) }),
        .init("member_id", .integer, references: "members", onDelete: .cascade),
        .init("definition_id", .integer, references: "credential_definitions"),
        .init("enrollment_id", .integer, nullable: true, references: "enrollments", onDelete: .cascade),
        .init("issued_on", .text, normalize: { try Validate.date($0, field: "issued_on") }),
        .init("expires_on", .text, nullable: true, normalize: { try Validate.date($0, field: "expires_on") }),
        .init("status", .text, allowed: ["valid", "revoked"], defaultValue: .text("valid")),
        .init("revoked_reason", .text, nullable: true),
        .init("status_index", .integer, unique: true),
        // The signed document names the holder's achievement and a salted hash of their email: personal data.
        .init("document", .text, privacy: .personal),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "credentials", view: .recordsView, edit: .certificationsIssue))

    init(record: Record) throws {
        id = try record.integer("id")
        identifier = try record.text("identifier")
        memberID = try record.integer("member_id")
        definitionID = try record.integer("definition_id")
        guard let issued = CalendarDate(try record.text("issued_on")) else {
            throw RecordError.wrongValue(table: "credentials", column: "issued_on", row: String(id), reason: "is not a date")
        }
        issuedOn = issued
        expiresOn = try record.optionalText("expires_on").flatMap(CalendarDate.init)
        storedStatus = try record.text("status")
        revokedReason = try record.optionalText("revoked_reason")
        statusIndex = try record.integer("status_index")
        document = try record.text("document")
    }

    /// `valid`, `expired` (after its expiry date) or `revoked`, on `today`.
    public func status(on today: CalendarDate) -> String {
        if storedStatus == "revoked" { return "revoked" }
        if let expiresOn, today > expiresOn { return "expired" }
        return "valid"
    }
}
