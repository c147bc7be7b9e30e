/// A member as a directory list shows them.
struct MemberCard: Encodable, Sendable {
    let name: String
    let url: String
    let jobTitle: String?
    let company: String?
    let location: String?
    let plan: String?
    /// Their role in the group, on group pages (`chair`); null elsewhere and for plain members.
    let role: String?
    enum CodingKeys: String, CodingKey { case name, url, jobTitle = "job_title", company, location, plan, role }

    static let example = MemberCard(name: "Ana Silva", url: "/directory/members/ana-silva/", jobTitle: "Chief engineer", company: "Lisbon Port Works",
                                    location: "Lisbon, Portugal", plan: "Full member", role: "chair")
}

/// A link to a filtered list (a letter, a plan, a country, a group) with how many members it holds.
struct FilterLink: Encodable, Sendable {
    let title: String
    let url: String
    /// The value the filter script matches (`gb`, `full`); the letter itself for letters.
    let key: String
    let count: Int
    let current: Bool

    static let example = FilterLink(title: "United Kingdom", url: "/directory/members/country/gb/", key: "gb", count: 12, current: false)
}

/// `directory-members`: the member directory and each of its filtered lists.
struct DirectoryMembersData: LayoutData {
    static let layout = "directory-members"
    static let pages = "`/directory/members/`, by letter `/directory/members/letter/a/`, by plan `/directory/members/plan/PLAN/`, by country `/directory/members/country/CC/` (each 50 to a page, then `page/N/`)"

    /// A non-empty list of filter links (null when there is nothing to filter by).
    struct FilterList: Encodable, Sendable {
        let items: [FilterLink]
        init?(_ items: [FilterLink]) {
            guard !items.isEmpty else { return nil }
            self.items = items
        }
    }

    struct Filters: Encodable, Sendable {
        let plans: FilterList?
        let countries: FilterList?
        let groups: FilterList?
    }

    /// What this list is (`All members`, `Country: United Kingdom`).
    let heading: String
    let countLabel: String
    let members: [MemberCard]
    let letters: [FilterLink]
    let filters: Filters
    /// The JSON the filter script loads for instant filtering (public, listed members only).
    let indexURL: String
    /// The unfiltered directory.
    let allURL: String
    let filtered: Bool
    enum CodingKeys: String, CodingKey {
        case heading, countLabel = "count_label", members, letters, filters, indexURL = "index_url", allURL = "all_url", filtered
    }

    static let fieldDocs = [
        "heading": "what the list shows: `All members`, `Letter A`, `Plan: Full member`, `Country: Portugal`",
        "count_label": "`12 members`",
        "members": "this page's members (`name`, `url`, `job_title`, `company`, `location`, `plan`; `role` is null here)",
        "letters": "A to Z (and `#`) with counts; letters without members are left out; `current` on the letter shown",
        "filters": "`plans`, `countries` and `groups`, each null when empty, else `items`: links to their generated pages with `title`, `url`, `key`, `count`, `current`",
        "index_url": "the JSON `directory.js` loads to filter instantly (listed members' public fields only)",
        "all_url": "the unfiltered directory",
        "filtered": "true on a letter, plan or country page",
    ]
    static let example = DirectoryMembersData(
        heading: "All members", countLabel: "12 members", members: [MemberCard.example], letters: [FilterLink(title: "A", url: "/directory/members/letter/a/", key: "a", count: 3, current: false)],
        filters: Filters(plans: FilterList([FilterLink.example]), countries: FilterList([FilterLink.example]), groups: FilterList([FilterLink.example])),
        indexURL: "/directory/members/index.json", allURL: "/directory/members/", filtered: false)
}

/// `member-profile`: one published member.
struct MemberProfileData: LayoutData {
    static let layout = "member-profile"
    static let pages = "`/directory/members/NAME/` for each published member (listed or unlisted)"

    struct GroupRole: Encodable, Sendable {
        let title: String
        let url: String
        let role: String
    }

    struct GroupList: Encodable, Sendable {
        let items: [GroupRole]
    }

    let name: String
    let jobTitle: String?
    let company: String?
    let location: String?
    let bio: String
    let photoURL: String?
    let memberSince: String
    let plan: String?
    /// Each only with the member's consent (or the site's locked default).
    let email: String?
    let phone: String?
    let website: String?
    let groups: GroupList?
    enum CodingKeys: String, CodingKey {
        case name, jobTitle = "job_title", company, location, bio, photoURL = "photo_url", memberSince = "member_since", plan, email, phone, website, groups
    }

    static let fieldDocs = [
        "name": "the member's name",
        "job_title": "job title; null when not given",
        "company": "employer; null when not given",
        "location": "`City, Region, Country`, as much as is known; null when nothing is",
        "bio": "the biography as HTML (safe Markdown: no raw HTML, safe links only)",
        "photo_url": "photo URL; null when none",
        "member_since": "the year they joined",
        "plan": "their plan's name when the plan is public; null otherwise",
        "email": "email address, only with the member's consent; null otherwise",
        "phone": "phone number, only with consent; null otherwise",
        "website": "website, only with consent; null otherwise",
        "groups": "null when none; else `items`, the public groups they belong to: `title`, `url`, `role`",
    ]
    static let example = MemberProfileData(
        name: "Ana Silva", jobTitle: "Chief engineer", company: "Lisbon Port Works", location: "Lisbon, Portugal", bio: "<p>Designs breakwaters.</p>",
        photoURL: "https://example.org/ana.jpg", memberSince: "2019", plan: "Full member", email: "ana@example.org", phone: "+351 21 000 0000",
        website: "https://example.org", groups: GroupList(items: [GroupRole(title: "Northern Chapter", url: "/directory/groups/northern-chapter/", role: "chair")]))
}

/// `directory-groups`: every public group.
struct DirectoryGroupsData: LayoutData {
    static let layout = "directory-groups"
    static let pages = "`/directory/groups/`"
    let groups: [TopicLink]

    static let fieldDocs = ["groups": "every public group: `title`, `url`, `summary` (its description), `count` and `count_label` (listed members)"]
    static let example = DirectoryGroupsData(groups: [TopicLink(title: "Northern Chapter", url: "/directory/groups/northern-chapter/", summary: "Site visits.", count: 9, countLabel: "9 members")])
}

/// `directory-group`: one public group and its listed members.
struct DirectoryGroupData: LayoutData {
    static let layout = "directory-group"
    static let pages = "`/directory/groups/GROUP/` (50 members a page, then `page/N/`)"
    let kind: String
    let description: String
    let countLabel: String
    let members: [MemberCard]
    enum CodingKeys: String, CodingKey { case kind, description, countLabel = "count_label", members }

    static let fieldDocs = [
        "kind": "`Chapter`, `Committee` or `Special-interest group`",
        "description": "the group's description (plain text)",
        "count_label": "`9 members` (listed members only)",
        "members": "this page's listed members, officers first, each with `role` (null for plain members)",
    ]
    static let example = DirectoryGroupData(kind: "Chapter", description: "Site visits.", countLabel: "9 members", members: [MemberCard.example])
}
