import Foundation
import PorticoDigest
import PorticoFormats
import PorticoMustache

/// A theme folder: Mustache layouts and partials (parsed once), and assets copied under content-hashed names.
public struct Theme: Sendable {
    /// The folders of a theme the build reads (each may be a link of its own).
    static let folders = ["layouts", "partials", "assets"]

    public let name: String
    public let library: TemplateLibrary
    /// Asset files: output path (with hash) by source path relative to `assets/`.
    public let assets: [(source: String, output: String, bytes: [UInt8])]

    /// Loads `themes/<name>/` from the site folder. Template syntax errors name the file, line and column.
    public init(siteDirectory: URL, name: String) throws {
        let root = siteDirectory.appendingPathComponent("themes").appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SiteError(file: "themes/\(name)", message: "theme folder not found")
        }
        self.name = name
        var templates: [String: Template] = [:]
        var origins: [String: String] = [:]
        for folder in ["layouts", "partials"] {
            for file in try SiteFolder.files(in: root.appendingPathComponent(folder), label: "themes/\(name)/\(folder)") where file.hasSuffix(".mustache") {
                let relative = "themes/\(name)/\(folder)/\(file)"
                let templateName = String(file.dropLast(".mustache".count))
                if let other = origins[templateName] {
                    throw SiteError(file: relative, message: "template name '\(templateName)' is also used by \(other)")
                }
                guard let source = try? String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8) else {
                    throw SiteError(file: relative, message: "not readable as UTF-8 text")
                }
                templates[templateName] = try Template(source: source, name: relative)
                origins[templateName] = relative
            }
        }
        var library = TemplateLibrary(templates: templates, strictPartials: true)
        library.strictNames = true
        self.library = library
        var assets: [(String, String, [UInt8])] = []
        let assetRoot = root.appendingPathComponent("assets")
        for file in try SiteFolder.files(in: assetRoot, label: "themes/\(name)/assets") {
            guard let data = FileManager.default.contents(atPath: assetRoot.appendingPathComponent(file).path) else {
                throw SiteError(file: "themes/\(name)/assets/\(file)", message: "cannot be read")
            }
            var bytes = [UInt8](data)
            if file.hasSuffix(".js") {
                // Scripts ship without comments and indentation: search.js is part of every first query's bytes.
                do { bytes = try JavaScriptMinifier.minify(bytes) } catch {
                    throw SiteError(file: "themes/\(name)/assets/\(file)", line: error.line, message: error.message)
                }
            }
            let hash = String(Hex.encode(SHA256.hash(bytes)).prefix(10))
            let url = URL(fileURLWithPath: file)
            let ext = url.pathExtension
            let stem = ext.isEmpty ? file : String(file.dropLast(ext.count + 1))
            assets.append((file, "assets/\(stem).\(hash)" + (ext.isEmpty ? "" : ".\(ext)"), bytes))
        }
        self.assets = assets.sorted { $0.0 < $1.0 }
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
