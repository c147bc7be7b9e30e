import Foundation
import PorticoFormats
import PorticoMarkdown
import PorticoModel

/// The job board: `/jobs/` (featured first, then newest), filtered lists by category, country, remote and type as
/// generated pages (and instantly with `jobs.js` over `/jobs/index.json`), a page per job, and RSS feeds. Whether a
/// job is open is reckoned from the build's one clock in the site's time zone: a job past its expiry date is in no
/// list, feed, JSON file or sitemap, and its page stays, says it is closed and carries `noindex`, with no JSON-LD.
struct JobsSection: SiteSection {
    static let name = "jobs"
    static let searchLabel = "Jobs"
    static let pageTypes: [any LayoutData.Type] = [JobsListData.self, JobPageData.self]
    static let formatTypes: [any LayoutData.Type] = [JobsFeedData.self]
    static let tables = ["jobs", "companies", "former_slugs"]
    static let root = "jobs/"

    struct Entry: Sendable {
        let job: Job
        let company: Company
        let location: String
        var descriptionHTML = ""
        var isOpen: Bool
    }

    /// Every job with a page, newest first.
    let entries: [Entry]
    let today: CalendarDate
    let zone: TimeZone
    let countryNames: [String: String]
    let formerSlugs: [Int64: [String]]
    let organization: String

    var navigation: (title: String, path: String)? { ("Jobs", Self.root) }

    init?(input: SectionInput) throws {
        let jobs = try JobRecords.list(in: input.store).filter(\.hasPage)
        guard !jobs.isEmpty else { return nil }
        today = input.today
        zone = ZonedTime.zone(input.timeZone) ?? TimeZone(identifier: "UTC")!
        let companies = Dictionary(uniqueKeysWithValues: try CompanyRecords.list(in: input.store).map { ($0.id, $0) })
        let locale = Locale(identifier: input.config.language)
        var names: [String: String] = [:]
        for code in Set(jobs.flatMap { [$0.country].compactMap { $0 } + $0.remoteCountries }) { names[code] = locale.localizedString(forRegionCode: code) ?? code }
        countryNames = names
        let options = MarkdownOptions.safe.rooted(at: input.config.basePath)
        entries = jobs.compactMap { job in
            guard let company = companies[job.companyID] else { return nil }
            return Entry(job: job, company: company, location: job.location { names[$0] ?? $0 }, descriptionHTML: Markdown.html(job.description, options: options),
                         isOpen: job.isOpen(on: input.today))
        }
        formerSlugs = Dictionary(grouping: try FormerSlug.all(table: Job.entity.table, in: input.store), by: \.recordID).mapValues { $0.map(\.slug) }
        organization = input.config.title ?? input.data.organizationName
    }

    /// Open jobs, featured first, then newest.
    var open: [Entry] {
        entries.filter(\.isOpen).sorted { ($0.job.featured ? 0 : 1, -($0.job.postedOn?.dayNumber ?? 0), -$0.job.id) < ($1.job.featured ? 0 : 1, -($1.job.postedOn?.dayNumber ?? 0), -$1.job.id) }
    }

    static func categorySlug(_ name: String) -> String { Slug.make(name).isEmpty ? "category" : Slug.make(name) }

    private func countLabel(_ count: Int) -> String { count == 1 ? "1 job" : "\(count) jobs" }

    private func card(_ entry: Entry, context: PageContext) -> JobCard {
        JobCard(title: entry.job.title, url: context.link(Self.root + entry.job.slug + "/"), company: entry.company.name, location: entry.location,
                type: Job.label(ofType: entry.job.employmentType), salary: entry.job.salaryText, posted: entry.job.postedOn.map(DateText.long) ?? "",
                postedISO: entry.job.postedOn?.description ?? "", featured: entry.job.featured)
    }

    /// `api/v1/jobs.json`: the open jobs, featured first then newest, as the board lists them.
    func apiFeeds(context: PageContext) -> [APIFeed] {
        [APIFeed(name: "jobs", items: open.map { entry in
            let job = entry.job
            return .record([
                "title": .string(job.title), "path": .string(Self.root + job.slug + "/"), "company": .string(entry.company.name), "location": .string(entry.location),
                "type": .string(Job.label(ofType: job.employmentType)), "salary": .text(job.salaryText), "posted": .text(job.postedOn?.description),
                "featured": .bool(job.featured), "categories": .array(job.categories.map { .object(["name": .string($0), "slug": .string(Self.categorySlug($0))]) }),
            ])
        })]
    }

