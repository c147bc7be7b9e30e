import PorticoSQLite

/// One change applied to many records, all or nothing: every record goes through the same audited write path as
/// the single-record command (one audit entry each), in one transaction. A dry run does exactly the real run,
/// checks and all, then rolls it back, so what it reports is what the real run would do; a record that fails
/// stops the run, names the record, and leaves the database as it was.
public enum BulkOperation {
    public struct Result: Sendable, Equatable {
        public let changed: Int
        /// What happened to the first records (up to ten), one line each.
        public let sample: [String]
        public let dryRun: Bool
    }

    private struct RolledBack: Error { let result: Result }

    /// Applies `change` to each key; `change` returns a one-line description of what it did. `progress` hears
    /// (done, total) every 500 records of a long run.
    public static func run(_ keys: [String], dryRun: Bool, as actor: Actor, command: String, in store: Store,
                           progress: ((Int, Int) -> Void)? = nil, change: (String, WriteContext) throws -> String) throws -> Result {
        do {
            return try store.write(as: actor, command: command) { context in
                var sample: [String] = []
                for (index, key) in keys.enumerated() {
                    let line: String
                    do {
                        line = try change(key, context)
                    } catch let error as ModelError {
                        throw ModelError.conflict("\(key) (record \(index + 1) of \(keys.count)): \(error); nothing was changed")
                    }
                    if sample.count < 10 { sample.append(line) }
                    if let progress, (index + 1) % 500 == 0 || index + 1 == keys.count, keys.count >= 500 { progress(index + 1, keys.count) }
                }
                let result = Result(changed: keys.count, sample: sample, dryRun: dryRun)
                if dryRun { throw RolledBack(result: result) }
                return result
            }
        } catch let rolledBack as RolledBack {
            return rolledBack.result
        }
    }
}
