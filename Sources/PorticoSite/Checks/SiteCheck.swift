import Foundation
import PorticoModel

/// `portico check`: reads every page and stylesheet of a built site once and reports broken internal links (and
/// `#fragments` that name no element), missing assets (images, scripts, stylesheets, `url()` in CSS), pages over a
/// size budget, images without an `alt` attribute, and pages without a title or sharing one with another page.
/// Links to other sites are not fetched. Linear: each file is read once and each link looked up in a set.
public struct SiteCheck: Sendable {
    /// One problem, at a position in a file of the output.
    public struct Problem: Sendable, Comparable, CustomStringConvertible {
        public enum Kind: String, Sendable, CaseIterable {
            case brokenLink = "broken link"
            case brokenFragment = "broken fragment"
            case missingAsset = "missing asset"
            case pageOverBudget = "page over budget"
            case imageWithoutAlt = "image without alt"
            case missingTitle = "missing title"
            case duplicateTitle = "duplicate title"

            /// The kind counted: "2 broken links", "3 images without alt".
            func counted(_ count: Int) -> String {
                guard count != 1 else { return "1 \(rawValue)" }
                switch self {
                case .pageOverBudget: return "\(count) pages over budget"
                case .imageWithoutAlt: return "\(count) images without alt"
                default: return "\(count) \(rawValue)s"
                }
            }
        }
        public let file: String
        public let line: Int
        public let column: Int
        public let kind: Kind
        public let detail: String

        public var description: String { "\(file):\(line):\(column): \(kind.rawValue): \(detail)" }
        public static func < (lhs: Problem, rhs: Problem) -> Bool {
            (lhs.file, lhs.line, lhs.column, lhs.kind.rawValue) < (rhs.file, rhs.line, rhs.column, rhs.kind.rawValue)
        }
        public static func == (lhs: Problem, rhs: Problem) -> Bool { lhs.description == rhs.description }
    }

    /// What a check found and how much it read.
    public struct Report: Sendable {
        public let problems: [Problem]
        public let pages: Int
        public let links: Int
    }

    /// The site's absolute URL (`https://guild.example.org/members/`): links to it are internal, and paths are
    /// read below its path.
    public let baseURL: String
    /// Pages (HTML files) larger than this many bytes are reported.
    public let pageBudget: Int

