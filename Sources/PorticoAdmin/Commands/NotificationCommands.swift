import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoFormats
import PorticoDefaultTheme
import PorticoModel
import PorticoReports

/// `portico-admin notifications due|list|export`.
enum NotificationCommands {
    static let group = CommandGroup(noun: "notifications", abstract: "Welcome, renewal, lapse, invoice and receipt messages: queue what is due, export as .eml.", commands: [due, list, export])

    /// `--theme DIR`, else `themes/default` beside the database.
    static func templates(_ context: CommandContext) throws -> EmailTemplates {
        let theme = context.arguments.value("theme").map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: context.databasePath).deletingLastPathComponent().appendingPathComponent("themes/default")
        // A site's theme overrides only the emails it changes; the rest are the built-in default theme's.
        let builtIn = Dictionary(uniqueKeysWithValues: DefaultTheme.files.compactMap { path, text in
            path.hasPrefix("emails/") ? (String(path.dropFirst("emails/".count)), text) : nil
        })
        return try EmailTemplates(folder: theme.appendingPathComponent("emails"), fallback: builtIn)
    }

    static let due = AdminCommand(["notifications", "due"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "due", abstract: "Queue the messages due today (welcome, renewal reminders, lapse notices, invoices, receipts); running it again queues nothing new.",
        discussion: "Renewal reminders go out 30, 7 and 0 days before a membership ends (setting notifications.reminder_days). Messages are rendered from the theme's emails/ templates.",
        options: [.value("theme", "DIR", "The theme whose emails/ templates to use (default: themes/default beside the database).")],
        examples: ["portico-admin notifications due"]
    )) { context in
        let store = try context.store()
        let templates = try templates(context)
        let queued = try context.write { write in
            try Outbox.queueDue(DueNotifications.compute(on: store.today(), in: store), render: templates.render, in: write)
        }
        context.say("Queued \(queued.count) message\(queued.count == 1 ? "" : "s").")
        context.print(OutputTable(records: queued.map(\.fields), emptyColumns: ["id", "kind", "to", "subject"]))
    }

    static let list = AdminCommand(["notifications", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "The outbox: queued and sent messages.",
        options: [.flag("unsent", "Only messages not yet exported.")],
        examples: ["portico-admin notifications list --unsent"]
    )) { context in
        let messages = try Outbox.list(unsentOnly: context.arguments.flag("unsent"), in: context.store())
        context.print(OutputTable(records: messages.map(\.fields), emptyColumns: ["id", "kind", "to", "subject"]))
    }

    static let export = AdminCommand(["notifications", "export"], capability: .recordsEdit, writes: true, spec: CommandSpec(
        "export", abstract: "Write each queued message as an RFC 5322 .eml file (send them with any mail system) and mark it sent.",
        options: [.value("dir", "DIR", "The folder to write into (created if needed).", required: true)],
        examples: ["portico-admin notifications export --dir outbox"]
    )) { context in
        let store = try context.store()
        let folder = URL(fileURLWithPath: try context.value("dir"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sender = EmailMessage.Address(name: try store.setting("organization.name") ?? "", email: try store.setting("organization.email") ?? "noreply@localhost")
        let messages = try Outbox.list(unsentOnly: true, in: store)
        // Files are written under temporary names first; they get their final names only once the outbox records
        // them as sent, so a failure leaves neither a message marked sent without a file nor a file for a message
        // that will be exported again.
        var written: [(URL, URL)] = []
        for message in messages {
            let eml = EmailMessage(from: sender, to: .init(name: message.toName, email: message.toEmail), subject: message.subject, body: message.body,
                                   date: Timestamp.parse(message.queuedAt) ?? store.clock(), messageID: "portico-\(message.id)-\(message.dedupeKey.replacingOccurrences(of: ":", with: "-"))")
            let name = String(format: "%06d-%@.eml", Int(message.id), message.kind.replacingOccurrences(of: "_", with: "-"))
            let final = folder.appendingPathComponent(name)
            let temporary = folder.appendingPathComponent("." + name + ".partial")
            guard FileManager.default.createFile(atPath: temporary.path, contents: Data(eml.rendered().utf8), attributes: [.posixPermissions: 0o600]) else {
                throw ModelError.invalid(field: "--dir", value: folder.path, reason: "cannot write here")
            }
            written.append((temporary, final))
        }
        do {
            try context.write { try Outbox.markSent(messages, in: $0) }
        } catch {
            for (temporary, _) in written { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
        for (temporary, final) in written { _ = rename(temporary.path, final.path) }
        context.say("Wrote \(messages.count) message\(messages.count == 1 ? "" : "s") to \(folder.path) and marked \(messages.count == 1 ? "it" : "them") sent.")
    }
}
