/// What a request was for, in the site's own paths: a view of a resource, job, event, course or help article page, or
/// a download of a resource's file. Paths are the site's (under its base path); anything else is not counted.
public struct UsageItem: Hashable, Sendable {
    public static let kinds = ["resource", "job", "event", "course", "help", "sponsor"]

    /// `resource`, `job`, `event`, `course`, `help`, or `sponsor` (a click through a sponsor's link, which goes by
    /// the site's `sponsors/go/<slug>/` page so the log sees it).
    public let kind: String
    /// The item's slug (`start/add-member` for a help article: its category and slug).
    public let slug: String
    public let isDownload: Bool

    /// The item a request target names, if any. `basePath` is the site's (`/` or `/guild/`).
    public static func from(target: String, basePath: String) -> UsageItem? {
        var path = Substring(target)
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        guard path.hasPrefix(basePath) else { return nil }
        path = path.dropFirst(basePath.count)
        if path.hasSuffix("/index.html") { path = path.dropLast("index.html".count) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // A page is `section/slug/` (help: `help/category/article/`); a file `resources/files/<slug>-<hash>.<ext>`.
        if parts.count == 3, parts[0] == "resources", parts[1] == "files" {
            return fileSlug(parts[2]).map { UsageItem(kind: "resource", slug: $0, isDownload: true) }
        }
        guard parts.last == "", parts.dropLast().allSatisfy(isSlug) else { return nil }
        if parts.count == 4, parts[0] == "sponsors", parts[1] == "go" { return UsageItem(kind: "sponsor", slug: parts[2], isDownload: false) }
        switch (parts.count, parts.first) {
        case (3, "resources"?) where !Resource.reservedSlugs.contains(parts[1]): return UsageItem(kind: "resource", slug: parts[1], isDownload: false)
        case (3, "jobs"?): return UsageItem(kind: "job", slug: parts[1], isDownload: false)
        case (3, "events"?): return UsageItem(kind: "event", slug: parts[1], isDownload: false)
        case (3, "courses"?): return UsageItem(kind: "course", slug: parts[1], isDownload: false)
        case (4, "help"?) where parts[1] != "page": return UsageItem(kind: "help", slug: parts[1] + "/" + parts[2], isDownload: false)
        default: return nil
        }
    }

    /// The resource slug in a published file name: `quay-checklist-1a2b3c4d.pdf` → `quay-checklist`.
    public static func fileSlug(_ name: String) -> String? {
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        guard let dash = stem.lastIndex(of: "-") else { return nil }
        let hash = stem[stem.index(after: dash)...], slug = String(stem[..<dash])
        guard hash.count == 8, hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }), isSlug(slug) else { return nil }
        return slug
    }

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7a) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2d }
    }
}
