/// A company as a directory list shows it.
struct CompanyCard: Encodable, Sendable {
    let name: String
    let url: String
    let industry: String?
    let location: String?
    let featured: Bool
    let logoURL: String?
    enum CodingKeys: String, CodingKey { case name, url, industry, location, featured, logoURL = "logo_url" }

    static let example = CompanyCard(name: "Tidewater Consulting", url: "/directory/companies/tidewater-consulting/", industry: "Consulting",
                                     location: "Aberdeen, United Kingdom", featured: true, logoURL: "https://example.org/logo.png")
}

/// `directory-companies`: the business directory and each of its filtered lists.
struct DirectoryCompaniesData: LayoutData {
    static let layout = "directory-companies"
    static let pages = "`/directory/companies/` (featured first, then A–Z), by letter `/directory/companies/letter/a/`, by industry `/directory/companies/industry/INDUSTRY/`, by country `/directory/companies/country/CC/` (paginated, then `page/N/`)"

    let heading: String
    let countLabel: String
    let companies: [CompanyCard]
    let letters: [FilterLink]
    let industries: ItemList<FilterLink>?
    let countries: ItemList<FilterLink>?
    let allURL: String
    let filtered: Bool
    enum CodingKeys: String, CodingKey { case heading, countLabel = "count_label", companies, letters, industries, countries, allURL = "all_url", filtered }

    static let fieldDocs = [
        "heading": "what the list shows: `All companies`, `Letter T`, `Industry: Consulting`, `Country: Norway`",
        "count_label": "`15 companies`",
        "companies": "this page's companies, featured first: `name`, `url`, `industry`, `location`, `featured`, `logo_url` (each may be null but `name`, `url`, `featured`)",
        "letters": "A to Z (and `#`) with counts; `current` on the letter shown",
        "industries": "null when none; else `items`: links to each industry's list (`title`, `url`, `key`, `count`, `current`)",
        "countries": "null when none; else `items`: links to each country's list",
        "all_url": "the unfiltered directory",
        "filtered": "true on a letter, industry or country page",
    ]
    static let example = DirectoryCompaniesData(heading: "All companies", countLabel: "15 companies", companies: [CompanyCard.example],
                                                letters: [FilterLink(title: "T", url: "/directory/companies/letter/t/", key: "t", count: 2, current: false)],
                                                industries: ItemList([FilterLink.example]), countries: ItemList([FilterLink.example]),
                                                allURL: "/directory/companies/", filtered: false)
}

/// The contact form on a company's profile, as the site's lead endpoint needs it.
struct LeadFormData: Encodable, Sendable {
    /// `hubspot`, `salesforce` or `url` for a form; null with `mailto` for a link.
    let endpoint: String?
    let action: String?
    let isHubspot: Bool
    let isSalesforce: Bool
    /// The company's id, sent with the form so leads can be attributed (`portico_company_id`).
    let companyID: Int64
    let companySlug: String
    /// Salesforce's organization id and the page it returns to.
    let salesforceOID: String?
    let returnURL: String?
    /// What the visitor agrees to, sent with a HubSpot submission as its consent text.
    let consentText: String
    /// With no endpoint configured: a `mailto:` link (never a form that goes nowhere).
    let mailto: String?
    enum CodingKeys: String, CodingKey {
        case endpoint, action, isHubspot = "is_hubspot", isSalesforce = "is_salesforce", companyID = "company_id", companySlug = "company_slug",
             salesforceOID = "salesforce_oid", returnURL = "return_url", consentText = "consent_text", mailto
    }

    static let example = LeadFormData(endpoint: "hubspot", action: "https://api.hsforms.com/submissions/v3/integration/submit/123456/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
                                      isHubspot: true, isSalesforce: false, companyID: 7, companySlug: "tidewater-consulting", salesforceOID: nil,
                                      returnURL: nil, consentText: "I agree that the Guild passes my message to Tidewater Consulting.", mailto: nil)
}

/// `company-profile`: one public company.
struct CompanyProfileData: LayoutData {
    static let layout = "company-profile"
    static let pages = "`/directory/companies/COMPANY/` for each public company"

    struct JobLink: Encodable, Sendable {
        let title: String
        let url: String
        let location: String
        let type: String
    }

    let name: String
    let industry: String?
    let location: String?
    let address: String?
    let website: String?
    let logoURL: String?
    let description: String
    let featured: Bool
    /// Each only with the company's consent.
    let email: String?
    let phone: String?
    let jobs: ItemList<JobLink>?
    let contact: LeadFormData
    enum CodingKeys: String, CodingKey {
        case name, industry, location, address, website, logoURL = "logo_url", description, featured, email, phone, jobs, contact
    }

    static let fieldDocs = [
        "name": "the company's name", "industry": "its industry, or null", "location": "`City, Country`, or null",
        "address": "street address, city and country, or null", "website": "its website, or null", "logo_url": "its logo, or null",
        "description": "what it does, as HTML (safe Markdown)", "featured": "true for the featured tier",
        "email": "contact email, only with the company's consent; null otherwise", "phone": "contact phone, only with consent; null otherwise",
        "jobs": "null when none; else `items`: its open jobs (`title`, `url`, `location`, `type`)",
        "contact": "the contact form: `endpoint` (`hubspot`, `salesforce`, `url`, or null for a mail link), `action` (where it posts), `is_hubspot`, `is_salesforce`, `company_id` (sent as `portico_company_id`), `company_slug`, `salesforce_oid`, `return_url`, `consent_text`, `mailto` (a `mailto:` link when no endpoint is configured)",
    ]
    static let example = CompanyProfileData(
        name: "Tidewater Consulting", industry: "Consulting", location: "Aberdeen, United Kingdom", address: "10 Harbour Road, Aberdeen, United Kingdom",
        website: "https://tidewater.example", logoURL: "https://example.org/logo.png", description: "<p>Coastal engineering advice.</p>", featured: true,
        email: "contact@tidewater.example", phone: "+44 20 7946 2000",
        jobs: ItemList([JobLink(title: "Port engineer", url: "/jobs/port-engineer/", location: "Aberdeen, United Kingdom", type: "Full time")]),
        contact: LeadFormData.example)
}
