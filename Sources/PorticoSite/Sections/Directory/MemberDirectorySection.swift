import Foundation
import PorticoFormats
import PorticoMarkdown
import PorticoModel

/// The public member directory: `/directory/members/` (A–Z, by plan, by country; 50 a page), a profile per published
/// member, and `/directory/groups/`. Who appears, and with which contact fields, is decided by
/// `MemberDirectory.published` (the same rules `portico check --privacy` enforces): listed members everywhere,
/// unlisted members on their own profile page only (kept out of lists, search, sitemaps and the filter index).
struct MemberDirectorySection: SiteSection {
    static let name = "directory"
    static let searchLabel = "Members"
    static let pageTypes: [any LayoutData.Type] = [DirectoryMembersData.self, MemberProfileData.self, DirectoryGroupsData.self, DirectoryGroupData.self]
    static let tables = ["members", "memberships", "plans", "groups", "group_members", "former_slugs"]
    static let root = "directory/members/"
    static let groupsRoot = "directory/groups/"

    /// A published member with everything the pages need, computed once.
    struct Entry: Sendable {
        let member: PublishedMember
        let slug: String
        let letter: String
        let sortKey: String
        let location: String?
        let plan: Plan?
        /// The biography as safe HTML, rendered once (on every core) for the profile and the search index.
        var bioHTML = ""
    }

    let entries: [Entry]
    /// Listed members, A–Z.
    let listed: [Entry]
    let plans: [Int64: Plan]
    let groups: [Group]
    let countryNames: [String: String]
    let timeZone: String
    /// Profile addresses members held before staff changed them, by member: each redirects to the current profile.
    let formerSlugs: [Int64: [String]]

    var navigation: (title: String, path: String)? { ("Members", Self.root) }

    init?(input: SectionInput) throws {
        let published = try MemberDirectory.published(on: input.today, in: input.store)
        guard !published.isEmpty else { return nil }
        timeZone = input.timeZone
        let publicPlans = Dictionary(uniqueKeysWithValues: try PlanRecords.list(in: input.store).filter(\.isPublic).map { ($0.id, $0) })
        plans = publicPlans
        groups = try GroupRecords.list(in: input.store).filter(\.isPublic)
        let locale = Locale(identifier: input.config.language)
        var names: [String: String] = [:]
        for code in Set(published.compactMap(\.country)) { names[code] = locale.localizedString(forRegionCode: code) ?? code }
        countryNames = names
        var entries: [Entry] = []
        formerSlugs = Dictionary(grouping: try FormerSlug.all(table: Member.entity.table, in: input.store), by: \.recordID).mapValues { $0.map(\.slug) }
        for member in published {
            let slug = member.slug
            let location = [member.city, member.region, member.country.map { names[$0] ?? $0 }].compactMap { $0 }.joined(separator: ", ")
            entries.append(Entry(member: member, slug: slug, letter: Alphabetical.letter(of: member.name), sortKey: Alphabetical.sortKey(member.name, tiebreak: slug), location: location.isEmpty ? nil : location,
                                 plan: member.planID.flatMap { publicPlans[$0] }))
        }
        let bioOptions = MarkdownOptions.safe.rooted(at: input.config.basePath)
        let bios = Parallel.map(entries) { Markdown.html($0.member.bio, options: bioOptions) }
        for index in entries.indices { entries[index].bioHTML = bios[index] }
        listed = entries.filter(\.member.listed).sorted { $0.sortKey < $1.sortKey }
        self.entries = entries
    }

    /// A listed member's published values are public everywhere; an unlisted member's only on their own page.
    static func publishedValues(store: Store, today: CalendarDate) throws -> (everywhere: [String], onPages: [String: Set<String>]) {
        let published = try MemberDirectory.published(on: today, in: store)
        var everywhere: [String] = []
        var onPages: [String: Set<String>] = [:]
        for member in published {
            let slug = member.slug
            let values = [member.name, member.email, member.phone, member.website, member.company, member.city, member.jobTitle].compactMap { $0 }
            if member.listed { everywhere += values } else {
                for value in values { onPages[value, default: []].insert(root + slug + "/index.html") }
            }
        }
        return (everywhere, onPages)
    }

