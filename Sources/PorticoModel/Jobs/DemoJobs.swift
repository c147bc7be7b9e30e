import Foundation
import PorticoFormats
import PorticoSQLite

/// The demo's job board: 25 jobs from the demo's companies in every state: open (some featured, some remote, one
/// expiring within a week), awaiting review, a draft, filled, expired, and one past its date that nobody expired
/// (closed all the same). Dates are reckoned from the day the demo is made.
enum DemoJobs {
    static let titles = ["Port engineer", "Senior coastal engineer", "Graduate civil engineer", "Dredging project manager", "Hydraulic modeller",
                         "Harbour master", "Asset manager, marine structures", "Geotechnical engineer", "Site supervisor, quay works",
                         "Environmental scientist (coastal)", "Marine surveyor", "Structural engineer", "Research fellow, wave loading",
                         "Contracts manager", "BIM coordinator"]

    @Sendable static func seed(_ context: WriteContext) throws {
        let today = try context.store.today()
        let companies = try CompanyRecords.list(in: context.store).filter(\.isPublic)
        let types = ["full_time", "full_time", "full_time", "contract", "part_time", "temporary", "internship"]
        for index in 0..<25 {
            let company = companies[index % companies.count]
            let title = titles[index % titles.count]
            var fields: [String: String] = [
                "employment_type": types[index % types.count], "categories": ["Engineering", "Project management", "Research", "Operations"][index % 4],
                "description": "Join \(company.name) as a \(title.lowercased()).\n\n- Work on live harbour projects\n- Chartered status supported\n\n**Apply** with a CV and a short letter.",
                "poster_email": "hr@\(company.slug).example",
            ]
            if index % 5 == 3 {
                fields["remote"] = "yes"
                fields["remote_countries"] = index % 2 == 0 ? "GB,IE" : ""
            } else {
                fields["city"] = company.city ?? "London"
                fields["country"] = company.country ?? "GB"
            }
            if index % 3 != 2 {
                fields["salary_currency"] = ["GBP", "EUR", "USD"][index % 3]
                fields["salary_unit"] = index % 7 == 4 ? "hour" : "year"
                fields["salary_min"] = index % 7 == 4 ? "38.00" : String(42_000 + index * 1_000)
                fields["salary_max"] = index % 7 == 4 ? "45.00" : String(52_000 + index * 1_000)
            }
            if index % 4 == 1 { fields["apply_email"] = "jobs@\(company.slug).example" } else { fields["apply_url"] = "https://\(company.slug).example/careers/\(index + 1)" }
            if index < 3 { fields["featured"] = "yes" }
            let job = try JobRecords.create(title: title, company: company.slug, fields: fields, in: context)
            // States by place in the list: 0–15 open, 16–18 awaiting review, 19 a draft, 20–21 filled, 22–23 expired, 24 past its date.
            switch index {
            case 16...18: continue
            case 19:
                try context.update(Job.entity, id: job.id, set: ["status": .text("draft")])
                continue
            default: break
            }
            try JobRecords.approve(slug: job.slug, in: context)
            let posted = today.adding(days: -Int64((index * 3) % 25))
            var changes: [String: DatabaseValue] = ["posted_on": .text(posted.description), "expires_on": .text(posted.adding(days: 30).description)]
            if index == 4 { changes["expires_on"] = .text(today.adding(days: 5).description) }
            if index == 24 { changes["posted_on"] = .text(today.adding(days: -40).description); changes["expires_on"] = .text(today.adding(days: -10).description) }
            try context.update(Job.entity, id: job.id, set: changes)
            switch index {
            case 20, 21: try JobRecords.fill(slug: job.slug, in: context)
            case 22, 23: try JobRecords.expire(slug: job.slug, in: context)
            default: break
            }
        }
    }
}
