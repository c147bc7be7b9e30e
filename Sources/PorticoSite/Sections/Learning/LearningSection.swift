import Foundation
import PorticoFormats
import PorticoMarkdown
import PorticoModel
import PorticoMustache

/// Courses and credentials on the public site: `/courses/` (published courses by format and CPD points, a page per
/// course) and verification with no server: `/verify/`, a page per issued credential showing only its holder's
/// name, the credential, its dates and its status as of the build (with an in-browser signature check), the signed
/// credential to download, the site's DID document (`/.well-known/did.json`) and the revocation status list.
struct LearningSection: SiteSection {
    static let name = "learning"
    static let searchLabel = "Courses"
    static let pageTypes: [any LayoutData.Type] = [CoursesListData.self, CoursePageData.self, VerifyHomeData.self, CredentialVerifyData.self]
    static let tables = ["courses", "course_prerequisites", "credential_definitions", "credentials", "credential_keys", "members"]
    static let root = "courses/"
    static let verifyRoot = "verify/"

    struct CourseEntry: Sendable {
        let course: Course
        let prerequisites: [Course]
        let credential: CredentialDefinition?
        let descriptionHTML: String
    }
    struct CredentialEntry: Sendable {
        let credential: IssuedCredential
        let holder: String
        let name: String
    }

    let courses: [CourseEntry]
    let credentials: [CredentialEntry]
    let today: CalendarDate
    let didDocument: String?
    let statusList: String?

    var navigation: (title: String, path: String)? { courses.isEmpty ? nil : ("Courses", Self.root) }

    init?(input: SectionInput) throws {
        let store = input.store
        let published = try LearningRecords.courses(in: store).filter { $0.status == "published" }
        let issued = try Certifications.list(in: store)
        guard !published.isEmpty || !issued.isEmpty else { return nil }
        today = input.today
        let definitions = try Certifications.definitions(in: store)
        let options = MarkdownOptions.safe.rooted(at: input.config.basePath)
        courses = try published.map { course in
            CourseEntry(course: course, prerequisites: try LearningRecords.prerequisites(of: course.id, in: store).filter { $0.status == "published" },
                        credential: course.credentialID.flatMap { definitions[$0] }, descriptionHTML: Markdown.html(course.description, options: options))
        }
        credentials = try issued.compactMap { credential in
            guard let member = try Member.entity.find(id: credential.memberID, in: store), let definition = definitions[credential.definitionID] else { return nil }
            return CredentialEntry(credential: credential, holder: try member.text("name"), name: definition.name)
        }
        let did = try? CredentialSigning.did(forSiteURL: input.config.baseURL)
        if let did, !issued.isEmpty {
            didDocument = try CredentialPublication.didDocument(did: did, in: store)
            statusList = try CredentialPublication.statusList(url: input.config.baseURL + Self.verifyRoot + "status.json", did: did,
                                                              keyPath: CredentialKey.defaultPath(forDatabase: store.path), created: Timestamp.format(store.clock()), in: store)
        } else {
            didDocument = nil
            statusList = nil
        }
    }

    /// A holder's name is published on their credential's verify page only.
    static func publishedValues(store: Store, today: CalendarDate) throws -> (everywhere: [String], onPages: [String: Set<String>]) {
        var onPages: [String: Set<String>] = [:]
        for credential in try Certifications.list(in: store) {
            guard let member = try Member.entity.find(id: credential.memberID, in: store) else { continue }
            onPages[try member.text("name"), default: []].insert(verifyRoot + credential.identifier + "/index.html")
        }
        return ([], onPages)
    }

    /// Where the DID document goes: `/.well-known/did.json` for a site at a host's root, `did.json` at the site's
    /// root under a sub-path (as did:web resolves them).
    func didPath(context: PageContext) -> String { context.basePath == "/" ? ".well-known/did.json" : "did.json" }

    static func formatLabel(_ format: String) -> String { Job.label(ofType: format) }
    static func money(_ money: Money) -> String { money.minorUnits == 0 ? "Free" : money.description }
    static func cpdBracket(_ points: Int64) -> (key: String, title: String)? {
        switch points {
        case 0: return nil
        case 1...5: return ("1-5", "1 to 5 points")
        case 6...10: return ("6-10", "6 to 10 points")
        default: return ("11-plus", "11 points or more")
        }
    }

    private func card(_ entry: CourseEntry, context: PageContext) -> CourseCard {
        CourseCard(title: entry.course.title, url: context.link(Self.root + entry.course.slug + "/"), format: Self.formatLabel(entry.course.format),
                   cpdPoints: entry.course.cpdPoints, price: Self.money(entry.course.price), memberPrice: entry.course.memberPrice.map(Self.money),
                   summary: entry.course.summary)
    }

