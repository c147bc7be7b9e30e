import Foundation
import PorticoSQLite

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
        Key(name: "notifications.reminder_days", summary: "Days before a membership ends that renewal reminders go out, e.g. 30,7,0 (the default).") { value in
            let days = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !days.isEmpty, days.allSatisfy({ Int($0).map { $0 >= 0 && $0 <= 366 } ?? false }) else {
                throw ModelError.invalid(field: "notifications.reminder_days", value: value, reason: "give whole days from 0 to 366 separated by commas, such as 30,7,0")
            }
            return days.joined(separator: ",")
        },
        Key(name: "stripe.tolerance_seconds", summary: "How old a signed Stripe event file may be, in seconds (default 300).") { value in
            guard let seconds = Int(value), seconds > 0 else {
                throw ModelError.invalid(field: "stripe.tolerance_seconds", value: value, reason: "give a whole number of seconds above zero")
            }
            return String(seconds)
        },
        Key(name: "xero.account_code", summary: "The Xero account code sales lines are posted to (e.g. 200).") {
            try Validate.text($0, field: "xero.account_code", maximum: 10)
        },
        Key(name: "xero.tax_type", summary: "The Xero tax type of sales lines (e.g. OUTPUT2, or NONE).") {
            try Validate.text($0, field: "xero.tax_type", maximum: 40)
        },
        Key(name: "site.url", summary: "The public site's address (https://…/): signed credentials name its did:web as their issuer.") {
            _ = try CredentialSigning.did(forSiteURL: $0)
            return $0.hasSuffix("/") ? $0 : $0 + "/"
        },
        Key(name: "jobs.default_days", summary: "Days a job stays open after it is approved unless given (default 30).") { value in
            guard let days = Int(value.trimmingCharacters(in: .whitespaces)), (1...366).contains(days) else {
                throw ModelError.invalid(field: "jobs.default_days", value: value, reason: "give whole days from 1 to 366, such as 30")
            }
            return String(days)
        },
        Key(name: "leads.endpoint", summary: "Where company contact forms post: hubspot, salesforce, url or none (default none: a mailto link).") {
            try Validate.choice($0, field: "leads.endpoint", allowed: ["hubspot", "salesforce", "url", "none"])
        },
        Key(name: "leads.hubspot_portal_id", summary: "HubSpot portal (account) id, for leads.endpoint hubspot.") {
            guard !$0.isEmpty, $0.allSatisfy(\.isNumber) else { throw ModelError.invalid(field: "leads.hubspot_portal_id", value: $0, reason: "digits only") }
            return $0
        },
        Key(name: "leads.hubspot_form_guid", summary: "HubSpot form GUID, for leads.endpoint hubspot.") {
            guard $0.count == 36, $0.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
                throw ModelError.invalid(field: "leads.hubspot_form_guid", value: $0, reason: "not a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
            }
            return $0.lowercased()
        },
        Key(name: "leads.salesforce_oid", summary: "Salesforce organization id (oid), for leads.endpoint salesforce.") {
            guard (15...18).contains($0.count), $0.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                throw ModelError.invalid(field: "leads.salesforce_oid", value: $0, reason: "not a Salesforce organization id (15 or 18 letters and digits)")
            }
            return $0
        },
        Key(name: "leads.form_url", summary: "The URL company contact forms post to, for leads.endpoint url.") {
            try Validate.webURL($0, field: "leads.form_url")
        },
        Key(name: "events.offer_hours", summary: "Hours a waiting-list place offered after a cancellation stays open before it passes to the next in line (default 48).") { value in
            guard let hours = Int(value.trimmingCharacters(in: .whitespaces)), (1...720).contains(hours) else {
                throw ModelError.invalid(field: "events.offer_hours", value: value, reason: "give whole hours from 1 to 720, such as 48")
            }
            return String(hours)
        },
    ] + ContactConsent.fields.flatMap { field in [
        Key(name: "directory.default.\(field)", summary: "Publish members' \(field) on their directory profile unless they said otherwise: yes or no (default no).") {
            try Validate.choice($0, field: "directory.default.\(field)", allowed: ["yes", "no"])
        },
        Key(name: "directory.lock.\(field)", summary: "yes: the default for \(field) applies to every member, whatever they chose (default no).") {
            try Validate.choice($0, field: "directory.lock.\(field)", allowed: ["yes", "no"])
        },
    ] }

    /// The settings table as records: only the keys above (internal keys such as the audit head are not records).
    /// Audited as `{"value": …}` under the key's name, as before the table had a description.
    public static let entity = Entity(table: "settings", auditName: "setting", auditKey: "key", columns: [
        .init("key", .text, allowed: keys.map(\.name), unique: true),
        .init("value", .text),
    ], primaryKey: "key", scope: ("key IN (" + keys.map { _ in "?" }.joined(separator: ", ") + ")", keys.map { .text($0.name) }),
       snapshotOmitsKey: true, transfer: .init(name: "settings", view: .recordsView, edit: .settingsManage),
       validate: { values in
           var values = values
           if let name = values["key"]?.text, let value = values["value"]?.text {
               values["value"] = .text(try key(name).validate(value))
           }
           return values
       })

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
        let checked = try key(name).validate(value)
        if let current = try entity.find("key", equals: .text(name), in: context.store) {
            try context.update(current, set: ["value": .text(checked)])
        } else {
            try context.insert(entity, ["key": .text(name), "value": .text(checked)])
        }
        return checked
    }

    /// Removes one setting (it goes back to its default), audited; false when it was not set.
    @discardableResult
    public static func remove(_ name: String, in context: WriteContext) throws -> Bool {
        _ = try key(name)
        guard let current = try entity.find("key", equals: .text(name), in: context.store) else { return false }
        try context.delete(current)
        return true
    }
}
