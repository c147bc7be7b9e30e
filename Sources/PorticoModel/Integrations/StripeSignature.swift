import Foundation
import PorticoDigest

/// Checks a webhook event's `Stripe-Signature` header as Stripe documents it: `t=TIMESTAMP` and one or more
/// `v1=` signatures, each an HMAC-SHA-256 (hex) of `TIMESTAMP.PAYLOAD` with the endpoint's signing secret; `v0`
/// (test mode's legacy scheme) and unknown schemes are ignored. The timestamp must be within `tolerance` seconds
/// of now (300 by default), against replays; signatures are compared in constant time.
public enum StripeSignature {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case malformedHeader
        case noV1Signature
        case outsideTolerance(seconds: Int64)
        case mismatch

        public var description: String {
            switch self {
            case .malformedHeader: return "the Stripe-Signature header has no t= timestamp"
            case .noV1Signature: return "the Stripe-Signature header has no v1 signature"
            case .outsideTolerance(let seconds): return "the signature is \(seconds) seconds from now, outside the tolerance (a replayed or delayed event)"
            case .mismatch: return "no v1 signature matches the payload with the webhook signing secret"
            }
        }
    }

    /// Throws unless one `v1` signature in `header` matches `payload` under `secret`, signed within `tolerance`
    /// seconds of `now`.
    public static func verify(header: String, payload: [UInt8], secret: String, now: Date, tolerance: Int64 = 300) throws {
        var timestamp: Int64?
        var signatures: [[UInt8]] = []
        for part in header.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            if pair[0] == "t" { timestamp = Int64(pair[1]) }
            if pair[0] == "v1", let bytes = Hex.decode(pair[1]), bytes.count == 32 { signatures.append(bytes) }
        }
        guard let timestamp else { throw Failure.malformedHeader }
        guard !signatures.isEmpty else { throw Failure.noV1Signature }
        let age = Int64(now.timeIntervalSince1970) - timestamp
        guard abs(age) <= tolerance else { throw Failure.outsideTolerance(seconds: age) }
        let expected = HMACSHA256.authenticate(message: Array("\(timestamp).".utf8) + payload, key: Array(secret.utf8))
        // Every candidate is compared in full, whatever the earlier ones gave.
        var matched = false
        for signature in signatures where constantTimeEqual(signature, expected) { matched = true }
        guard matched else { throw Failure.mismatch }
    }

    /// A header for `payload` signed with `secret` at `timestamp` (for tests and `integrations test`).
    public static func header(payload: [UInt8], secret: String, timestamp: Int64) -> String {
        "t=\(timestamp),v1=" + Hex.encode(HMACSHA256.authenticate(message: Array("\(timestamp).".utf8) + payload, key: Array(secret.utf8)))
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
