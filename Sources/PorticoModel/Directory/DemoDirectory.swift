import Foundation
import PorticoFormats
import PorticoSQLite

/// The demo's business directory: fifteen companies (featured and basic, public and not, with and without consent
/// to publish their email and phone) and a few leads their contact forms brought.
enum DemoDirectory {
    static let companies: [(name: String, industry: String, city: String, country: String, tier: String)] = [
        ("Tidewater Consulting", "Consulting", "Aberdeen", "GB", "featured"),
        ("North Sea Ports", "Port operations", "Rotterdam", "NL", "featured"),
        ("Quayside Engineering", "Engineering", "Hamburg", "DE", "basic"),
        ("Coastal Works Group", "Construction", "Porto", "PT", "basic"),
        ("Marine Structures Ltd", "Engineering", "Bristol", "GB", "featured"),
        ("Estuary Partners", "Consulting", "Galway", "IE", "basic"),
        ("Harbour Board", "Port operations", "Halifax", "CA", "basic"),
        ("Breakwater Research Institute", "Research", "Stavanger", "NO", "basic"),
        ("Dredge & Reclaim BV", "Dredging", "Antwerp", "BE", "basic"),
        ("Pacific Quay Services", "Port operations", "Wellington", "NZ", "basic"),
        ("Singapore Marine Design", "Engineering", "Singapore", "SG", "basic"),
        ("Fremantle Harbour Works", "Construction", "Fremantle", "AU", "basic"),
        ("Le Havre Ingénierie", "Engineering", "Le Havre", "FR", "basic"),
        ("Seattle Waterfront Partners", "Consulting", "Seattle", "US", "basic"),
    ]

    @Sendable static func seed(_ context: WriteContext) throws {
        try CompanyRecords.update(slug: "harbour-design", [
            "industry": "Engineering", "city": "Singapore", "country": "SG", "public": "yes", "tier": "featured",
            "description": "Harbour and **marina design** across South-East Asia.", "email": "hello@harbour-design.example", "show_email": "yes",
            "logo_url": "https://images.harbour-guild.example/logos/harbour-design.png"], in: context)
        for (index, company) in companies.enumerated() {
            let slug = Slug.make(company.name)
            try CompanyRecords.add(slug: nil, name: company.name, website: "https://\(slug).example", contact: nil, in: context)
            var fields = ["industry": company.industry, "city": company.city, "country": company.country, "tier": company.tier,
                          // One company is not listed: its profile stays private.
                          "public": index == 6 ? "no" : "yes",
                          "description": "\(company.name) works on \(["port expansion", "coastal protection", "quay walls", "dredging and reclamation"][index % 4]) projects from \(company.city).",
                          "email": "contact@\(slug).example", "phone": "+44 20 7946 \(String(2000 + index))", "address": "\(10 + index) Harbour Road"]
            // Consent to publish differs: some publish both, some the email only, some neither.
            fields["show_email"] = index % 3 == 2 ? "no" : "yes"
            fields["show_phone"] = index % 3 == 0 ? "yes" : "no"
            if index % 2 == 0 { fields["logo_url"] = "https://images.harbour-guild.example/logos/\(slug).png" }
            try CompanyRecords.update(slug: slug, fields, in: context)
        }
        // Leads the contact forms collected (as `leads import` would bring them).
        let now = Timestamp.parse(context.store.now)!
        let leads: [(String, String, String, Int)] = [
            ("tidewater-consulting", "Morgan Reid", "morgan.reid@example.net", 3), ("tidewater-consulting", "Sasha Brandt", "sasha.brandt@example.net", 12),
            ("north-sea-ports", "Jordan Ellis", "jordan.ellis@example.net", 5), ("marine-structures-ltd", "Casey Lund", "casey.lund@example.net", 40),
            ("marine-structures-ltd", "Riley Okoye", "riley.okoye@example.net", 2), ("quayside-engineering", "Alex Mercer", "alex.mercer@example.net", 20),
        ]
        for (index, lead) in leads.enumerated() {
            let company = try CompanyRecords.find(slug: lead.0, in: context.store)
            try context.insert(Lead.entity, Lead.entity.completedForInsert([
                "company_id": .integer(company.id), "name": .text(lead.1), "email": .text(lead.2), "message": .text("We would like a quote for a feasibility study."),
                "source": .text("hubspot"), "status": .text(["new", "contacted", "won", "lost"][index % 4]),
                "received_at": .text(Timestamp.format(now.addingTimeInterval(-Double(lead.3) * 86_400))), "external_id": .text("hs-demo-\(index + 1)"),
            ], in: context.store))
        }
    }
}
