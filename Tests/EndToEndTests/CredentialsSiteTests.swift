import Foundation
import Testing
import PorticoFormats
import PorticoModel
@testable import PorticoSite
import PorticoTestSupport

/// Credentials as the built site publishes them: every demo credential verified by an independent verifier (Python's
/// `cryptography` Ed25519 over a canonical form Python makes), the verify page in Chromium checking the signature
/// itself, revocation and expiry reaching the status list and the verify page at the next build, the verify page
/// holding nothing beyond its listed fields, and the signing key in no output file.
@Suite struct CredentialsSiteTests {
    @Test func everyDemoCredentialVerifiesWithAnIndependentVerifier() throws {
        let output = try DemoSite.output()
        let files = TemporaryDirectory.files(in: output.appendingPathComponent("verify")).filter { $0.hasSuffix("/credential.json") }
        #expect(files.count >= 6)
        guard let python = TestTools.python(importing: "cryptography") else {
            Issue.record("no Python with cryptography: apt-get install python3-cryptography (see README)")
            return
        }
        let script = """
            import base64, hashlib, json, sys
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
            ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
            def b58(text):
                n = 0
                for c in text: n = n * 58 + ALPHABET.index(c)
                raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
                return b"\\0" * (len(text) - len(text.lstrip("1"))) + raw
            def canonical(value):
                return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            did = json.load(open(sys.argv[1]))
            keys = {m["publicKeyMultibase"]: b58(m["publicKeyMultibase"][1:])[2:] for m in did["verificationMethod"]}
            results = {}
            for path in sys.argv[2:]:
                credential = json.load(open(path))
                proof = dict(credential.pop("proof"))
                signature = b58(proof.pop("proofValue")[1:])
                proof["@context"] = credential["@context"]
                data = hashlib.sha256(canonical(proof)).digest() + hashlib.sha256(canonical(credential)).digest()
                key = Ed25519PublicKey.from_public_bytes(keys[proof["verificationMethod"].split("#")[1]])
                try:
                    key.verify(signature, data); ok = True
                except Exception:
                    ok = False
                tampered = dict(credential); tampered["name"] = credential["name"] + "!"
                try:
                    key.verify(signature, hashlib.sha256(canonical(proof)).digest() + hashlib.sha256(canonical(tampered)).digest()); forged = True
                except Exception:
                    forged = False
                results[path] = {"valid": ok, "tamperedAccepted": forged, "issuer": credential["issuer"]["id"], "suite": proof["cryptosuite"]}
            print(json.dumps(results))
            """
        let scriptFile = TemporaryDirectory("verifier").url.appendingPathComponent("verify.py")
        try FileManager.default.createDirectory(at: scriptFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let (status, data) = try PythonTool.run(python, [scriptFile.path, output.appendingPathComponent(".well-known/did.json").path]
                                                 + files.map { output.appendingPathComponent("verify/" + $0).path })
        #expect(status == 0, "\(String(decoding: data, as: UTF8.self))")
        let results = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        #expect(results.count == files.count)
        for (path, result) in results {
            #expect(result["valid"] as? Bool == true && result["tamperedAccepted"] as? Bool == false, "\(path)")
            #expect(result["issuer"] as? String == "did:web:demo.portico.example" && result["suite"] as? String == "eddsa-jcs-2022")
        }
    }

    @Test func theVerifyPageChecksTheSignatureInTheBrowser() throws {
        let output = try DemoSite.output()
        let page = try #require(TemporaryDirectory.files(in: output.appendingPathComponent("verify")).first { $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 2 })
        let server = try StaticServer(directory: output)
        let dom = try HeadlessBrowser.dumpDOM(server.baseURL + "verify/" + String(page.dropLast("index.html".count)))
        #expect(dom.contains("data-verified=\"yes\""), "\(dom.components(separatedBy: "signature-check").dropFirst().first?.prefix(600) ?? Substring(dom.prefix(300)))")
    }

    static func seed(_ site: TinySite) throws -> (credential: String, member: String) {
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try SiteSettings.set("site.url", to: "https://example.org/", in: context)
            try Certifications.createDefinition(name: "Quay Safety", description: "Safe work on quays.", criteria: "Pass.", validityMonths: 12, cpdToRenew: 0,
                                                imageURL: nil, in: context)
            let member = try MemberRecords.add(["name": "Cora Holder", "email": "cora.holder@example.org", "city": "Corkmarker", "company": "Holdercorp",
                                                "phone": "+44 1632 960999"], in: context)
            let signing = Certifications.Signing(keyPath: CredentialKey.defaultPath(forDatabase: site.store.path))
            let credential = try Certifications.issue(member: member.memberNumber, definition: "quay-safety", signing: signing, in: context)
            return (credential.identifier, member.memberNumber)
        }
    }