    public init(baseURL: String, pageBudget: Int = 300 * 1024) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.pageBudget = pageBudget
    }

    var basePath: String {
        guard let url = URL(string: baseURL) else { return "/" }
        let path = url.path.isEmpty ? "/" : url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// What one file holds that the checks need.
    struct Scan: Sendable {
        var title: String?
        var noindex = false
        var ids = Set<String>()
        /// URL as written, whether it must be an asset, its position.
        var references: [(url: String, asset: Bool, line: Int, column: Int)] = []
        var problems: [Problem] = []
    }

    /// Checks the site in `directory`; `label` is how files are named in problems (`output`, `public`).
    public func run(_ directory: URL, label: String) throws -> Report {
        let files = try SiteFolder.files(in: directory, label: label, wellKnown: true)
        let fileSet = Set(files)
        let budget = pageBudget
        let scans: [Scan?] = try Parallel.map(files) { file -> Scan? in
            let isPage = file.hasSuffix(".html")
            guard isPage || file.hasSuffix(".css") else { return nil }
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(file)))
            var scan = isPage ? Self.scanPage(bytes, file: label + "/" + file) : Self.scanStylesheet(bytes)
            if isPage && bytes.count > budget {
                scan.problems.append(Problem(file: label + "/" + file, line: 1, column: 1, kind: .pageOverBudget,
                                             detail: "\(bytes.count / 1024) KB (budget \(budget / 1024) KB)"))
            }
            return scan
        }
        var idsByFile: [String: Set<String>] = [:]
        for (file, scan) in zip(files, scans) where file.hasSuffix(".html") { idsByFile[file] = scan?.ids }

        var problems: [Problem] = []
        var links = 0
        var titles: [String: String] = [:]
        let root = basePath
        for (file, scan) in zip(files, scans) {
            guard let scan else { continue }
            let shown = label + "/" + file
            problems += scan.problems
            for reference in scan.references {
                links += 1
                if let problem = check(reference.url, from: file, asset: reference.asset, files: fileSet, ids: idsByFile, root: root) {
                    problems.append(Problem(file: shown, line: reference.line, column: reference.column, kind: problem.kind, detail: problem.detail))
                }
            }
            guard file.hasSuffix(".html"), file != "404.html", !scan.noindex else { continue }
            if let title = scan.title, !title.isEmpty {
                // Files are sorted, so the first page with a title keeps it and later ones are named.
                if let first = titles[title] {
                    problems.append(Problem(file: shown, line: 1, column: 1, kind: .duplicateTitle, detail: "'\(title)' is also the title of \(label)/\(first)"))
                } else {
                    titles[title] = file
                }
            } else {
                problems.append(Problem(file: shown, line: 1, column: 1, kind: .missingTitle, detail: "the page has no <title>"))
            }
        }
        return Report(problems: problems.sorted(), pages: files.filter { $0.hasSuffix(".html") }.count, links: links)
    }

    /// The problem with one reference, if any.
    private func check(_ written: String, from file: String, asset: Bool, files: Set<String>, ids: [String: Set<String>],
                       root: String) -> (kind: Problem.Kind, detail: String)? {
        let reference = written.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reference.isEmpty else { return nil }
        var target: URL
        guard let pageURL = URL(string: "http://portico.invalid" + root + Self.urlPath(of: file)) else { return nil }
        if reference.lowercased().hasPrefix(baseURL.lowercased()) {
            target = URL(string: "http://portico.invalid" + root + reference.dropFirst(baseURL.count)) ?? pageURL
        } else if Self.scheme(of: reference) != nil {
            return nil   // another site, mailto:, tel:, data: — not checked offline
        } else if reference.hasPrefix("//") {
            return nil
        } else {
            guard let resolved = URL(string: reference, relativeTo: pageURL)?.absoluteURL else {
                return (asset ? .missingAsset : .brokenLink, "\(written) (not a valid URL)")
            }
            target = resolved
        }
        let decodedPath = target.path(percentEncoded: false)
        let path = decodedPath.isEmpty ? "/" : decodedPath
        guard path.hasPrefix(root) || path + "/" == root else {
            return (asset ? .missingAsset : .brokenLink, "\(written) (outside the site's base path \(root))")
        }
        var relative = String(path.dropFirst(min(root.count, path.count)))
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        var found = files.contains(relative)
        if !found && files.contains(relative + "/index.html") {
            relative += "/index.html"
            found = true
        }
        guard found else { return (asset ? .missingAsset : .brokenLink, "\(written) (no \(relative) in the output)") }
        if let fragment = target.fragment, !fragment.isEmpty, fragment != "top", relative.hasSuffix(".html") {
            let decoded = fragment.removingPercentEncoding ?? fragment
            if ids[relative]?.contains(decoded) != true {
                return (.brokenFragment, "\(written) (no id=\"\(decoded)\" on \(relative == file ? "this page" : relative))")
            }
        }
        return nil
    }

    /// `help/a/index.html` → `help/a/index.html`; the URL path a file is served at, below the base path.
    static func urlPath(of file: String) -> String {
        file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : (file == "index.html" ? "" : file)
    }

    /// The scheme of an absolute URL (`https`, `mailto`), nil for a relative reference.
    static func scheme(of reference: String) -> String? {
        guard let colon = reference.firstIndex(of: ":") else { return nil }
        let candidate = reference[..<colon]
        guard let first = candidate.first, first.isLetter,
              candidate.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) else { return nil }
        return candidate.lowercased()
    }

    /// Links, assets, ids, title, alt text and robots of one page.
    static func scanPage(_ bytes: [UInt8], file: String) -> Scan {
        let scanner = HTMLScanner(bytes)
        var scan = Scan()
        scan.title = scanner.title
        let positions = LinePositions(bytes)
        for tag in scanner.tags {
            let attributes = tag.attributes
            if let id = attributes["id"] { scan.ids.insert(id) }
            if tag.name == "a", let name = attributes["name"] { scan.ids.insert(name) }
            let (line, column) = positions.position(of: tag.offset)
            func add(_ url: String?, asset: Bool) {
                if let url { scan.references.append((url, asset, line, column)) }
            }
            switch tag.name {
            case "a", "area": add(attributes["href"], asset: false)
            case "link":
                let relations = (attributes["rel"] ?? "").lowercased().split(separator: " ")
                // Stylesheets and icons must exist; alternate, canonical, prev/next are pages.
                let isAsset = relations.contains { ["stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"].contains(String($0)) }
                add(attributes["href"], asset: isAsset)
            case "img", "script", "iframe", "embed", "audio", "video", "track", "source", "input":
                add(attributes["src"], asset: true)
                for candidate in (attributes["srcset"] ?? "").split(separator: ",") {
                    add(candidate.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init), asset: true)
                }
                if tag.name == "video" { add(attributes["poster"], asset: true) }
                if tag.name == "img" && attributes["alt"] == nil {
                    scan.problems.append(Problem(file: file, line: line, column: column, kind: .imageWithoutAlt,
                                                 detail: "<img src=\"\(attributes["src"] ?? "")\"> has no alt attribute (use alt=\"\" for a decorative image)"))
                }
            case "meta":
                if attributes["name"]?.lowercased() == "robots", attributes["content"]?.lowercased().contains("noindex") == true { scan.noindex = true }
            default: break
            }
        }
        return scan
    }

    /// The `url(...)` references of a stylesheet, each an asset.
    static func scanStylesheet(_ bytes: [UInt8]) -> Scan {
        var scan = Scan()
        let text = String(decoding: bytes, as: UTF8.self)
        let positions = LinePositions(bytes)
        var searchFrom = text.startIndex
        while let range = text.range(of: "url(", options: .caseInsensitive, range: searchFrom..<text.endIndex) {
            guard let close = text[range.upperBound...].firstIndex(of: ")") else { break }
            let url = text[range.upperBound..<close].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            let (line, column) = positions.position(of: text.utf8.distance(from: text.startIndex, to: range.lowerBound))
            if !url.hasPrefix("#") { scan.references.append((url, true, line, column)) }
            searchFrom = close
        }
        return scan
    }
}

/// Line and column (both from 1, columns in bytes) of byte offsets in a file.
struct LinePositions {
    private var lineStarts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
    }

    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }
}

/// A built site that failed `portico check`: the problems were listed; this is the summary line (exit 9).
public struct SiteCheckFailed: ReportedError, Sendable {
    public let problems: [SiteCheck.Problem]
    public init(problems: [SiteCheck.Problem]) { self.problems = problems }
    public var isInputError: Bool { false }
    public var exitCode: Int32? { 9 }
    public var description: String {
        let counts = SiteCheck.Problem.Kind.allCases.compactMap { kind -> String? in
            let count = problems.filter { $0.kind == kind }.count
            return count == 0 ? nil : kind.counted(count)
        }
        return "site check failed: \(problems.count) problem\(problems.count == 1 ? "" : "s") (\(counts.joined(separator: ", ")))"
    }
}
