import PorticoFormats
import PorticoSQLite

/// The site-wide defaults for each contact field a profile may show, and whether an admin has locked them.
public struct ContactConsent: Sendable, Equatable {
    /// The contact fields members consent to per field (`members.show_<field>`).
    public static let fields = ["email", "phone", "website"]

    public var defaults: [String: Bool]
    public var locked: [String: Bool]

    /// Reads `directory.default.<field>` and `directory.lock.<field>` (unset: not shown, not locked).
    public static func load(from store: Store) throws -> ContactConsent {
        var consent = ContactConsent(defaults: [:], locked: [:])
        for field in fields {
            consent.defaults[field] = try store.setting("directory.default.\(field)") == "yes"
            consent.locked[field] = try store.setting("directory.lock.\(field)") == "yes"
        }
        return consent
    }

    /// Whether a member's `field` is shown: the locked default, else their own choice, else the default.
    public func shows(_ field: String, memberChoice: Bool?) -> Bool {
        let fallback = defaults[field] ?? false
        if locked[field] == true { return fallback }
        return memberChoice ?? fallback
    }
}

/// One member as the public directory may show them: only what they agreed to publish.
public struct PublishedMember: Sendable {
    public let id: Int64
    public let name: String
    /// Their profile's permanent address under the directory (`Member.slug`).
    public let slug: String
    /// False for `unlisted` members: a profile page, but nowhere else (listings, search, sitemaps, group pages).
    public let listed: Bool
    public let jobTitle: String?
    public let company: String?
    public let city: String?
    public let region: String?
    public let country: String?
    /// Markdown, to be rendered in safe mode.
    public let bio: String
    public let photoURL: String?
    public let joinedYear: String
    /// Present only with consent.
    public let email: String?
    public let phone: String?
    public let website: String?
    /// The plan giving them their standing, when that plan is public.
    public let planID: Int64?
    /// Public groups they belong to, with their role.
    public let groups: [(groupID: Int64, role: String)]
    /// When their record last changed (UTC ISO 8601): their profile's `lastmod` in the sitemap.
    public let updatedAt: String
}

/// Who the public directory publishes, decided in one place (the site build and `portico check --privacy` both use it):
/// a member is published when their visibility is `public` (listed) or `unlisted` (profile page only) **and** they
/// hold a current membership (active or in grace, their own or their company's) today. `members` and `hidden`
/// members, and anyone without a current membership, are not published at all. Contact fields follow `ContactConsent`.
public enum MemberDirectory {
    /// The published members, in member-number order. One pass over members, memberships and group places.
    public static func published(on today: CalendarDate, in store: Store) throws -> [PublishedMember] {
        let standings = try MembershipRecords.standings(on: today, in: store)
        let consent = try ContactConsent.load(from: store)
        let publicPlans = Set(try PlanRecords.list(in: store).filter(\.isPublic).map(\.id))
        let publicGroups = Set(try GroupRecords.list(in: store).filter(\.isPublic).map(\.id))
        var groupsByMember: [Int64: [(Int64, String)]] = [:]
        for row in try store.database.rows("SELECT group_id, member_id, role FROM group_members ORDER BY group_id, member_id") {
            guard let group = try row["group_id"].integer, publicGroups.contains(group), let member = try row["member_id"].integer else { continue }
            groupsByMember[member, default: []].append((group, try row.text("role")))
        }
        var published: [PublishedMember] = []
        try store.database.forEachRow("SELECT * FROM members WHERE visibility IN ('public', 'unlisted') ORDER BY member_number") { row in
            let record = try Member.entity.decode(row)
            let id = try record.integer("id")
            guard let standing = standings[id], standing.status.isCurrent else { return }
            func choice(_ field: String) -> Bool? { record.values["show_" + field]?.integer.map { $0 != 0 } }
            func contact(_ field: String, _ column: String) throws -> String? {
                consent.shows(field, memberChoice: choice(field)) ? try record.optionalText(column) : nil
            }
            published.append(PublishedMember(
                id: id, name: try record.text("name"), slug: try record.text("slug"), listed: try record.text("visibility") == "public", jobTitle: try record.optionalText("job_title"),
                company: try record.optionalText("company"), city: try record.optionalText("city"), region: try record.optionalText("region"),
                country: try record.optionalText("country"), bio: try record.text("bio"), photoURL: try record.optionalText("photo_url"),
                joinedYear: String(try record.text("joined_on").prefix(4)), email: try contact("email", "email"), phone: try contact("phone", "phone"),
                website: try contact("website", "website"), planID: publicPlans.contains(standing.planID) ? standing.planID : nil,
                groups: groupsByMember[id] ?? [], updatedAt: try record.text("updated_at")))
        }
        return published
    }
}
