import Foundation
import PorticoFormats
import PorticoSQLite

/// The demo's learning: six courses (one requiring another, one archived, one draft), enrollments in every state,
/// and credentials valid, expiring soon, expired and revoked, all signed with the demo's own credential key.
enum DemoLearning {
    @Sendable static func seed(_ context: WriteContext) throws {
        let signing = Certifications.Signing(keyPath: CredentialKey.defaultPath(forDatabase: context.store.path))
        let chartered = try Certifications.createDefinition(
            name: "Chartered Harbour Engineer", description: "Competence in the design and care of harbour structures.",
            criteria: "Complete the Coastal design course and the Breakwater design masterclass assessment.", validityMonths: 36, cpdToRenew: 30,
            imageURL: "https://images.harbour-guild.example/badges/chartered.png", in: context)
        let safety = try Certifications.createDefinition(
            name: "Quay Safety Certificate", description: "Safe working on quays and pontoons.", criteria: "Pass the quay safety assessment (70% or more).",
            validityMonths: 12, cpdToRenew: 3, imageURL: nil, in: context)
        let outline = "Module 1 / Waves and water levels / 45\nModule 1 / Design conditions / 30\nModule 2 / Armour sizing / 60\nModule 2 / Overtopping / 40"
        let courses: [(String, String, String, String?, String?, [String], String, Int)] = [
            ("Coastal design fundamentals", "online", "120.00", "90.00", chartered.slug, [], "published", 12),
            ("Breakwater design advanced", "blended", "480.00", "380.00", nil, ["coastal-design-fundamentals"], "published", 20),
            ("Quay safety", "self_paced", "45.00", "0", safety.slug, [], "published", 3),
            ("Dredging practice", "in_person", "350.00", "290.00", nil, [], "published", 8),
            ("Port asset management (2019 edition)", "online", "60.00", nil, nil, [], "archived", 4),
            ("Hydraulic modelling with open tools", "online", "150.00", "110.00", nil, [], "draft", 10),
        ]
        for (title, format, price, memberPrice, credential, requires, status, points) in courses {
            let course = try LearningRecords.createCourse(title: title, price: price, memberPrice: memberPrice, currency: "GBP", requires: requires,
                                                          credential: credential, fields: [
                "format": format, "cpd_points": String(points), "outline": outline,
                "summary": "\(title): a \(format.replacingOccurrences(of: "_", with: " ")) course for harbour engineers.",
                "description": "Taught by practising engineers. **\(points) CPD points** on completion.",
                // Where to pay: a Stripe Payment Link per course (test-mode style addresses in the demo).
                "payment_url": "https://buy.stripe.com/test_\(Slug.make(title).replacingOccurrences(of: "-", with: "_"))"], in: context)
            if status != "draft" { try LearningRecords.setStatus(slug: course.slug, to: "published", in: context) }
            if status == "archived" { try LearningRecords.setStatus(slug: course.slug, to: "archived", in: context) }
        }
        // Enrollments in every state; completions record CPD and issue the course's credential.
        func member(_ seat: Int) -> String { "M" + String(format: "%06d", seat) }
        for seat in 1...6 { try LearningRecords.enroll(member: member(seat), course: "coastal-design-fundamentals", in: context) }
        for seat in 1...3 { try LearningRecords.complete(member: member(seat), course: "coastal-design-fundamentals", score: Int64(70 + seat * 5), signing: signing, in: context) }
        try LearningRecords.progress(member: member(4), course: "coastal-design-fundamentals", percent: 40, score: nil, in: context)
        try LearningRecords.withdraw(member: member(5), course: "coastal-design-fundamentals", in: context)
        try LearningRecords.enroll(member: member(1), course: "breakwater-design-advanced", in: context)
        try LearningRecords.progress(member: member(1), course: "breakwater-design-advanced", percent: 65, score: nil, in: context)
        for seat in 10...14 { try LearningRecords.enroll(member: member(seat), course: "quay-safety", in: context) }
        for seat in 10...13 { try LearningRecords.complete(member: member(seat), course: "quay-safety", score: 80, signing: signing, in: context) }
        // Enrollments spread over the past months, as a year of teaching has them (the reports chart them by month).
        let today = try context.store.today()
        for (index, enrollment) in try LearningRecords.enrollments(in: context.store).enumerated() {
            let enrolled = today.adding(days: -Int64(20 + (index * 47) % 300))
            var changes: [String: DatabaseValue] = ["enrolled_on": .text(enrolled.description)]
            if enrollment.completedOn != nil { changes["completed_on"] = .text(min(enrolled.adding(days: Int64(18 + (index * 13) % 40)), today).description) }
            try context.update(Enrollment.entity, id: enrollment.id, set: changes)
        }
        // One safety certificate expired (issued fourteen months ago), one expiring within the month, one revoked.
        let safetyCertificates = try Certifications.list(in: context.store).filter { $0.definitionID == safety.id }
        for (credential, issued) in zip(safetyCertificates.prefix(2), [today.adding(months: -14), today.adding(months: -12).adding(days: 20)]) {
            let expires = issued.adding(months: 12).adding(days: -1)
            let document = try Certifications.signedDocument(identifier: credential.identifier, memberID: credential.memberID, definition: safety, issued: issued,
                                                             expires: expires, statusIndex: credential.statusIndex, signing: signing, in: context)
            try context.update(IssuedCredential.entity, id: credential.id, set: ["issued_on": .text(issued.description), "expires_on": .text(expires.description),
                                                                                 "document": .text(document)])
        }
        if let revoked = safetyCertificates.dropFirst(2).first {
            try Certifications.revoke(identifier: revoked.identifier, reason: "Assessment found to have been completed by someone else.", in: context)
        }
    }
}
