import Foundation
import Testing
import PorticoDigest
import PorticoFormats
@testable import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Stripe as Stripe documents it: the signature scheme (an HMAC-SHA-256 over `t.payload` with the signing secret,
/// any of several `v1` values, `v0` ignored, five minutes' tolerance), and payments imported once whatever arrives
/// twice, matched only by the invoice number Stripe carries, never guessed.
@Suite struct StripeImportTests {
    static let secret = "whsec_a1b2c3d4e5f6g7h8i9j0"
    static let payload = Array(#"{"id":"evt_1","type":"payment_intent.succeeded"}"#.utf8)
    static let now = Date(timeIntervalSince1970: 1_765_000_000)

    /// A v1 signature computed here with the standard library's HMAC path (our HMACSHA256 is tested against RFC 4231
    /// elsewhere): the hex of HMAC-SHA256(secret, "t.payload").
    static func sign(_ payload: [UInt8], secret: String = secret, at t: Int64) -> String {
        Hex.encode(HMACSHA256.authenticate(message: Array("\(t).".utf8) + payload, key: Array(secret.utf8)))
    }

    @Test func signaturesAreCheckedAsStripeDocumentsThem() throws {
        let t = Int64(Self.now.timeIntervalSince1970)
        let good = Self.sign(Self.payload, at: t)
        try StripeSignature.verify(header: "t=\(t),v1=\(good)", payload: Self.payload, secret: Self.secret, now: Self.now)
        // Several v1 values (a secret being rolled): any one matching is enough; v0 and unknown schemes are ignored.
        try StripeSignature.verify(header: "t=\(t),v1=\(String(repeating: "0", count: 64)),v1=\(good),v0=deadbeef,v9=x", payload: Self.payload, secret: Self.secret, now: Self.now)
        // Within the tolerance either side, not beyond it.
        try StripeSignature.verify(header: "t=\(t - 300),v1=\(Self.sign(Self.payload, at: t - 300))", payload: Self.payload, secret: Self.secret, now: Self.now)
        #expect(throws: StripeSignature.Failure.outsideTolerance(seconds: 301)) {
            try StripeSignature.verify(header: "t=\(t - 301),v1=\(Self.sign(Self.payload, at: t - 301))", payload: Self.payload, secret: Self.secret, now: Self.now)
        }
        // A changed payload, timestamp or secret, or only v0: refused.
        var tampered = Self.payload
        tampered[10] ^= 1
        #expect(throws: StripeSignature.Failure.mismatch) { try StripeSignature.verify(header: "t=\(t),v1=\(good)", payload: tampered, secret: Self.secret, now: Self.now) }
        #expect(throws: StripeSignature.Failure.mismatch) { try StripeSignature.verify(header: "t=\(t - 1),v1=\(good)", payload: Self.payload, secret: Self.secret, now: Self.now) }
        #expect(throws: StripeSignature.Failure.mismatch) { try StripeSignature.verify(header: "t=\(t),v1=\(good)", payload: Self.payload, secret: "whsec_other", now: Self.now) }
        #expect(throws: StripeSignature.Failure.noV1Signature) { try StripeSignature.verify(header: "t=\(t),v0=\(good)", payload: Self.payload, secret: Self.secret, now: Self.now) }
        #expect(throws: StripeSignature.Failure.malformedHeader) { try StripeSignature.verify(header: "v1=\(good)", payload: Self.payload, secret: Self.secret, now: Self.now) }
        // The header our `integrations test` makes is the same as Stripe's scheme.
        #expect(StripeSignature.header(payload: Self.payload, secret: Self.secret, timestamp: t) == "t=\(t),v1=\(good)")
    }

    /// HMAC-SHA-256 against RFC 4231 test case 2 (the key "Jefe").
    @Test func hmacMatchesRFC4231() {
        let mac = HMACSHA256.authenticate(message: Array("what do ya want for nothing?".utf8), key: Array("Jefe".utf8))
        #expect(Hex.encode(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    let directory = TemporaryDirectory()

    func event(_ id: String, _ type: String, _ object: String, at t: Int64? = nil, secret: String = StripeImportTests.secret) throws -> String {
        let t = t ?? Int64(TestStores.fixedNow.timeIntervalSince1970)
        let body = #"{"id":"\#(id)","type":"\#(type)","created":\#(t),"data":{"object":\#(object)}}"#
        let file = directory.url.appendingPathComponent(id + ".json")
        try Data(("Stripe-Signature: t=\(t),v1=\(Self.sign(Array(body.utf8), secret: secret, at: t))\n\n" + body).utf8).write(to: file)
        return file.path
    }

    @Test func paymentsImportOnceAndOnlyWhereTheInvoiceIsNamed() throws {
        let store = try TestStores.make(in: directory)
        let invoice = try store.write(as: TestStores.admin, command: "test") { context -> String in
            try IntegrationSettings.set("stripe.webhook_secret", to: Self.secret, in: context)
            let member = try MemberRecords.add(["name": "Ana Costa", "email": "ana@example.org"], in: context)
            let draft = try InvoiceRecords.draft(for: .member(member.id), lines: [.init(description: "Annual fee", unit: Money(minorUnits: 18_000, currency: "GBP"), source: "other")],
                                                 in: context)
            return try InvoiceRecords.issue("#\(draft.id)", dueDays: 30, in: context).label
        }
        func run(_ files: [String]) throws -> [String] {
            try store.write(as: TestStores.admin, command: "payments import stripe") {
                try StripeImport.run(files: files, trustUnsigned: false, now: TestStores.fixedNow, in: $0).map { "\($0.id) \($0.result)" }
            }
        }
        let checkout = try event("evt_1", "checkout.session.completed",
                                 #"{"id":"cs_1","amount_total":18000,"currency":"gbp","payment_intent":"pi_1","payment_status":"paid","metadata":{"invoice":"\#(invoice)"}}"#)
        let succeeded = try event("evt_2", "payment_intent.succeeded", #"{"id":"pi_1","amount_received":18000,"currency":"gbp","metadata":{"invoice":"\#(invoice)"}}"#)
        let stranger = try event("evt_3", "payment_intent.succeeded", #"{"id":"pi_2","amount_received":5000,"currency":"gbp","metadata":{}}"#)
        let wrongCurrency = try event("evt_4", "payment_intent.succeeded", #"{"id":"pi_3","amount_received":18000,"currency":"eur","metadata":{"invoice":"\#(invoice)"}}"#)
        #expect(try run([checkout, succeeded, stranger, wrongCurrency]) == ["evt_1 paid", "evt_2 duplicate", "evt_3 unmatched", "evt_4 unmatched"])
        #expect(try InvoiceRecords.find(invoice, in: store).balance == 0)
        // The same events again, replayed: nothing new.
        #expect(try run([checkout, succeeded]) == ["evt_1 duplicate", "evt_2 duplicate"])
        #expect(try PaymentRecords.list(in: store).count == 1)
        // A refund of part, then the same refund event's later copy with the full amount: only the difference.
        let refunded = try event("evt_5", "charge.refunded", #"{"id":"ch_1","payment_intent":"pi_1","amount_refunded":5000,"currency":"gbp"}"#)
        let more = try event("evt_6", "charge.refunded", #"{"id":"ch_1","payment_intent":"pi_1","amount_refunded":18000,"currency":"gbp"}"#)
        #expect(try run([refunded, more, refunded]) == ["evt_5 refunded", "evt_6 refunded", "evt_5 duplicate"])
        #expect(try PaymentRecords.refunds(of: try PaymentRecords.list(in: store)[0], in: store).map(\.amount.minorUnits) == [5000, 13_000])
        // A bad file in the middle of a run changes nothing, the good ones before it included.
        let forged = try event("evt_7", "payment_intent.succeeded", #"{"id":"pi_7","amount_received":100,"currency":"gbp","metadata":{"invoice":"\#(invoice)"}}"#, secret: "whsec_wrong")
        let late = try event("evt_8", "payment_intent.succeeded", #"{"id":"pi_8","amount_received":100,"currency":"gbp"}"#, at: Int64(TestStores.fixedNow.timeIntervalSince1970) - 301)
        let imports = try store.database.scalar("SELECT count(*) FROM payment_imports").integer
        #expect(throws: ModelError.self) { try run([stranger, forged]) }
        #expect(throws: ModelError.self) { try run([late]) }
        #expect(try store.database.scalar("SELECT count(*) FROM payment_imports").integer == imports)
    }

    @Test func theCSVExportImportsOncePerCharge() throws {
        let store = try TestStores.make(in: directory)
        let invoice = try store.write(as: TestStores.admin, command: "test") { context -> String in
            let member = try MemberRecords.add(["name": "Ben Ode", "email": "ben@example.org"], in: context)
            let draft = try InvoiceRecords.draft(for: .member(member.id), lines: [.init(description: "Course", unit: Money(minorUnits: 4_550, currency: "GBP"), source: "other")],
                                                 in: context)
            return try InvoiceRecords.issue("#\(draft.id)", dueDays: 30, in: context).label
        }
        let csv = directory.url.appendingPathComponent("payments.csv")
        try Data("""
            id,Created (UTC),Amount,Amount Refunded,Currency,Status,PaymentIntent ID,invoice (metadata)\r
            ch_1,2026-11-20 10:00,45.50,0.00,gbp,Paid,pi_1,\(invoice)\r
            ch_2,2026-11-20 11:00,45.50,0.00,gbp,Failed,pi_2,\(invoice)\r
            ch_3,2026-11-21 09:00,"1,000.00",0.00,gbp,Paid,pi_3,INV-9999-0001\r

            """.utf8).write(to: csv)
        func run() throws -> [String] {
            try store.write(as: TestStores.admin, command: "test") { try StripeImport.run(files: [csv.path], trustUnsigned: false, now: TestStores.fixedNow, in: $0).map { "\($0.id) \($0.result)" } }
        }
        #expect(try run() == ["ch_1 paid", "ch_2 ignored", "ch_3 unmatched"])
        #expect(try run() == ["ch_1 duplicate", "ch_2 ignored", "ch_3 duplicate"])
        let payment = try #require(try PaymentRecords.list(in: store).first)
        #expect(payment.amount.minorUnits == 4_550 && payment.reference == "pi_1" && payment.receivedOn == CalendarDate("2026-11-20"))
    }

    @Test func aPendingRegistrationIsConfirmedByItsPayment() throws {
        let store = try TestStores.make(in: directory)
        let reference = try store.write(as: TestStores.admin, command: "test") { context -> String in
            try IntegrationSettings.set("stripe.webhook_secret", to: Self.secret, in: context)
            try EventRecords.create(title: "Seminar", start: "2027-03-10 09:00", end: "2027-03-10 17:00", timeZone: "Europe/London", fields: ["venue_name": "Hall"], in: context)
            try TicketRecords.addTicket(event: "seminar", name: "Seat", price: "20.00", currency: "GBP", memberPrice: nil, salesStart: nil, salesEnd: nil,
                                        perOrderLimit: 1, visibility: nil, checkoutURL: "https://buy.stripe.com/test_seat", in: context)
            try EventRecords.publish(slug: "seminar", in: context)
            return try Registrations.add(event: "seminar", ticket: "Seat", attendee: .guest(name: "Sam Lee", email: "sam@example.net"), pending: true, in: context).registration.reference
        }
        func run(_ files: [String]) throws -> [String] {
            try store.write(as: TestStores.admin, command: "test") { try StripeImport.run(files: files, trustUnsigned: false, now: TestStores.fixedNow, in: $0).map { "\($0.id) \($0.result)" } }
        }
        let wrong = try event("evt_r0", "checkout.session.completed", #"{"id":"cs_0","amount_total":1500,"currency":"gbp","payment_intent":"pi_r0","payment_status":"paid","metadata":{"registration":"\#(reference)"}}"#)
        let paid = try event("evt_r1", "checkout.session.completed", #"{"id":"cs_1","amount_total":2000,"currency":"gbp","payment_intent":"pi_r1","payment_status":"paid","metadata":{"registration":"\#(reference)"}}"#)
        let again = try event("evt_r2", "payment_intent.succeeded", #"{"id":"pi_r1","amount_received":2000,"currency":"gbp","metadata":{"registration":"\#(reference)"}}"#)
        #expect(try run([wrong, paid, again]) == ["evt_r0 unmatched", "evt_r1 paid", "evt_r2 duplicate"])
        #expect(try Registrations.find(reference: reference, in: store).status == "confirmed")
    }
}