    func jobs(context: PageContext) throws -> [RenderJob] { listJobs(context: context) + courseJobs(context: context) + verifyJobs(context: context) }

    private func listJobs(context: PageContext) -> [RenderJob] {
        guard !courses.isEmpty else { return [] }
        var jobs: [RenderJob] = []
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Courses", url: context.link(Self.root))
        let byFormat = Dictionary(grouping: courses, by: \.course.format)
        var byCPD: [String: (String, [CourseEntry])] = [:]
        for entry in courses { if let bracket = Self.cpdBracket(entry.course.cpdPoints) { byCPD[bracket.key, default: (bracket.title, [])].1.append(entry) } }
        func list(_ items: [CourseEntry], path: String, title: String, heading: String, format: String? = nil, cpd: String? = nil) {
            let formats = Course.formats.filter { byFormat[$0] != nil }.map {
                FilterLink(title: Self.formatLabel($0), url: context.link(Self.root + "format/\($0.replacingOccurrences(of: "_", with: "-"))/"), key: $0,
                           count: byFormat[$0]!.count, current: $0 == format)
            }
            let brackets = ["1-5", "6-10", "11-plus"].filter { byCPD[$0] != nil }.map {
                FilterLink(title: byCPD[$0]!.0, url: context.link(Self.root + "cpd/\($0)/"), key: $0, count: byCPD[$0]!.1.count, current: $0 == cpd)
            }
            for (pagination, slice) in context.paginate(items, root: path) {
                var frame = context.frame(path: pagination.path, title: title + pagination.titleSuffix, description: "\(items.count) course\(items.count == 1 ? "" : "s").")
                frame.breadcrumbs = path == Self.root ? [home] : [home, crumb]
                frame.pagination = pagination.data(context: context)
                jobs.append(RenderJob(outputPath: pagination.path + "index.html", page: PageData(frame: frame, data: CoursesListData(
                    heading: heading, countLabel: items.count == 1 ? "1 course" : "\(items.count) courses", courses: slice.map { card($0, context: context) },
                    formats: ItemList(formats), cpd: ItemList(brackets), allURL: context.link(Self.root), filtered: path != Self.root)),
                    sitemap: pagination.number == 1 ? SitemapEntry(location: context.absolute(path), lastModified: nil) : nil))
            }
        }
        list(courses, path: Self.root, title: "Courses", heading: "All courses")
        for (format, items) in byFormat {
            list(items, path: Self.root + "format/\(format.replacingOccurrences(of: "_", with: "-"))/", title: "Courses: \(Self.formatLabel(format))",
                 heading: "Format: \(Self.formatLabel(format))", format: format)
        }
        for (key, (title, items)) in byCPD {
            list(items, path: Self.root + "cpd/\(key)/", title: "Courses: \(title)", heading: "CPD: \(title)", cpd: key)
        }
        return jobs
    }

    private func courseJobs(context: PageContext) -> [RenderJob] {
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Courses", url: context.link(Self.root))
        return courses.map { entry in
            let course = entry.course
            let path = Self.root + course.slug + "/"
            var frame = context.frame(path: path, title: course.title, description: course.summary)
            frame.breadcrumbs = [home, crumb]
            let lessons = course.outline.split(separator: "\n").compactMap { line -> CoursePageData.Lesson? in
                let parts = line.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count >= 2, !parts[1].isEmpty else { return nil }
                return .init(module: parts[0], lesson: parts[1], minutes: parts.count > 2 ? Int(parts[2]) : nil)
            }
            let minutes = lessons.compactMap(\.minutes).reduce(0, +)
            let credential = entry.credential.map { definition in
                CoursePageData.CredentialInfo(name: definition.name, description: definition.description, criteria: definition.criteria,
                                              validity: definition.validityMonths.map { $0 % 12 == 0 ? "\($0 / 12) year\($0 == 12 ? "" : "s")" : "\($0) months" })
            }
            return RenderJob(outputPath: path + "index.html", page: PageData(frame: frame, data: CoursePageData(
                summary: course.summary, description: entry.descriptionHTML, format: Self.formatLabel(course.format),
                cpdPoints: course.cpdPoints > 0 ? course.cpdPoints : nil, price: Self.money(course.price), memberPrice: course.memberPrice.map(Self.money),
                outline: ItemList(lessons), totalMinutes: minutes > 0 ? minutes : nil,
                prerequisites: ItemList(entry.prerequisites.map { Link(title: $0.title, url: context.link(Self.root + $0.slug + "/")) }), credential: credential,
                related: context.relatedLinks(to: path), sponsoredBy: context.sponsoredBy("course:" + course.slug), paymentURL: course.paymentURL)),
                sitemap: SitemapEntry(location: context.absolute(path), lastModified: nil))
        }
    }

