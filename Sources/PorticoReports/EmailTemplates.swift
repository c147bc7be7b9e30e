import Foundation
import PorticoFormats
import PorticoModel
import PorticoMustache

/// The theme's email templates (`themes/<theme>/emails/<kind>.mustache`): a first line `Subject: …`, a blank line,
/// then the plain-text body. Rendered without HTML escaping (plain text), from a due notification's facts.
public struct EmailTemplates {
    let library: TemplateLibrary
    /// The folder the templates came from, for error messages.
    public let folder: URL

    /// Loads one template per notification kind (`renewal_reminder` → `renewal-reminder.mustache`) from `folder`,
    /// else from `fallback` (file name → text: the built-in default theme's emails); one in neither is an error
    /// naming the file.
    public init(folder: URL, fallback: [String: String] = [:]) throws {
        var sources: [String: String] = [:]
        for kind in OutboxMessage.kinds {
            let name = kind.replacingOccurrences(of: "_", with: "-") + ".mustache"
            let file = folder.appendingPathComponent(name)
            guard let text = (try? String(contentsOf: file, encoding: .utf8)) ?? fallback[name] else {
                throw ModelError.invalid(field: "--theme", value: file.path, reason: "missing email template for '\(kind)' notifications")
            }
            sources[kind] = text
        }
        var library = try TemplateLibrary(sources: sources) { folder.appendingPathComponent($0.replacingOccurrences(of: "_", with: "-") + ".mustache").path }
        library.escapesHTML = false
        self.library = library
        self.folder = folder
    }

    /// The subject and body for a due notification.
    public func render(_ notification: DueNotification) throws -> (subject: String, body: String) {
        let values = notification.facts.mapValues { MustacheValue.string($0) }
        let text = try library.render(notification.kind, .object(values))
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("Subject:") else {
            throw ModelError.invalid(field: "--theme", value: folder.path, reason: "the \(notification.kind) template must start with a 'Subject:' line")
        }
        let body = lines.count > 1 ? String(lines[1]).trimmingCharacters(in: .newlines) + "\n" : ""
        return (String(first.dropFirst("Subject:".count)).trimmingCharacters(in: .whitespaces), body)
    }
}
