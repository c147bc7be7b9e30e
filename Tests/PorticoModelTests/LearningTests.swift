import Foundation
import Testing
import PorticoFormats
@testable import PorticoModel
import PorticoSQLite
import PorticoTestSupport

/// Courses and credentials in the model: prerequisites enforced with the missing course named, completion recording
/// CPD and issuing the credential exactly once, signed credentials that verify and refuse any change, revocation,
/// renewal needing CPD, and the expiry reminders naming the CPD still needed.
@Suite struct LearningTests {
    let directory = TemporaryDirectory()
    let store: Store
    let signing: Certifications.Signing
    let ana: String
    let ben: String

    init() throws {
        store = try TestStores.make(in: directory)
        signing = Certifications.Signing(keyPath: directory.url.appendingPathComponent("portico.db.credential-key").path)
        (ana, ben) = try store.write(as: TestStores.admin, command: "test") { context in
            try SiteSettings.set("site.url", to: "https://guild.example.org/", in: context)
            let definition = try Certifications.createDefinition(name: "Chartered Engineer", description: "Competence.", criteria: "Pass both courses.",
                                                                 validityMonths: 12, cpdToRenew: 5, imageURL: nil, in: context)
            for (title, requires, credential) in [("Foundations", [String](), nil as String?), ("Advanced", ["foundations"], definition.slug)] {
                let course = try LearningRecords.createCourse(title: title, price: "100.00", memberPrice: nil, currency: "GBP", requires: requires,
                                                              credential: credential, fields: ["cpd_points": "6"], in: context)
                try LearningRecords.setStatus(slug: course.slug, to: "published", in: context)
            }
            return (try MemberRecords.add(["name": "Ana Costa", "email": "ana@example.org"], in: context).memberNumber,
                    try MemberRecords.add(["name": "Ben Okoro", "email": "ben@example.org"], in: context).memberNumber)
        }
    }

    @discardableResult func write<T>(_ body: (WriteContext) throws -> T) throws -> T { try store.write(as: TestStores.admin, command: "test", body) }

