import Foundation
import PorticoFormats
import PorticoSQLite

/// A course the association runs: its outline, format, CPD points, prices, the courses it requires and the
/// credential it awards.
public struct Course: Sendable, Equatable {
    public static let formats = ["online", "in_person", "self_paced", "blended"]
    public static let statuses = ["draft", "published", "archived"]
    public static let reservedSlugs: Set<String> = ["page", "format", "index-json"]

    public let id: Int64
    public let slug: String
    public let title: String
    public let summary: String
    /// Safe Markdown.
    public let description: String
    /// The modules and lessons, one per line as `Module / Lesson / minutes` (safe Markdown is not needed: plain lines).
    public let outline: String
    public let format: String
    public let cpdPoints: Int64
    public let price: Money
    public let memberPrice: Money?
    public let credentialID: Int64?
    public let status: String
    /// Where to pay for it (a Stripe Payment Link): the course page's buy button; nil for none.
    public let paymentURL: String?

    public static let entity = Entity(table: "courses", auditName: "course", auditKey: "slug", columns: [
        .init("id", .integer, generated: .rowID),
        .init("slug", .text, unique: true, normalize: { try Validate.slug($0, field: "slug") }, slug: .init(from: "title", reserved: reservedSlugs)),
        .init("title", .text, normalize: { try Validate.text($0, field: "title", maximum: 160) }),
        .init("summary", .text, defaultValue: .text("")),
        .init("description", .text, defaultValue: .text("")),
        .init("outline", .text, defaultValue: .text("")),
        .init("format", .text, allowed: formats, defaultValue: .text("online")),
        .init("cpd_points", .integer, defaultValue: .integer(0)),
        .init("price_minor", .integer, defaultValue: .integer(0)),
        .init("member_price_minor", .integer, nullable: true),
        .init("currency", .text, defaultValue: .text("GBP"), normalize: { try Money.currency($0) }),
        .init("credential_id", .integer, nullable: true, references: "credential_definitions"),
        .init("status", .text, allowed: statuses, defaultValue: .text("draft")),
        .init("payment_url", .text, nullable: true, normalize: { try Validate.webURL($0, field: "payment_url") }),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "courses", view: .recordsView, edit: .coursesEdit))

    /// Which courses a course requires.
    public static let prerequisiteEntity = Entity(table: "course_prerequisites", auditName: "course_prerequisite", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("course_id", .integer, references: "courses", onDelete: .cascade),
        .init("required_course_id", .integer, references: "courses", onDelete: .cascade),
    ], transfer: .init(name: "course-prerequisites", view: .recordsView, edit: .coursesEdit))

    init(record: Record) throws {
        id = try record.integer("id")
        slug = try record.text("slug")
        title = try record.text("title")
        summary = try record.text("summary")
        description = try record.text("description")
        outline = try record.text("outline")
        format = try record.text("format")
        cpdPoints = try record.integer("cpd_points")
        let currency = try record.text("currency")
        price = Money(minorUnits: try record.integer("price_minor"), currency: currency)
        memberPrice = record.values["member_price_minor"]?.integer.map { Money(minorUnits: $0, currency: currency) }
        credentialID = record.values["credential_id"]?.integer
        status = try record.text("status")
        paymentURL = try record.optionalText("payment_url")
    }

    public var fields: [(String, DatabaseValue)] {
        [("slug", .text(slug)), ("title", .text(title)), ("status", .text(status)), ("format", .text(format)), ("cpd_points", .integer(cpdPoints)),
         ("price", .text(price.description)), ("member_price", memberPrice.map { .text($0.description) } ?? .null)]
    }
}

/// A member's place on a course.
public struct Enrollment: Sendable, Equatable {
    public static let statuses = ["enrolled", "in_progress", "completed", "withdrawn"]

    public let id: Int64
    public let memberID: Int64
    public let courseID: Int64
    public let status: String
    public let progress: Int64
    public let score: Int64?
    public let enrolledOn: String
    public let completedOn: String?
    public let cpdAwarded: Bool

    public static let entity = Entity(table: "enrollments", auditName: "enrollment", auditKey: "id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("member_id", .integer, references: "members", onDelete: .cascade),
        .init("course_id", .integer, references: "courses"),
        .init("status", .text, allowed: statuses, defaultValue: .text("enrolled")),
        .init("progress", .integer, defaultValue: .integer(0)),
        .init("score", .integer, nullable: true, privacy: .personal),
        .init("enrolled_on", .text, normalize: { try Validate.date($0, field: "enrolled_on") }),
        .init("completed_on", .text, nullable: true, normalize: { try Validate.date($0, field: "completed_on") }),
        .init("cpd_awarded", .boolean, defaultValue: .integer(0)),
        .init("created_at", .text, generated: .createdAt),
        .init("updated_at", .text, generated: .updatedAt),
    ], transfer: .init(name: "enrollments", view: .recordsView, edit: .coursesEnroll))

    init(record: Record) throws {
        id = try record.integer("id")
        memberID = try record.integer("member_id")
        courseID = try record.integer("course_id")
        status = try record.text("status")
        progress = try record.integer("progress")
        score = record.values["score"]?.integer
        enrolledOn = try record.text("enrolled_on")
        completedOn = try record.optionalText("completed_on")
        cpdAwarded = try record.bool("cpd_awarded")
    }
}
