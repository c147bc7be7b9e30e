import Foundation
import PorticoFormats
import PorticoSQLite

/// Settings of the integrations (Stripe, Xero, Salesforce, HubSpot). Plain values (account codes, a portal id) are
/// site settings in the database, audited like any other. Secret values (a webhook signing secret, an API key) live
/// in a file beside the database, `portico.db.secrets` (owner-only, like the audit and credential keys): never in the
/// database, so never in its exports, backups handed around, the audit trail's details or `output/`; `portico
/// check --privacy` reports any secret value found in the built site. A file rather than the database encrypted
/// with a site key: the key would have to sit beside the database anyway, and a file is one place to back up and
/// to leave out of every copy.
public enum IntegrationSettings {
    public struct Key: Sendable {
        public let name: String
        public let help: String
        public let isSecret: Bool
    }

    public static let keys: [Key] = [
        Key(name: "stripe.webhook_secret", help: "The webhook endpoint's signing secret (whsec_…), to verify saved event files.", isSecret: true),
        Key(name: "stripe.tolerance_seconds", help: "How old a signed event may be, in seconds (default 300).", isSecret: false),
        Key(name: "xero.account_code", help: "Xero account code for sales lines (e.g. 200).", isSecret: false),
        Key(name: "xero.tax_type", help: "Xero tax type for sales lines (e.g. OUTPUT2, or NONE).", isSecret: false),
        Key(name: "leads.salesforce_oid", help: "The Salesforce organization id for Web-to-Lead.", isSecret: false),
        Key(name: "leads.hubspot_portal_id", help: "The HubSpot portal (account) id.", isSecret: false),
        Key(name: "hubspot.access_token", help: "A HubSpot private app access token.", isSecret: true),
    ]

    public static func key(_ name: String) throws -> Key {
        guard let key = keys.first(where: { $0.name == name }) else {
            throw ModelError.invalid(field: "KEY", value: name, reason: "not an integration setting; known: " + keys.map(\.name).joined(separator: ", "))
        }
        return key
    }

    public static func secretsPath(forDatabase databasePath: String) -> String { databasePath + ".secrets" }

    /// The secrets file's values (empty when there is none).
    public static func secrets(forDatabase databasePath: String) throws -> [String: String] {
        let path = secretsPath(forDatabase: databasePath)
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        guard case .object(let members)? = try? JSONValue.parse(String(decoding: data, as: UTF8.self)) else {
            throw ModelError.invalid(field: "secrets", value: path, reason: "is not a JSON object of setting names and values")
        }
        return members.compactMapValues(\.stringValue)
    }

    /// Writes the secrets file whole (owner-only), through a temporary file so it is never half-written.
    static func writeSecrets(_ values: [String: String], forDatabase databasePath: String) throws {
        let path = secretsPath(forDatabase: databasePath)
        let text = JSONValue.object(values.mapValues { .string($0) }).canonical + "\n"
        let temporary = path + ".tmp-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ModelError.invalid(field: "secrets", value: path, reason: "cannot be written")
        }
        if rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ModelError.invalid(field: "secrets", value: path, reason: "cannot be replaced")
        }
    }

    /// Sets one value: a secret into the secrets file, anything else as an audited site setting. The audit trail
    /// records that a secret changed, never its value.
    public static func set(_ name: String, to value: String, in context: WriteContext) throws {
        let key = try key(name)
        guard !value.isEmpty, !value.contains(where: \.isNewline) else {
            throw ModelError.invalid(field: "VALUE", value: key.isSecret ? mask(value) : value, reason: "give one line (remove it with 'integrations remove')")
        }
        if key.isSecret {
            var values = try secrets(forDatabase: context.store.path)
            values[name] = value
            try writeSecrets(values, forDatabase: context.store.path)
            try context.audit(entity: "integration secret", id: name, before: nil, after: ["changed": .text("yes")])
        } else {
            try SiteSettings.set(name, to: value, in: context)
        }
    }

    public static func remove(_ name: String, in context: WriteContext) throws {
        let key = try key(name)
        if key.isSecret {
            var values = try secrets(forDatabase: context.store.path)
            guard values.removeValue(forKey: name) != nil else { throw ModelError.notFound(entity: "integration setting", key: name) }
            try writeSecrets(values, forDatabase: context.store.path)
            try context.audit(entity: "integration secret", id: name, before: ["changed": .text("yes")], after: nil)
        } else {
            guard try SiteSettings.remove(name, in: context) else { throw ModelError.notFound(entity: "integration setting", key: name) }
        }
    }

    /// Every setting with its value: secrets masked (`whsec_…3f9a`) unless `reveal`.
    public static func all(in store: Store, reveal: Bool) throws -> [(key: Key, value: String?)] {
        let secrets = try secrets(forDatabase: store.path)
        return try keys.map { key in
            let value = key.isSecret ? secrets[key.name] : try store.setting(key.name)
            return (key, key.isSecret && !reveal ? value.map(mask) : value)
        }
    }

    /// The value of one setting (secrets in full: for the code that uses them, never for display).
    public static func value(_ name: String, in store: Store) throws -> String? {
        let key = try key(name)
        return key.isSecret ? try secrets(forDatabase: store.path)[name] : try store.setting(name)
    }

    /// The first six characters and the last four, with an ellipsis between: enough to tell which secret it is.
    public static func mask(_ value: String) -> String {
        value.count <= 12 ? String(repeating: "•", count: value.count) : String(value.prefix(6)) + "…" + String(value.suffix(4))
    }
}
