import Foundation
import PorticoArguments
import PorticoCommandLine
import PorticoModel
import PorticoSQLite

/// `portico-admin certifications …`: signed Open Badges 3.0 credentials.
enum CertificationCommands {
    static let group = CommandGroup(noun: "certifications", abstract: "Signed credentials (Open Badges 3.0): define, issue, revoke, renew, verify.",
                                    commands: [define, issue, revoke, renew, list, show, verify, rotateKey])

    static func fields(_ credential: IssuedCredential, store: Store) throws -> [(String, DatabaseValue)] {
        let member = try Member.entity.find(id: credential.memberID, in: store)
        let definition = try CredentialDefinition.entity.find(id: credential.definitionID, in: store)
        return [("identifier", .text(credential.identifier)), ("member", .text(try member?.text("member_number") ?? "")),
                ("credential", .text(try definition?.text("slug") ?? "")), ("issued_on", .text(credential.issuedOn.description)),
                ("expires_on", credential.expiresOn.map { .text($0.description) } ?? .null), ("status", .text(credential.status(on: try store.today()))),
                ("revoked_reason", credential.revokedReason.map { .text($0) } ?? .null)]
    }

    /// The options that name a credential without its identifier.
    static let selectOptions: [OptionSpec] = [.value("member", "MEMBER", "With --credential: the member's latest credential of that kind."),
                                              .value("credential", "DEFINITION", "With --member: the credential's slug.")]

    /// The credential a command names: its identifier, or a member's latest of a definition.
    static func selected(_ context: CommandContext) throws -> String {
        if let identifier = context.arguments.positionals.first { return identifier }
        guard let member = context.arguments.value("member"), let definition = context.arguments.value("credential") else {
            throw ModelError.invalid(field: "credential", value: "", reason: "give its identifier, or --member with --credential")
        }
        return try Certifications.find(member: member, definition: definition, in: context.store()).identifier
    }

    static let define = AdminCommand(["certifications", "define"], capability: .certificationsIssue, writes: true, spec: CommandSpec(
        "define", abstract: "Define a credential: what it certifies, its criteria, how long it is valid and the CPD needed to renew it.",
        options: [.value("name", "NAME", "Its name.", required: true), .value("description", "TEXT", "What it certifies."),
                  .value("criteria", "TEXT", "What earns it."), .value("valid-months", "N", "Months it is valid (default: no expiry)."),
                  .value("cpd-to-renew", "N", "CPD points needed to renew it."), .value("image-url", "URL", "Its badge image.")],
        examples: ["portico-admin certifications define --name 'Dredging Supervisor' --criteria 'Complete Dredging practice' --valid-months 24 --cpd-to-renew 12"]
    )) { context in
        let definition = try context.write {
            try Certifications.createDefinition(name: context.value("name"), description: context.arguments.value("description") ?? "",
                                                criteria: context.arguments.value("criteria") ?? "", validityMonths: context.integer("valid-months"),
                                                cpdToRenew: context.integer("cpd-to-renew") ?? 0, imageURL: context.arguments.value("image-url"), in: $0)
        }
        context.say("Defined credential \(definition.slug).")
    }

    static let issue = AdminCommand(["certifications", "issue"], capability: .certificationsIssue, writes: true, spec: CommandSpec(
        "issue", abstract: "Issue a signed credential to a member (courses issue theirs on completion).",
        options: [.value("member", "MEMBER", "Member number or email.", required: true), .value("credential", "DEFINITION", "The credential's slug.", required: true),
                  CourseCommands.keyOption],
        examples: ["portico-admin certifications issue --member M000030 --credential quay-safety-certificate"]
    )) { context in
        let signing = try CourseCommands.signing(context)
        let credential = try context.write { try Certifications.issue(member: context.value("member"), definition: context.value("credential"), signing: signing, in: $0) }
        context.say("Issued credential \(credential.identifier).")
        if context.wantsJSON { context.print(OutputTable(records: [try fields(credential, store: context.store())])) }
    }

    static let revoke = AdminCommand(["certifications", "revoke"], capability: .certificationsRevoke, writes: true, spec: CommandSpec(
        "revoke", abstract: "Revoke a credential; at the next build its status list entry is set and its verify page says so.",
        options: [.value("reason", "TEXT", "Why (kept with the record).", required: true)] + selectOptions,
        positionals: [PositionalSpec("credential", "Its identifier.", required: false)],
        examples: ["portico-admin certifications revoke --member M000002 --credential chartered-harbour-engineer --reason 'Issued in error'"]
    )) { context in
        let identifier = try selected(context)
        let credential = try context.write { try Certifications.revoke(identifier: identifier, reason: context.value("reason"), in: $0) }
        context.say("Revoked credential \(credential.identifier).")
    }