    /// `api/v1/members.json` (split into files of 500): the listed members A–Z with what their list entry shows.
    func apiFeeds(context: PageContext) -> [APIFeed] {
        [APIFeed(name: "members", items: listed.map { entry in
            let subtitle = [entry.member.jobTitle, entry.member.company].compactMap { $0 }.joined(separator: ", ")
            return .record(["name": .string(entry.member.name), "path": .string(Self.root + entry.slug + "/"), "subtitle": .text(subtitle.isEmpty ? nil : subtitle),
                            "place": .text(entry.location), "country": .text(entry.member.country), "plan": .text(entry.plan?.name)])
        })]
    }

    /// Each published member's former profile addresses, to their profile.
    func redirects() -> [Redirect] {
        entries.flatMap { entry in
            (formerSlugs[entry.member.id] ?? []).map { Redirect(from: Self.root + $0 + "/", to: Self.root + entry.slug + "/") }
        }
    }

    private func card(_ entry: Entry, role: String? = nil, context: PageContext) -> MemberCard {
        MemberCard(name: entry.member.name, url: context.link(Self.root + entry.slug + "/"), jobTitle: entry.member.jobTitle, company: entry.member.company,
                   location: entry.location, plan: entry.plan?.name, role: role)
    }

    private func countLabel(_ count: Int) -> String { count == 1 ? "1 member" : "\(count) members" }

    func jobs(context: PageContext) throws -> [RenderJob] {
        listJobs(context: context) + profileJobs(context: context) + groupJobs(context: context)
    }

    /// The directory and its letter, plan and country pages. Every filter is a generated page, so filtering works
    /// without JavaScript.
    private func listJobs(context: PageContext) -> [RenderJob] {
        var jobs: [RenderJob] = []
        let home = Link(title: "Home", url: context.link(""))
        let directory = Link(title: "Members", url: context.link(Self.root))
        let siteTitle = context.config.title ?? context.data.organizationName
        let byLetter = Dictionary(grouping: listed, by: \.letter)
        let byPlan = Dictionary(grouping: listed.filter { $0.plan != nil }, by: { $0.plan!.slug })
        let byCountry = Dictionary(grouping: listed.filter { $0.member.country != nil }, by: { $0.member.country!.lowercased() })
        let groupCounts = Dictionary(grouping: listed.flatMap { entry in entry.member.groups.map { ($0.groupID, entry) } }, by: \.0).mapValues(\.count)
        func letters(current: String?) -> [FilterLink] {
            Alphabetical.ordered(byLetter.keys).map { letter in
                FilterLink(title: letter.uppercased(), url: context.link(Self.root + Alphabetical.path(of: letter)), key: letter,
                           count: byLetter[letter]!.count, current: letter == current)
            }
        }
        func filters(plan: String?, country: String?) -> DirectoryMembersData.Filters {
            .init(plans: DirectoryMembersData.FilterList(byPlan.keys.sorted().map { slug in
                      FilterLink(title: byPlan[slug]![0].plan!.name, url: context.link(Self.root + "plan/\(slug)/"), key: slug, count: byPlan[slug]!.count, current: slug == plan)
                  }),
                  countries: DirectoryMembersData.FilterList(byCountry.keys.sorted { (countryNames[$0.uppercased()] ?? $0) < (countryNames[$1.uppercased()] ?? $1) }.map { code in
                      FilterLink(title: countryNames[code.uppercased()] ?? code.uppercased(), url: context.link(Self.root + "country/\(code)/"), key: code,
                                 count: byCountry[code]!.count, current: code == country)
                  }),
                  groups: DirectoryMembersData.FilterList(groups.compactMap { group in
                      guard let count = groupCounts[group.id] else { return nil }
                      return FilterLink(title: group.name, url: context.link(Self.groupsRoot + group.slug + "/"), key: group.slug, count: count, current: false)
                  }))
        }
        func list(_ members: [Entry], path: String, title: String, heading: String, letter: String? = nil, plan: String? = nil, country: String? = nil) {
            for (pagination, slice) in context.paginate(members, root: path) {
                var frame = context.frame(path: pagination.path, title: title + pagination.titleSuffix,
                                          description: "\(countLabel(members.count)) of \(siteTitle).")
                frame.breadcrumbs = path == Self.root ? [home] : [home, directory]
                frame.pagination = pagination.data(context: context)
                jobs.append(RenderJob(outputPath: pagination.path + "index.html", page: PageData(frame: frame, data: DirectoryMembersData(
                    heading: heading, countLabel: countLabel(members.count), members: slice.map { card($0, context: context) }, letters: letters(current: letter),
                    filters: filters(plan: plan, country: country), indexURL: context.link(Self.root + "index.json"), allURL: context.link(Self.root),
                    filtered: path != Self.root)),
                    sitemap: pagination.number == 1 ? SitemapEntry(location: context.absolute(path), lastModified: nil) : nil))
            }
        }
        list(listed, path: Self.root, title: "Member directory", heading: "All members")
        for (letter, members) in byLetter {
            let label = Alphabetical.label(of: letter)
            list(members, path: Self.root + Alphabetical.path(of: letter), title: "Members: \(label)", heading: "Letter \(label)", letter: letter)
        }
        for (slug, members) in byPlan {
            list(members, path: Self.root + "plan/\(slug)/", title: "Members: \(members[0].plan!.name)", heading: "Plan: \(members[0].plan!.name)", plan: slug)
        }
        for (code, members) in byCountry {
            let name = countryNames[code.uppercased()] ?? code.uppercased()
            list(members, path: Self.root + "country/\(code)/", title: "Members in \(name)", heading: "Country: \(name)", country: code)
        }
        return jobs
    }

