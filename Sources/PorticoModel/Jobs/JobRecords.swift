import Foundation
import PorticoFormats
import PorticoSQLite

/// Jobs: posting, reviewing, filling, expiring and renewing, each audited; and the reminder posters get before a
/// job expires.
public enum JobRecords {
    public static func find(slug: String, in store: Store) throws -> Job {
        guard let record = try Job.entity.find("slug", equals: .text(slug), in: store) else { throw ModelError.notFound(entity: "job", key: slug) }
        return try Job(record: record)
    }

    /// Every job, newest posted first (unposted ones last, newest created first).
    public static func list(in store: Store) throws -> [Job] {
        try store.database.rows("SELECT * FROM jobs ORDER BY posted_on IS NULL, posted_on DESC, id DESC").map { try Job(record: Job.entity.decode($0)) }
    }

    /// Days a job stays open after it is published unless given (`jobs.default_days`, default 30).
    static func defaultDays(in store: Store) throws -> Int64 { Int64(try store.setting("jobs.default_days") ?? "30") ?? 30 }

    /// The fields staff give as text; salaries are amounts in `salary_currency` (`45000`, `52.50`).
    public static let textFields = ["title", "city", "region", "country", "remote", "remote_countries", "employment_type", "salary_min", "salary_max",
                                    "salary_currency", "salary_unit", "description", "apply_url", "apply_email", "categories", "expires_on", "featured",
                                    "poster_email", "slug"]

    private static func values(_ fields: [String: String], current: Record?) throws -> [String: DatabaseValue] {
        var values: [String: DatabaseValue] = [:]
        let currency = fields["salary_currency"].map { $0.isEmpty ? nil : $0 } ?? current.flatMap { try? $0.optionalText("salary_currency") }
        for (name, text) in fields {
            guard textFields.contains(name) else {
                throw ModelError.invalid(field: "--" + name.replacingOccurrences(of: "_", with: "-"), value: text, reason: "not a job field that can be set")
            }
            if name == "salary_min" || name == "salary_max" {
                let flag = "--" + name.replacingOccurrences(of: "_", with: "-")
                if text.isEmpty { values[name + "_minor"] = .null; continue }
                guard let currency else { throw ModelError.invalid(field: flag, value: text, reason: "give --salary-currency with a salary") }
                values[name + "_minor"] = .integer(try Money.parse(text, currency: Money.currency(currency, field: "--salary-currency"), field: flag).minorUnits)
                continue
            }
            let column = Job.entity.column(name)!
            values[name] = text.isEmpty && column.nullable ? .null : try Job.entity.value(fromText: text, for: column)
        }
        return values
    }

    /// Posts a job for a company, awaiting review (`approve` publishes it).
    @discardableResult
    public static func create(title: String, company: String, fields: [String: String], in context: WriteContext) throws -> Job {
        let company = try CompanyRecords.find(slug: company, in: context.store)
        var values = try values(fields, current: nil)
        values["title"] = .text(try Validate.text(title, field: "--title", maximum: 160))
        values["company_id"] = .integer(company.id)
        values["status"] = .text("pending_review")
        if values["expires_on"] == nil { values["expires_on"] = .text(try context.store.today().adding(days: defaultDays(in: context.store)).description) }
        try check(values)
        return try Job(record: context.insert(Job.entity, Job.entity.completedForInsert(values, in: context.store)))
    }

    @discardableResult
    public static func update(slug: String, fields: [String: String], in context: WriteContext) throws -> Job {
        let (record, _) = try load(slug, context)
        return try save(context, record, try values(fields, current: record))
    }

    /// Publishes a draft or pending job from today: posted today, open until its expiry date (the default number of
    /// days from today when the date it had has already passed).
    @discardableResult
    public static func approve(slug: String, in context: WriteContext) throws -> Job {
        let (record, job) = try load(slug, context)
        guard job.status == "draft" || job.status == "pending_review" else { throw ModelError.conflict("job '\(slug)' is \(job.status); only a draft or pending job is approved") }
        let today = try context.store.today()
        var changes: [String: DatabaseValue] = ["status": .text("published"), "posted_on": .text(today.description)]
        if job.expiresOn < today { changes["expires_on"] = .text(today.adding(days: try defaultDays(in: context.store)).description) }
        return try save(context, record, changes)
    }

    /// Marks a job filled today: it closes at once.
    @discardableResult
    public static func fill(slug: String, in context: WriteContext) throws -> Job {
        let (record, job) = try load(slug, context)
        guard job.status == "published" else { throw ModelError.conflict("job '\(slug)' is \(job.status); only a published job is filled") }
        return try save(context, record, ["status": .text("filled"), "filled_on": .text(try context.store.today().description)])
    }