    func redirects() -> [Redirect] {
        entries.flatMap { entry in (formerSlugs[entry.job.id] ?? []).map { Redirect(from: Self.root + $0 + "/", to: Self.root + entry.job.slug + "/") } }
    }

    func jobs(context: PageContext) throws -> [RenderJob] { listJobs(context: context) + pageJobs(context: context) + feedJobs(context: context) }

    private func listJobs(context: PageContext) -> [RenderJob] {
        var jobs: [RenderJob] = []
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Jobs", url: context.link(Self.root))
        let open = self.open
        var byCategory: [String: (String, [Entry])] = [:]
        for entry in open { for name in entry.job.categories { byCategory[Self.categorySlug(name), default: (name, [])].1.append(entry) } }
        let byCountry = Dictionary(grouping: open.filter { $0.job.country != nil }, by: { $0.job.country!.lowercased() })
        let byType = Dictionary(grouping: open, by: \.job.employmentType)
        let remote = open.filter(\.job.remote)
        func filters(category: String? = nil, country: String? = nil, type: String? = nil, isRemote: Bool = false)
            -> (ItemList<FilterLink>?, ItemList<FilterLink>?, ItemList<FilterLink>?, FilterLink?) {
            (ItemList(byCategory.keys.sorted().map { FilterLink(title: byCategory[$0]!.0, url: context.link(Self.root + "category/\($0)/"), key: $0, count: byCategory[$0]!.1.count, current: $0 == category) }),
             ItemList(byCountry.keys.sorted { (countryNames[$0.uppercased()] ?? $0) < (countryNames[$1.uppercased()] ?? $1) }.map {
                 FilterLink(title: countryNames[$0.uppercased()] ?? $0.uppercased(), url: context.link(Self.root + "location/\($0)/"), key: $0, count: byCountry[$0]!.count, current: $0 == country)
             }),
             ItemList(Job.employmentTypes.filter { byType[$0] != nil }.map {
                 FilterLink(title: Job.label(ofType: $0), url: context.link(Self.root + "type/\($0.replacingOccurrences(of: "_", with: "-"))/"), key: $0, count: byType[$0]!.count, current: $0 == type)
             }),
             remote.isEmpty ? nil : FilterLink(title: "Remote", url: context.link(Self.root + "remote/"), key: "remote", count: remote.count, current: isRemote))
        }
        func list(_ items: [Entry], path: String, title: String, heading: String, feed: String, category: String? = nil, country: String? = nil,
                  type: String? = nil, isRemote: Bool = false) {
            let (categories, locations, types, remoteLink) = filters(category: category, country: country, type: type, isRemote: isRemote)
            for (pagination, slice) in context.paginate(items, root: path) {
                var frame = context.frame(path: pagination.path, title: title + pagination.titleSuffix, description: "\(countLabel(items.count)) on the \(organization) job board.")
                frame.breadcrumbs = path == Self.root ? [home] : [home, crumb]
                frame.pagination = pagination.data(context: context)
                jobs.append(RenderJob(outputPath: pagination.path + "index.html", page: PageData(frame: frame, data: JobsListData(
                    heading: heading, countLabel: countLabel(items.count), jobs: slice.map { card($0, context: context) }, categories: categories,
                    locations: locations, types: types, remote: remoteLink, allURL: context.link(Self.root), filtered: path != Self.root,
                    feedURL: context.link(feed), indexURL: context.link(Self.root + "index.json"), emptyMessage: "No open positions just now: subscribe to the feed to hear of new ones.",
                    sponsoredBy: context.sponsoredBy("jobs"))),
                    sitemap: pagination.number == 1 ? SitemapEntry(location: context.absolute(path), lastModified: nil) : nil))
            }
        }
        list(open, path: Self.root, title: "Jobs", heading: "Open positions", feed: Self.root + "feed.xml")
        for (slug, (name, items)) in byCategory {
            list(items, path: Self.root + "category/\(slug)/", title: "Jobs: \(name)", heading: "Category: \(name)", feed: Self.root + "category/\(slug)/feed.xml", category: slug)
        }
        for (code, items) in byCountry {
            let name = countryNames[code.uppercased()] ?? code.uppercased()
            list(items, path: Self.root + "location/\(code)/", title: "Jobs in \(name)", heading: "Jobs in \(name)", feed: Self.root + "feed.xml", country: code)
        }
        for (type, items) in byType {
            list(items, path: Self.root + "type/\(type.replacingOccurrences(of: "_", with: "-"))/", title: "Jobs: \(Job.label(ofType: type))",
                 heading: "Type: \(Job.label(ofType: type))", feed: Self.root + "feed.xml", type: type)
        }
        if !remote.isEmpty { list(remote, path: Self.root + "remote/", title: "Remote jobs", heading: "Remote jobs", feed: Self.root + "feed.xml", isRemote: true) }
        return jobs
    }

