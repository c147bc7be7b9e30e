import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// `portico-admin integrations …`: the settings of Stripe, Xero, Salesforce and HubSpot; secrets kept in the file
/// beside the database and shown masked.
enum IntegrationCommands {
    static let group = CommandGroup(noun: "integrations", abstract: "Settings for Stripe, Xero, Salesforce and HubSpot; secrets stay in a file beside the database.",
                                    commands: [set, show, test, remove])

    static let set = AdminCommand(["integrations", "set"], capability: .integrationsManage, writes: true, spec: CommandSpec(
        "set", abstract: "Set an integration setting. Secrets go to portico.db.secrets (owner-only), never into the database or the audit trail.",
        discussion: "Settings: " + IntegrationSettings.keys.map { "\($0.name)\($0.isSecret ? " (secret)" : "")" }.joined(separator: ", ") + ".",
        positionals: [PositionalSpec("key", "The setting, e.g. stripe.webhook_secret."), PositionalSpec("value", "Its value.")],
        examples: ["portico-admin integrations set xero.account_code 200"]
    )) { context in
        let (name, value) = (context.arguments.positionals[0], context.arguments.positionals[1])
        try context.write { try IntegrationSettings.set(name, to: value, in: $0) }
        let key = try IntegrationSettings.key(name)
        context.say("Set \(name)\(key.isSecret ? " (kept in " + IntegrationSettings.secretsPath(forDatabase: try context.store().path) + ", shown as " + IntegrationSettings.mask(value) + ")" : "").")
    }

    static let show = AdminCommand(["integrations", "show"], capability: .integrationsManage, writes: false, spec: CommandSpec(
        "show", abstract: "Every integration setting with its value; secrets masked (--reveal shows them, to those who may see secrets).",
        options: [.flag("reveal", "Show secrets in full (needs secrets.view).")],
        examples: ["portico-admin integrations show"]
    )) { context in
        let reveal = context.arguments.flag("reveal")
        if reveal { try context.actor().require(.secretsView) }
        let store = try context.store()
        context.print(OutputTable(records: try IntegrationSettings.all(in: store, reveal: reveal).map {
            [("key", .text($0.key.name)), ("value", $0.value.map { .text($0) } ?? .null), ("secret", .integer($0.key.isSecret ? 1 : 0)), ("about", .text($0.key.help))]
        }))
    }

    static let test = AdminCommand(["integrations", "test"], capability: .integrationsManage, writes: false, spec: CommandSpec(
        "test", abstract: "Check an integration's settings without any network: stripe signs and verifies a sample event with the webhook secret; xero checks its codes.",
        positionals: [PositionalSpec("integration", "stripe or xero.")],
        examples: ["portico-admin integrations test xero", "portico-admin integrations test stripe"]
    )) { context in
        let store = try context.store()
        switch context.arguments.positionals[0] {
        case "stripe":
            guard let secret = try IntegrationSettings.value("stripe.webhook_secret", in: store) else {
                throw ModelError.invalid(field: "stripe.webhook_secret", value: "", reason: "not set: portico-admin integrations set stripe.webhook_secret whsec_…")
            }
            if !secret.hasPrefix("whsec_") { context.say("Note: Stripe's signing secrets start with whsec_; this one does not.") }
            let payload = Array("{\"id\":\"evt_test\",\"type\":\"ping\"}".utf8)
            let now = store.clock()
            let header = StripeSignature.header(payload: payload, secret: secret, timestamp: Int64(now.timeIntervalSince1970))
            try StripeSignature.verify(header: header, payload: payload, secret: secret, now: now)
            context.say("Stripe: the webhook secret (\(IntegrationSettings.mask(secret))) signs and verifies; saved events signed with it will import.")
        case "xero":
            let account = try store.setting("xero.account_code"), tax = try store.setting("xero.tax_type")
            guard let account, let tax else {
                throw ModelError.invalid(field: account == nil ? "xero.account_code" : "xero.tax_type", value: "", reason: "not set: portico-admin integrations set xero.account_code 200")
            }
            context.say("Xero: sales lines go to account \(account) with tax type \(tax).")
        case let other:
            throw ModelError.invalid(field: "integration", value: other, reason: "one of stripe, xero")
        }
    }

    static let remove = AdminCommand(["integrations", "remove"], capability: .integrationsManage, writes: true, spec: CommandSpec(
        "remove", abstract: "Remove an integration setting (a secret is deleted from the secrets file).",
        positionals: [PositionalSpec("key", "The setting.")],
        examples: ["portico-admin integrations remove xero.tax_type"]
    )) { context in
        let name = context.arguments.positionals[0]
        try context.write { try IntegrationSettings.remove(name, in: $0) }
        context.say("Removed \(name).")
    }
}
