import Foundation
import PorticoDigest
import PorticoFormats
import PorticoSQLite

/// Issuing, revoking, renewing and verifying credentials. Each issued credential is an Open Badges 3.0
/// `OpenBadgeCredential` signed with the site's credential key (`CredentialSigning`), naming the site's `did:web`
/// (setting `site.url`) as its issuer and its entry in the site's revocation status list.
public enum Certifications {
    /// Where the signing key is (created on first use).
    public struct Signing: Sendable {
        public let keyPath: String
        public init(keyPath: String) { self.keyPath = keyPath }
    }

    /// The public keys this site has signed with, by Multikey (what its DID document lists).
    public static let keyEntity = Entity(table: "credential_keys", auditName: "credential_key", auditKey: "key_id", columns: [
        .init("id", .integer, generated: .rowID),
        .init("key_id", .text, unique: true),
        .init("created_at", .text, generated: .createdAt),
    ])

    public static func publicKeys(in store: Store) throws -> [String: [UInt8]] {
        var keys: [String: [UInt8]] = [:]
        for record in try keyEntity.records(in: store) {
            let id = try record.text("key_id")
            if let key = CredentialKey.publicKey(multibase: id) { keys[id] = key }
        }
        return keys
    }

    /// Every credential definition, by id.
    public static func definitions(in store: Store) throws -> [Int64: CredentialDefinition] {
        Dictionary(uniqueKeysWithValues: try CredentialDefinition.entity.records(in: store).map { (try $0.integer("id"), try CredentialDefinition(record: $0)) })
    }

    public static func definition(slug: String, in store: Store) throws -> CredentialDefinition {
        guard let record = try CredentialDefinition.entity.find("slug", equals: .text(slug), in: store) else {
            throw ModelError.notFound(entity: "credential definition", key: slug)
        }
        return try CredentialDefinition(record: record)
    }

    @discardableResult
    public static func createDefinition(name: String, description: String, criteria: String, validityMonths: Int?, cpdToRenew: Int, imageURL: String?,
                                        in context: WriteContext) throws -> CredentialDefinition {
        let values: [String: DatabaseValue] = [
            "name": .text(try Validate.text(name, field: "--name", maximum: 160)), "description": .text(description), "criteria": .text(criteria),
            "validity_months": validityMonths.map { .integer(Int64($0)) } ?? .null, "cpd_to_renew": .integer(Int64(cpdToRenew)),
            "image_url": try imageURL.map { .text(try Validate.webURL($0, field: "--image-url")) } ?? .null,
        ]
        return try CredentialDefinition(record: context.insert(CredentialDefinition.entity, CredentialDefinition.entity.completedForInsert(values, in: context.store)))
    }

    public static func find(identifier: String, in store: Store) throws -> IssuedCredential {
        guard let record = try IssuedCredential.entity.find("identifier", equals: .text(identifier.trimmingCharacters(in: .whitespaces).lowercased()), in: store) else {
            throw ModelError.notFound(entity: "credential", key: identifier)
        }
        return try IssuedCredential(record: record)
    }

    /// A member's latest credential of a definition (how staff name one without its identifier).
    public static func find(member key: String, definition slug: String, in store: Store) throws -> IssuedCredential {
        let memberID = try MemberRecords.find(key, in: store).integer("id")
        let definition = try definition(slug: slug, in: store)
        guard let row = try store.database.row("SELECT * FROM credentials WHERE member_id = ? AND definition_id = ? ORDER BY issued_on DESC, id DESC LIMIT 1",
                                               [memberID, definition.id]) else {
            throw ModelError.notFound(entity: "credential '\(slug)' of", key: key)
        }
        return try IssuedCredential(record: IssuedCredential.entity.decode(row))
    }

    public static func list(in store: Store) throws -> [IssuedCredential] {
        try store.database.rows("SELECT * FROM credentials ORDER BY issued_on, id").map { try IssuedCredential(record: IssuedCredential.entity.decode($0)) }
    }

    /// Issues a credential to a member directly (not through a course).
    @discardableResult
    public static func issue(member key: String, definition slug: String, signing: Signing, in context: WriteContext) throws -> IssuedCredential {
        let memberID = try MemberRecords.find(key, in: context.store).integer("id")
        return try issue(memberID: memberID, definition: definition(slug: slug, in: context.store), enrollmentID: nil, signing: signing, in: context)
    }