    /// Closes a job now (it would close by itself on its expiry date).
    @discardableResult
    public static func expire(slug: String, in context: WriteContext) throws -> Job {
        let (record, job) = try load(slug, context)
        guard job.status == "published" else { throw ModelError.conflict("job '\(slug)' is \(job.status); only a published job is expired") }
        let today = try context.store.today()
        return try save(context, record, ["status": .text("expired"), "expires_on": .text(min(job.expiresOn, today.adding(days: -1)).description)])
    }

    /// Extends a job `days` from today (or from its expiry date, when that is later) and reopens it if it expired.
    @discardableResult
    public static func renew(slug: String, days: Int64?, in context: WriteContext) throws -> Job {
        let (record, job) = try load(slug, context)
        guard job.status == "published" || job.status == "expired" else { throw ModelError.conflict("job '\(slug)' is \(job.status); only a published or expired job is renewed") }
        let days = try days ?? defaultDays(in: context.store)
        guard days > 0 && days <= 366 else { throw ModelError.invalid(field: "--days", value: String(days), reason: "must be from 1 to 366") }
        let today = try context.store.today()
        return try save(context, record, ["status": .text("published"), "expires_on": .text(max(today, job.expiresOn).adding(days: days).description)])
    }

    public static func remove(slug: String, in context: WriteContext) throws {
        let (record, _) = try load(slug, context)
        try context.deleteWithDependents(record)
    }

    private static func load(_ slug: String, _ context: WriteContext) throws -> (Record, Job) {
        guard let record = try Job.entity.find("slug", equals: .text(slug), in: context.store) else { throw ModelError.notFound(entity: "job", key: slug) }
        return (record, try Job(record: record))
    }

    private static func save(_ context: WriteContext, _ record: Record, _ changes: [String: DatabaseValue]) throws -> Job {
        var merged = record.values
        for (name, value) in changes { merged[name] = value }
        try check(merged)
        return try Job(record: context.update(record, set: changes))
    }

    /// What the job's fields must agree on, said in staff's terms.
    static func check(_ values: [String: DatabaseValue]) throws {
        if (values["apply_url"] ?? .null).isNull && (values["apply_email"] ?? .null).isNull {
            throw ModelError.invalid(field: "--apply-url", value: "", reason: "say how to apply: --apply-url or --apply-email")
        }
        let low = values["salary_min_minor"]?.integer, high = values["salary_max_minor"]?.integer
        if (low != nil || high != nil) && ((values["salary_currency"] ?? .null).isNull || (values["salary_unit"] ?? .null).isNull) {
            throw ModelError.invalid(field: "--salary-unit", value: "", reason: "a salary needs --salary-currency and --salary-unit (hour, day, week, month or year)")
        }
        if let low, let high, high < low { throw ModelError.invalid(field: "--salary-max", value: String(high), reason: "is below --salary-min") }
        if (values["remote"]?.integer ?? 0) == 0 && (values["country"] ?? .null).isNull && (values["city"] ?? .null).isNull {
            throw ModelError.invalid(field: "--country", value: "", reason: "give a location (--city, --country) or --remote yes")
        }
    }

    /// Reminders to posters 7 days (or fewer, if missed) before an open job expires: once per job and expiry date,
    /// so a renewed job is reminded again before its new date. To the poster, else the company's email, else its
    /// primary contact.
    @Sendable public static func dueReminders(on today: CalendarDate, in store: Store) throws -> [DueNotification] {
        var due: [DueNotification] = []
        let companies = Dictionary(uniqueKeysWithValues: try CompanyRecords.list(in: store).map { ($0.id, $0) })
        let organization = try store.setting("organization.name") ?? ""
        for row in try store.database.rows("SELECT * FROM jobs WHERE status = 'published' AND expires_on BETWEEN ? AND ? ORDER BY expires_on, id",
                                           [today.description, today.adding(days: 7).description]) {
            let job = try Job(record: Job.entity.decode(row))
            guard let company = companies[job.companyID] else { continue }
            // A poster or company address has no person's name: the message greets the company's hiring team, and the
            // recipient's name is left empty (a company's public name is not a private recipient's).
            var to: (name: String, email: String)? = job.posterEmail.map { ("", $0) } ?? company.email.map { ("", $0) }
            if to == nil, let contact = company.primaryContactID, let member = try Member.entity.find(id: contact, in: store) {
                to = (try member.text("name"), try member.text("email"))
            }
            guard let to else { continue }
            due.append(DueNotification(kind: "job_expiry_reminder", key: "job-expiry:\(job.slug):\(job.expiresOn)", memberID: nil, toName: to.name,
                                       toEmail: to.email, facts: [
                "member_name": to.name.isEmpty ? "\(company.name) hiring team" : to.name, "job_title": job.title, "company_name": company.name, "expires_on": DateText.long(job.expiresOn),
                "days_left": String(today.days(until: job.expiresOn)), "organization_name": organization,
            ]))
        }
        return due
    }
}
