/// A job as the board lists it.
struct JobCard: Encodable, Sendable {
    let title: String
    let url: String
    let company: String
    let location: String
    let type: String
    let salary: String?
    let posted: String
    let postedISO: String
    let featured: Bool
    enum CodingKeys: String, CodingKey { case title, url, company, location, type, salary, posted, postedISO = "posted_iso", featured }

    static let example = JobCard(title: "Port engineer", url: "/jobs/port-engineer/", company: "Tidewater Consulting", location: "Aberdeen, United Kingdom",
                                 type: "Full time", salary: "42000.00–52000.00 GBP a year", posted: "1 December 2026", postedISO: "2026-12-01", featured: true)
}

/// `jobs`: the job board and each of its filtered lists.
struct JobsListData: LayoutData {
    static let layout = "jobs"
    static let pages = "`/jobs/` (featured first, then newest), by category `/jobs/category/CATEGORY/`, by country `/jobs/location/CC/`, `/jobs/remote/`, by type `/jobs/type/TYPE/` (paginated, then `page/N/`)"

    let heading: String
    let countLabel: String
    let jobs: [JobCard]
    let categories: ItemList<FilterLink>?
    let locations: ItemList<FilterLink>?
    let types: ItemList<FilterLink>?
    let remote: FilterLink?
    let allURL: String
    let filtered: Bool
    /// The RSS feed for this list (every open job, or the category's).
    let feedURL: String
    /// The JSON the filter script loads (open jobs' public fields only).
    let indexURL: String
    let emptyMessage: String
    let sponsoredBy: ItemList<SponsorLink>?
    enum CodingKeys: String, CodingKey {
        case heading, countLabel = "count_label", jobs, categories, locations, types, remote, allURL = "all_url", filtered, feedURL = "feed_url",
             indexURL = "index_url", emptyMessage = "empty_message", sponsoredBy = "sponsored_by"
    }

    static let fieldDocs = [
        "heading": "what the list shows: `Open positions`, `Category: Engineering`, `Jobs in Norway`, `Remote jobs`, `Type: Contract`",
        "count_label": "`25 jobs`",
        "jobs": "this page's open jobs, featured first then newest: `title`, `url`, `company`, `location`, `type`, `salary` (or null), `posted`, `posted_iso`, `featured`",
        "categories": "null when none; else `items`: each category's list (`title`, `url`, `key`, `count`, `current`)",
        "locations": "null when none; else `items`: each country's list",
        "types": "null when none; else `items`: each employment type's list",
        "remote": "the remote jobs' list (`title`, `url`, `key`, `count`, `current`), or null when there are none",
        "all_url": "the unfiltered board", "filtered": "true on a filtered list",
        "feed_url": "the RSS 2.0 feed of this list (the category's, or every open job)",
        "index_url": "the JSON `jobs.js` loads to filter instantly",
        "empty_message": "what to say when the list is empty",
        "sponsored_by": SponsorLink.fieldDocs,
    ]
    static let example = JobsListData(heading: "Open positions", countLabel: "25 jobs", jobs: [JobCard.example], categories: ItemList([FilterLink.example]),
                                      locations: ItemList([FilterLink.example]), types: ItemList([FilterLink.example]), remote: FilterLink.example,
                                      allURL: "/jobs/", filtered: false, feedURL: "/jobs/feed.xml", indexURL: "/jobs/index.json", emptyMessage: "No open positions just now.",
                                      sponsoredBy: ItemList([SponsorLink.example]))
}

/// `job`: one job, open or closed.
struct JobPageData: LayoutData {
    static let layout = "job"
    static let pages = "`/jobs/JOB/` for every job that was published (a closed one says so and is `noindex`)"

    let isOpen: Bool
    /// `This position has been filled.`, `This position closed on 3 December 2026.`; null while open.
    let closedNote: String?
    let company: String
    /// The company's directory profile, or null when it is not listed.
    let companyURL: String?
    let location: String
    let type: String
    let salary: String?
    let posted: String
    let postedISO: String
    let closes: String
    let description: String
    let applyURL: String?
    let applyEmail: String?
    let categories: ItemList<Link>?
    /// schema.org `JobPosting` for an open job, safe inside `<script>`; null for a closed one.
    let jsonLD: String?
    enum CodingKeys: String, CodingKey {
        case isOpen = "is_open", closedNote = "closed_note", company, companyURL = "company_url", location, type, salary, posted, postedISO = "posted_iso", closes, description,
             applyURL = "apply_url", applyEmail = "apply_email", categories, jsonLD = "json_ld"
    }

    static let fieldDocs = [
        "is_open": "true while it can be applied for", "closed_note": "why it is closed; null while open",
        "company": "the company's name", "company_url": "its directory profile, or null when it is not listed", "location": "where, or `Remote (…)`",
        "type": "`Full time`, `Contract`…", "salary": "`42000.00–52000.00 GBP a year`, or null", "posted": "the day it was posted", "posted_iso": "the same as YYYY-MM-DD",
        "closes": "its last day", "description": "the job as HTML (safe Markdown)", "apply_url": "where to apply (only while open), or null",
        "apply_email": "an address to apply to (only while open), or null", "categories": "null when none; else `items`: each of its categories that has open jobs, with its list (`title`, `url`)",
        "json_ld": "schema.org `JobPosting` JSON-LD, only while open; use it unescaped inside `<script type=\"application/ld+json\">`",
    ]
    static let example = JobPageData(isOpen: true, closedNote: nil, company: "Tidewater Consulting", companyURL: "/directory/companies/tidewater-consulting/",
                                     location: "Aberdeen, United Kingdom", type: "Full time", salary: "42000.00–52000.00 GBP a year", posted: "1 December 2026",
                                     postedISO: "2026-12-01", closes: "31 December 2026", description: "<p>Join us.</p>", applyURL: "https://example.org/apply",
                                     applyEmail: "jobs@example.org", categories: ItemList([Link(title: "Engineering", url: "/jobs/category/engineering/")]), jsonLD: "{}")
}

/// `jobs.rss`: an RSS 2.0 feed of open jobs.
struct JobsFeedData: LayoutData {
    static let layout = "jobs.rss"
    static let pages = "`/jobs/feed.xml` (every open job) and `/jobs/category/CATEGORY/feed.xml`"

    struct Item: Encodable, Sendable {
        let title: String
        let url: String
        let guid: String
        let pubDate: String
        let description: String
        enum CodingKeys: String, CodingKey { case title, url, guid, pubDate = "pub_date", description }
    }
    let title: String
    let url: String
    let description: String
    let language: String
    let items: [Item]

    static let fieldDocs = [
        "title": "the feed's title", "url": "the board's (or category's) page", "description": "one line on the feed", "language": "the site's language",
        "items": "open jobs, newest first: `title`, `url`, `guid` (the job's permanent URL), `pub_date` (RFC 822), `description` (company, location, type)",
    ]
    static let example = JobsFeedData(title: "Jobs · Guild", url: "https://example.org/jobs/", description: "Open positions.", language: "en",
                                      items: [Item(title: "Port engineer", url: "https://example.org/jobs/port-engineer/", guid: "https://example.org/jobs/port-engineer/",
                                                   pubDate: "Tue, 01 Dec 2026 00:00:00 +0000", description: "Tidewater Consulting · Aberdeen · Full time")])
}
