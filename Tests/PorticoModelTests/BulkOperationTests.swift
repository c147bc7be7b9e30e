import Foundation
import Testing
import PorticoFormats
@testable import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Bulk operations: the dry run is the real run rolled back (same count, same lines, nothing written), the real run
/// writes one audit entry per record, and a record that fails halfway leaves everything as it was.
@Suite struct BulkOperationTests {
    let directory = TemporaryDirectory()

    @Test func dryRunEqualsTheRealRunAndABadRecordChangesNothing() throws {
        let store = try TestStores.make(in: directory, demo: true)
        let irish = try MemberRecords.list(MemberRecords.Filter(country: "IE"), in: store)
        let members = irish.map(\.memberNumber)
        let toChange = irish.filter { $0.visibility != "members" }.count
        #expect(members.count >= 3)
        let before = try TestStores.dump(store)
        let audits = try AuditLog(store: store).list().count
        func change(_ visibility: @escaping (String) -> String) -> (String, WriteContext) throws -> String {
            { key, context in
                let member = try MemberRecords.update(key, ["visibility": visibility(key)], in: context)
                return "\(member.memberNumber) \(member.visibility)"
            }
        }
        let dry = try BulkOperation.run(members, dryRun: true, as: TestStores.admin, command: "members bulk-update", in: store, change: change { _ in "members" })
        #expect(try TestStores.dump(store) == before && (try AuditLog(store: store).list().count) == audits)

        // The third record's value is refused: the two before it are rolled back with it, and the error names it.
        do {
            _ = try BulkOperation.run(members, dryRun: false, as: TestStores.admin, command: "members bulk-update", in: store,
                                      change: change { $0 == members[2] ? "everyone" : "members" })
            Issue.record("a bad record was accepted")
        } catch let error as ModelError {
            #expect(error.description.hasPrefix("\(members[2]) (record 3 of \(members.count)): invalid visibility 'everyone'"))
        }
        #expect(try TestStores.dump(store) == before)
        // The same validation in the dry run: it fails the same way.
        #expect(throws: ModelError.self) {
            try BulkOperation.run(members, dryRun: true, as: TestStores.admin, command: "members bulk-update", in: store, change: change { $0 == members[2] ? "everyone" : "members" })
        }

        let real = try BulkOperation.run(members, dryRun: false, as: TestStores.admin, command: "members bulk-update", in: store, change: change { _ in "members" })
        #expect(real.changed == dry.changed && real.sample == dry.sample && !real.dryRun && dry.dryRun)
        // One entry per member whose visibility changed (an update that changes nothing records nothing).
        let entries = try AuditLog(store: store).list().count
        #expect(toChange > 0 && entries == audits + toChange)
        #expect(try MemberRecords.list(MemberRecords.Filter(country: "IE"), in: store).allSatisfy { $0.visibility == "members" })
    }

    @Test func longRunsReportProgress() throws {
        let store = try TestStores.make(in: directory)
        let keys = (0..<1_200).map { "k\($0)" }
        let heard = Heard()
        let result = try BulkOperation.run(keys, dryRun: true, as: TestStores.admin, command: "test", in: store, progress: { heard.add($0, $1) }) { key, _ in key }
        #expect(result.changed == 1_200 && result.sample.count == 10)
        #expect(heard.all == [500, 1000, 1200].map { ($0, 1200) }.map { "\($0.0)/\($0.1)" })
    }

    final class Heard: @unchecked Sendable {
        var all: [String] = []
        func add(_ done: Int, _ total: Int) { all.append("\(done)/\(total)") }
    }
}
