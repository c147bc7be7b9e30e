import Foundation
import PorticoFormats
import PorticoMarkdown
import PorticoModel

/// The business directory: `/directory/companies/` (featured first, then A–Z), by letter, industry and country, and
/// a profile per public company with its open jobs and a contact form posting to the site's lead endpoint. A
/// company's email and phone appear only with its consent.
struct BusinessDirectorySection: SiteSection {
    static let name = "companies"
    static let searchLabel = "Companies"
    static let pageTypes: [any LayoutData.Type] = [DirectoryCompaniesData.self, CompanyProfileData.self]
    static let tables = ["companies", "jobs", "settings", "former_slugs"]
    static let root = "directory/companies/"

    struct Entry: Sendable {
        let company: Company
        let letter: String
        let sortKey: String
        let location: String?
        var descriptionHTML = ""
    }

    let entries: [Entry]
    let openJobs: [Int64: [Job]]
    let countryNames: [String: String]
    let formerSlugs: [Int64: [String]]
    let lead: LeadSettings
    let organization: String
    let organizationEmail: String?

    /// The site's lead endpoint settings (`leads.*`).
    struct LeadSettings: Sendable {
        let endpoint: String
        let hubspotPortal: String?
        let hubspotForm: String?
        let salesforceOID: String?
        let formURL: String?
    }

    var navigation: (title: String, path: String)? { ("Companies", Self.root) }

    init?(input: SectionInput) throws {
        let companies = try CompanyRecords.list(in: input.store).filter(\.isPublic)
        guard !companies.isEmpty else { return nil }
        let locale = Locale(identifier: input.config.language)
        var names: [String: String] = [:]
        for code in Set(companies.compactMap(\.country)) { names[code] = locale.localizedString(forRegionCode: code) ?? code }
        countryNames = names
        let options = MarkdownOptions.safe.rooted(at: input.config.basePath)
        entries = companies.map { company in
            let location = [company.city, company.country.map { names[$0] ?? $0 }].compactMap { $0 }.joined(separator: ", ")
            return Entry(company: company, letter: Alphabetical.letter(of: company.name), sortKey: Alphabetical.sortKey(company.name, tiebreak: company.slug),
                         location: location.isEmpty ? nil : location, descriptionHTML: Markdown.html(company.description, options: options))
        }
        openJobs = Dictionary(grouping: try JobRecords.list(in: input.store).filter { $0.isOpen(on: input.today) }, by: \.companyID)
        formerSlugs = Dictionary(grouping: try FormerSlug.all(table: Company.entity.table, in: input.store), by: \.recordID).mapValues { $0.map(\.slug) }
        let store = input.store
        lead = LeadSettings(endpoint: try store.setting("leads.endpoint") ?? "none", hubspotPortal: try store.setting("leads.hubspot_portal_id"),
                            hubspotForm: try store.setting("leads.hubspot_form_guid"), salesforceOID: try store.setting("leads.salesforce_oid"),
                            formURL: try store.setting("leads.form_url"))
        organization = input.config.title ?? input.data.organizationName
        organizationEmail = input.data.email
    }

    /// A public company's name is published everywhere (an invoice billed to it carries the same name, privately);
    /// its email and phone on its profile, where it consented.
    static func publishedValues(store: Store, today: CalendarDate) throws -> (everywhere: [String], onPages: [String: Set<String>]) {
        var everywhere: [String] = []
        var onPages: [String: Set<String>] = [:]
        for company in try CompanyRecords.list(in: store) where company.isPublic {
            everywhere.append(company.name)
            for value in [company.publishedEmail, company.publishedPhone].compactMap({ $0 }) {
                onPages[value, default: []].insert(root + company.slug + "/index.html")
            }
        }
        return (everywhere, onPages)
    }

    /// `api/v1/companies.json`: public companies A–Z (featured tier marked), with what their list entry shows.
    func apiFeeds(context: PageContext) -> [APIFeed] {
        [APIFeed(name: "companies", items: entries.sorted { $0.sortKey < $1.sortKey }.map { entry in
            let company = entry.company
            return .record(["name": .string(company.name), "path": .string(Self.root + company.slug + "/"), "subtitle": .text(company.industry),
                            "place": .text(entry.location), "country": .text(company.country), "tier": .string(company.tier), "logo": .text(company.logoURL)])
        })]
    }

