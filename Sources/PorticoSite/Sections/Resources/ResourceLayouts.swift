/// A resource in a list.
struct ResourceCard: Encodable, Sendable {
    let title: String
    let url: String
    let type: String
    let published: String
    let membersOnly: Bool
    let summary: String
    enum CodingKeys: String, CodingKey { case title, url, type, published, membersOnly = "members_only", summary }

    static let example = ResourceCard(title: "Quay inspection checklist", url: "/resources/quay-inspection-checklist/", type: "Document",
                                      published: "24 November 2026", membersOnly: false, summary: "A one-page checklist.")
}

/// `resources`: the library and each of its filtered or ordered lists.
struct ResourcesListData: LayoutData {
    static let layout = "resources"
    static let pages = "`/resources/` (newest first), `/resources/popular/` (most used first), `/resources/type/TYPE/`, `/resources/category/CATEGORY/`, `/resources/tag/TAG/` (paginated, then `page/N/`)"

    let content: String
    let heading: String
    let countLabel: String
    let resources: [ResourceCard]
    let orders: [FilterLink]
    let types: ItemList<FilterLink>?
    let categories: ItemList<FilterLink>?
    let tags: ItemList<FilterLink>?
    let allURL: String
    let filtered: Bool
    enum CodingKeys: String, CodingKey {
        case content, heading, countLabel = "count_label", resources, orders, types, categories, tags, allURL = "all_url", filtered
    }

    static let fieldDocs = [
        "content": "the library's introduction (`content/resources/_index.md`) on its first page; empty elsewhere",
        "heading": "what the list shows (`Newest first`, `Type: Template`)", "count_label": "`7 resources`",
        "resources": "`title`, `url`, `type`, `published` (in the site's time zone), `members_only`, `summary`",
        "orders": "`Newest` and `Most used` (`title`, `url`, `current`)",
        "types": "null when none; else `items`: filter links (`title`, `url`, `key`, `count`, `current`)",
        "categories": "null when none; else `items`: filter links", "tags": "null when none; else `items`: filter links",
        "all_url": "the whole library", "filtered": "true on a type, category or tag list",
    ]
    static let example = ResourcesListData(content: "<p>Toolkits and templates.</p>", heading: "Newest first", countLabel: "7 resources", resources: [ResourceCard.example],
                                           orders: [FilterLink(title: "Newest", url: "/resources/", key: "newest", count: 7, current: true)],
                                           types: ItemList([FilterLink.example]), categories: ItemList([FilterLink.example]), tags: nil, allURL: "/resources/", filtered: false)
}

/// `resource`: one resource's page.
struct ResourcePageData: LayoutData {
    static let layout = "resource"
    static let pages = "`/resources/RESOURCE/` for each listed resource"

    let type: String
    let description: String
    let published: String
    let publishedISO: String
    let membersOnly: Bool
    /// The file or external address; null for a members-only resource.
    let link: String?
    let isFile: Bool
    let format: String?
    let size: String?
    let categories: ItemList<Link>?
    let tags: ItemList<Link>?
    let related: ItemList<RelatedLink>?
    enum CodingKeys: String, CodingKey {
        case type, description, published, publishedISO = "published_iso", membersOnly = "members_only", link, isFile = "is_file", format, size, categories, tags, related
    }

    static let fieldDocs = [
        "type": "`Document`, `Video`, `Link`, `Template`, `Toolkit`", "description": "the description as HTML (safe Markdown)",
        "published": "the day it was published, in the site's time zone", "published_iso": "the same as `YYYY-MM-DD`",
        "members_only": "true for a members' resource: the site shows a note and neither its file nor its link",
        "link": "the published file (content-hashed name) or the external address; null for a members' resource",
        "is_file": "true when `link` is a file on this site", "format": "the file's format (`PDF`, `ZIP`); null for links",
        "size": "the file's size (`12 KB`); null for links", "categories": "null when none; else `items` (`title`, `url`)",
        "tags": "null when none; else `items` (`title`, `url`)", "related": RelatedLink.fieldDocs,
    ]
    static let example = ResourcePageData(type: "Document", description: "<p>A checklist.</p>", published: "24 November 2026", publishedISO: "2026-11-24",
                                          membersOnly: false, link: "/resources/files/quay-inspection-checklist-1a2b3c4d.pdf", isFile: true, format: "PDF",
                                          size: "1 KB", categories: ItemList([Link(title: "Safety", url: "/resources/category/safety/")]), tags: nil,
                                          related: RelatedLink.example)
}
