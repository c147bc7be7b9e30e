import Foundation
import PorticoDefaultTheme
import PorticoDigest
import PorticoFormats
import PorticoMustache

/// A site's theme: Mustache layouts and partials (parsed once), and assets copied under content-hashed names.
///
/// Each file comes from the first layer that has it: the site's theme folder (`themes/<name>/`), then the parent
/// theme it names in `themes/<name>/theme.json` (`{"parent": "base"}`, and that one's parent, and so on), then the
/// default theme compiled into Portico (`DefaultTheme`). A theme overrides only what it changes; a site whose
/// theme is `default` needs no theme folder at all.
public struct Theme: Sendable {
    /// The folders of a theme the build reads (each may be a link of its own).
    static let folders = ["layouts", "partials", "assets"]
    /// Where a built-in file is said to come from in messages.
    static let builtInLabel = "the built-in default theme"

    public let name: String
    public let library: TemplateLibrary
    /// Asset files: output path (with hash) by source path relative to `assets/`.
    public let assets: [(source: String, output: String, bytes: [UInt8])]

    /// The theme folders of the site the build reads, the theme's own first, then its parents': their files are
    /// part of the rebuild fingerprint (the built-in theme changes only with the program, which the fingerprint
    /// also covers).
    static func chain(siteDirectory: URL, name: String) throws -> [String] {
        var chain: [String] = []
        var current: String? = name
        while let theme = current {
            guard theme.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" }),
                  !theme.isEmpty else {
                throw SiteError(file: chain.last.map { "themes/\($0)/theme.json" } ?? SiteConfig.fileName, message: "'\(theme)' is not a theme name (letters, digits, - and _)")
            }
            if chain.contains(theme) {
                throw SiteError(file: "themes/\(chain.last!)/theme.json", message: "the parent themes form a loop: \((chain + [theme]).joined(separator: " → "))")
            }
            let root = siteDirectory.appendingPathComponent("themes").appendingPathComponent(theme)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                // `default` is built in; any other theme must exist.
                if theme == "default" { break }
                throw SiteError(file: "themes/\(theme)", message: "theme folder not found")
            }
            chain.append(theme)
            current = try parent(of: root, label: "themes/\(theme)/theme.json")
        }
        return chain
    }

    /// The parent a theme names in its `theme.json`, if any.
    private static func parent(of root: URL, label: String) throws -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("theme.json").path) else { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw SiteError(file: label, message: "is not a JSON object such as {\"parent\": \"default\"}")
        }
        if let unknown = object.keys.first(where: { $0 != "parent" }) { throw SiteError(file: label, message: "unknown key '\(unknown)' (known: parent)") }
        guard let parent = object["parent"] else { return nil }
        guard let name = parent as? String else { throw SiteError(file: label, message: "'parent' must be a theme's name") }
        return name
    }

    /// Loads the theme `name` of the site, with its parents and the built-in default beneath it. Template syntax
    /// errors name the file, line and column.
    /// `sectionTemplates` (name → source) are the sections' own defaults, used beneath all of those.
    public init(siteDirectory: URL, name: String, sectionTemplates: [String: String] = [:]) throws {
        self.name = name
        let chain = try Self.chain(siteDirectory: siteDirectory, name: name)
        var templates: [String: Template] = [:]
        var assets: [String: (label: String, bytes: [UInt8])] = [:]
        // Layers from the highest; a file is taken from the first layer that has it.
        for theme in chain {
            let root = siteDirectory.appendingPathComponent("themes").appendingPathComponent(theme)
            var layer: [String: String] = [:]
            for folder in ["layouts", "partials"] {
                for file in try SiteFolder.files(in: root.appendingPathComponent(folder), label: "themes/\(theme)/\(folder)") where file.hasSuffix(".mustache") {
                    let relative = "themes/\(theme)/\(folder)/\(file)"
                    let templateName = String(file.dropLast(".mustache".count))
                    if let other = layer[templateName] { throw SiteError(file: relative, message: "template name '\(templateName)' is also used by \(other)") }
                    layer[templateName] = relative
                    guard templates[templateName] == nil else { continue }
                    guard let source = try? String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8) else {
                        throw SiteError(file: relative, message: "not readable as UTF-8 text")
                    }
                    templates[templateName] = try Template(source: source, name: relative)
                }
            }
            let assetRoot = root.appendingPathComponent("assets")
            for file in try SiteFolder.files(in: assetRoot, label: "themes/\(theme)/assets") where assets[file] == nil {
                guard let data = FileManager.default.contents(atPath: assetRoot.appendingPathComponent(file).path) else {
                    throw SiteError(file: "themes/\(theme)/assets/\(file)", message: "cannot be read")
                }
                assets[file] = ("themes/\(theme)/assets/\(file)", [UInt8](data))
            }
        }
        for (path, text) in DefaultTheme.files.sorted(by: { $0.key < $1.key }) {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let label = "\(Self.builtInLabel): \(path)"
            switch parts[0] {
            case "layouts", "partials":
                let templateName = String(parts[1].dropLast(".mustache".count))
                guard parts[1].hasSuffix(".mustache"), templates[templateName] == nil else { continue }
                templates[templateName] = try Template(source: text, name: label)
            case "assets":
                if assets[parts[1]] == nil { assets[parts[1]] = (label, Array(text.utf8)) }
            default:
                continue
            }
        }
        for (templateName, text) in sectionTemplates.sorted(by: { $0.key < $1.key }) where templates[templateName] == nil {
            templates[templateName] = try Template(source: text, name: "the section's default template '\(templateName)'")
        }
        var library = TemplateLibrary(templates: templates, strictPartials: true)
        library.strictNames = true
        self.library = library
        self.assets = try assets.sorted { $0.key < $1.key }.map { file, source in
            var bytes = source.bytes
            if file.hasSuffix(".js") {
                // Scripts ship without comments and indentation: search.js is part of every first query's bytes.
                do { bytes = try JavaScriptMinifier.minify(bytes) } catch let failure as JavaScriptMinifier.Failure {
                    throw SiteError(file: source.label, line: failure.line, message: failure.message)
                }
            }
            let hash = String(Hex.encode(SHA256.hash(bytes)).prefix(10))
            let url = URL(fileURLWithPath: file)
            let ext = url.pathExtension
            let stem = ext.isEmpty ? file : String(file.dropLast(ext.count + 1))
            return (file, "assets/\(stem).\(hash)" + (ext.isEmpty ? "" : ".\(ext)"), bytes)
        }
    }

    /// The hashed URL of an asset by its source name, keyed for templates (`style.css` → `style_css`).
    func assetContext(basePath: String) -> [String: String] {
        var context: [String: String] = [:]
        for asset in assets {
            let key = asset.source.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            context[key] = basePath + asset.output
        }
        return context
    }
}