    private func verifyJobs(context: PageContext) -> [RenderJob] {
        guard !credentials.isEmpty else { return [] }
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Verify a credential", url: context.link(Self.verifyRoot))
        let didURL = didDocument == nil ? nil : context.link(didPath(context: context))
        var frame = context.frame(path: Self.verifyRoot, title: "Verify a credential", description: "Check a credential this association issued.")
        frame.breadcrumbs = [home]
        var jobs = [RenderJob(outputPath: Self.verifyRoot + "index.html", page: PageData(frame: frame, data: VerifyHomeData(
            didURL: didURL, statusURL: statusList == nil ? nil : context.link(Self.verifyRoot + "status.json"))),
            sitemap: SitemapEntry(location: context.absolute(Self.verifyRoot), lastModified: nil))]
        for entry in credentials {
            let credential = entry.credential
            let path = Self.verifyRoot + credential.identifier + "/"
            // A credential page names a person: it is for whoever holds the link, not for search engines.
            var frame = context.frame(path: path, title: entry.name + ": " + entry.holder, description: "Verification of a credential.", noIndex: true)
            frame.breadcrumbs = [home, crumb]
            let status = credential.status(on: today)
            jobs.append(RenderJob(outputPath: path + "index.html", page: PageData(frame: frame, data: CredentialVerifyData(
                holder: entry.holder, credential: entry.name, issued: DateText.long(credential.issuedOn), expires: credential.expiresOn.map(DateText.long),
                status: status.prefix(1).uppercased() + status.dropFirst(), isValid: status == "valid",
                credentialURL: context.link(path + "credential.json"), didURL: didURL)), sitemap: nil))
        }
        return jobs
    }

    func files(context: PageContext) throws -> [StaticFile] {
        var files = credentials.map { StaticFile(outputPath: Self.verifyRoot + $0.credential.identifier + "/credential.json", bytes: Array(($0.credential.document + "\n").utf8)) }
        if let didDocument { files.append(StaticFile(outputPath: didPath(context: context), bytes: Array((didDocument + "\n").utf8))) }
        if let statusList { files.append(StaticFile(outputPath: Self.verifyRoot + "status.json", bytes: Array((statusList + "\n").utf8))) }
        return files
    }

    /// `api/v1/courses.json`: the published courses.
    func apiFeeds(context: PageContext) -> [APIFeed] {
        courses.isEmpty ? [] : [APIFeed(name: "courses", items: courses.map { entry in
            let course = entry.course
            return .record(["title": .string(course.title), "path": .string(Self.root + course.slug + "/"), "summary": .string(course.summary),
                            "format": .string(course.format), "format_label": .string(Self.formatLabel(course.format)),
                            "cpd_points": .int(course.cpdPoints > 0 ? course.cpdPoints : nil), "price": .string(Self.money(course.price)),
                            "member_price": .text(course.memberPrice.map(Self.money)), "credential": .text(entry.credential?.name)])
        })]
    }

    /// Published courses show and feed 'Related' blocks: their words are the summary, the outline's modules and
    /// lessons, and the description.
    func relatedDocuments() -> [RelatedDocument] {
        courses.map { entry in
            let course = entry.course
            let summary = course.summary.isEmpty ? PlainText.excerpt(PlainText.fromHTML(entry.descriptionHTML), maximum: 180) : course.summary
            return RelatedDocument(urlPath: Self.root + course.slug + "/", title: course.title, summary: summary,
                                   html: "<p>" + HTMLEscaping.escape(course.summary + "\n" + course.outline) + "</p>" + entry.descriptionHTML,
                                   tags: [], kind: "Course", offered: true)
        }
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        courses.map { entry in
            SearchDocument(url: context.link(Self.root + entry.course.slug + "/"), title: entry.course.title, section: "Courses", headings: [],
                           body: [Self.formatLabel(entry.course.format), entry.course.summary, PlainText.fromHTML(entry.descriptionHTML)].filter { !$0.isEmpty }.joined(separator: ". "))
        }
    }

    func browseLinks(context: PageContext) -> [TopicLink] {
        courses.isEmpty ? [] : [TopicLink(title: "Courses", url: context.link(Self.root), summary: "Courses with CPD points, and the credentials they lead to.",
                                          count: courses.count, countLabel: courses.count == 1 ? "1 course" : "\(courses.count) courses")]
    }
}
