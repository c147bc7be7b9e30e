import PorticoSQLite

/// The handle a write receives: the store inside an open transaction, and the audit trail to record into.
public struct WriteContext {
    public let store: Store
    public let actor: Actor
    /// The command being run, as the audit trail names it (e.g. "staff add").
    public let command: String

    public var database: Database { store.database }

    /// Records one change. `before` is nil for a creation, `after` nil for a deletion.
    public func audit(entity: String, id: String, before: [String: DatabaseValue]?, after: [String: DatabaseValue]?) throws {
        try AuditLog(store: store).record(actor: actor, command: command, entity: entity, entityID: id, before: before, after: after)
    }
}

extension Store {
    /// Runs `body` in one transaction with an audit context: all of it lands, or none of it.
    @discardableResult
    public func write<T>(as actor: Actor, command: String, _ body: (WriteContext) throws -> T) throws -> T {
        do {
            return try database.transaction { try body(WriteContext(store: self, actor: actor, command: command)) }
        } catch let error as DatabaseError {
            if case .database = StoreError.classify(error, path: path) { throw error }
            throw StoreError.classify(error, path: path)
        }
    }
}