    func redirects() -> [Redirect] {
        entries.flatMap { entry in (formerSlugs[entry.company.id] ?? []).map { Redirect(from: Self.root + $0 + "/", to: Self.root + entry.company.slug + "/") } }
    }

    private func countLabel(_ count: Int) -> String { count == 1 ? "1 company" : "\(count) companies" }

    /// Featured first, then A–Z.
    private func ordered(_ items: [Entry]) -> [Entry] {
        items.sorted { ($0.company.tier == "featured" ? 0 : 1, $0.sortKey) < ($1.company.tier == "featured" ? 0 : 1, $1.sortKey) }
    }

    private func card(_ entry: Entry, context: PageContext) -> CompanyCard {
        CompanyCard(name: entry.company.name, url: context.link(Self.root + entry.company.slug + "/"), industry: entry.company.industry,
                    location: entry.location, featured: entry.company.tier == "featured", logoURL: entry.company.logoURL)
    }

    func jobs(context: PageContext) throws -> [RenderJob] { listJobs(context: context) + profileJobs(context: context) }

    private func listJobs(context: PageContext) -> [RenderJob] {
        var jobs: [RenderJob] = []
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Companies", url: context.link(Self.root))
        let byLetter = Dictionary(grouping: entries, by: \.letter)
        let byIndustry = Dictionary(grouping: entries.filter { $0.company.industry != nil }, by: { Slug.make($0.company.industry!) })
        let byCountry = Dictionary(grouping: entries.filter { $0.company.country != nil }, by: { $0.company.country!.lowercased() })
        func letters(_ current: String?) -> [FilterLink] {
            Alphabetical.ordered(byLetter.keys).map { FilterLink(title: $0.uppercased(), url: context.link(Self.root + Alphabetical.path(of: $0)), key: $0,
                                                                 count: byLetter[$0]!.count, current: $0 == current) }
        }
        func industries(_ current: String?) -> [FilterLink] {
            byIndustry.keys.sorted().map { FilterLink(title: byIndustry[$0]![0].company.industry!, url: context.link(Self.root + "industry/\($0)/"), key: $0,
                                                      count: byIndustry[$0]!.count, current: $0 == current) }
        }
        func countries(_ current: String?) -> [FilterLink] {
            byCountry.keys.sorted { (countryNames[$0.uppercased()] ?? $0) < (countryNames[$1.uppercased()] ?? $1) }.map {
                FilterLink(title: countryNames[$0.uppercased()] ?? $0.uppercased(), url: context.link(Self.root + "country/\($0)/"), key: $0,
                           count: byCountry[$0]!.count, current: $0 == current)
            }
        }
        func list(_ items: [Entry], path: String, title: String, heading: String, letter: String? = nil, industry: String? = nil, country: String? = nil) {
            let items = ordered(items)
            for (pagination, slice) in context.paginate(items, root: path) {
                var frame = context.frame(path: pagination.path, title: title + pagination.titleSuffix, description: "\(countLabel(items.count)) in the \(organization) business directory.")
                frame.breadcrumbs = path == Self.root ? [home] : [home, crumb]
                frame.pagination = pagination.data(context: context)
                jobs.append(RenderJob(outputPath: pagination.path + "index.html", page: PageData(frame: frame, data: DirectoryCompaniesData(
                    heading: heading, countLabel: countLabel(items.count), companies: slice.map { card($0, context: context) }, letters: letters(letter),
                    industries: ItemList(industries(industry)), countries: ItemList(countries(country)), allURL: context.link(Self.root), filtered: path != Self.root)),
                    sitemap: pagination.number == 1 ? SitemapEntry(location: context.absolute(path), lastModified: nil) : nil))
            }
        }
        list(entries, path: Self.root, title: "Business directory", heading: "All companies")
        for (letter, items) in byLetter {
            let label = Alphabetical.label(of: letter)
            list(items, path: Self.root + Alphabetical.path(of: letter), title: "Companies: \(label)", heading: "Letter \(label)", letter: letter)
        }
        for (slug, items) in byIndustry {
            list(items, path: Self.root + "industry/\(slug)/", title: "Companies: \(items[0].company.industry!)", heading: "Industry: \(items[0].company.industry!)", industry: slug)
        }
        for (code, items) in byCountry {
            let name = countryNames[code.uppercased()] ?? code.uppercased()
            list(items, path: Self.root + "country/\(code)/", title: "Companies in \(name)", heading: "Country: \(name)", country: code)
        }
        return jobs
    }

