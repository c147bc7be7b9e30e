import Foundation
import PorticoFormats
import PorticoModel
import PorticoMustache

/// `portico check --privacy`: reads the database for every value that must not be public, then scans every file of a
/// built site for each (as written, HTML-escaped and JSON-escaped, ASCII case ignored) in one pass per file.
///
/// Private: everything about members who are not published (`members`/`hidden` visibility, or no current
/// membership): name, email, phone, website; the email, phone and website of published members who did not
/// consent; an unlisted member's name anywhere but their own profile page; staff emails; support tickets (subjects, requesters, messages); the audit key. A value also published
/// legitimately (a listed member's name, the organization's email) is not searched for, and values
/// shorter than five characters are skipped. Findings name the kind and the file, never the value.
public struct PrivacyCheck: Sendable {
    /// One private value and where it may appear (an unlisted member's own profile page).
    struct Secret: Sendable {
        let kind: String
        let value: String
        var allowedFile: String? = nil
    }

    /// A private value of some kind found in a file.
    public struct Finding: Sendable, Equatable, Comparable, CustomStringConvertible {
        public let kind: String
        public let file: String
        public var description: String { "\(file): \(kind)" }
        public static func < (lhs: Finding, rhs: Finding) -> Bool { (lhs.file, lhs.kind) < (rhs.file, rhs.kind) }
    }

    let secrets: [Secret]

    /// The private values in the database as of `today`.
    public init(store: Store, today: CalendarDate, auditKeyPath: String? = nil) throws {
        let published = try MemberDirectory.published(on: today, in: store)
        let publishedIDs = Set(published.map(\.id))
        // Values listed members publish; an unlisted member's values are public on their own page only.
        var publicValues = Set<String>()
        for member in published where member.listed {
            for value in [member.name, member.email, member.phone, member.website, member.company, member.city, member.jobTitle].compactMap({ $0 }) {
                publicValues.insert(value.lowercased())
            }
        }
        for key in ["organization.name", "organization.email", "organization.tagline"] {
            if let value = try store.setting(key) { publicValues.insert(value.lowercased()) }
        }
        var secrets: [Secret] = []
        let slugs = MemberDirectorySection.slugs(for: published)
        for (member, slug) in zip(published, slugs) {
            if !member.listed {
                secrets.append(Secret(kind: "name of an unlisted member outside their profile page", value: member.name,
                                      allowedFile: MemberDirectorySection.root + slug + "/index.html"))
            }
        }
        let shown = Dictionary(uniqueKeysWithValues: published.map { ($0.id, $0) })
        try store.database.forEachRow("SELECT id, name, email, phone, website FROM members") { row in
            guard let id = row["id"].integer else { return }
            if !publishedIDs.contains(id) {
                for (column, kind) in [("name", "name"), ("email", "email"), ("phone", "phone"), ("website", "website")] {
                    if let value = row[column].text { secrets.append(Secret(kind: "\(kind) of an unpublished member", value: value)) }
                }
                return
            }
            let member = shown[id]
            for (column, kind, published) in [("email", "email", member?.email), ("phone", "phone", member?.phone), ("website", "website", member?.website)] {
                if published == nil, let value = row[column].text { secrets.append(Secret(kind: "\(kind) without the member's consent", value: value)) }
            }
        }
        try store.database.forEachRow("SELECT email FROM staff") { secrets.append(Secret(kind: "staff email", value: $0["email"].text ?? "")) }
        try store.database.forEachRow("SELECT subject, requester_email FROM support_tickets") { row in
            secrets.append(Secret(kind: "support ticket subject", value: row["subject"].text ?? ""))
            secrets.append(Secret(kind: "support requester email", value: row["requester_email"].text ?? ""))
        }
        try store.database.forEachRow("SELECT body FROM support_messages") { row in
            // A message's opening words are enough to recognise it, and survive Markdown rendering.
            secrets.append(Secret(kind: "support message", value: String((row["body"].text ?? "").prefix(60))))
        }
        if let auditKeyPath, let key = try? String(contentsOfFile: auditKeyPath, encoding: .utf8) {
            secrets.append(Secret(kind: "audit key", value: key.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        self.secrets = secrets.filter { secret in
            let value = secret.value.trimmingCharacters(in: .whitespacesAndNewlines)
            return value.count >= 5 && !publicValues.contains(value.lowercased())
        }
    }

    /// Every private value found under `directory`, by file and kind, sorted.
    public func scan(_ directory: URL) throws -> [Finding] {
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
        let matcher = MultiPatternMatcher(patterns: patterns, caseInsensitive: true)
        let (ownerOf, secrets) = (owners, self.secrets)
        let files = try SiteFolder.files(in: directory, label: "output")
        let perFile: [[Finding]] = try Parallel.map(files) { file in
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(file)))
            var kinds = Set<String>()
            for pattern in matcher.patternsFound(in: bytes) {
                let secret = secrets[ownerOf[pattern]]
                if secret.allowedFile != file { kinds.insert(secret.kind) }
            }
            return kinds.map { Finding(kind: $0, file: file) }
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
        return "privacy check failed: \(findings.count) private value\(findings.count == 1 ? "" : "s") found in the output (kind and file; values are not shown):\n" + shown + more
    }
}
