import Foundation
import PorticoFormats
import PorticoModel
import PorticoMustache

/// Builds the public site: load → assemble → render → write, each step timed and named in errors.
public final class Site {
    public let options: BuildOptions
    private var steps: [(String, Double)] = []

    // What the load step reads.
    private var config = SiteConfig()
    private var theme: Theme!
    private var data: SiteData!
    private var pages: [ContentPage] = []
    /// Open from load to the end of assemble, inside one read transaction: every section sees the same snapshot.
    private var store: Store?
    // What the assemble step produces.
    private var jobs: [RenderJob] = []
    private var files: [StaticFile] = []
    /// With `--check-privacy`: the database's private values, read in the build's snapshot.
    private var privacy: PrivacyCheck?
    /// The build's one clock: the site's time zone (portico.json's, else the database's `site.timezone`, else UTC)
    /// and today in it, read once when the build starts and used by every step (fingerprint, privacy, sections).
    private var timeZone = "UTC"
    private var today = CalendarDate(dayNumber: 0)

    /// The sections this build assembles, in order (the registry; tests plug in their own).
    let sectionTypes: [any SiteSection.Type]
    /// Test hook: sees every SQL statement the build runs after opening the database.
    var traceSQL: ((String) -> Void)?

    /// The base URL the site in `outputDirectory` was last built for (`build --base-url` or portico.json's), from
    /// its manifest; nil when it was not built by Portico or the manifest is gone.
    public static func builtBaseURL(of outputDirectory: URL) -> String? {
        BuildManifest.load(for: outputDirectory).map(\.baseURL).flatMap { $0.isEmpty ? nil : $0 }
    }

    public init(options: BuildOptions) {
        self.options = options
        self.sectionTypes = SectionRegistry.all
    }

    init(options: BuildOptions, sections: [any SiteSection.Type]) {
        self.options = options
        self.sectionTypes = sections
    }

    /// Runs the whole build. On any error the previous output is left as it was.
    public func build() throws -> BuildSummary {
        let started = Date()
        steps = []
        jobs = []
        files = []
        try checkOutputLocation()
        // The build only reads: the database is opened read-only, never migrated, its bytes left as they were;
        // one read transaction spans load and assemble, so every section sees the same snapshot.
        let store = try Store(readingOnly: options.databasePath, clock: options.clock, features: options.features)
        // A database without its first admin was never finished (an interrupted creation by an older version):
        // building from it would publish a site with no members rather than say so.
        if try StaffRecords.count(in: store) == 0 { throw StoreError.unfinished(path: options.databasePath) }
        store.traceExecutedSQL = traceSQL
        var writer: OutputWriter!
        try store.reading {
            self.store = store
            defer { self.store = nil }
            var inputs = ""
            try step("load") { config = try SiteConfig.load(siteDirectory: options.siteDirectory) }
            (timeZone, today) = try SiteDay(config: config, store: store).pair
            try step("fingerprint") {
                let tables = ["settings"] + sectionTypes.flatMap { $0.tables }
                // Each theme folder of the chain (each may be a link of its own); the chain itself follows theme.json,
                // and the built-in theme changes only with the program, which the fingerprint covers.
                let chain = try Theme.chain(siteDirectory: options.siteDirectory, name: config.theme)
                let folders = ["content"] + chain.flatMap { theme in Theme.folders.map { "themes/\(theme)/\($0)" } }
                inputs = try InputFingerprint.compute(options: options, folders: folders, store: store, tables: tables, today: today.description)
            }
            let baseURL = try options.baseURL.map { try SiteURL.base($0, source: "--base-url") } ?? config.baseURL
            writer = try OutputWriter(outputDirectory: options.outputDirectory, faultAfterWrites: options.faultAfterWrites, inputs: inputs, baseURL: baseURL)
            if options.checkPrivacy { privacy = try PrivacyCheck(store: store, today: today, auditKeyPath: nil, sections: sectionTypes) }
            if writer.upToDate != nil { return }
            do {
                try step("load", load)
                try step("assemble", assemble)
            } catch {
                writer.discard()
                throw error
            }
        }
        if let upToDate = writer.upToDate {
            // Unchanged input: the output is what an earlier build wrote; with --check-privacy it is checked as it is.
            if let privacy {
                let findings = try privacy.scan(options.outputDirectory)
                if !findings.isEmpty { writer.finishUnchanged(); throw PrivacyLeak(findings: findings) }
            }
            writer.finishUnchanged()
            return BuildSummary(pages: upToDate.pages, files: upToDate.hashes.count, written: 0, unchanged: upToDate.hashes.count,
                                removed: 0, seconds: Date().timeIntervalSince(started), steps: steps)
        }
        do {
            try step("render") { try render(with: writer) }
            try step("write") { try write(with: writer) }
            if let privacy {
                // Checked in the staging folder: a leaking build never replaces the live output.
                try step("privacy") {
                    let findings = try privacy.scan(writer.stagingDirectory)
                    if !findings.isEmpty { throw PrivacyLeak(findings: findings) }
                }
            }
        } catch {
            writer.discard()
            throw error
        }
        let removed = countRemoved(keeping: Set(writer.writtenPaths), previous: writer.previousPaths)
        try step("commit") { try writer.commit(pages: jobs.count) }
        return BuildSummary(pages: jobs.count, files: writer.written + writer.unchanged, written: writer.written, unchanged: writer.unchanged,
                            removed: removed, seconds: Date().timeIntervalSince(started), steps: steps)
    }