    /// The contact form as the configured endpoint takes it; with none configured (or one half set up), a mail link.
    func leadForm(_ company: Company, pageURL: String) -> LeadFormData {
        let consent = "I agree that \(organization) passes my message and contact details to \(company.name)."
        func mailto() -> LeadFormData {
            let address = company.publishedEmail ?? organizationEmail ?? ""
            let subject = EventPublication.queryEncoded("Enquiry for \(company.name) from the \(organization) directory")
            return LeadFormData(endpoint: nil, action: nil, isHubspot: false, isSalesforce: false, companyID: company.id, companySlug: company.slug,
                                salesforceOID: nil, returnURL: nil, consentText: consent, mailto: address.isEmpty ? nil : "mailto:\(address)?subject=\(subject)")
        }
        switch lead.endpoint {
        case "hubspot":
            guard let portal = lead.hubspotPortal, let form = lead.hubspotForm else { return mailto() }
            return LeadFormData(endpoint: "hubspot", action: "https://api.hsforms.com/submissions/v3/integration/submit/\(portal)/\(form)", isHubspot: true,
                                isSalesforce: false, companyID: company.id, companySlug: company.slug, salesforceOID: nil, returnURL: nil, consentText: consent, mailto: nil)
        case "salesforce":
            guard let oid = lead.salesforceOID else { return mailto() }
            return LeadFormData(endpoint: "salesforce", action: "https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8", isHubspot: false,
                                isSalesforce: true, companyID: company.id, companySlug: company.slug, salesforceOID: oid, returnURL: pageURL + "?sent=1",
                                consentText: consent, mailto: nil)
        case "url":
            guard let url = lead.formURL else { return mailto() }
            return LeadFormData(endpoint: "url", action: url, isHubspot: false, isSalesforce: false, companyID: company.id, companySlug: company.slug,
                                salesforceOID: nil, returnURL: nil, consentText: consent, mailto: nil)
        default:
            return mailto()
        }
    }

    private func profileJobs(context: PageContext) -> [RenderJob] {
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Companies", url: context.link(Self.root))
        return entries.map { entry in
            let company = entry.company
            let path = Self.root + company.slug + "/"
            var frame = context.frame(path: path, title: company.name, description: [company.industry, entry.location].compactMap { $0 }.joined(separator: ", "))
            frame.breadcrumbs = [home, crumb]
            let jobs = (openJobs[company.id] ?? []).map { job in
                CompanyProfileData.JobLink(title: job.title, url: context.link(JobsSection.root + job.slug + "/"),
                                           location: job.location { countryNames[$0] ?? Locale(identifier: context.config.language).localizedString(forRegionCode: $0) ?? $0 },
                                           type: Job.label(ofType: job.employmentType))
            }
            let address = [company.address, company.city, company.country.map { countryNames[$0] ?? $0 }].compactMap { $0 }.joined(separator: ", ")
            return RenderJob(outputPath: path + "index.html", page: PageData(frame: frame, data: CompanyProfileData(
                name: company.name, industry: company.industry, location: entry.location, address: address.isEmpty ? nil : address, website: company.website,
                logoURL: company.logoURL, description: entry.descriptionHTML, featured: company.tier == "featured", email: company.publishedEmail,
                phone: company.publishedPhone, jobs: ItemList(jobs), contact: leadForm(company, pageURL: context.absolute(path)))),
                sitemap: SitemapEntry(location: context.absolute(path), lastModified: company.updatedAt))
        }
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        entries.map { entry in
            let facts = [entry.company.industry, entry.location].compactMap { $0 }.joined(separator: ". ")
            return SearchDocument(url: context.link(Self.root + entry.company.slug + "/"), title: entry.company.name, section: "Companies", headings: [],
                                  body: [facts, PlainText.fromHTML(entry.descriptionHTML)].filter { !$0.isEmpty }.joined(separator: ". "))
        }
    }

    func browseLinks(context: PageContext) -> [TopicLink] {
        [TopicLink(title: "Business directory", url: context.link(Self.root), summary: "Find a member company by name, industry or country.",
                   count: entries.count, countLabel: countLabel(entries.count))]
    }
}
