/// The documented exit codes shared by `portico` and `portico-admin` (see docs/cli.md).
public struct ExitCode: RawRepresentable, Equatable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// 0: the command did what it was asked.
    public static let success = ExitCode(rawValue: 0)
    /// 1: an unexpected failure (I/O, a bug); the message says what.
    public static let failure = ExitCode(rawValue: 1)
    /// 2: the command line is wrong (unknown command or option, missing value).
    public static let usage = ExitCode(rawValue: 2)
    /// 3: the input is invalid (a bad field value, a malformed file, a template or content error).
    public static let badInput = ExitCode(rawValue: 3)
    /// 4: the actor may not do this (unknown or inactive actor, or a missing capability).
    public static let permissionDenied = ExitCode(rawValue: 4)
    /// 5: the record asked for does not exist.
    public static let notFound = ExitCode(rawValue: 5)
    /// 6: the change conflicts with existing data (a duplicate, an overlap, a state that forbids it).
    public static let conflict = ExitCode(rawValue: 6)
    /// 7: the database cannot be used (not a database, corrupt, from a newer Portico, locked).
    public static let database = ExitCode(rawValue: 7)
    /// 8: the privacy check found values that must not be public in the built site (the build did not go live).
    public static let privacyLeak = ExitCode(rawValue: 8)
    /// 9: `portico check` found broken links, missing assets or other problems in the built site.
    public static let checkFailed = ExitCode(rawValue: 9)
    /// 10: `certifications verify` did not verify the credential (changed after signing, another issuer, revoked or expired).
    public static let notVerified = ExitCode(rawValue: 10)

    /// Every code in order, for the documentation.
    public static let all: [(ExitCode, String)] = [
        (.success, "success"), (.failure, "unexpected failure"), (.usage, "usage error: unknown command or option, missing value"),
        (.badInput, "invalid input: a field, file, template or content error"), (.permissionDenied, "permission denied"),
        (.notFound, "not found"), (.conflict, "conflict with existing data"), (.database, "database unusable: not a Portico database, empty, corrupt, older or newer schema, read-only or cannot be opened"),
        (.privacyLeak, "privacy check failed: the output holds private values (a build with --check-privacy did not replace the old output)"),
        (.checkFailed, "site check failed: broken links or fragments, missing assets, pages over budget, images without alt, missing or duplicate titles"),
        (.notVerified, "credential not verified: its signature does not match this site's keys, or it is revoked or expired"),
    ]

    public var description: String { String(rawValue) }
}
