/// A course as the catalogue lists it.
struct CourseCard: Encodable, Sendable {
    let title: String
    let url: String
    let format: String
    let cpdPoints: Int64
    let price: String
    let memberPrice: String?
    let summary: String
    enum CodingKeys: String, CodingKey { case title, url, format, cpdPoints = "cpd_points", price, memberPrice = "member_price", summary }

    static let example = CourseCard(title: "Coastal design fundamentals", url: "/courses/coastal-design-fundamentals/", format: "Online", cpdPoints: 12,
                                    price: "120.00 GBP", memberPrice: "90.00 GBP", summary: "The basics of coastal design.")
}

/// `courses`: the course catalogue and its filtered lists.
struct CoursesListData: LayoutData {
    static let layout = "courses"
    static let pages = "`/courses/`, by format `/courses/format/FORMAT/`, by CPD points `/courses/cpd/RANGE/` (paginated, then `page/N/`)"

    let heading: String
    let countLabel: String
    let courses: [CourseCard]
    let formats: ItemList<FilterLink>?
    let cpd: ItemList<FilterLink>?
    let allURL: String
    let filtered: Bool
    enum CodingKeys: String, CodingKey { case heading, countLabel = "count_label", courses, formats, cpd, allURL = "all_url", filtered }

    static let fieldDocs = [
        "heading": "what the list shows: `All courses`, `Format: Online`, `CPD: 6 to 10 points`", "count_label": "`6 courses`",
        "courses": "this page's published courses: `title`, `url`, `format`, `cpd_points`, `price`, `member_price` (or null), `summary`",
        "formats": "null when none; else `items`: each format's list (`title`, `url`, `key`, `count`, `current`)",
        "cpd": "null when none; else `items`: lists by CPD points (`1 to 5 points`, `6 to 10 points`, `11 points or more`)",
        "all_url": "the whole catalogue", "filtered": "true on a filtered list",
    ]
    static let example = CoursesListData(heading: "All courses", countLabel: "6 courses", courses: [CourseCard.example], formats: ItemList([FilterLink.example]),
                                         cpd: ItemList([FilterLink.example]), allURL: "/courses/", filtered: false)
}

/// `course`: one published course.
struct CoursePageData: LayoutData {
    static let layout = "course"
    static let pages = "`/courses/COURSE/` for each published course"

    struct Lesson: Encodable, Sendable {
        let module: String
        let lesson: String
        let minutes: Int?
    }
    struct CredentialInfo: Encodable, Sendable {
        let name: String
        let description: String
        let criteria: String
        let validity: String?
    }

    let summary: String
    let description: String
    let format: String
    let cpdPoints: Int64?
    let price: String
    let memberPrice: String?
    let outline: ItemList<Lesson>?
    let totalMinutes: Int?
    let prerequisites: ItemList<Link>?
    let credential: CredentialInfo?
    let related: ItemList<RelatedLink>?
    let sponsoredBy: ItemList<SponsorLink>?
    let paymentURL: String?
    enum CodingKeys: String, CodingKey {
        case summary, description, format, cpdPoints = "cpd_points", price, memberPrice = "member_price", outline, totalMinutes = "total_minutes",
             prerequisites, credential, related, sponsoredBy = "sponsored_by", paymentURL = "payment_url"
    }

    static let fieldDocs = [
        "summary": "one line", "description": "the course as HTML (safe Markdown)", "format": "`Online`, `In person`, `Self paced`, `Blended`",
        "cpd_points": "CPD points on completion; null for none", "price": "`120.00 GBP` or `Free`", "member_price": "the member price, or null",
        "outline": "null when none; else `items`: `module`, `lesson`, `minutes` (or null)", "total_minutes": "the lessons' minutes added up, or null",
        "prerequisites": "null when none; else `items`: the courses to complete first (`title`, `url`)",
        "credential": "the credential completing it awards (`name`, `description`, `criteria`, `validity` such as `3 years`), or null",
        "related": RelatedLink.fieldDocs,
        "sponsored_by": SponsorLink.fieldDocs,
        "payment_url": "where to pay (a Stripe Payment Link) for the buy button; null for none",
    ]
    static let example = CoursePageData(summary: "The basics.", description: "<p>Taught by engineers.</p>", format: "Online", cpdPoints: 12, price: "120.00 GBP",
                                        memberPrice: "90.00 GBP", outline: ItemList([Lesson(module: "Module 1", lesson: "Waves", minutes: 45)]), totalMinutes: 45,
                                        prerequisites: ItemList([Link(title: "Foundations", url: "/courses/foundations/")]),
                                        credential: CredentialInfo(name: "Chartered Harbour Engineer", description: "Competence.", criteria: "Pass both.", validity: "3 years"),
                                        related: RelatedLink.example, sponsoredBy: ItemList([SponsorLink.example]),
                                        paymentURL: "https://buy.stripe.com/test_coastal")
}

/// `verify`: how to verify a credential, with a box for its identifier.
struct VerifyHomeData: LayoutData {
    static let layout = "verify"
    static let pages = "`/verify/`"
    let didURL: String?
    let statusURL: String?
    enum CodingKeys: String, CodingKey { case didURL = "did_url", statusURL = "status_url" }
    static let fieldDocs = ["did_url": "the site's DID document (its public keys); null when the site has no https address to be a did:web",
                            "status_url": "the revocation status list, or null when none is published"]
    static let example = VerifyHomeData(didURL: "/.well-known/did.json", statusURL: "/verify/status.json")
}

/// `credential-verify`: one issued credential as anyone may check it: only these fields, nothing else about the holder.
struct CredentialVerifyData: LayoutData {
    static let layout = "credential-verify"
    static let pages = "`/verify/IDENTIFIER/` for each issued credential (`noindex`)"
    let holder: String
    let credential: String
    let issued: String
    let expires: String?
    /// `Valid`, `Expired` or `Revoked`, as of the build.
    let status: String
    let isValid: Bool
    let credentialURL: String
    let didURL: String?
    enum CodingKeys: String, CodingKey {
        case holder, credential, issued, expires, status, isValid = "is_valid", credentialURL = "credential_url", didURL = "did_url"
    }
    static let fieldDocs = [
        "holder": "the holder's name", "credential": "the credential's name", "issued": "the day it was issued", "expires": "the day it expires, or null",
        "status": "`Valid`, `Expired` or `Revoked`, as of the build", "is_valid": "true when valid",
        "credential_url": "the signed credential (JSON) to download and check", "did_url": "the site's DID document, for the in-browser check (null without one)",
    ]
    static let example = CredentialVerifyData(holder: "Ana Silva", credential: "Chartered Harbour Engineer", issued: "6 December 2026", expires: "5 December 2029",
                                              status: "Valid", isValid: true, credentialURL: "/verify/0123…/credential.json", didURL: "/.well-known/did.json")
}
