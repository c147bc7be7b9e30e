import PorticoFormats
import Foundation
import PorticoMarkdown

/// Reads `content/**/*.md` and `*.html`: front matter, slugs, URLs, drafts, and Markdown in trusted mode.
public struct ContentLoader: Sendable {
    public let siteDirectory: URL
    public let includeDrafts: Bool
    /// The site's base path (`/` or `/guild/`): links written from the root (`/help/`) are placed under it.
    public let basePath: String

    public init(siteDirectory: URL, includeDrafts: Bool, basePath: String = "/") {
        self.siteDirectory = siteDirectory
        self.includeDrafts = includeDrafts
        self.basePath = basePath
    }

    /// Every page, sorted by URL. Two pages at one URL is an error naming both files. Files are parsed and their
    /// Markdown rendered in parallel across cores; the first error in file order is reported, so runs agree.
    public func load() throws -> [ContentPage] {
        let root = siteDirectory.appendingPathComponent("content")
        let files = try SiteFolder.files(in: root, label: "content").filter { $0.hasSuffix(".md") || $0.hasSuffix(".html") }
        let loaded = try Parallel.map(files) { try loadPage(relative: $0, root: root) }
        var pages: [ContentPage] = []
        var byURL: [String: String] = [:]
        for page in loaded {
            guard let page else { continue }
            if let other = byURL[page.urlPath] {
                throw SiteError(file: page.sourcePath, message: "has the same URL /\(page.urlPath) as \(other); give one a different slug")
            }
            byURL[page.urlPath] = page.sourcePath
            pages.append(page)
        }
        return pages.sorted { $0.urlPath < $1.urlPath }
    }

    func loadPage(relative: String, root: URL) throws -> ContentPage? {
        let sourcePath = "content/" + relative
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else {
            throw SiteError(file: sourcePath, message: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SiteError(file: sourcePath, message: "is not valid UTF-8 text")
        }
        let matter = try FrontMatter(parsing: text, file: sourcePath)
        let isDraft = try bool(matter, "draft", sourcePath) ?? false
        if isDraft && !includeDrafts { return nil }

        var segments = relative.split(separator: "/").map(String.init)
        let fileName = segments.removeLast()
        for segment in segments where !Slug.isValid(segment) {
            throw SiteError(file: sourcePath, message: "folder name '\(segment)' is not a valid slug (lowercase letters, digits and hyphens)")
        }
        let directory = segments.joined(separator: "/")
        let stem = String(fileName[..<(fileName.lastIndex(of: ".") ?? fileName.endIndex)])
        let isIndex = stem == "_index"
        var slug = isIndex ? (segments.last ?? "") : stem
        if let custom = try string(matter, "slug", sourcePath) {
            guard !isIndex else { throw SiteError(file: sourcePath, message: "an _index page takes its folder's name; 'slug' is not allowed here") }
            slug = custom
        }
        if !isIndex && !Slug.isValid(slug) {
            throw SiteError(file: sourcePath, message: "slug '\(slug)' is not valid (lowercase letters, digits and hyphens, no '/' or '..')")
        }
        let urlPath = isIndex ? (directory.isEmpty ? "" : directory + "/") : (directory.isEmpty ? "" : directory + "/") + slug + "/"

        let rendered: RenderedMarkdown
        if fileName.hasSuffix(".md") {
            rendered = Markdown.render(matter.body, options: MarkdownOptions.trusted.rooted(at: basePath))
        } else {
            rendered = RenderedMarkdown(html: matter.body, headings: [])
        }
        let title = try string(matter, "title", sourcePath) ?? rendered.headings.first?.text ?? stem.replacingOccurrences(of: "-", with: " ").capitalized
        let tags = try list(matter, "tags", sourcePath)
        for tag in tags where tag.isEmpty { throw SiteError(file: sourcePath, message: "tags must not be empty") }
        let order: Int?
        switch matter["order"] {
        case nil, .null?: order = nil
        case .int(let value)?: order = value
        default: throw SiteError(file: sourcePath, line: line(of: "order", in: text), message: "'order' must be a whole number")
        }
        return ContentPage(
            sourcePath: sourcePath, directory: directory, slug: slug, urlPath: urlPath, title: title,
            summary: try string(matter, "summary", sourcePath), date: try date(matter, "date", sourcePath, text),
            updated: try date(matter, "updated", sourcePath, text), isDraft: isDraft, tags: tags, order: order, isIndex: isIndex,
            fields: matter.fields, html: rendered.html, headings: rendered.headings)
    }

    private func line(of key: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix(key + ":") {
            return index + 1
        }
        return nil
    }

    private func string(_ matter: FrontMatter, _ key: String, _ file: String) throws -> String? {
        switch matter[key] {
        case nil, .null?: return nil
        case .list?: throw SiteError(file: file, message: "'\(key)' must be text, not a list")
        case let value?: return value.text
        }
    }

    private func bool(_ matter: FrontMatter, _ key: String, _ file: String) throws -> Bool? {
        switch matter[key] {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        default: throw SiteError(file: file, message: "'\(key)' must be true or false")
        }
    }

    private func date(_ matter: FrontMatter, _ key: String, _ file: String, _ text: String) throws -> String? {
        switch matter[key] {
        case nil, .null?: return nil
        case .date(let value)?: return value
        default: throw SiteError(file: file, line: line(of: key, in: text), message: "'\(key)' must be a date like 2026-01-31")
        }
    }

    private func list(_ matter: FrontMatter, _ key: String, _ file: String) throws -> [String] {
        switch matter[key] {
        case nil, .null?: return []
        case .list(let items)?: return items.compactMap(\.text)
        case let value?: return value.text.map { [$0] } ?? []
        }
    }
}
