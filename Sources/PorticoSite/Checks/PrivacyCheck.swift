import Foundation
import PorticoFormats
import PorticoModel
import PorticoMustache

/// `portico check --privacy`: reads the database for every value that must not be public, then scans every file of a
/// built site for each (as written, HTML-escaped and JSON-escaped, ASCII case ignored) in one pass per file.
///
/// What is private comes from the features' entity descriptions: every `identifying` column of every table (a
/// member's name, email, phone and website, staff emails, ticket subjects and messages, invoice and message
/// recipients), so a new feature's tables are checked without an edit here. A value also published legitimately is
/// not a leak where it is published, as the sections say (`SiteSection.publishedValues`): a listed member's
/// published values and the organization's name, email and tagline anywhere; an unlisted member's name and
/// consented values on their own profile page, even when the same text is also another record's private value.
/// Values shorter than five characters are skipped; long text (a message) is matched by its first 60 characters,
/// which survive Markdown rendering. Findings name the kind, the file, and the record and field matched, never
/// the value.
public struct PrivacyCheck: Sendable {
    /// One private value and the record and field it comes from (`members M000012 email`, `support_tickets 4
    /// requester_email`): named in findings so staff can judge, never the value itself.
    struct Secret: Sendable {
        let kind: String
        let value: String
        let source: String
        /// The value trimmed and lowercased, as matches and consents are compared (computed once, not per match).
        var key: String { PrivacyCheck.key(value) }
    }

