import Foundation
import PorticoFormats

extension Store {
    /// Creates a new database at `path` all at once: it is migrated and filled by `populate` in a file beside the
    /// target (`.<name>.creating-<uuid>`, with its audit key beside it), closed, and only then moved into place,
    /// the key first and the database last. If any step fails, the staged files are removed and neither a
    /// database nor a key appears at the target, so a half-made database can never be built from or written to.
    ///
    /// The audit key is `auditKeyPath` (default: beside the database). When a key already exists there it is used
    /// as it is; otherwise a new one is made with the staged database and moved into place with it.
    /// Returns the key's final path.
    @discardableResult
    public static func create(at path: String, auditKeyPath: String? = nil, clock: @escaping @Sendable () -> Date = Store.environmentClock(),
                              features: FeatureSet = .builtIn, _ populate: (Store) throws -> Void) throws -> String {
        let target = URL(fileURLWithPath: path)
        let keyPath = auditKeyPath ?? AuditKey.defaultPath(forDatabase: path)
        let staged = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).creating-\(UUID().uuidString)").path
        let keyExists = FileManager.default.fileExists(atPath: keyPath)
        let stagedKey = keyExists ? keyPath : staged + ".audit-key"
        var keyMoved = false
        // A credential key the demo's credentials were signed with is made beside the staged file; it moves with it.
        let stagedCredentialKey = CredentialKey.defaultPath(forDatabase: staged)
        func removeStaged() {
            for leftover in [staged, staged + "-wal", staged + "-shm", staged + "-journal", stagedCredentialKey] { try? FileManager.default.removeItem(atPath: leftover) }
            if !keyExists { try? FileManager.default.removeItem(atPath: keyMoved ? keyPath : stagedKey) }
        }
        do {
            // Closed at the end of this block: SQLite folds the write-ahead log into the file when the last
            // connection closes, so the one file moved holds everything.
            do {
                let store = try Store(path: staged, create: true, clock: clock, features: features)
                store.auditKeyPath = stagedKey
                try populate(store)
                try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            }
            if !keyExists {
                guard rename(stagedKey, keyPath) == 0 else { throw AuditKeyError.cannotCreate(path: keyPath) }
                keyMoved = true
            }
            if FileManager.default.fileExists(atPath: stagedCredentialKey) {
                let credentialKey = CredentialKey.defaultPath(forDatabase: path)
                guard !FileManager.default.fileExists(atPath: credentialKey), rename(stagedCredentialKey, credentialKey) == 0 else {
                    throw StoreError.cannotOpen(path: credentialKey, detail: "a credential key is already there, or it cannot be written")
                }
            }
            guard rename(staged, path) == 0 else {
                throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
            }
            return keyPath
        } catch StoreError.cannotOpen(let failed, let detail) where failed == staged {
            // Name the file the user asked for, not the staging name beside it (a missing folder, no permission).
            removeStaged()
            throw StoreError.cannotOpen(path: path, detail: detail)
        } catch {
            removeStaged()
            throw error
        }
    }
}
