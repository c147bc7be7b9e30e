import Foundation
import PorticoDigest

/// The secret that signs the audit trail. It lives in a file outside the database (by default beside it, as
/// `<database>.audit-key`, owner-only), so someone who can write the database but not read the key cannot add,
/// change or remove entries without `audit verify` noticing. Never copied into output/ or exports.
public struct AuditKey: Sendable {
    let bytes: [UInt8]

    /// The key file's default location for a database file.
    public static func defaultPath(forDatabase databasePath: String) -> String {
        databasePath + ".audit-key"
    }

    /// Reads the key at `path` (64 hexadecimal digits).
    public static func load(path: String) throws -> AuditKey {
        guard let data = FileManager.default.contents(atPath: path) else { throw AuditKeyError.missing(path: path) }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count == 64, let bytes = Hex.decode(text) else { throw AuditKeyError.malformed(path: path) }
        return AuditKey(bytes: bytes)
    }

    /// Reads the key at `path`, creating a new random one (readable by its owner only) when there is none.
    @discardableResult
    public static func loadOrCreate(path: String) throws -> AuditKey {
        if FileManager.default.fileExists(atPath: path) { return try load(path: path) }
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = UInt8.random(in: .min ... .max, using: &generator) }
        let created = FileManager.default.createFile(atPath: path, contents: Data((Hex.encode(bytes) + "\n").utf8),
                                                     attributes: [.posixPermissions: 0o600])
        guard created else { throw AuditKeyError.cannotCreate(path: path) }
        return AuditKey(bytes: bytes)
    }

    /// HMAC-SHA-256 of `message` under the key, as hex.
    func sign(_ message: String) -> String {
        Hex.encode(HMACSHA256.authenticate(message: Array(message.utf8), key: bytes))
    }
}

/// The audit key cannot be used.
public enum AuditKeyError: Error, Equatable, CustomStringConvertible {
    /// No key file where one is expected.
    case missing(path: String)
    /// The file is not a key.
    case malformed(path: String)
    /// A new key could not be written.
    case cannotCreate(path: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no audit key at \(path): changes are signed with the key 'portico-admin init' created; restore it from your backup, or point --audit-key or PORTICO_AUDIT_KEY at it"
        case .malformed(let path): return "\(path) is not an audit key (64 hexadecimal digits expected)"
        case .cannotCreate(let path): return "cannot create the audit key at \(path)"
        }
    }
}
