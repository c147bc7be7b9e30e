import Foundation
import Testing
import PorticoModel
import PorticoTestSupport

/// Plans, courses and ticket types carry where to pay (a Stripe Payment Link), and their public pages show it as
/// the buy button; without one, no button.
@Suite struct PaymentLinksSiteTests {
    @Test func paymentLinksBecomeBuyButtons() throws {
        let site = try TinySite("-- portico.json --\n{\"baseURL\": \"https://example.org/\"}\n-- content/_index.md --\n# Home\n", theme: false)
        try site.store.write(as: TestStores.admin, command: "test") { context in
            try PlanRecords.add(slug: "full", name: "Full member", price: "180.00", currency: "GBP", period: "annual", in: context)
            try PlanRecords.update(slug: "full", ["payment_url": "https://buy.stripe.com/test_full", "benefits": "Voting rights\nThe journal"], in: context)
            try PlanRecords.add(slug: "student", name: "Student", price: "15.00", currency: "GBP", period: "annual", in: context)
            try PlanRecords.add(slug: "corporate", name: "Corporate", price: "900.00", currency: "GBP", period: "annual", isPublic: false, in: context)
            let course = try LearningRecords.createCourse(title: "Tide tables", price: "95.00", memberPrice: nil, currency: "GBP", requires: [], credential: nil,
                                                          fields: ["payment_url": "https://buy.stripe.com/test_tides"], in: context)
            try LearningRecords.setStatus(slug: course.slug, to: "published", in: context)
        }
        try site.build()
        let join = try #require(site.output("join/index.html"))
        #expect(join.contains("<a class=\"button\" href=\"https://buy.stripe.com/test_full\">Join as Full member</a>"))
        #expect(join.contains("<li>Voting rights</li><li>The journal</li>"))
        #expect(join.contains("id=\"plan-student\"") && !join.contains("Join as Student"), "no link, no button")
        #expect(!join.contains("Corporate"), "a plan not offered publicly is not listed")
        let course = try #require(site.output("courses/tide-tables/index.html"))
        #expect(course.contains("<a class=\"button\" href=\"https://buy.stripe.com/test_tides\">Book a place<span class=\"visually-hidden\"> on Tide tables</span></a>"))
        // A link is checked like any address: only http(s).
        #expect(throws: ModelError.self) {
            try site.store.write(as: TestStores.admin, command: "test") { try LearningRecords.updateCourse(slug: "tide-tables", fields: ["payment_url": "javascript:alert(1)"], price: nil, memberPrice: nil, credential: nil, in: $0) }
        }
    }
}
