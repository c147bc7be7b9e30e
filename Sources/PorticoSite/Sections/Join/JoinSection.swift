import PorticoModel

/// `/join/`: the membership plans the association offers publicly, with price, period, benefits and, where staff
/// gave one, the plan's payment link (a Stripe Payment Link) as its join button.
struct JoinSection: SiteSection {
    static let name = "join"
    static let searchLabel = "Membership"
    static let contentFolder: String? = "join"
    static let pageTypes: [any LayoutData.Type] = [JoinPageData.self]
    static let tables = ["plans"]
    static let root = "join/"

    let plans: [Plan]
    let intro: ContentPage?

    var navigation: (title: String, path: String)? { ("Join", Self.root) }

    init?(input: SectionInput) throws {
        plans = try PlanRecords.list(in: input.store).filter(\.isPublic)
        guard !plans.isEmpty else { return nil }
        intro = input.pages(in: "join").first { $0.isIndex && $0.directory == "join" }
    }

    static func periodLabel(_ period: String) -> String {
        switch period {
        case "annual", "year", "yearly": return "a year"
        case "monthly", "month": return "a month"
        case "lifetime": return "once, for life"
        default: return period.replacingOccurrences(of: "_", with: " ")
        }
    }

    func jobs(context: PageContext) throws -> [RenderJob] {
        var frame = context.frame(path: Self.root, title: intro?.title ?? "Join us", description: intro?.summaryText ?? "Membership plans and what they include.")
        frame.breadcrumbs = [Link(title: "Home", url: context.link(""))]
        let cards = plans.map { plan in
            JoinPageData.PlanCard(name: plan.name, slug: plan.slug, price: plan.price.minorUnits == 0 ? "Free" : plan.price.description, period: Self.periodLabel(plan.period),
                                  benefits: ItemList(plan.benefits.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }),
                                  cpdPoints: plan.cpdPoints > 0 ? plan.cpdPoints : nil, paymentURL: plan.paymentURL)
        }
        return [RenderJob(outputPath: Self.root + "index.html", page: PageData(frame: frame, data: JoinPageData(content: intro?.html ?? "", plans: cards)),
                          sitemap: SitemapEntry(location: context.absolute(Self.root), lastModified: nil))]
    }

    func searchDocuments(context: PageContext) -> [SearchDocument] {
        plans.map { plan in
            SearchDocument(url: context.link(Self.root) + "#plan-" + plan.slug, title: plan.name + " membership", section: "Membership", headings: [],
                           body: [plan.price.description, Self.periodLabel(plan.period), plan.benefits].joined(separator: ". "))
        }
    }
}

/// `join`: the public membership plans.
struct JoinPageData: LayoutData {
    static let layout = "join"
    static let pages = "`/join/`"

    struct PlanCard: Encodable, Sendable {
        let name: String
        let slug: String
        let price: String
        let period: String
        let benefits: ItemList<String>?
        let cpdPoints: Int64?
        let paymentURL: String?
        enum CodingKeys: String, CodingKey { case name, slug, price, period, benefits, cpdPoints = "cpd_points", paymentURL = "payment_url" }
    }
    let content: String
    let plans: [PlanCard]

    static let fieldDocs = [
        "content": "the introduction (`content/join/_index.md`), or empty",
        "plans": "the public plans: `name`, `slug`, `price` (`180.00 GBP` or `Free`), `period` (`a year`), `benefits` (null when none; else `items`, one per line of the plan's benefits), `cpd_points` (or null), `payment_url` (the join button's address, or null)",
    ]
    static let example = JoinPageData(content: "<p>Join the Guild.</p>", plans: [PlanCard(name: "Full member", slug: "full", price: "180.00 GBP", period: "a year",
                                                                                      benefits: ItemList(["Voting rights"]), cpdPoints: nil, paymentURL: "https://buy.stripe.com/test_full")])
}