    @Test func prerequisitesAreEnforcedNamingTheMissingCourse() throws {
        #expect(throws: ModelError.conflict("\(ana) has not completed 'Foundations' (foundations), which 'Advanced' requires")) {
            try write { try LearningRecords.enroll(member: ana, course: "advanced", in: $0) }
        }
        try write { try LearningRecords.enroll(member: ana, course: "foundations", in: $0) }
        // Enrolled is not completed.
        #expect(throws: ModelError.self) { try write { try LearningRecords.enroll(member: ana, course: "advanced", in: $0) } }
        try write { try LearningRecords.complete(member: ana, course: "foundations", score: 80, signing: signing, in: $0) }
        #expect(try write { try LearningRecords.enroll(member: ana, course: "advanced", in: $0) }.status == "enrolled")
        #expect(throws: ModelError.self) { try write { try LearningRecords.enroll(member: ana, course: "advanced", in: $0) } }
    }

    @Test func aCourseIsUpdatedInItsOwnCurrencyAndCanDropItsCredential() throws {
        let updated = try write { try LearningRecords.updateCourse(slug: "advanced", fields: ["summary": "Harder.", "cpd_points": "8"], price: "120.50",
                                                                   memberPrice: "", credential: "", in: $0) }
        #expect(updated.summary == "Harder." && updated.cpdPoints == 8 && updated.price == Money(minorUnits: 12_050, currency: "GBP"))
        #expect(updated.memberPrice == nil && updated.credentialID == nil)
        #expect(throws: ModelError.self) { try write { try LearningRecords.updateCourse(slug: "advanced", fields: ["status": "archived"], price: nil, memberPrice: nil, credential: nil, in: $0) } }
        #expect(throws: ModelError.self) { try write { try LearningRecords.updateCourse(slug: "advanced", fields: [:], price: "12.345", memberPrice: nil, credential: nil, in: $0) } }
    }

    @Test func completingRecordsCPDAndIssuesTheCredentialExactlyOnce() throws {
        try write { (context: WriteContext) throws in
            try LearningRecords.enroll(member: ana, course: "foundations", in: context)
            try LearningRecords.complete(member: ana, course: "foundations", score: nil, signing: signing, in: context)
            try LearningRecords.enroll(member: ana, course: "advanced", in: context)
        }
        let first = try write { try LearningRecords.complete(member: ana, course: "advanced", score: 90, signing: signing, in: $0) }
        let again = try write { try LearningRecords.complete(member: ana, course: "advanced", score: 95, signing: signing, in: $0) }
        #expect(first.credential != nil && again.credential == nil)
        #expect(try Certifications.list(in: store).count == 1)
        let cpd = try CPDRecord.entity.records(in: store).filter { try $0.text("source") == "course" }
        #expect(cpd.count == 2 && cpd.allSatisfy { (try? $0.integer("points")) == 6 }, "one record per course, however often completed")
        let credential = try #require(first.credential)
        #expect(credential.identifier.count == 32 && credential.identifier.allSatisfy(\.isHexDigit), "128 random bits")
        #expect(credential.expiresOn == CalendarDate("2027-11-26"), "twelve months less a day from 27 November 2026")
    }

    @Test func aCredentialVerifiesAndAnyChangeIsRefused() throws {
        try write { (context: WriteContext) throws in
            try LearningRecords.enroll(member: ben, course: "foundations", in: context)
            try LearningRecords.complete(member: ben, course: "foundations", score: nil, signing: signing, in: context)
            try LearningRecords.enroll(member: ben, course: "advanced", in: context)
            try LearningRecords.complete(member: ben, course: "advanced", score: nil, signing: signing, in: context)
        }
        let credential = try #require(try Certifications.list(in: store).first)
        let document = try JSONValue.parse(credential.document)
        #expect(document["issuer"]?["id"]?.stringValue == "did:web:guild.example.org")
        #expect(document["credentialSubject"]?["achievement"]?["name"]?.stringValue == "Chartered Engineer")
        #expect(!credential.document.contains("ben@example.org") && !credential.document.contains("Ben Okoro"), "the holder only as a salted hash")
        let result = try Certifications.verify(credential.document, in: store)
        guard case .valid = result.signature else { Issue.record("\(result.signature)"); return }
        #expect(result.status == "valid")
        // A changed name, a changed date, a removed status entry: each breaks the signature.
        for (from, to) in [("Chartered Engineer", "Chartered Engineer (Hons)"), ("2027-11-26", "2030-11-26"), ("\"statusPurpose\":\"revocation\"", "\"statusPurpose\":\"suspension\"")] {
            let tampered = credential.document.replacingOccurrences(of: from, with: to)
            #expect(tampered != credential.document)
            guard case .invalid = try Certifications.verify(tampered, in: store).signature else { Issue.record("\(from) → \(to) still verifies"); continue }
        }
        // Revoked, it still carries a good signature, but its status says so.
        try write { try Certifications.revoke(identifier: credential.identifier, reason: "Issued in error", in: $0) }
        #expect(try Certifications.verify(credential.document, in: store).status == "revoked")
    }

    @Test func afterAKeyRotationOldCredentialsStillVerifyAndNewOnesUseTheNewKey() throws {
        let old = try write { try Certifications.issue(member: ana, definition: "chartered-engineer", signing: signing, in: $0) }
        let oldKey = try #require(try Certifications.publicKeys(in: store).keys.first)
        let newKey = try write { try Certifications.rotateKey(signing: signing, in: $0) }
        let keys = Set(try Certifications.publicKeys(in: store).keys)
        #expect(newKey != oldKey && keys == [oldKey, newKey])
        let fresh = try write { try Certifications.issue(member: ben, definition: "chartered-engineer", signing: signing, in: $0) }
        for (credential, key) in [(old, oldKey), (fresh, newKey)] {
            guard case .valid(let method) = try Certifications.verify(credential.document, in: store).signature else {
                Issue.record("\(credential.identifier) does not verify after the rotation"); continue
            }
            #expect(method.hasSuffix("#" + key))
        }
        #expect(try CredentialPublication.didDocument(did: "did:web:guild.example.org", in: store).contains(oldKey))
    }

    @Test func renewingNeedsTheCPDAndRemindersNameWhatIsStillNeeded() throws {
        let credential = try write { try Certifications.issue(member: ana, definition: "chartered-engineer", signing: signing, in: $0) }
        // 30 days before expiry (27 October 2027) the reminder names the 5 points still needed.
        let due = try Certifications.dueReminders(on: CalendarDate("2027-10-27")!, in: store)
        #expect(due.map(\.key) == ["credential:\(credential.identifier):2027-11-26:30"] && due.first?.facts["cpd_needed"] == "5")
        #expect(try Certifications.dueReminders(on: CalendarDate("2027-06-01")!, in: store).isEmpty, "nothing before 90 days")
        #expect(throws: ModelError.self) { try write { try Certifications.renew(identifier: credential.identifier, signing: signing, in: $0) } }
        try write { try CPDRecords.log(member: ana, activity: "Reading", category: "Learning", points: 5, completedOn: nil, evidenceURL: nil, in: $0) }
        let renewed = try write { try Certifications.renew(identifier: credential.identifier, signing: signing, in: $0) }
        #expect(renewed.expiresOn == CalendarDate("2028-11-26"))
        guard case .valid = try Certifications.verify(renewed.document, in: store).signature else { Issue.record("the renewed credential does not verify"); return }
        #expect(try JSONValue.parse(renewed.document)["validUntil"]?.stringValue == "2028-11-26T23:59:59Z")
    }
}
