import Foundation
import PorticoFormats
import PorticoModel
import PorticoMustache

/// `portico check --privacy`: reads the database for every value that must not be public, then scans every file of a
/// built site for each (as written, HTML-escaped and JSON-escaped, ASCII case ignored) in one pass per file.
///
/// Private: everything about members who are not published (`members`/`hidden` visibility, or no current
/// membership): name, email, phone, website; the email, phone and website of published members who did not
/// consent; an unlisted member's name anywhere but their own profile page; staff emails; support tickets (subjects,
/// requesters, messages); the audit key. A value also published legitimately is not a leak where it is published:
/// a listed member's published values and the organization's name, email and tagline anywhere; an unlisted
/// member's name and consented values on their own profile page, even when the same text is also another record's
/// private value (two members of one name, a member's consented email that is also a ticket's requester). Values
/// shorter than five characters are skipped. Findings name the kind, the file, and the record and field matched,
/// never the value.
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
        let key = Self.key
        let published = try MemberDirectory.published(on: today, in: store)
        // Values listed members publish are public everywhere; an unlisted member's only on their own page.
        var publicValues = Set<String>()
        var publishedIn: [String: Set<String>] = [:]
        let slugs = MemberDirectorySection.slugs(for: published)
        for (member, slug) in zip(published, slugs) {
            let values = [member.name, member.email, member.phone, member.website, member.company, member.city, member.jobTitle].compactMap { $0 }
            if member.listed {
                for value in values { publicValues.insert(key(value)) }
            } else {
                for value in values { publishedIn[key(value), default: []].insert(MemberDirectorySection.root + slug + "/index.html") }
            }
        }
        for key in ["organization.name", "organization.email", "organization.tagline"] {
            if let value = try store.setting(key) { publicValues.insert(value.lowercased()) }
        }
        var secrets: [Secret] = []
        let shown = Dictionary(uniqueKeysWithValues: published.map { ($0.id, $0) })
        try store.database.forEachRow("SELECT id, member_number, name, email, phone, website FROM members") { row in
            guard let id = row["id"].integer else { return }
            let record = "members " + (row["member_number"].text ?? String(id))
            if let member = shown[id] {
                if !member.listed {
                    secrets.append(Secret(kind: "name of an unlisted member outside their profile page", value: member.name, source: record + " name"))
                }
                for (column, published) in [("email", member.email), ("phone", member.phone), ("website", member.website)] {
                    if published == nil, let value = row[column].text {
                        secrets.append(Secret(kind: "\(column) without the member's consent", value: value, source: record + " " + column))
                    }
                }
            } else {
                for column in ["name", "email", "phone", "website"] {
                    if let value = row[column].text { secrets.append(Secret(kind: "\(column) of an unpublished member", value: value, source: record + " " + column)) }
                }
            }
        }
        try store.database.forEachRow("SELECT id, email FROM staff") { row in
            secrets.append(Secret(kind: "staff email", value: row["email"].text ?? "", source: "staff \(row["id"].integer ?? 0) email"))
        }
        try store.database.forEachRow("SELECT id, subject, requester_email FROM support_tickets") { row in
            let record = "support_tickets \(row["id"].integer ?? 0)"
            secrets.append(Secret(kind: "support ticket subject", value: row["subject"].text ?? "", source: record + " subject"))
            secrets.append(Secret(kind: "support requester email", value: row["requester_email"].text ?? "", source: record + " requester_email"))
        }
        try store.database.forEachRow("SELECT id, body FROM support_messages") { row in
            // A message's opening words are enough to recognise it, and survive Markdown rendering.
            secrets.append(Secret(kind: "support message", value: String((row["body"].text ?? "").prefix(60)),
                                  source: "support_messages \(row["id"].integer ?? 0) body"))
        }
        if let auditKeyPath, let key = try? String(contentsOfFile: auditKeyPath, encoding: .utf8) {
            secrets.append(Secret(kind: "audit key", value: key.trimmingCharacters(in: .whitespacesAndNewlines), source: auditKeyPath))
        }
        self.secrets = secrets.filter { secret in
            let value = secret.value.trimmingCharacters(in: .whitespacesAndNewlines)
            return value.count >= 5 && !publicValues.contains(key(value))
        }
        self.publishedIn = publishedIn
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
        let (ownerOf, secrets, publishedIn) = (owners, self.secrets, self.publishedIn)
        let keys = secrets.map(\.key)
        let files = try SiteFolder.files(in: directory, label: "output")
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