    /// A profile page per published member; unlisted members' pages are `noindex` and have no sitemap entry.
    private func profileJobs(context: PageContext) -> [RenderJob] {
        var jobs: [RenderJob] = []
        let home = Link(title: "Home", url: context.link(""))
        let directory = Link(title: "Members", url: context.link(Self.root))

        let groupsByID = Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0) })
        for entry in entries {
            let path = Self.root + entry.slug + "/"
            var frame = context.frame(path: path, title: entry.member.name,
                                      description: [entry.member.jobTitle, entry.member.company, entry.location].compactMap { $0 }.joined(separator: ", "),
                                      noIndex: !entry.member.listed)
            frame.breadcrumbs = [home, directory]
            let groupRoles = entry.member.groups.compactMap { place -> MemberProfileData.GroupRole? in
                guard let group = groupsByID[place.groupID] else { return nil }
                return .init(title: group.name, url: context.link(Self.groupsRoot + group.slug + "/"), role: place.role)
            }
            jobs.append(RenderJob(outputPath: path + "index.html", page: PageData(frame: frame, data: MemberProfileData(
                name: entry.member.name, jobTitle: entry.member.jobTitle, company: entry.member.company, location: entry.location,
                bio: entry.bioHTML, photoURL: entry.member.photoURL, memberSince: entry.member.joinedYear,
                plan: entry.plan?.name, email: entry.member.email, phone: entry.member.phone, website: entry.member.website,
                groups: groupRoles.isEmpty ? nil : .init(items: groupRoles))),
                // Unlisted members have a page, but no sitemap entry (and `noindex`).
                sitemap: entry.member.listed ? SitemapEntry(location: context.absolute(path), lastModified: entry.member.updatedAt) : nil))
        }
        return jobs
    }

    /// `/directory/groups/` and a page per public group, listing its listed members (officers first).
    private func groupJobs(context: PageContext) -> [RenderJob] {
        var jobs: [RenderJob] = []
        let home = Link(title: "Home", url: context.link(""))
        let directory = Link(title: "Members", url: context.link(Self.root))

        var groupLinks: [TopicLink] = []
        let groupsCrumb = Link(title: "Groups", url: context.link(Self.groupsRoot))
        var byGroup: [Int64: [(Entry, String)]] = [:]
        for entry in listed { for place in entry.member.groups { byGroup[place.groupID, default: []].append((entry, place.role)) } }
        for group in groups {
            let members = (byGroup[group.id] ?? []).sorted { ($0.1 == "member" ? 1 : 0, $0.0.sortKey) < ($1.1 == "member" ? 1 : 0, $1.0.sortKey) }
            let path = Self.groupsRoot + group.slug + "/"
            groupLinks.append(TopicLink(title: group.name, url: context.link(path), summary: group.description, count: members.count, countLabel: countLabel(members.count)))
            for (pagination, slice) in context.paginate(members, root: path) {
                var frame = context.frame(path: pagination.path, title: group.name + pagination.titleSuffix, description: group.description)
                frame.breadcrumbs = [home, directory, groupsCrumb]
                frame.pagination = pagination.data(context: context)
                jobs.append(RenderJob(outputPath: pagination.path + "index.html", page: PageData(frame: frame, data: DirectoryGroupData(
                    kind: ["chapter": "Chapter", "committee": "Committee"][group.kind] ?? "Special-interest group", description: group.description,
                    countLabel: countLabel(members.count), members: slice.map { card($0.0, role: $0.1 == "member" ? nil : $0.1, context: context) })),
                    sitemap: pagination.number == 1 ? SitemapEntry(location: context.absolute(path), lastModified: nil) : nil))
            }
        }
        if !groups.isEmpty {
            var frame = context.frame(path: Self.groupsRoot, title: "Groups", description: "Chapters, committees and special-interest groups.")
            frame.breadcrumbs = [home, directory]
            jobs.append(RenderJob(outputPath: Self.groupsRoot + "index.html", page: PageData(frame: frame, data: DirectoryGroupsData(groups: groupLinks)),
                                  sitemap: SitemapEntry(location: context.absolute(Self.groupsRoot), lastModified: nil)))
        }
        return jobs
    }

    /// The filter script's index: listed members' public fields only, as compact arrays.
    func files(context: PageContext) throws -> [StaticFile] {
        var out = "{\"version\":1,\"members\":["
        out += listed.map { entry in
            let slugs: [String] = entry.member.groups.compactMap { place in groups.first { $0.id == place.groupID }?.slug }
            let summary: String = [entry.member.jobTitle, entry.member.company, entry.location].compactMap { $0 }.joined(separator: " · ")
            let fields: [String] = [entry.member.name, context.link(Self.root + entry.slug + "/"), summary, entry.plan?.slug ?? "",
                                    entry.member.country?.lowercased() ?? "", entry.letter]
            return "[" + fields.map(JSONText.quote).joined(separator: ",") + ",[" + slugs.map(JSONText.quote).joined(separator: ",") + "]]"
        }.joined(separator: ",\n")
        out += "]}\n"
        return [StaticFile(outputPath: Self.root + "index.json", bytes: Array(out.utf8))]
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        listed.map { entry in
            let bio = PlainText.fromHTML(entry.bioHTML)
            let facts = [entry.member.jobTitle, entry.member.company, entry.location, entry.plan?.name].compactMap { $0 }.joined(separator: ". ")
            return SearchDocument(url: context.link(Self.root + entry.slug + "/"), title: entry.member.name, section: "Members", headings: [],
                                  body: [facts, bio].filter { !$0.isEmpty }.joined(separator: ". "))
        }
    }

    func browseLinks(context: PageContext) -> [TopicLink] {
        [TopicLink(title: "Member directory", url: context.link(Self.root), summary: "Find a member by name, plan, country or group.",
                   count: listed.count, countLabel: countLabel(listed.count))]
    }
}
