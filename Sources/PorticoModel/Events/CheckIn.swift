import Foundation
import PorticoDigest
import PorticoFormats
import PorticoSQLite

/// Check-in codes and checking people in at the door. A code is the registration's reference and an
/// HMAC-SHA-256 tag over it under a key derived from the site's key (the key file beside the database), so a
/// mistyped or guessed code is rejected before the database is read, and codes cannot be made without the key.
/// The tag is 10 characters of Crockford base32 (50 bits): `R000042-7KQ3M9XPTD`.
public enum CheckIn {
    /// The check-in key: HMAC of a fixed label under the site key, so the audit trail's key signs nothing else here.
    static func key(in store: Store) throws -> [UInt8] {
        HMACSHA256.authenticate(message: Array("portico check-in codes v1".utf8), key: try store.auditKey().bytes)
    }

    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    static func tag(_ reference: String, key: [UInt8]) -> String {
        let mac = HMACSHA256.authenticate(message: Array(reference.utf8), key: key)
        var bits: UInt64 = 0
        for byte in mac.prefix(8) { bits = bits << 8 | UInt64(byte) }
        var out = [UInt8]()
        for index in 0..<10 { out.append(alphabet[Int((bits >> UInt64(59 - index * 5)) & 31)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The code printed on a registration's ticket.
    public static func code(for reference: String, in store: Store) throws -> String {
        reference + "-" + tag(reference, key: try key(in: store))
    }

    /// The reference a code names, when its tag is right; nil for a code that was mistyped or forged. Reads no
    /// record. The comparison takes the same time wherever the first difference is.
    public static func verify(_ code: String, key: [UInt8]) -> String? {
        let text = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard let dash = text.lastIndex(of: "-") else { return nil }
        // The reference keeps its letters (R…); the tag is read as Crockford base32 reads it (O is 0; I and L are 1).
        let reference = String(text[..<dash])
        let given = Array(text[text.index(after: dash)...].replacingOccurrences(of: "O", with: "0").replacingOccurrences(of: "I", with: "1")
            .replacingOccurrences(of: "L", with: "1").utf8)
        let expected = Array(tag(reference, key: key).utf8)
        guard given.count == expected.count else { return nil }
        var difference: UInt8 = 0
        for (a, b) in zip(given, expected) { difference |= a ^ b }
        return difference == 0 ? reference : nil
    }

    /// What a check-in did.
    public enum Result: Sendable {
        /// Checked in now; `cpd` is the CPD points recorded for the member (0 when none).
        case checkedIn(Registration, cpd: Int64)
        /// Already checked in at that time: reported, not counted again.
        case alreadyCheckedIn(Registration, at: String)
    }

    /// Checks in the registration a code names, or a member's registration for the event. Attendance records the
    /// event's CPD points for a member once (never twice, however often they are checked in).
    public static func checkIn(event slug: String, code: String?, member: String?, in context: WriteContext) throws -> Result {
        let store = context.store
        let event = try EventRecords.find(slug: slug, in: store)
        let registration: Registration
        if let code {
            guard let reference = verify(code, key: try key(in: store)) else {
                throw ModelError.invalid(field: "--code", value: code, reason: "not a valid check-in code (mistyped, or not issued by this site)")
            }
            registration = try Registrations.find(reference: reference, in: store)
            guard registration.eventID == event.id else {
                throw ModelError.conflict("\(reference) is a registration for another event, not '\(event.slug)'")
            }
        } else if let member {
            let memberID = try MemberRecords.find(member, in: store).integer("id")
            guard let row = try store.database.row("""
                SELECT * FROM event_registrations WHERE event_id = ? AND member_id = ? AND status IN ('confirmed', 'pending') ORDER BY id LIMIT 1
                """, [event.id, memberID]) else {
                throw ModelError.notFound(entity: "registration for '\(event.slug)' of member", key: member)
            }
            registration = try Registration(record: Registration.entity.decode(row))
        } else {
            throw ModelError.invalid(field: "--code", value: "", reason: "give --code or --member")
        }
        guard registration.status == "confirmed" else {
            throw ModelError.conflict("registration \(registration.reference) is \(registration.status): only a confirmed registration is checked in")
        }
        if let at = registration.checkedInAt { return .alreadyCheckedIn(registration, at: at) }
        var changes: [String: DatabaseValue] = ["checked_in_at": .text(store.now)]
        var points: Int64 = 0
        if event.cpdPoints > 0, let memberID = registration.memberID {
            let awarded = try store.database.scalar("SELECT COUNT(*) FROM event_registrations WHERE event_id = ? AND member_id = ? AND cpd_awarded = 1",
                                                    [event.id, memberID]).integer ?? 0
            if awarded == 0 {
                let number = try Member.entity.find(id: memberID, in: store)!.text("member_number")
                try CPDRecords.log(member: number, activity: event.title, category: "Event", points: Int(event.cpdPoints),
                                   completedOn: min(event.startDay, try store.today()), evidenceURL: nil, source: "event", in: context)
                changes["cpd_awarded"] = .integer(1)
                points = event.cpdPoints
            }
        }
        let record = try context.update(Registration.entity, id: registration.id, set: changes)
        return .checkedIn(try Registration(record: record), cpd: points)
    }

    /// One line of the door list.
    public struct DoorEntry: Sendable {
        public let reference: String
        public let name: String
        public let ticket: String
        public let quantity: Int64
        public let code: String
        public let checkedInAt: String?
    }

    /// The confirmed registrations of an event, by name, with their codes: what the door needs without a connection.
    public static func doorList(event slug: String, in store: Store) throws -> (event: Event, entries: [DoorEntry]) {
        let event = try EventRecords.find(slug: slug, in: store)
        let tickets = Dictionary(uniqueKeysWithValues: try EventRecords.ticketTypes(eventID: event.id, in: store).map { ($0.id, $0.name) })
        let key = try key(in: store)
        var entries: [DoorEntry] = []
        for registration in try Registrations.list(event: slug, statuses: ["confirmed"], in: store) {
            let name = try Registrations.recipient(registration, in: store).name
            entries.append(DoorEntry(reference: registration.reference, name: name, ticket: tickets[registration.ticketTypeID] ?? "",
                                     quantity: registration.quantity, code: registration.reference + "-" + tag(registration.reference, key: key),
                                     checkedInAt: registration.checkedInAt))
        }
        return (event, entries.sorted { ($0.name.lowercased(), $0.reference) < ($1.name.lowercased(), $1.reference) })
    }
}