    static func build(_ site: TinySite, on day: String) throws {
        var options = site.options
        options.clock = { Timestamp.parse(day + "T12:00:00Z")! }
        _ = try Site(options: options).build()
    }

    /// The first bit of the status list, read back with Python's gzip and base64 (independent of ours).
    static func firstBit(_ site: TinySite) throws -> Int {
        let python = try #require(TestTools.python(importing: "gzip"))
        let file = site.directory.url.appendingPathComponent("output/verify/status.json").path
        let (_, data) = try PythonTool.run(python, ["-c", """
            import base64, gzip, json, sys
            encoded = json.load(open(sys.argv[1]))["credentialSubject"]["encodedList"][1:]
            bits = gzip.decompress(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
            print(len(bits) * 8, bits[0] >> 7)
            """, file])
        let parts = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        #expect(parts.first == "131072", "a list of 131,072 bits: \(parts)")
        return Int(parts.last ?? "") ?? -1
    }

    @Test func revocationAndExpiryReachTheStatusListAndTheVerifyPageAtTheNextBuild() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n-- portico.json --\n{\"baseURL\": \"https://example.org/\"}\n", theme: false)
        let (identifier, _) = try Self.seed(site)
        try Self.build(site, on: "2026-11-27")
        let page = "verify/\(identifier)/index.html"
        #expect(site.output(page)?.contains("<strong>Valid</strong>") == true && site.output(page)?.contains("content=\"noindex\"") == true)
        #expect(try Self.firstBit(site) == 0)
        try site.store.write(as: TestStores.admin, command: "test") { try Certifications.revoke(identifier: identifier, reason: "Issued in error", in: $0) }
        try Self.build(site, on: "2026-11-27")
        #expect(site.output(page)?.contains(">Revoked</strong>") == true)
        #expect(try Self.firstBit(site) == 1)
        // A credential past its date reads as expired at the next build (12 months less a day from 27 November 2026).
        let other = try TinySite("-- content/_index.md --\n# Home\n-- portico.json --\n{\"baseURL\": \"https://example.org/\"}\n", theme: false)
        let (second, _) = try Self.seed(other)
        try Self.build(other, on: "2027-11-26")
        #expect(other.output("verify/\(second)/index.html")?.contains("<strong>Valid</strong>") == true)
        try Self.build(other, on: "2027-11-27")
        #expect(other.output("verify/\(second)/index.html")?.contains(">Expired</strong>") == true)
    }

    @Test func theVerifyPageHoldsOnlyItsListedFieldsAndTheKeyIsInNoOutput() throws {
        let site = try TinySite("-- content/_index.md --\n# Home\n-- portico.json --\n{\"baseURL\": \"https://example.org/\"}\n", theme: false)
        let (identifier, number) = try Self.seed(site)
        try Self.build(site, on: "2026-11-27")
        let page = try #require(site.output("verify/\(identifier)/index.html"))
        let main = try #require(page.components(separatedBy: "<main").dropFirst().first?.components(separatedBy: "</main>").first)
        #expect(main.contains("Cora Holder") && main.contains("Quay Safety") && main.contains("27 November 2026") && main.contains("26 November 2027"))
        for hidden in ["cora.holder@example.org", number, "Corkmarker", "Holdercorp", "1632 960999", "Safe work on quays"] {
            #expect(!main.contains(hidden), "the verify page shows \(hidden)")
        }
        // The holder's name appears on their verify page only; the credential JSON carries no name or email.
        let files = site.outputFiles()
        #expect(files.filter { site.output($0)?.contains("Cora Holder") == true } == ["verify/\(identifier)/index.html"])
        #expect(files.allSatisfy { site.output($0)?.contains("cora.holder@example.org") != true })
        // The signing key is nowhere in the output; planted, the privacy check names it.
        let key = try String(contentsOfFile: CredentialKey.defaultPath(forDatabase: site.store.path), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(files.allSatisfy { site.output($0)?.contains(key) != true })
        let output = site.directory.url.appendingPathComponent("output")
        let check = try PrivacyCheck(store: Store(readingOnly: site.store.path), today: CalendarDate("2026-11-27")!)
        #expect(try check.scan(output).isEmpty)
        try ("backup: " + key + "\n").write(to: output.appendingPathComponent(".well-known/leak.txt"), atomically: true, encoding: .utf8)
        #expect(try check.scan(output).map(\.kind) == ["credential signing key"])
    }
}