    /// Runs one named step: its errors are stamped with the name, and its time is added to the step's total
    /// (a section is timed once, though it is first built and later asked for its pages).
    private func step(_ name: String, _ body: () throws -> Void) throws {
        let started = Date()
        options.progress?("Building: \(name)", nil, nil)
        do {
            try body()
        } catch var error as SiteError {
            error.step = error.step ?? name
            throw error
        }
        let seconds = Date().timeIntervalSince(started)
        if let index = steps.firstIndex(where: { $0.0 == name }) { steps[index].1 += seconds } else { steps.append((name, seconds)) }
    }

    /// The output folder must not be the site folder or hold it: swapping it would swap the site away.
    private func checkOutputLocation() throws {
        let output = options.outputDirectory.resolvingSymlinksInPath().path
        let site = options.siteDirectory.resolvingSymlinksInPath().path
        if output == site || site.hasPrefix(output + "/") || output == "/" {
            throw SiteError(message: "refusing to build into \(output): it holds the site folder itself; choose another --out")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && !isDirectory.boolValue {
            throw SiteError(message: "refusing to replace \(output): it is a file, not a folder; choose another --out")
        }
        // The build replaces the output folder whole, so it must be one a build wrote (or empty, or absent).
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        let signature = ["404.html", "robots.txt", "sitemap.xml"]
        if !existing.isEmpty && !signature.allSatisfy(existing.contains) {
            throw SiteError(message: "refusing to replace \(output): it is not empty and does not look like a Portico build (no \(signature.joined(separator: ", "))); remove it or choose another --out")
        }
    }

    // MARK: - Steps

    private func load() throws {
        // portico.json was read before the fingerprint; here only the command line's override is applied.
        if let baseURL = options.baseURL { config.baseURL = try SiteURL.base(baseURL, source: "--base-url") }
        guard let store else { throw SiteError(message: "the build read no database", isInputError: false) }
        data = try SiteData.load(from: store)
        theme = try Theme(siteDirectory: options.siteDirectory, name: config.theme,
                          sectionTemplates: sectionTypes.reduce(into: [:]) { $0.merge($1.defaultTemplates) { first, _ in first } })
        pages = try ContentLoader(siteDirectory: options.siteDirectory, includeDrafts: options.includeDrafts, basePath: config.basePath).load()
    }

    /// Asks each section for its pages, files and search documents; then the search page, assets, sitemap and robots.txt.
    private func assemble() throws {
        guard let store else { throw SiteError(message: "the build read no database", isInputError: false) }
        let registry = sectionTypes
        var input = SectionInput(config: config, data: data, pages: pages, store: store, timeZone: timeZone, today: today,
                                 claimedFolders: Set(registry.compactMap { $0.contentFolder }))
        input.siteDirectory = options.siteDirectory
        var sections: [any SiteSection] = []
        for type in registry {
            try step(type.name) { if let section = try type.init(input: input) { sections.append(section) } }
        }
        for section in sections {
            let type = Swift.type(of: section)
            for layout in type.layouts where theme.library.templates[layout] == nil {
                throw SiteError(file: "themes/\(config.theme)/layouts/\(layout).mustache", message: "missing: the theme has no '\(layout)' layout, which the \(type.name) section needs")
            }
        }

        var navigation: [(String, String)] = [("Home", "")]
        navigation += sections.compactMap(\.navigation)
        for entry in config.menu {
            navigation.append((entry.title, entry.url))
        }
        var context = PageContext(config: config, data: data, assets: theme.assetContext(basePath: config.basePath), navigation: navigation)
        try step("related") { context.related = RelatedContent(pages: sections.flatMap { $0.relatedDocuments() }) }
        for section in sections { context.sponsors.merge(section.sponsorBlocks(context: context)) { $0 + $1 } }
        let feeds = sections.flatMap { $0.apiFeeds(context: context) }
        context.apiFeeds = Set(feeds.map(\.name))
        files += APIFiles.files(feeds)
        if !feeds.isEmpty { files.append(APIFiles.headers(basePath: config.basePath)) }

        var documents: [SearchDocument] = []
        var searchSections: [SearchSection] = []
        var browseLinks: [TopicLink] = []
        var owners: [String] = []
        for section in sections {
            let name = Swift.type(of: section).name
            try step(name) {
                let sectionJobs = try section.jobs(context: context)
                jobs += sectionJobs
                owners += sectionJobs.map { $0.source ?? "the \(name) section" }
                files += try section.files(context: context)
                let sectionDocuments = section.searchDocuments(context: context).map { document -> SearchDocument in
                    var document = document
                    document.kind = name
                    return document
                }
                if !sectionDocuments.isEmpty { searchSections.append(SearchSection(value: name, label: Swift.type(of: section).searchLabel)) }
                documents += sectionDocuments
                browseLinks += section.browseLinks(context: context)
            }
        }
        if !documents.isEmpty {
            let search = SearchPage(documents: documents, browseLinks: browseLinks, sections: searchSections)
            try step("search") {
                let searchJobs = try search.jobs(context: context)
                jobs += searchJobs
                owners += searchJobs.map { _ in "the search page" }
                files += try search.files(context: context)
            }
        }
        try checkOutputsAreDistinct(owners: owners)
        files += Redirect.files(sections.flatMap { $0.redirects() }, taken: Set(jobs.map(\.outputPath) + files.map(\.outputPath)),
                                baseURL: config.baseURL, basePath: config.basePath, language: config.language)
        for template in Set(jobs.map(\.template)).sorted() where theme.library.templates[template] == nil {
            let needer = jobs.first { $0.template == template }?.outputPath ?? ""
            throw SiteError(file: "themes/\(config.theme)/layouts/\(template).mustache",
                            message: "missing: the theme has no '\(template)' layout, which \(needer) needs")
        }
        for asset in theme.assets { files.append(StaticFile(outputPath: asset.output, bytes: asset.bytes)) }
        for sitemap in Sitemap.files(jobs.compactMap(\.sitemap), baseURL: config.baseURL) {
            files.append(StaticFile(outputPath: sitemap.path, bytes: Array(sitemap.text.utf8)))
        }
        files.append(StaticFile(outputPath: "robots.txt", bytes: Array(Sitemap.robots(baseURL: config.baseURL).utf8)))
    }

    /// Two pages may not share an output file: the error names the content file and what else wants its URL.
    private func checkOutputsAreDistinct(owners: [String]) throws {
        var seen: [String: Int] = [:]
        for (index, job) in jobs.enumerated() {
            guard let earlier = seen.updateValue(index, forKey: job.outputPath) else { continue }
            let (first, second) = (owners[earlier], owners[index])
            let file = [first, second].first { $0.hasPrefix("content/") }
            let other = file == first ? second : first
            throw SiteError(file: file, message: "its page /\(job.outputPath.dropLast("index.html".count)) is also generated by \(other); give it a different slug")
        }
    }

    private func render(with writer: OutputWriter) throws {
        let library = theme.library
        let jobs = self.jobs
        let failure = FirstFailure()
        let rendered = Counter()
        let progress = options.progress
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            do {
                let text = job.format.finish(try library.render(job.template, job.context(), escaping: job.format.escaping))
                try writer.write(Array(text.utf8), to: job.outputPath)
                if let progress { progress("Building: rendering pages", rendered.increment(), jobs.count) }
            } catch let error as TemplateError {
                // The template's position, and the page being rendered when it failed.
                failure.record(SiteError(file: error.file, line: error.line, column: error.column,
                                         message: "\(error.reason), rendering \(job.outputPath)\n    \(error.sourceLine)"), order: index)
            } catch {
                failure.record(error, order: index)
            }
        }
        if let error = failure.error { throw error }
    }

    private func write(with writer: OutputWriter) throws {
        _ = try Parallel.map(files) { file in try writer.write(file.bytes, to: file.outputPath) }
    }

    private func countRemoved(keeping paths: Set<String>, previous: Set<String>?) -> Int {
        if let previous { return previous.subtracting(paths).count }
        let old = (try? SiteFolder.files(in: options.outputDirectory, label: "output")) ?? []
        return old.filter { !paths.contains($0) }.count
    }
}

/// A count shared by worker threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Adds one and returns the new count.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// The first error of a parallel step (by job order, so the message is the same on every run).
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: (Int, Error)?

    func record(_ error: Error, order: Int) {
        lock.lock()
        if recorded == nil || order < recorded!.0 { recorded = (order, error) }
        lock.unlock()
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return recorded?.1
    }
}
