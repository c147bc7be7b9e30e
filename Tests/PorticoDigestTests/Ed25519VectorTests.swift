import Testing
import PorticoDigest

/// SHA-512 against FIPS 180-4's examples (and padding boundaries checked with Python's hashlib), and Ed25519 against
/// RFC 8032 §7.1's test vectors: the public key from the secret, the exact signature, and verification that refuses
/// any change to the message, the signature or the key, and a signature whose S is not below the group order.
@Suite struct Ed25519VectorTests {
    @Test(arguments: [
        ("", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
        ("abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"),
        (String(repeating: "a", count: 111), "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2"),
        (String(repeating: "a", count: 112), "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca"),
        (String(repeating: "a", count: 128), "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321"),
    ])
    func sha512(_ input: String, _ expected: String) {
        #expect(Hex.encode(SHA512.hash(Array(input.utf8))) == expected)
    }

    /// RFC 8032 §7.1 TEST 1, 2 and 3: secret key, public key, message, signature.
    static let vectors: [(secret: String, public: String, message: String, signature: String)] = [
        ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
         "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
        ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
         "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
        ("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7", "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
         "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"),
    ]

    @Test(arguments: 0..<3)
    func rfc8032Vector(_ index: Int) throws {
        let vector = Self.vectors[index]
        let seed = try #require(Hex.decode(vector.secret)), message = try #require(Hex.decode(vector.message))
        let publicKey = try #require(Hex.decode(vector.public)), signature = try #require(Hex.decode(vector.signature))
        #expect(Ed25519.publicKey(seed: seed) == publicKey)
        #expect(Ed25519.sign(message, seed: seed) == signature)
        #expect(Ed25519.verify(signature, of: message, publicKey: publicKey))
        // Any change is refused: the message, each half of the signature, the key.
        #expect(!Ed25519.verify(signature, of: message + [0], publicKey: publicKey))
        var r = signature; r[0] ^= 1
        var s = signature; s[40] ^= 1
        #expect(!Ed25519.verify(r, of: message, publicKey: publicKey) && !Ed25519.verify(s, of: message, publicKey: publicKey))
        let other = try #require(Hex.decode(Self.vectors[(index + 1) % 3].public))
        #expect(!Ed25519.verify(signature, of: message, publicKey: other))
    }

    @Test func aSignatureWithSAtOrAboveTheOrderIsRefused() throws {
        let vector = Self.vectors[0]
        let signature = try #require(Hex.decode(vector.signature)), publicKey = try #require(Hex.decode(vector.public))
        // S + L is the same point arithmetic but a different encoding (malleability); RFC 8032 says reject it.
        let order: [UInt8] = [0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14] + [UInt8](repeating: 0, count: 15) + [0x10]
        var sum = [UInt8](repeating: 0, count: 32)
        var carry = 0
        for i in 0..<32 {
            let total = Int(signature[32 + i]) + Int(order[i]) + carry
            sum[i] = UInt8(total & 0xff)
            carry = total >> 8
        }
        #expect(!Ed25519.verify(Array(signature[0..<32]) + sum, of: [], publicKey: publicKey))
    }

    @Test func signingIsDeterministicAndVerifiesForLongMessages() {
        let seed = [UInt8](repeating: 7, count: 32)
        let message = Array(String(repeating: "Open Badges 3.0 ", count: 200).utf8)
        let signature = Ed25519.sign(message, seed: seed)
        #expect(Ed25519.sign(message, seed: seed) == signature)
        #expect(Ed25519.verify(signature, of: message, publicKey: Ed25519.publicKey(seed: seed)))
    }
}