/// `portico-admin certifications verify FILE` as a verifier runs it: a credential as issued verifies (exit 0), the
/// same file with one character changed, or signed by another site, does not (exit 10), and a revoked one reports it.
@Suite struct CertificationsBinaryTests {
    @Test func aTamperedCredentialIsRejectedWithExit10() throws {
        let directory = TemporaryDirectory()
        let path = try AdminBinaryTests().demoDatabase(directory)
        func admin(_ arguments: [String]) throws -> BinaryRunner.Result {
            try BinaryRunner.run("portico-admin", arguments + ["--db", path, "--as", "admin@example.org"])
        }
        let shown = try admin(["certifications", "show", "--member", "M000001", "--credential", "chartered-harbour-engineer", "--document"])
        #expect(shown.exitCode == 0, "\(shown.standardError)")
        let file = directory.url.appendingPathComponent("credential.json")
        try shown.standardOutput.write(to: file, atomically: true, encoding: .utf8)
        let good = try admin(["certifications", "verify", file.path])
        #expect(good.exitCode == 0 && good.standardOutput.contains("Signature valid") && good.standardOutput.contains("Status today: valid"), "\(good.standardError)")
        let tampered = directory.url.appendingPathComponent("tampered.json")
        try shown.standardOutput.replacingOccurrences(of: "Chartered Harbour Engineer", with: "Chartered Harbour Engineer (Fellow)")
            .write(to: tampered, atomically: true, encoding: .utf8)
        let bad = try admin(["certifications", "verify", tampered.path])
        #expect(bad.exitCode == 10 && bad.standardError.contains("changed after it was signed"), "\(bad.standardError)")
        // Another database (another site key) does not accept this site's credential.
        let other = TemporaryDirectory()
        let otherPath = try AdminBinaryTests().demoDatabase(other)
        let foreign = try BinaryRunner.run("portico-admin", ["certifications", "verify", file.path, "--db", otherPath, "--as", "admin@example.org"])
        #expect(foreign.exitCode == 10 && foreign.standardError.contains("not signed with a key of this site"), "\(foreign.standardError)")
        // Revoked: the signature still checks, the status does not.
        #expect(try admin(["certifications", "revoke", "--member", "M000001", "--credential", "chartered-harbour-engineer", "--reason", "Test"]).exitCode == 0)
        let revoked = try admin(["certifications", "verify", file.path])
        #expect(revoked.exitCode == 10 && revoked.standardOutput.contains("Status today: revoked"), "\(revoked.standardOutput)")
    }
}