    static let renew = AdminCommand(["certifications", "renew"], capability: .certificationsIssue, writes: true, spec: CommandSpec(
        "renew", abstract: "Renew a credential for another period (the holder's CPD since it was issued must reach what it needs); it is re-signed.",
        options: [CourseCommands.keyOption] + selectOptions,
        positionals: [PositionalSpec("credential", "Its identifier.", required: false)],
        examples: ["portico-admin certifications renew --member M000011 --credential quay-safety-certificate"]
    )) { context in
        let signing = try CourseCommands.signing(context)
        let identifier = try selected(context)
        let credential = try context.write { try Certifications.renew(identifier: identifier, signing: signing, in: $0) }
        context.say("Renewed credential \(credential.identifier) until \(credential.expiresOn?.description ?? "-").")
    }

    static let rotateKey = AdminCommand(["certifications", "rotate-key"], capability: .certificationsIssue, writes: true, spec: CommandSpec(
        "rotate-key", abstract: "Sign with a new key from now on; the DID document keeps listing the old one, so credentials it signed still verify.",
        options: [CourseCommands.keyOption],
        examples: ["portico-admin certifications rotate-key"]
    )) { context in
        let signing = try CourseCommands.signing(context)
        let key = try context.write { try Certifications.rotateKey(signing: signing, in: $0) }
        context.say("New credential key \(key); rebuild the site to publish it.")
    }

    static let list = AdminCommand(["certifications", "list"], capability: .recordsView, writes: false, spec: CommandSpec(
        "list", abstract: "Issued credentials with their status today.",
        options: [.value("status", "STATUS", "Only valid, expired or revoked ones.")],
        examples: ["portico-admin certifications list --status valid"]
    )) { context in
        let store = try context.store()
        let today = try store.today()
        let wanted = try context.arguments.value("status").map { try Validate.choice($0, field: "--status", allowed: ["valid", "expired", "revoked"]) }
        let credentials = try Certifications.list(in: store).filter { wanted == nil || $0.status(on: today) == wanted }
        context.print(OutputTable(records: try credentials.map { try fields($0, store: store) }, emptyColumns: ["identifier", "member", "credential", "status"]))
    }

    static let show = AdminCommand(["certifications", "show"], capability: .recordsView, writes: false, spec: CommandSpec(
        "show", abstract: "One credential; with --document, the signed credential itself (JSON, for the holder's wallet).",
        options: [.flag("document", "Print the signed credential.")] + selectOptions,
        positionals: [PositionalSpec("credential", "Its identifier.", required: false)],
        examples: ["portico-admin certifications show --member M000001 --credential chartered-harbour-engineer --document"]
    )) { context in
        let store = try context.store()
        let credential = try Certifications.find(identifier: try selected(context), in: store)
        if context.arguments.flag("document") { context.output.writeData(credential.document + "\n"); return }
        context.print(OutputTable(records: [try fields(credential, store: store)]))
    }

    static let verify = AdminCommand(["certifications", "verify"], capability: .recordsView, writes: false, spec: CommandSpec(
        "verify", abstract: "Verify a credential file (or a member's stored credential): its signature against this site's keys, and its status today. Exits 10 when it does not verify.",
        options: selectOptions,
        positionals: [PositionalSpec("file", "The credential (JSON).", required: false)],
        examples: ["portico-admin certifications verify --member M000001 --credential chartered-harbour-engineer", "portico-admin certifications verify credential.json"]
    )) { context in
        let text: String
        if let path = context.arguments.positionals.first {
            guard let data = FileManager.default.contents(atPath: path) else { throw ModelError.notFound(entity: "file", key: path) }
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = try Certifications.find(identifier: try selected(context), in: context.store()).document
        }
        let result = try Certifications.verify(text, in: context.store())
        switch result.signature {
        case .valid(let method):
            context.say("Signature valid (\(method)).")
            if let status = result.status { context.say("Status today: \(status)\(result.credential?.revokedReason.map { " (\($0))" } ?? "").") }
            if result.status != nil && result.status != "valid" { throw CredentialRejected(reason: "the credential is \(result.status!)") }
        case .invalid(let reason):
            throw CredentialRejected(reason: reason)
        }
    }
}

/// A credential that does not verify (exit code 10).
struct CredentialRejected: ReportedError {
    let reason: String
    var description: String { "credential not verified: \(reason)" }
    var isInputError: Bool { true }
    var exitCode: Int32? { ExitCode.notVerified.rawValue }
}
