import Foundation

/// The organization settings staff can change (`portico-admin settings`), each with its own check.
/// Internal keys (such as the audit trail's head) are not settings and cannot be listed or set.
public enum SiteSettings {
    /// A setting staff may change.
    public struct Key: Sendable {
        public let name: String
        public let summary: String
        let validate: @Sendable (String) throws -> String
    }

    public static let keys: [Key] = [
        Key(name: "organization.name", summary: "The association's name, shown in the header and page titles.") {
            try Validate.text($0, field: "organization.name", maximum: 120)
        },
        Key(name: "organization.tagline", summary: "One line under the name on the home page.") {
            try Validate.text($0, field: "organization.tagline", maximum: 200)
        },
        Key(name: "organization.email", summary: "The public contact address in the footer.") {
            try Validate.email($0, field: "organization.email")
        },
        Key(name: "site.timezone", summary: "The IANA time zone dates are shown in (e.g. Europe/London).") { value in
            guard TimeZone(identifier: value) != nil else {
                throw ModelError.invalid(field: "site.timezone", value: value, reason: "not an IANA time zone")
            }
            return value
        },
    ]

    public static func key(_ name: String) throws -> Key {
        guard let key = keys.first(where: { $0.name == name }) else {
            throw ModelError.invalid(field: "setting", value: name, reason: "unknown setting; known: \(keys.map(\.name).joined(separator: ", "))")
        }
        return key
    }

    /// Every setting with its current value (nil when unset).
    public static func list(in store: Store) throws -> [(Key, String?)] {
        try keys.map { ($0, try store.setting($0.name)) }
    }

    /// Sets one setting after checking its value, and audits the change.
    @discardableResult
    public static func set(_ name: String, to value: String, in context: WriteContext) throws -> String {
        let key = try key(name)
        let checked = try key.validate(value)
        let before = try context.store.setting(name)
        try context.store.setSetting(name, checked)
        try context.audit(entity: "setting", id: name, before: before.map { ["value": .text($0)] }, after: ["value": .text(checked)])
        return checked
    }
}