    private func pageJobs(context: PageContext) -> [RenderJob] {
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Jobs", url: context.link(Self.root))
        let organization = self.organization
        let openCategories = Set(open.flatMap { $0.job.categories.map(Self.categorySlug) })
        return entries.map { entry in
            let job = entry.job
            let path = Self.root + job.slug + "/"
            // A closed job's page stays (links to it keep working) but asks search engines to drop it.
            // Two companies may advertise the same title; the page's title names the company so titles stay unique.
            var frame = context.frame(path: path, title: job.title + " at " + entry.company.name, description: "\(entry.company.name): \(entry.location), \(Job.label(ofType: job.employmentType)).",
                                      noIndex: !entry.isOpen)
            frame.breadcrumbs = [home, crumb]
            let closedNote: String? = entry.isOpen ? nil : job.status == "filled" ? "This position has been filled." :
                "This position closed on \(DateText.long(min(job.expiresOn, today))) and no longer takes applications."
            let data = JobPageData(
                isOpen: entry.isOpen, closedNote: closedNote,
                company: entry.company.name, companyURL: entry.company.isPublic ? context.link(BusinessDirectorySection.root + entry.company.slug + "/") : nil,
                location: entry.location, type: Job.label(ofType: job.employmentType), salary: job.salaryText, posted: job.postedOn.map(DateText.long) ?? "",
                postedISO: job.postedOn?.description ?? "", closes: DateText.long(job.expiresOn), description: entry.descriptionHTML,
                applyURL: entry.isOpen ? job.applyURL : nil, applyEmail: entry.isOpen ? job.applyEmail : nil,
                // Only categories with open jobs have a page to link to.
                categories: ItemList(job.categories.filter { openCategories.contains(Self.categorySlug($0)) }
                    .map { Link(title: $0, url: context.link(Self.root + "category/\(Self.categorySlug($0))/")) }),
                jsonLD: entry.isOpen ? jsonLD(entry, pageURL: context.absolute(path), organization: organization) : nil)
            return RenderJob(outputPath: path + "index.html", page: PageData(frame: frame, data: data),
                             sitemap: entry.isOpen ? SitemapEntry(location: context.absolute(path), lastModified: job.updatedAt) : nil)
        }
    }