    static func issue(memberID: Int64, definition: CredentialDefinition, enrollmentID: Int64?, signing: Signing, in context: WriteContext) throws -> IssuedCredential {
        let store = context.store
        let today = try store.today()
        var generator = SystemRandomNumberGenerator()
        // 128 random bits, never derived from ids: the address of its verify page.
        let identifier = Hex.encode((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        let index = (try store.database.scalar("SELECT max(status_index) FROM credentials").integer ?? -1) + 1
        let expires = definition.validityMonths.map { today.adding(months: $0).adding(days: -1) }
        let document = try signedDocument(identifier: identifier, memberID: memberID, definition: definition, issued: today, expires: expires,
                                          statusIndex: index, signing: signing, in: context)
        return try IssuedCredential(record: context.insert(IssuedCredential.entity, IssuedCredential.entity.completedForInsert([
            "identifier": .text(identifier), "member_id": .integer(memberID), "definition_id": .integer(definition.id),
            "enrollment_id": enrollmentID.map { .integer($0) } ?? .null, "issued_on": .text(today.description),
            "expires_on": expires.map { .text($0.description) } ?? .null, "status": .text("valid"), "status_index": .integer(index),
            "document": .text(document)], in: store)))
    }

    /// The credential document, signed: what the holder downloads and anyone can verify.
    static func signedDocument(identifier: String, memberID: Int64, definition: CredentialDefinition, issued: CalendarDate, expires: CalendarDate?,
                               statusIndex: Int64, signing: Signing, in context: WriteContext) throws -> String {
        let store = context.store
        guard let site = try store.setting("site.url") else {
            throw ModelError.invalid(field: "site.url", value: "", reason: "set the public site's address first (portico-admin settings set site.url https://…/): credentials name it as their issuer")
        }
        let siteURL = site.hasSuffix("/") ? site : site + "/"
        let did = try CredentialSigning.did(forSiteURL: siteURL)
        let key = try CredentialKey.load(path: signing.keyPath, create: true)
        if try Certifications.keyEntity.find("key_id", equals: .text(key.multibase), in: store) == nil {
            try context.insert(Certifications.keyEntity, Certifications.keyEntity.completedForInsert(["key_id": .text(key.multibase)], in: store))
        }
        let email = try Member.entity.find(id: memberID, in: store)!.text("email").lowercased()
        var generator = SystemRandomNumberGenerator()
        let salt = Hex.encode((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        var achievement: [String: JSONValue] = [
            "id": .string(siteURL + "verify/achievements/" + definition.slug + "/"), "type": .array([.string("Achievement")]),
            "name": .string(definition.name), "description": .string(definition.description.isEmpty ? definition.name : definition.description),
            "criteria": .object(["narrative": .string(definition.criteria.isEmpty ? definition.name : definition.criteria)]),
        ]
        if let image = definition.imageURL { achievement["image"] = .object(["id": .string(image), "type": .string("Image")]) }
        let statusList = siteURL + "verify/status.json"
        var document: [String: JSONValue] = [
            "@context": .array(CredentialSigning.contexts), "id": .string(siteURL + "verify/" + identifier + "/"),
            "type": .array([.string("VerifiableCredential"), .string("OpenBadgeCredential")]),
            "issuer": .object(["id": .string(did), "type": .array([.string("Profile")]), "name": .string(try store.setting("organization.name") ?? did),
                               "url": .string(siteURL)]),
            "validFrom": .string(issued.description + "T00:00:00Z"), "name": .string(definition.name),
            "credentialSubject": .object([
                "type": .array([.string("AchievementSubject")]),
                "identifier": .array([.object(["type": .string("IdentityObject"), "identityType": .string("emailAddress"), "hashed": .bool(true),
                                               "identityHash": .string("sha256$" + Hex.encode(SHA256.hash(Array((email + salt).utf8)))), "salt": .string(salt)])]),
                "achievement": .object(achievement),
            ]),
            "credentialStatus": .object(["id": .string(statusList + "#\(statusIndex)"), "type": .string("BitstringStatusListEntry"),
                                         "statusPurpose": .string("revocation"), "statusListIndex": .string(String(statusIndex)),
                                         "statusListCredential": .string(statusList)]),
        ]
        if let expires { document["validUntil"] = .string(expires.description + "T23:59:59Z") }
        return CredentialSigning.sign(.object(document), key: key, verificationMethod: did + "#" + key.multibase, created: store.now).canonical
    }

    /// Signs with a new key from now on; every key used before stays in the DID document, so old credentials verify.
    @discardableResult
    public static func rotateKey(signing: Signing, in context: WriteContext) throws -> String {
        let key = try CredentialKey.rotate(path: signing.keyPath)
        try context.insert(keyEntity, keyEntity.completedForInsert(["key_id": .text(key.multibase)], in: context.store))
        return key.multibase
    }

    /// Revokes a credential with a reason: at the next build its status list entry is set and its verify page says so.
    @discardableResult
    public static func revoke(identifier: String, reason: String, in context: WriteContext) throws -> IssuedCredential {
        let credential = try find(identifier: identifier, in: context.store)
        guard credential.storedStatus != "revoked" else { throw ModelError.conflict("credential \(credential.identifier) is already revoked") }
        return try IssuedCredential(record: context.update(IssuedCredential.entity, id: credential.id, set: [
            "status": .text("revoked"), "revoked_reason": .text(try Validate.text(reason, field: "--reason", maximum: 300))]))
    }

    /// Renews a credential for another validity period from its expiry (or today, if later), re-signed; the
    /// holder's CPD since it was issued must reach the definition's `cpd_to_renew`.
    @discardableResult
    public static func renew(identifier: String, signing: Signing, in context: WriteContext) throws -> IssuedCredential {
        let store = context.store
        let credential = try find(identifier: identifier, in: store)
        guard credential.storedStatus == "valid" else { throw ModelError.conflict("a revoked credential is not renewed") }
        let definition = try CredentialDefinition(record: CredentialDefinition.entity.find(id: credential.definitionID, in: store)!)
        guard let months = definition.validityMonths, let expires = credential.expiresOn else { throw ModelError.conflict("'\(definition.slug)' does not expire") }
        let earned = try store.database.scalar("SELECT coalesce(sum(points), 0) FROM cpd_records WHERE member_id = ? AND completed_on >= ?",
                                               [credential.memberID, credential.issuedOn.description]).integer ?? 0
        guard earned >= definition.cpdToRenew else {
            throw ModelError.conflict("renewing needs \(definition.cpdToRenew) CPD points since \(credential.issuedOn); the holder has \(earned) (\(definition.cpdToRenew - earned) still needed)")
        }
        let from = max(expires.adding(days: 1), try store.today())
        let newExpiry = from.adding(months: months).adding(days: -1)
        let document = try signedDocument(identifier: credential.identifier, memberID: credential.memberID, definition: definition, issued: credential.issuedOn,
                                          expires: newExpiry, statusIndex: credential.statusIndex, signing: signing, in: context)
        return try IssuedCredential(record: context.update(IssuedCredential.entity, id: credential.id, set: [
            "expires_on": .text(newExpiry.description), "document": .text(document)]))
    }

    /// What `certifications verify FILE` found: the signature, and (when this site issued it) its status today.
    public struct VerifyResult: Sendable {
        public let signature: CredentialSigning.Verification
        public let credential: IssuedCredential?
        public let status: String?
    }

    /// Verifies a credential's text: its proof against this site's keys, then its record's status on today.
    public static func verify(_ text: String, in store: Store) throws -> VerifyResult {
        let document: JSONValue
        do { document = try JSONValue.parse(text) } catch let error as JSONValue.ParseError {
            return VerifyResult(signature: .invalid(error.description), credential: nil, status: nil)
        }
        let signature = CredentialSigning.verify(document, publicKeys: try publicKeys(in: store))
        let identifier = document["id"]?.stringValue?.split(separator: "/").last.map(String.init) ?? ""
        let credential = try? find(identifier: identifier, in: store)
        return VerifyResult(signature: signature, credential: credential, status: try credential.map { $0.status(on: try store.today()) })
    }

    /// Reminders 90, 30 and 7 days before a credential expires, naming the CPD still needed to renew it.
    @Sendable public static func dueReminders(on today: CalendarDate, in store: Store) throws -> [DueNotification] {
        var due: [DueNotification] = []
        let organization = try store.setting("organization.name") ?? ""
        for credential in try list(in: store) where credential.status(on: today) == "valid" {
            guard let expires = credential.expiresOn else { continue }
            let days = today.days(until: expires)
            guard let threshold = [7, 30, 90].first(where: { days <= $0 && days >= 0 }) else { continue }
            guard let member = try Member.entity.find(id: credential.memberID, in: store),
                  let definitionRecord = try CredentialDefinition.entity.find(id: credential.definitionID, in: store) else { continue }
            let definition = try CredentialDefinition(record: definitionRecord)
            let earned = try store.database.scalar("SELECT coalesce(sum(points), 0) FROM cpd_records WHERE member_id = ? AND completed_on >= ?",
                                                   [credential.memberID, credential.issuedOn.description]).integer ?? 0
            let name = try member.text("name")
            due.append(DueNotification(kind: "credential_expiry_reminder", key: "credential:\(credential.identifier):\(expires):\(threshold)",
                                       memberID: credential.memberID, toName: name, toEmail: try member.text("email"), facts: [
                "member_name": name, "credential_name": definition.name, "expires_on": DateText.long(expires), "days_left": String(days),
                "cpd_needed": String(max(0, definition.cpdToRenew - earned)), "organization_name": organization,
            ]))
        }
        return due
    }
}

/// What the site publishes so anyone can verify its credentials without a server: its DID document (the public keys
/// it has signed with, old ones kept) and a W3C Bitstring Status List credential whose bit for each revoked
/// credential is set, signed at the build with the same key.
public enum CredentialPublication {
    /// The DID document for `did` listing every key this site has signed with.
    public static func didDocument(did: String, in store: Store) throws -> String {
        let keys = try Certifications.publicKeys(in: store).keys.sorted()
        let methods: [JSONValue] = keys.map { key in
            .object(["id": .string(did + "#" + key), "type": .string("Multikey"), "controller": .string(did), "publicKeyMultibase": .string(key)])
        }
        let ids = keys.map { JSONValue.string(did + "#" + $0) }
        return JSONValue.object([
            "@context": .array([.string("https://www.w3.org/ns/did/v1"), .string("https://w3id.org/security/multikey/v1")]), "id": .string(did),
            "verificationMethod": .array(methods), "assertionMethod": .array(ids), "authentication": .array(ids),
        ]).canonical
    }

    /// The revocation status list credential at `url` (bits for revoked credentials set; 131,072 bits, the minimum
    /// the specification asks for so a list says little about its size), signed with the key at `keyPath` when the
    /// site has one. `created` is the build's clock, so the same data and clock give the same bytes.
    public static func statusList(url: String, did: String, keyPath: String, created: String, in store: Store) throws -> String? {
        guard FileManager.default.fileExists(atPath: keyPath) else { return nil }
        var bits = [UInt8](repeating: 0, count: 131_072 / 8)
        for credential in try Certifications.list(in: store) where credential.storedStatus == "revoked" {
            let index = Int(credential.statusIndex)
            guard index < bits.count * 8 else { continue }
            // Bit 0 is the most significant bit of the first byte (Bitstring Status List §3.1).
            bits[index / 8] |= 0x80 >> UInt8(index % 8)
        }
        let list: JSONValue = .object([
            "@context": .array([.string("https://www.w3.org/ns/credentials/v2")]), "id": .string(url),
            "type": .array([.string("VerifiableCredential"), .string("BitstringStatusListCredential")]), "issuer": .string(did), "validFrom": .string(created),
            "credentialSubject": .object(["id": .string(url + "#list"), "type": .string("BitstringStatusList"), "statusPurpose": .string("revocation"),
                                          "encodedList": .string("u" + Base64URL.encode(StoredGzip.compress(bits)))]),
        ])
        let key = try CredentialKey.load(path: keyPath, create: false)
        return CredentialSigning.sign(list, key: key, verificationMethod: did + "#" + key.multibase, created: created).canonical
    }
}
