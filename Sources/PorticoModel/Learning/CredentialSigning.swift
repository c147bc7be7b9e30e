import Foundation
import PorticoDigest
import PorticoFormats
import PorticoSQLite

/// The key credentials are signed with: an Ed25519 seed in a file beside the database (`<database>.credential-key`,
/// owner-only), never in the database, its exports or `output/`. Its public half is recorded in `credential_keys`
/// so the site's DID document can keep listing it after a rotation and old credentials still verify.
public struct CredentialKey: Sendable {
    let seed: [UInt8]
    public let publicKey: [UInt8]

    /// The key file's default location for a database file.
    public static func defaultPath(forDatabase databasePath: String) -> String { databasePath + ".credential-key" }

    /// The public key as a Multikey (`z6Mk…`: base58btc of the Ed25519 multicodec prefix and the key).
    public var multibase: String { Self.multibase(publicKey) }
    public static func multibase(_ publicKey: [UInt8]) -> String { "z" + Base58.encode([0xed, 0x01] + publicKey) }

    /// The raw public key of a Multikey, or nil when it is not an Ed25519 one.
    public static func publicKey(multibase text: String) -> [UInt8]? {
        guard text.hasPrefix("z"), let bytes = Base58.decode(String(text.dropFirst())), bytes.count == 34, bytes[0] == 0xed, bytes[1] == 0x01 else { return nil }
        return Array(bytes[2...])
    }

    /// Reads the key at `path`, creating one (readable by its owner only) when `create` is true and there is none.
    public static func load(path: String, create: Bool) throws -> CredentialKey {
        if let data = FileManager.default.contents(atPath: path) {
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.count == 64, let seed = Hex.decode(text) else {
                throw ModelError.invalid(field: "credential key", value: path, reason: "not a credential key (64 hexadecimal digits expected)")
            }
            return CredentialKey(seed: seed, publicKey: Ed25519.publicKey(seed: seed))
        }
        guard create else { throw ModelError.notFound(entity: "credential key", key: path) }
        var generator = SystemRandomNumberGenerator()
        let seed = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        guard FileManager.default.createFile(atPath: path, contents: Data((Hex.encode(seed) + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ModelError.invalid(field: "credential key", value: path, reason: "cannot be created")
        }
        return CredentialKey(seed: seed, publicKey: Ed25519.publicKey(seed: seed))
    }

    /// Replaces the key at `path` with a new one (written beside it, then moved over it, so a failure leaves the old
    /// one). The old seed is gone; its public key stays listed (`credential_keys`), so what it signed still verifies.
    public static func rotate(path: String) throws -> CredentialKey {
        let staged = path + ".new"
        try? FileManager.default.removeItem(atPath: staged)
        let key = try load(path: staged, create: true)
        guard rename(staged, path) == 0 else {
            try? FileManager.default.removeItem(atPath: staged)
            throw ModelError.invalid(field: "credential key", value: path, reason: "cannot be replaced")
        }
        return key
    }

    func sign(_ bytes: [UInt8]) -> [UInt8] { Ed25519.sign(bytes, seed: seed) }
}

/// Open Badges 3.0 credentials as W3C Verifiable Credentials with a Data Integrity proof (`eddsa-jcs-2022`: the
/// document and the proof options are each canonicalized with RFC 8785, hashed with SHA-256, and the two hashes
/// signed with Ed25519). The issuer is the site's `did:web`.
public enum CredentialSigning {
    public static let contexts: [JSONValue] = [.string("https://www.w3.org/ns/credentials/v2"),
                                               .string("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")]

    /// `did:web` of a site URL: `https://guild.example.org/` → `did:web:guild.example.org`; a sub-path becomes colon
    /// segments and a port is percent-encoded, as the did:web method says.
    public static func did(forSiteURL url: String) throws -> String {
        guard let components = URLComponents(string: url), components.scheme == "https", let host = components.host, !host.isEmpty else {
            throw ModelError.invalid(field: "site.url", value: url, reason: "not an https address such as https://guild.example.org/ (credentials name it as their issuer)")
        }
        var did = "did:web:" + host + (components.port.map { "%3A\($0)" } ?? "")
        for segment in components.path.split(separator: "/") where !segment.isEmpty { did += ":" + segment }
        return did
    }

    /// Signs `document` (which must not carry a proof): returns it with its `proof`.
    public static func sign(_ document: JSONValue, key: CredentialKey, verificationMethod: String, created: String) -> JSONValue {
        var options: [String: JSONValue] = [
            "type": .string("DataIntegrityProof"), "cryptosuite": .string("eddsa-jcs-2022"), "created": .string(created),
            "verificationMethod": .string(verificationMethod), "proofPurpose": .string("assertionMethod"),
        ]
        let signature = key.sign(hashData(document: document, options: options))
        options["proofValue"] = .string("z" + Base58.encode(signature))
        guard case .object(var members) = document else { return document }
        members["proof"] = .object(options)
        return .object(members)
    }

    /// SHA-256 of the canonical proof options (with the document's `@context`) followed by SHA-256 of the canonical
    /// document without its proof.
    static func hashData(document: JSONValue, options: [String: JSONValue]) -> [UInt8] {
        var config = options
        config["proofValue"] = nil
        if let context = document["@context"] { config["@context"] = context }
        return SHA256.hash(Array(JSONValue.object(config).canonical.utf8)) + SHA256.hash(Array(document.removing("proof").canonical.utf8))
    }

    /// What verifying a credential found.
    public enum Verification: Equatable, Sendable {
        case valid(verificationMethod: String)
        case invalid(String)
    }

    /// Checks a credential's proof with the public key its verification method names (`publicKeys`: Multikey → raw).
    public static func verify(_ document: JSONValue, publicKeys: [String: [UInt8]]) -> Verification {
        guard let proof = document["proof"], case .object(var options) = proof else { return .invalid("it has no proof") }
        guard options["cryptosuite"]?.stringValue == "eddsa-jcs-2022", options["type"]?.stringValue == "DataIntegrityProof" else {
            return .invalid("its proof is not an eddsa-jcs-2022 Data Integrity proof")
        }
        guard let method = options["verificationMethod"]?.stringValue, let fragment = method.split(separator: "#").last,
              let key = publicKeys[String(fragment)] else {
            return .invalid("it was not signed with a key of this site")
        }
        guard let value = options["proofValue"]?.stringValue, value.hasPrefix("z"), let signature = Base58.decode(String(value.dropFirst())) else {
            return .invalid("its proof value is not base58btc")
        }
        options["proofValue"] = nil
        let data = hashData(document: document.removing("proof"), options: options)
        return Ed25519.verify(signature, of: data, publicKey: key) ? .valid(verificationMethod: method) : .invalid("the signature does not match: the credential was changed after it was signed")
    }
}