    /// schema.org `JobPosting` with Google's required and recommended properties.
    func jsonLD(_ entry: Entry, pageURL: String, organization: String) -> String {
        let job = entry.job
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "JobPosting", "title": job.title, "description": entry.descriptionHTML.isEmpty ? "<p>\(job.title)</p>" : entry.descriptionHTML,
            "datePosted": job.postedOn?.description ?? today.description, "employmentType": job.employmentType.uppercased(), "url": pageURL,
            "identifier": ["@type": "PropertyValue", "name": entry.company.name, "value": job.slug], "directApply": false,
        ]
        if case .success(let end) = ZonedTime.instant(local: job.expiresOn.description + " 23:59:59", in: zone) { object["validThrough"] = ZonedTime.iso8601(end, in: zone) }
        var hiring: [String: Any] = ["@type": "Organization", "name": entry.company.name]
        if let website = entry.company.website { hiring["sameAs"] = website }
        if let logo = entry.company.logoURL { hiring["logo"] = logo }
        object["hiringOrganization"] = hiring
        if job.city != nil || job.country != nil {
            var address: [String: Any] = ["@type": "PostalAddress"]
            if let city = job.city { address["addressLocality"] = city }
            if let region = job.region { address["addressRegion"] = region }
            if let country = job.country { address["addressCountry"] = country }
            object["jobLocation"] = ["@type": "Place", "address": address]
        }
        if job.remote {
            object["jobLocationType"] = "TELECOMMUTE"
            let countries = job.remoteCountries.isEmpty ? [job.country ?? entry.company.country].compactMap { $0 } : job.remoteCountries
            if !countries.isEmpty { object["applicantLocationRequirements"] = countries.map { ["@type": "Country", "name": $0] } }
        }
        if let unit = job.salaryUnit, let low = job.salaryMin ?? job.salaryMax {
            let high = job.salaryMax ?? low
            object["baseSalary"] = ["@type": "MonetaryAmount", "currency": low.currency,
                                    "value": ["@type": "QuantitativeValue", "minValue": Double(low.amount) ?? 0, "maxValue": Double(high.amount) ?? 0, "unitText": unit.uppercased()]]
        }
        return EventPublication.scriptSafeJSON(object)
    }

    private func feedJobs(context: PageContext) -> [RenderJob] {
        let open = self.open.sorted { (-($0.job.postedOn?.dayNumber ?? 0), -$0.job.id) < (-($1.job.postedOn?.dayNumber ?? 0), -$1.job.id) }
        func item(_ entry: Entry) -> JobsFeedData.Item {
            let url = context.absolute(Self.root + entry.job.slug + "/")
            let posted = entry.job.postedOn.flatMap { try? ZonedTime.instant(local: $0.description + " 00:00", in: zone).get() } ?? Date(timeIntervalSince1970: 0)
            return .init(title: entry.job.title + " at " + entry.company.name, url: url, guid: url, pubDate: Timestamp.rfc822(posted),
                         description: [entry.company.name, entry.location, Job.label(ofType: entry.job.employmentType), entry.job.salaryText].compactMap { $0 }.joined(separator: " · "))
        }
        let language = context.config.language
        let all = JobsFeedData(title: "Jobs · \(organization)", url: context.absolute(Self.root), description: "Open positions on the \(organization) job board.",
                               language: language, items: open.map(item))
        var jobs = [RenderJob(outputPath: Self.root + "feed.xml", template: "jobs", format: .rss) { all }]
        var byCategory: [String: (String, [Entry])] = [:]
        for entry in open { for name in entry.job.categories { byCategory[Self.categorySlug(name), default: (name, [])].1.append(entry) } }
        for (slug, (name, items)) in byCategory {
            let data = JobsFeedData(title: "Jobs: \(name) · \(organization)", url: context.absolute(Self.root + "category/\(slug)/"),
                                    description: "Open \(name) positions on the \(organization) job board.", language: language, items: items.map(item))
            jobs.append(RenderJob(outputPath: Self.root + "category/\(slug)/feed.xml", template: "jobs", format: .rss) { data })
        }
        return jobs
    }

    /// The filter script's index: open jobs' public fields as compact arrays
    /// (`[title, url, company, location, type, country, remote, [category slugs]]`).
    func files(context: PageContext) throws -> [StaticFile] {
        var out = "{\"version\":1,\"jobs\":["
        out += open.map { entry in
            let fields = [entry.job.title, context.link(Self.root + entry.job.slug + "/"), entry.company.name, entry.location, entry.job.employmentType,
                          entry.job.country?.lowercased() ?? ""].map(JSONText.quote).joined(separator: ",")
            return "[" + fields + "," + (entry.job.remote ? "true" : "false") + ",[" + entry.job.categories.map { JSONText.quote(Self.categorySlug($0)) }.joined(separator: ",") + "]]"
        }.joined(separator: ",\n")
        out += "]}\n"
        return [StaticFile(outputPath: Self.root + "index.json", bytes: Array(out.utf8))]
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        open.map { entry in
            let facts = [entry.company.name, entry.location, Job.label(ofType: entry.job.employmentType), entry.job.categories.joined(separator: ", ")].joined(separator: ". ")
            return SearchDocument(url: context.link(Self.root + entry.job.slug + "/"), title: entry.job.title, section: "Jobs", headings: [],
                                  body: [facts, PlainText.fromHTML(entry.descriptionHTML)].filter { !$0.isEmpty }.joined(separator: ". "))
        }
    }

    func browseLinks(context: PageContext) -> [TopicLink] {
        [TopicLink(title: "Job board", url: context.link(Self.root), summary: "Open positions at member companies.", count: open.count, countLabel: countLabel(open.count))]
    }
}
