/// Ed25519 signatures (RFC 8032), written here so Portico needs no crypto dependency: what signs the credentials
/// the site issues, verifiable by anyone with the public key. The arithmetic follows TweetNaCl's compact design
/// (field elements as sixteen 16-bit limbs in 64-bit integers, a constant-time ladder for scalar multiplication);
/// its constants are derived here from their definitions rather than copied. Signing is deterministic.
public enum Ed25519 {
    /// A field element mod 2^255 − 19, little-endian 16-bit limbs.
    typealias Field = [Int64]

    static func field(_ limbs: [Int64] = []) -> Field {
        var out = Field(repeating: 0, count: 16)
        for (index, limb) in limbs.enumerated() { out[index] = limb }
        return out
    }

    static func carry(_ o: inout Field) {
        for i in 0..<16 {
            o[i] += 1 << 16
            let c = o[i] >> 16
            if i < 15 { o[i + 1] += c - 1 } else { o[0] += 38 * (c - 1) }
            o[i] -= c << 16
        }
    }

    /// Swaps `p` and `q` when `bit` is 1, without branching on it.
    static func select(_ p: inout Field, _ q: inout Field, _ bit: Int64) {
        let mask = ~(bit - 1)
        for i in 0..<16 {
            let t = mask & (p[i] ^ q[i])
            p[i] ^= t
            q[i] ^= t
        }
    }

    static func pack(_ n: Field) -> [UInt8] {
        var t = n
        carry(&t); carry(&t); carry(&t)
        var m = field()
        for _ in 0..<2 {
            m[0] = t[0] - 0xffed
            for i in 1..<15 {
                m[i] = t[i] - 0xffff - ((m[i - 1] >> 16) & 1)
                m[i - 1] &= 0xffff
            }
            m[15] = t[15] - 0x7fff - ((m[14] >> 16) & 1)
            let b = (m[15] >> 16) & 1
            m[14] &= 0xffff
            select(&t, &m, 1 - b)
        }
        var out = [UInt8](repeating: 0, count: 32)
        for i in 0..<16 {
            out[2 * i] = UInt8(truncatingIfNeeded: t[i] & 0xff)
            out[2 * i + 1] = UInt8(truncatingIfNeeded: t[i] >> 8)
        }
        return out
    }

    static func unpack(_ bytes: [UInt8]) -> Field {
        var o = field()
        for i in 0..<16 { o[i] = Int64(bytes[2 * i]) + (Int64(bytes[2 * i + 1]) << 8) }
        o[15] &= 0x7fff
        return o
    }

    static func equal(_ a: Field, _ b: Field) -> Bool { pack(a) == pack(b) }
    static func parity(_ a: Field) -> Int64 { Int64(pack(a)[0] & 1) }

    static func add(_ a: Field, _ b: Field) -> Field { (0..<16).map { a[$0] + b[$0] } }
    static func subtract(_ a: Field, _ b: Field) -> Field { (0..<16).map { a[$0] - b[$0] } }

    static func multiply(_ a: Field, _ b: Field) -> Field {
        var t = [Int64](repeating: 0, count: 31)
        for i in 0..<16 { for j in 0..<16 { t[i + j] += a[i] * b[j] } }
        for i in 0..<15 { t[i] += 38 * t[i + 16] }
        var o = Array(t[0..<16])
        carry(&o); carry(&o)
        return o
    }

    static func square(_ a: Field) -> Field { multiply(a, a) }

    /// `base` raised to a little-endian exponent, by squaring and multiplying (exponents here are public constants).
    static func power(_ base: Field, _ exponent: [UInt8]) -> Field {
        var result = field([1])
        for bit in stride(from: exponent.count * 8 - 1, through: 0, by: -1) {
            result = square(result)
            if (exponent[bit / 8] >> UInt8(bit % 8)) & 1 == 1 { result = multiply(result, base) }
        }
        return result
    }

    /// p − 2 (for inverses), (p − 5) / 8 (for square roots) and (p − 1) / 4 (√−1), little-endian.
    static let pMinus2: [UInt8] = [0xeb] + [UInt8](repeating: 0xff, count: 30) + [0x7f]
    static let pMinus5Over8: [UInt8] = [0xfd] + [UInt8](repeating: 0xff, count: 30) + [0x0f]
    static let pMinus1Over4: [UInt8] = [0xfb] + [UInt8](repeating: 0xff, count: 30) + [0x1f]

    static func inverse(_ a: Field) -> Field { power(a, pMinus2) }

    /// The curve constant d = −121665 / 121666, 2d, and √−1.
    static let d: Field = multiply(subtract(field(), field([0xdb41, 1])), inverse(field([0xdb42, 1])))
    static let d2: Field = add(d, d)
    static let sqrtMinusOne: Field = power(field([2]), pMinus1Over4)

    /// The point with the encoding `bytes`: its y, and the x whose parity the top bit gives. Nil when none exists.
    static func decode(_ bytes: [UInt8]) -> Point? {
        let y = unpack(bytes)
        let one = field([1])
        let y2 = square(y)
        let num = subtract(y2, one)
        let den = add(multiply(y2, d), one)
        let den2 = square(den), den4 = square(den2)
        let den7 = multiply(multiply(den4, den2), den)
        var x = multiply(multiply(multiply(power(multiply(den7, num), pMinus5Over8), num), den), multiply(den, den))
        if !equal(multiply(square(x), den), num) { x = multiply(x, sqrtMinusOne) }
        guard equal(multiply(square(x), den), num) else { return nil }
        if parity(x) != Int64(bytes[31] >> 7) { x = subtract(field(), x) }
        return Point(x: x, y: y, z: one, t: multiply(x, y))
    }