    static func key(_ value: String) -> String { value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    /// A private value of some kind found in a file, with the record and field it matched.
    public struct Finding: Sendable, Equatable, Comparable, CustomStringConvertible {
        public let kind: String
        public let file: String
        public let source: String
        public var description: String { "\(file): \(kind) (\(source))" }
        public static func < (lhs: Finding, rhs: Finding) -> Bool { (lhs.file, lhs.kind, lhs.source) < (rhs.file, rhs.kind, rhs.source) }
    }

    let secrets: [Secret]
    /// The files where a value (lowercased, trimmed) is published with consent: an unlisted member's profile page.
    let publishedIn: [String: Set<String>]

    /// The private values in the database as of `today`.
    public init(store: Store, today: CalendarDate, auditKeyPath: String? = nil) throws {
        try self.init(store: store, today: today, auditKeyPath: auditKeyPath, sections: SectionRegistry.all)
    }

    /// The private values in the database as of `today`, less what `sections` publish.
    init(store: Store, today: CalendarDate, auditKeyPath: String?, sections: [any SiteSection.Type]) throws {
        let key = Self.key
        var publicValues = Set<String>()
        var publishedIn: [String: Set<String>] = [:]
        for section in sections {
            let published = try section.publishedValues(store: store, today: today)
            for value in published.everywhere { publicValues.insert(key(value)) }
            for (value, files) in published.onPages { publishedIn[key(value), default: []].formUnion(files) }
        }
        for setting in ["organization.name", "organization.email", "organization.tagline"] {
            if let value = try store.setting(setting) { publicValues.insert(key(value)) }
        }
        var secrets: [Secret] = []
        for entity in store.features.entities {
            let columns = entity.columns.filter { $0.privacy == .identifying && $0.type == .text }
            guard !columns.isEmpty else { continue }
            // A record is named by its audit key when that is not itself personal (a member number), else by its row id.
            let naming = entity.column(entity.auditKey).map { $0.privacy == .public } == true ? entity.auditKey : entity.primaryKey
            let what = entity.auditName.replacingOccurrences(of: "_", with: " ")
            try entity.forEachRecord(in: store) { row in
                let record = entity.table + " " + (row.values[naming]?.text ?? row.values[naming]?.integer.map(String.init) ?? "?")
                for column in columns {
                    guard let value = row.values[column.name]?.text else { continue }
                    secrets.append(Secret(kind: "private \(what) \(column.name.replacingOccurrences(of: "_", with: " "))",
                                          value: value.count > 60 ? String(value.prefix(60)) : value, source: record + " " + column.name))
                }
            }
        }
        if let auditKeyPath, let key = try? String(contentsOfFile: auditKeyPath, encoding: .utf8) {
            secrets.append(Secret(kind: "audit key", value: key.trimmingCharacters(in: .whitespacesAndNewlines), source: auditKeyPath))
        }
        // The key credentials are signed with: its public half is published (the DID document), never the seed.
        let credentialKeyPath = CredentialKey.defaultPath(forDatabase: store.path)
        if let key = try? String(contentsOfFile: credentialKeyPath, encoding: .utf8) {
            secrets.append(Secret(kind: "credential signing key", value: key.trimmingCharacters(in: .whitespacesAndNewlines), source: credentialKeyPath))
        }
        // Integration secrets (a webhook signing secret, an API token) live in the file beside the database.
        for (name, value) in ((try? IntegrationSettings.secrets(forDatabase: store.path)) ?? [:]).sorted(by: { $0.key < $1.key }) {
            secrets.append(Secret(kind: "integration secret \(name)", value: value, source: IntegrationSettings.secretsPath(forDatabase: store.path)))
        }
        self.secrets = secrets.filter { secret in
            let value = secret.value.trimmingCharacters(in: .whitespacesAndNewlines)
            return value.count >= 5 && !publicValues.contains(key(value))
        }
        self.publishedIn = publishedIn
    }

    /// The matcher over every secret's forms (as written, HTML-escaped, JSON-escaped), with each pattern's secret.
    private func matcher() -> (matcher: MultiPatternMatcher, owners: [Int]) {
        var patterns: [[UInt8]] = []
        var owners: [Int] = []
        for (index, secret) in secrets.enumerated() {
            let value = secret.value.trimmingCharacters(in: .whitespacesAndNewlines)
            let quoted = JSONText.quote(value)
            for variant in Set([value, HTMLEscaping.escape(value), String(quoted.dropFirst().dropLast())]) {
                patterns.append(Array(variant.utf8))
                owners.append(index)
            }
        }
        return (MultiPatternMatcher(patterns: patterns, caseInsensitive: true), owners)
    }

    /// Every private value found under `directory`, by file and kind, sorted.
    public func scan(_ directory: URL) throws -> [Finding] {
        let (matcher, ownerOf) = matcher()
        let (secrets, publishedIn) = (self.secrets, self.publishedIn)
        let keys = secrets.map(\.key)
        let files = try SiteFolder.files(in: directory, label: "output", wellKnown: true)
        let perFile: [[Finding]] = try Parallel.map(files) { file in
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(file)))
            var found = Set<Int>()
            for pattern in matcher.patternsFound(in: bytes) {
                let index = ownerOf[pattern]
                // Published here with consent (an unlisted member's own page), whichever record also holds the text.
                if publishedIn[keys[index]]?.contains(file) == true { continue }
                found.insert(index)
            }
            return found.map { Finding(kind: secrets[$0].kind, file: file, source: secrets[$0].source) }
        }
        return perFile.flatMap { $0 }.sorted()
    }
}

/// A built site that holds private values: the findings, each a kind and a file (never the value).
public struct PrivacyLeak: ReportedError, Sendable {
    public let findings: [PrivacyCheck.Finding]
    public init(findings: [PrivacyCheck.Finding]) { self.findings = findings }
    public var isInputError: Bool { false }
    public var exitCode: Int32? { 8 }
    public var description: String {
        let shown = findings.prefix(50).map { "  " + $0.description }.joined(separator: "\n")
        let more = findings.count > 50 ? "\n  … and \(findings.count - 50) more" : ""
        return "privacy check failed: \(findings.count) private value\(findings.count == 1 ? "" : "s") found in the output (file, kind, and the record and field it matched; values are not shown):\n" + shown + more
    }
}
