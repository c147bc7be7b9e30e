import Foundation
import PorticoFormats
import PorticoSQLite

/// Courses and enrollments: creating and publishing courses, enrolling members (prerequisites enforced), progress,
/// and completion, which records the course's CPD once and issues its credential once.
public enum LearningRecords {
    public static func course(slug: String, in store: Store) throws -> Course {
        guard let record = try Course.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "course", key: slug) }
        return try Course(record: record)
    }

    public static func courses(in store: Store) throws -> [Course] {
        try store.database.rows("SELECT * FROM courses ORDER BY title, id").map { try Course(record: Course.entity.decode($0)) }
    }

    /// The courses a course requires, by id.
    public static func prerequisites(of courseID: Int64, in store: Store) throws -> [Course] {
        try store.database.rows("SELECT c.* FROM courses c JOIN course_prerequisites p ON p.required_course_id = c.id WHERE p.course_id = ? ORDER BY c.title",
                                [courseID]).map { try Course(record: Course.entity.decode($0)) }
    }

    public static let textFields = ["title", "summary", "description", "outline", "format", "cpd_points", "slug", "payment_url"]

    /// Adds a draft course. Prices are amounts in `currency`; `requires` names courses by slug; `credential` a
    /// credential definition's slug.
    @discardableResult
    public static func createCourse(title: String, price: String, memberPrice: String?, currency: String, requires: [String], credential: String?,
                                    fields: [String: String], in context: WriteContext) throws -> Course {
        let currency = try Money.currency(currency, field: "--currency")
        var values: [String: DatabaseValue] = ["title": .text(try Validate.text(title, field: "--title", maximum: 160)), "currency": .text(currency),
                                               "price_minor": .integer(try Money.parse(price, currency: currency, field: "--price").minorUnits)]
        if let memberPrice { values["member_price_minor"] = .integer(try Money.parse(memberPrice, currency: currency, field: "--member-price").minorUnits) }
        if let credential { values["credential_id"] = .integer(try Certifications.definition(slug: credential, in: context.store).id) }
        for (name, text) in fields {
            guard textFields.contains(name), let column = Course.entity.column(name) else {
                throw ModelError.invalid(field: "--" + name.replacingOccurrences(of: "_", with: "-"), value: text, reason: "not a course field that can be set")
            }
            values[name] = try Course.entity.value(fromText: text, for: column)
        }
        let course = try Course(record: context.insert(Course.entity, Course.entity.completedForInsert(values, in: context.store)))
        for slug in requires {
            let required = try self.course(slug: slug, in: context.store)
            guard required.id != course.id else { throw ModelError.invalid(field: "--requires", value: slug, reason: "a course cannot require itself") }
            try context.insert(Course.prerequisiteEntity, ["course_id": .integer(course.id), "required_course_id": .integer(required.id)])
        }
        return course
    }

    /// Changes a course's text fields, prices (in its currency; an empty member price removes it) or credential.
    @discardableResult
    public static func updateCourse(slug: String, fields: [String: String], price: String?, memberPrice: String?, credential: String?,
                                    in context: WriteContext) throws -> Course {
        let course = try self.course(slug: slug, in: context.store)
        var changes: [String: DatabaseValue] = [:]
        for (name, text) in fields {
            guard textFields.contains(name), let column = Course.entity.column(name) else {
                throw ModelError.invalid(field: "--" + name.replacingOccurrences(of: "_", with: "-"), value: text, reason: "not a course field that can be set")
            }
            changes[name] = text.isEmpty && column.nullable ? .null : try Course.entity.value(fromText: text, for: column)
        }
        if let price { changes["price_minor"] = .integer(try Money.parse(price, currency: course.price.currency, field: "--price").minorUnits) }
        if let memberPrice {
            changes["member_price_minor"] = memberPrice.isEmpty ? .null : .integer(try Money.parse(memberPrice, currency: course.price.currency, field: "--member-price").minorUnits)
        }
        if let credential { changes["credential_id"] = credential.isEmpty ? .null : .integer(try Certifications.definition(slug: credential, in: context.store).id) }
        guard !changes.isEmpty else { throw ModelError.invalid(field: "options", value: "", reason: "say what to change, e.g. --summary or --price") }
        return try Course(record: context.update(Course.entity, id: course.id, set: changes))
    }

    @discardableResult
    public static func setStatus(slug: String, to status: String, in context: WriteContext) throws -> Course {
        let course = try self.course(slug: slug, in: context.store)
        return try Course(record: context.update(Course.entity, id: course.id, set: ["status": .text(try Validate.choice(status, field: "status", allowed: Course.statuses))]))
    }

    public static func enrollment(member key: String, course slug: String, in store: Store) throws -> Enrollment {
        let memberID = try MemberRecords.find(key, in: store).integer("id")
        let course = try self.course(slug: slug, in: store)
        guard let row = try store.database.row("SELECT * FROM enrollments WHERE member_id = ? AND course_id = ?", [memberID, course.id]) else {
            throw ModelError.notFound(entity: "enrollment of \(key) in", key: slug)
        }
        return try Enrollment(record: Enrollment.entity.decode(row))
    }

    /// Every enrollment (for reports: one read).
    public static func enrollments(in store: Store) throws -> [Enrollment] {
        try Enrollment.entity.records(in: store).map { try Enrollment(record: $0) }
    }

    /// Enrolls a member on a published course. Every prerequisite must be completed first: the error names the
    /// course still missing.
    @discardableResult
    public static func enroll(member key: String, course slug: String, in context: WriteContext) throws -> Enrollment {
        let store = context.store
        let memberID = try MemberRecords.find(key, in: store).integer("id")
        let course = try self.course(slug: slug, in: store)
        guard course.status == "published" else { throw ModelError.conflict("course '\(slug)' is \(course.status): members enroll on published courses") }
        for required in try prerequisites(of: course.id, in: store) {
            let done = try store.database.row("SELECT 1 FROM enrollments WHERE member_id = ? AND course_id = ? AND status = 'completed'", [memberID, required.id])
            guard done != nil else {
                throw ModelError.conflict("\(key) has not completed '\(required.title)' (\(required.slug)), which '\(course.title)' requires")
            }
        }
        if let existing = try store.database.row("SELECT status FROM enrollments WHERE member_id = ? AND course_id = ?", [memberID, course.id]) {
            throw ModelError.conflict("\(key) is already enrolled on '\(slug)' (\(try existing.text("status")))")
        }
        return try Enrollment(record: context.insert(Enrollment.entity, Enrollment.entity.completedForInsert([
            "member_id": .integer(memberID), "course_id": .integer(course.id), "enrolled_on": .text(try store.today().description)], in: store)))
    }

    /// Records progress (0–100) and, optionally, a score; progress above zero marks the enrollment in progress.
    @discardableResult
    public static func progress(member key: String, course slug: String, percent: Int64, score: Int64?, in context: WriteContext) throws -> Enrollment {
        let enrollment = try self.enrollment(member: key, course: slug, in: context.store)
        guard enrollment.status == "enrolled" || enrollment.status == "in_progress" else { throw ModelError.conflict("the enrollment is \(enrollment.status)") }
        guard (0...100).contains(percent) else { throw ModelError.invalid(field: "--progress", value: String(percent), reason: "must be from 0 to 100") }
        var changes: [String: DatabaseValue] = ["progress": .integer(percent), "status": .text(percent > 0 ? "in_progress" : "enrolled")]
        if let score { changes["score"] = .integer(score) }
        return try Enrollment(record: context.update(Enrollment.entity, id: enrollment.id, set: changes))
    }

    /// Completes an enrollment: the course's CPD points are recorded for the member and its credential issued, each
    /// exactly once (completing again changes nothing). Returns the enrollment and the credential issued now, if any.
    @discardableResult
    public static func complete(member key: String, course slug: String, score: Int64?, signing: Certifications.Signing, in context: WriteContext)
        throws -> (enrollment: Enrollment, credential: IssuedCredential?) {
        let store = context.store
        let enrollment = try self.enrollment(member: key, course: slug, in: store)
        guard enrollment.status != "withdrawn" else { throw ModelError.conflict("the enrollment was withdrawn") }
        let course = try self.course(slug: slug, in: store)
        let today = try store.today()
        var changes: [String: DatabaseValue] = ["status": .text("completed"), "progress": .integer(100)]
        if enrollment.completedOn == nil { changes["completed_on"] = .text(today.description) }
        if let score { changes["score"] = .integer(score) }
        if course.cpdPoints > 0 && !enrollment.cpdAwarded {
            let number = try Member.entity.find(id: enrollment.memberID, in: store)!.text("member_number")
            try CPDRecords.log(member: number, activity: course.title, category: "Course", points: Int(course.cpdPoints), completedOn: today,
                               evidenceURL: nil, source: "course", in: context)
            changes["cpd_awarded"] = .integer(1)
        }
        let updated = try Enrollment(record: context.update(Enrollment.entity, id: enrollment.id, set: changes))
        var credential: IssuedCredential? = nil
        if let definitionID = course.credentialID,
           try store.database.row("SELECT 1 FROM credentials WHERE enrollment_id = ?", [enrollment.id]) == nil {
            let definition = try CredentialDefinition(record: CredentialDefinition.entity.find(id: definitionID, in: store)!)
            credential = try Certifications.issue(memberID: enrollment.memberID, definition: definition, enrollmentID: enrollment.id, signing: signing, in: context)
        }
        return (updated, credential)
    }

    @discardableResult
    public static func withdraw(member key: String, course slug: String, in context: WriteContext) throws -> Enrollment {
        let enrollment = try self.enrollment(member: key, course: slug, in: context.store)
        guard enrollment.status != "completed" else { throw ModelError.conflict("a completed course is not withdrawn from") }
        return try Enrollment(record: context.update(Enrollment.entity, id: enrollment.id, set: ["status": .text("withdrawn")]))
    }
}