    /// A point in extended coordinates (X : Y : Z : T).
    struct Point {
        var x, y, z, t: Field

        static let identity = Point(x: field(), y: field([1]), z: field([1]), t: field())

        func adding(_ q: Point) -> Point {
            let a = multiply(subtract(y, x), subtract(q.y, q.x))
            let b = multiply(add(x, y), add(q.x, q.y))
            let c = multiply(multiply(t, q.t), d2)
            var dd = multiply(z, q.z)
            dd = add(dd, dd)
            let e = subtract(b, a), f = subtract(dd, c), g = add(dd, c), h = add(b, a)
            return Point(x: multiply(e, f), y: multiply(h, g), z: multiply(g, f), t: multiply(e, h))
        }

        var negated: Point { Point(x: subtract(field(), x), y: y, z: z, t: subtract(field(), t)) }

        func encoded() -> [UInt8] {
            let zi = inverse(z)
            var out = pack(multiply(y, zi))
            out[31] ^= UInt8(parity(multiply(x, zi)) << 7)
            return out
        }

        /// `scalar` × this point (scalar little-endian, 32 bytes), by a ladder that does the same work for every bit.
        func multiplied(by scalar: [UInt8]) -> Point {
            var p = Point.identity, q = self
            for bit in stride(from: 255, through: 0, by: -1) {
                let b = Int64((scalar[bit / 8] >> UInt8(bit & 7)) & 1)
                swap(&p, &q, b)
                q = q.adding(p)
                p = p.adding(p)
                swap(&p, &q, b)
            }
            return p
        }

        private func swap(_ p: inout Point, _ q: inout Point, _ bit: Int64) {
            select(&p.x, &q.x, bit); select(&p.y, &q.y, bit); select(&p.z, &q.z, bit); select(&p.t, &q.t, bit)
        }
    }

    /// The base point: y = 4/5, x even.
    static let base: Point = decode(pack(multiply(field([4]), inverse(field([5])))))!

    /// The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian.
    static let order: [Int64] = [0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
                                 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10]

    /// `x` (up to 64 little-endian limbs of 8 bits) mod L, as 32 bytes.
    static func reduceModOrder(_ input: [Int64]) -> [UInt8] {
        var x = input + [Int64](repeating: 0, count: max(0, 64 - input.count))
        for i in stride(from: 63, through: 32, by: -1) {
            var carry: Int64 = 0
            var j = i - 32
            while j < i - 12 {
                x[j] += carry - 16 * x[i] * order[j - (i - 32)]
                carry = (x[j] + 128) >> 8
                x[j] -= carry << 8
                j += 1
            }
            x[j] += carry
            x[i] = 0
        }
        var carry: Int64 = 0
        for j in 0..<32 {
            x[j] += carry - (x[31] >> 4) * order[j]
            carry = x[j] >> 8
            x[j] &= 255
        }
        for j in 0..<32 { x[j] -= carry * order[j] }
        var out = [UInt8](repeating: 0, count: 32)
        for i in 0..<32 {
            x[i + 1] += x[i] >> 8
            out[i] = UInt8(truncatingIfNeeded: x[i] & 255)
        }
        return out
    }

    static func reduce(_ bytes: [UInt8]) -> [UInt8] { reduceModOrder(bytes.map { Int64($0) }) }

    /// The clamped secret scalar and the prefix, from the 32-byte seed.
    static func expand(_ seed: [UInt8]) -> (scalar: [UInt8], prefix: [UInt8]) {
        var h = SHA512.hash(seed)
        h[0] &= 248
        h[31] &= 127
        h[31] |= 64
        return (Array(h[0..<32]), Array(h[32..<64]))
    }

    /// The 32-byte public key of a 32-byte secret seed.
    public static func publicKey(seed: [UInt8]) -> [UInt8] {
        precondition(seed.count == 32, "an Ed25519 seed is 32 bytes")
        return base.multiplied(by: expand(seed).scalar).encoded()
    }

    /// The 64-byte signature of `message` under the secret `seed`.
    public static func sign(_ message: [UInt8], seed: [UInt8]) -> [UInt8] {
        let (scalar, prefix) = expand(seed)
        let publicKey = base.multiplied(by: scalar).encoded()
        let r = reduce(SHA512.hash(prefix + message))
        let big = base.multiplied(by: r).encoded()
        let h = reduce(SHA512.hash(big + publicKey + message))
        var x = [Int64](repeating: 0, count: 64)
        for i in 0..<32 { x[i] = Int64(r[i]) }
        for i in 0..<32 { for j in 0..<32 { x[i + j] += Int64(h[i]) * Int64(scalar[j]) } }
        return big + reduceModOrder(x)
    }

    /// Whether `signature` is a valid signature of `message` under `publicKey` (RFC 8032 §5.1.7; an S not below L
    /// is refused, so a signature cannot be altered into another valid one).
    public static func verify(_ signature: [UInt8], of message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == 64, publicKey.count == 32, let a = decode(publicKey) else { return false }
        let s = Array(signature[32..<64])
        guard isBelowOrder(s) else { return false }
        let h = reduce(SHA512.hash(Array(signature[0..<32]) + publicKey + message))
        let check = base.multiplied(by: s).adding(a.negated.multiplied(by: h))
        return check.encoded() == Array(signature[0..<32])
    }

    static func isBelowOrder(_ s: [UInt8]) -> Bool {
        for i in stride(from: 31, through: 0, by: -1) {
            if Int64(s[i]) < order[i] { return true }
            if Int64(s[i]) > order[i] { return false }
        }
        return false
    }
}
