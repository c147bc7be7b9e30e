import Foundation
import PorticoDigest
import PorticoFormats
import PorticoMarkdown
import PorticoModel

/// The resource library on the public site: `/resources/` newest first and most used first (from the access-log
/// counts), lists by type, category and tag, and a page per resource with its link, format and size. A file is
/// copied into the output under a content-hashed name (`resources/files/<slug>-<hash>.<ext>`); a members' resource
/// is listed with a 'members only' note and neither its file nor its link is published.
struct ResourcesSection: SiteSection {
    static let name = "resources"
    static let searchLabel = "Resources"
    static let contentFolder: String? = "resources"
    static let pageTypes: [any LayoutData.Type] = [ResourcesListData.self, ResourcePageData.self]
    static let tables = ["resources", "usage_daily"]
    static let root = "resources/"

    struct Entry: Sendable {
        let resource: Resource
        let descriptionHTML: String
        /// The published file's path in the output and its size; nil for links and members' resources.
        let file: (path: String, bytes: [UInt8])?
        let uses: Int64
        var path: String { ResourcesSection.root + resource.slug + "/" }
    }

    let entries: [Entry]
    let intro: ContentPage?
    let timeZone: String

    var navigation: (title: String, path: String)? { ("Resources", Self.root) }

    init?(input: SectionInput) throws {
        let listed = try ResourceRecords.list(in: input.store).filter { $0.isListed(on: input.today) }
        guard !listed.isEmpty else { return nil }
        timeZone = input.timeZone
        intro = input.pages(in: "resources").first { $0.isIndex && $0.directory == "resources" }
        let uses = try UsageAnalytics.totals(kind: "resource", in: input.store)
        let options = MarkdownOptions.safe.rooted(at: input.config.basePath)
        let content = input.siteDirectory.appendingPathComponent("content").resolvingSymlinksInPath().standardizedFileURL.path + "/"
        entries = try listed.map { resource in
            var file: (String, [UInt8])?
            if let source = resource.file, resource.isPublic {
                let url = input.siteDirectory.appendingPathComponent(source).resolvingSymlinksInPath().standardizedFileURL
                guard url.path.hasPrefix(content) else {
                    throw SiteError(file: source, message: "resource '\(resource.slug)': the file is outside the content folder")
                }
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw SiteError(file: source, message: "resource '\(resource.slug)': the file is missing (give it with 'portico-admin resources update \(resource.slug) --file …')")
                }
                let bytes = [UInt8](data)
                let hash = String(Hex.encode(SHA256.hash(bytes)).prefix(8))
                let ext = (source as NSString).pathExtension.lowercased()
                file = (Self.root + "files/" + resource.slug + "-" + hash + (ext.isEmpty ? "" : "." + ext), bytes)
            }
            return Entry(resource: resource, descriptionHTML: Markdown.html(resource.description, options: options), file: file, uses: uses[resource.slug] ?? 0)
        }
    }

    static func slug(_ name: String) -> String {
        let slug = Slug.make(name)
        return slug.isEmpty ? "other" : slug
    }

    static func size(_ count: Int) -> String {
        count < 1024 ? "\(count) bytes" : count < 1_048_576 ? "\((count + 512) / 1024) KB" : String(format: "%.1f MB", Double(count) / 1_048_576)
    }

    func card(_ entry: Entry, context: PageContext) -> ResourceCard {
        let resource = entry.resource
        return ResourceCard(title: resource.title, url: context.link(entry.path), type: Resource.label(ofType: resource.type),
                            published: resource.publishedOn.map(DateText.long) ?? "", membersOnly: !resource.isPublic,
                            summary: PlainText.excerpt(PlainText.fromHTML(entry.descriptionHTML), maximum: 180))
    }

    func jobs(context: PageContext) throws -> [RenderJob] { listJobs(context: context) + pageJobs(context: context) }

    private func listJobs(context: PageContext) -> [RenderJob] {
        var jobs: [RenderJob] = []
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Resources", url: context.link(Self.root))
        var byType: [String: [Entry]] = [:], byCategory: [String: (String, [Entry])] = [:], byTag: [String: (String, [Entry])] = [:]
        for entry in entries {
            byType[entry.resource.type, default: []].append(entry)
            for name in entry.resource.categories { byCategory[Self.slug(name), default: (name, [])].1.append(entry) }
            for name in entry.resource.tags { byTag[Self.slug(name), default: (name, [])].1.append(entry) }
        }
        let popular = entries.enumerated().sorted { ($1.element.uses, $0.offset) < ($0.element.uses, $1.offset) }.map(\.element)
        func list(_ items: [Entry], path: String, title: String, heading: String, current: (kind: String, key: String)) {
            let orders = [("newest", "Newest", Self.root), ("popular", "Most used", Self.root + "popular/")].map {
                FilterLink(title: $0.1, url: context.link($0.2), key: $0.0, count: entries.count, current: current.kind == "order" && current.key == $0.0)
            }
            let types = Resource.types.filter { byType[$0] != nil }.map {
                FilterLink(title: Resource.label(ofType: $0), url: context.link(Self.root + "type/\($0)/"), key: $0, count: byType[$0]!.count,
                           current: current.kind == "type" && current.key == $0)
            }
            func links(_ groups: [String: (String, [Entry])], _ kind: String) -> [FilterLink] {
                groups.keys.sorted().map { FilterLink(title: groups[$0]!.0, url: context.link(Self.root + "\(kind)/\($0)/"), key: $0, count: groups[$0]!.1.count,
                                                      current: current.kind == kind && current.key == $0) }
            }
            for (pagination, slice) in context.paginate(items, root: path) {
                let first = pagination.number == 1
                var frame = context.frame(path: pagination.path, title: title + pagination.titleSuffix,
                                          description: intro?.summaryText ?? "Toolkits, templates, documents and recordings.")
                frame.breadcrumbs = path == Self.root ? [home] : [home, crumb]
                frame.pagination = pagination.data(context: context)
                jobs.append(RenderJob(outputPath: pagination.path + "index.html", page: PageData(frame: frame, data: ResourcesListData(
                    content: first && path == Self.root ? intro?.html ?? "" : "", heading: heading,
                    countLabel: items.count == 1 ? "1 resource" : "\(items.count) resources", resources: slice.map { card($0, context: context) },
                    orders: orders, types: ItemList(types), categories: ItemList(links(byCategory, "category")), tags: ItemList(links(byTag, "tag")),
                    allURL: context.link(Self.root), filtered: current.kind != "order")),
                    sitemap: first ? SitemapEntry(location: context.absolute(path), lastModified: nil) : nil))
            }
        }
        list(entries, path: Self.root, title: intro?.title ?? "Resources", heading: "Newest first", current: ("order", "newest"))
        list(popular, path: Self.root + "popular/", title: "Most used resources", heading: "Most used first", current: ("order", "popular"))
        for (type, items) in byType {
            list(items, path: Self.root + "type/\(type)/", title: "Resources: \(Resource.label(ofType: type))", heading: "Type: \(Resource.label(ofType: type))",
                 current: ("type", type))
        }
        for (slug, (name, items)) in byCategory {
            list(items, path: Self.root + "category/\(slug)/", title: "Resources: \(name)", heading: "Category: \(name)", current: ("category", slug))
        }
        for (slug, (name, items)) in byTag {
            list(items, path: Self.root + "tag/\(slug)/", title: "Resources tagged \(name)", heading: "Tag: \(name)", current: ("tag", slug))
        }
        return jobs
    }

    private func pageJobs(context: PageContext) -> [RenderJob] {
        let home = Link(title: "Home", url: context.link(""))
        let crumb = Link(title: "Resources", url: context.link(Self.root))
        return entries.map { entry in
            let resource = entry.resource
            var frame = context.frame(path: entry.path, title: resource.title,
                                      description: PlainText.excerpt(PlainText.fromHTML(entry.descriptionHTML), maximum: 160))
            frame.breadcrumbs = [home, crumb]
            let link = resource.isPublic ? (entry.file.map { context.link($0.path) } ?? resource.url) : nil
            let ext = entry.file.map { ($0.path as NSString).pathExtension.uppercased() }
            let data = ResourcePageData(
                type: Resource.label(ofType: resource.type), description: entry.descriptionHTML, published: resource.publishedOn.map(DateText.long) ?? "",
                publishedISO: resource.publishedOn?.description ?? "", membersOnly: !resource.isPublic, link: link, isFile: entry.file != nil,
                format: ext.flatMap { $0.isEmpty ? nil : $0 }, size: entry.file.map { Self.size($0.bytes.count) },
                categories: ItemList(resource.categories.map { Link(title: $0, url: context.link(Self.root + "category/\(Self.slug($0))/")) }),
                tags: ItemList(resource.tags.map { Link(title: $0, url: context.link(Self.root + "tag/\(Self.slug($0))/")) }),
                related: context.relatedLinks(to: entry.path))
            return RenderJob(outputPath: entry.path + "index.html", page: PageData(frame: frame, data: data),
                             sitemap: SitemapEntry(location: context.absolute(entry.path), lastModified: resource.publishedOn?.description))
        }
    }

    func files(context: PageContext) throws -> [StaticFile] {
        entries.compactMap { entry in entry.file.map { StaticFile(outputPath: $0.path, bytes: $0.bytes) } }
    }

    /// `api/v1/resources.json`: listed resources, newest first; a members' resource without its file or link.
    func apiFeeds(context: PageContext) -> [APIFeed] {
        [APIFeed(name: "resources", items: entries.map { entry in
            let resource = entry.resource
            return .record(["title": .string(resource.title), "path": .string(entry.path), "type": .string(resource.type),
                            "published": .text(resource.publishedOn?.description), "members_only": .bool(!resource.isPublic),
                            "link": .text(resource.isPublic ? (entry.file?.path ?? resource.url) : nil),
                            "summary": .string(PlainText.excerpt(PlainText.fromHTML(entry.descriptionHTML), maximum: 180))])
        })]
    }

    /// Every listed resource shows and feeds 'Related' blocks; tags and categories count as shared tags.
    func relatedDocuments() -> [RelatedDocument] {
        entries.map { entry in
            RelatedDocument(urlPath: entry.path, title: entry.resource.title,
                            summary: PlainText.excerpt(PlainText.fromHTML(entry.descriptionHTML), maximum: 180), html: entry.descriptionHTML,
                            tags: entry.resource.tags + entry.resource.categories, kind: "Resource", offered: true)
        }
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        entries.map { entry in
            let resource = entry.resource
            let facts = [Resource.label(ofType: resource.type), resource.isPublic ? "" : "Members only", (resource.categories + resource.tags).joined(separator: ", ")]
                .filter { !$0.isEmpty }.joined(separator: ". ")
            return SearchDocument(url: context.link(entry.path), title: resource.title, section: "Resources", headings: [],
                                  body: [facts, PlainText.fromHTML(entry.descriptionHTML)].filter { !$0.isEmpty }.joined(separator: ". "))
        }
    }
}
