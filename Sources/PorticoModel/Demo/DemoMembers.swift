import PorticoFormats
import PorticoSQLite

/// The demo association's plans, 60 members in every visibility and standing, a company membership, groups, CPD
/// records and a year of invoices. Names and choices are fixed; dates are reckoned from the day the demo is created
/// (so its memberships are current whenever it is built), and the same day always gives the same data.
enum DemoMembers {
    static let firstNames = ["Amara", "Bjorn", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jamal", "Katarzyna", "Lars",
                             "Maya", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf",
                             "Zofia", "Aoife", "Bruno", "Carmen", "Daniel"]
    static let lastNames = ["Okafor", "Lindqvist", "Martin", "Petrov", "Rossi", "Haddad", "Jansen", "Tanaka", "Costa", "Baker", "Nowak",
                            "Eriksen", "Patel", "Sharma", "Ivanova", "Alves", "Murphy", "Garcia", "Holm", "Aziz", "Iyer", "Kral", "Zhang",
                            "Lopez", "Demir", "Wojcik", "Byrne", "Moreau", "Vidal", "Schmidt"]
    static let places: [(city: String, country: String)] = [
        ("Aberdeen", "GB"), ("Rotterdam", "NL"), ("Hamburg", "DE"), ("Porto", "PT"), ("Singapore", "SG"), ("Fremantle", "AU"),
        ("Halifax", "CA"), ("Galway", "IE"), ("Stavanger", "NO"), ("Durban", "ZA"), ("Wellington", "NZ"), ("Le Havre", "FR"),
        ("Yokohama", "JP"), ("Seattle", "US"), ("Bristol", "GB"),
    ]
    static let employers = ["Tidewater Consulting", "North Sea Ports", "Quayside Engineering", "Coastal Works Group", "Marine Structures Ltd",
                            "Estuary Partners", "Harbour Board", "Breakwater Research Institute"]
    static let jobTitles = ["Port engineer", "Coastal scientist", "Project manager", "Structural engineer", "Dredging specialist",
                            "Harbour master", "Hydraulic modeller", "Asset manager"]

    @Sendable static func seed(_ context: WriteContext) throws {
        let today = try context.store.today()
        try PlanRecords.add(slug: "full", name: "Full member", price: "180.00", currency: "GBP", period: "annual", cpdPoints: 30, in: context)
        try PlanRecords.update(slug: "full", ["payment_url": "https://pay.harbour-guild.example/full"], in: context)
        try PlanRecords.add(slug: "associate", name: "Associate", price: "95.00", currency: "GBP", period: "annual", cpdPoints: 10, in: context)
        try PlanRecords.add(slug: "student", name: "Student", price: "15.00", currency: "GBP", period: "annual", in: context)
        // What each plan offers, one benefit a line, as the public join page lists them.
        for (slug, benefits) in [("full", "Voting rights at the AGM\nMember rates for events and courses\nA listing in the member directory\nThe Guild journal"),
                                 ("associate", "Member rates for events and courses\nA listing in the member directory"),
                                 ("student", "Free entry to chapter meetups\nMentoring from a chartered engineer")] {
            try PlanRecords.update(slug: slug, ["benefits": benefits], in: context)
        }
        try PlanRecords.add(slug: "corporate", name: "Corporate (up to 5 people)", price: "900.00", currency: "GBP", period: "annual", isPublic: false, in: context)
        var members: [[String: String]] = [
            ["name": "Ana Silva", "email": "ana.silva@example.org", "company": "Lisbon Port Works", "city": "Lisbon", "country": "PT",
             "visibility": "public", "joined_on": "2019-04-01", "job_title": "Chief engineer", "website": "https://lisbon-port-works.example",
             "show_website": "1", "bio": "Designs **rubble-mound breakwaters** and teaches the Guild's coastal design course."],
            ["name": "Li Wei", "email": "li.wei@example.org", "company": "Harbour Design Partners", "city": "Singapore", "country": "SG",
             "visibility": "public", "joined_on": "2021-09-15", "job_title": "Director"],
            ["name": "Kofi Mensah", "email": "kofi.mensah@example.org", "company": "Port Authority West", "city": "Takoradi", "country": "GH",
             "visibility": "unlisted", "joined_on": "2023-01-10"],
            ["name": "Grace O'Neill", "email": "grace.oneill@example.org", "city": "Cork", "country": "IE", "visibility": "members",
             "joined_on": "2024-06-03"],
            ["name": "Jonas Berg", "email": "jonas.berg@example.org", "company": "Nordic Breakwaters", "city": "Bergen", "country": "NO",
             "visibility": "hidden", "joined_on": "2025-02-20"],
        ]
        let visibilities = ["public", "public", "public", "public", "public", "public", "unlisted", "members", "members", "hidden"]
        for index in 0..<55 {
            let first = firstNames[index % firstNames.count], last = lastNames[(index * 7 + 3 + index / firstNames.count * 13) % lastNames.count]
            let place = places[index % places.count]
            var member = ["name": "\(first) \(last)", "email": "\(first.lowercased()).\(last.lowercased())\(index)@example.org", "city": place.city,
                          "country": place.country, "visibility": visibilities[index % visibilities.count],
                          "company": employers[index % employers.count], "job_title": jobTitles[(index * 3) % jobTitles.count],
                          "joined_on": CalendarDate(year: 2008 + Int64(index % 17), month: 1 + Int64(index % 12), day: 1 + Int64((index * 5) % 28))!.description]
            if index % 4 == 0 { member["bio"] = "Works on \(["port expansion", "coastal flood defence", "quay wall repair", "sediment management"][(index / 4) % 4]) projects around \(place.city)." }
            if index % 6 == 0 { member["show_email"] = "1" }
            if index % 5 == 0 { member["phone"] = "+44 20 7946 \(String(1000 + index))"; member["show_phone"] = index % 10 == 0 ? "1" : "0" }
            members.append(member)
        }
        var ids: [Int64] = []
        for member in members { ids.append(try MemberRecords.add(member, in: context).id) }

        // A company membership: Harbour Design Partners holds the corporate plan for Li Wei and three colleagues.
        let company = try CompanyRecords.add(slug: "harbour-design", name: "Harbour Design Partners", website: "https://harbour-design.example",
                                             contact: "li.wei@example.org", in: context)
        let colleagues = Array(members[20...22].map { $0["email"]! })
        for email in colleagues { try CompanyRecords.link(member: email, to: "harbour-design", in: context) }

        // Memberships, oldest first, so invoice numbers follow their dates.
        // `seat` is the holder's place in the fixed list above: every choice below is keyed to it, never to a term's
        // position among terms sorted by dates reckoned from today (which would change from day to day).
        struct Term { let holder: Membership.Holder; let plan: String; let start: CalendarDate; let paid: Bool; let seat: Int }
        var terms: [Term] = []
        func anniversary(_ joined: CalendarDate, yearsBack: Int64 = 0) -> CalendarDate {
            let (_, month, day) = joined.components
            var start = CalendarDate(year: today.year, month: month, day: min(day, 28))!
            if start > today { start = start.adding(months: -12) }
            return start.adding(months: -12 * yearsBack)
        }
        for (index, member) in members.enumerated() {
            let joined = CalendarDate(member["joined_on"]!)!
            if index == 3 || colleagues.contains(member["email"]!) { continue }
            let plan = index == 1 ? "associate" : index == 4 ? "student" : ["full", "full", "full", "associate", "student"][index % 5]
            switch index % 12 {
            case 10 where index > 4:
                terms.append(Term(holder: .member(ids[index]), plan: plan, start: anniversary(joined, yearsBack: 2), paid: true, seat: index))
            case 11 where index > 4:
                terms.append(Term(holder: .member(ids[index]), plan: plan, start: today.adding(days: -10).adding(months: -12).adding(days: 1),
                                  paid: true, seat: index))
            case 9 where index > 4:
                terms.append(Term(holder: .member(ids[index]), plan: plan, start: today.adding(days: -(Int64(index) % 20)), paid: false, seat: index))
            default:
                // Members of more than a year renewed at their last anniversary: the term before this one, paid.
                if index % 2 == 0 && anniversary(joined, yearsBack: 1) >= joined {
                    terms.append(Term(holder: .member(ids[index]), plan: plan, start: anniversary(joined, yearsBack: 1), paid: true, seat: index))
                }
                terms.append(Term(holder: .member(ids[index]), plan: plan, start: anniversary(joined), paid: true, seat: index))
            }
        }
        terms.append(Term(holder: .company(company.id), plan: "corporate", start: anniversary(CalendarDate("2020-05-01")!), paid: true,
                          seat: members.count))
        terms.sort { ($0.start, $0.holder.id) < ($1.start, $1.holder.id) }

        // A sponsorship draft is invoice #1 (the examples in `portico-admin invoices --help` use it).
        try InvoiceRecords.draft(for: .company(company.id), lines: [InvoiceRecords.LineInput(
            description: "Annual conference: silver sponsorship", unit: Money(minorUnits: 150_000, currency: "GBP"), taxRateBasisPoints: 2000,
            source: "sponsorship")], in: context)
        for term in terms {
            let membership = try MembershipRecords.add(term.holder, plan: term.plan, startsOn: term.start, paid: false, autoRenew: term.seat % 3 == 0, in: context)
            let plan = try PlanRecords.find(slug: term.plan, in: context.store)
            let invoice = try InvoiceRecords.draft(for: term.holder, lines: [InvoiceRecords.LineInput(
                description: "\(plan.name) membership, \(term.start) to \(membership.endsOn?.description ?? "lifetime")", unit: plan.price,
                membershipID: membership.id, planID: plan.id)], in: context)
            let issued = try InvoiceRecords.issue("#\(invoice.id)", on: min(term.start, today), in: context)
            guard term.paid, let number = issued.number else { continue }
            if term.seat % 17 == 5 {
                // A deposit of a third of the invoice first (derived from what it pays, so it fits every plan's
                // price); one invoice stays part-paid.
                let deposit = Money(minorUnits: issued.total / 3, currency: issued.currency)
                try InvoiceRecords.pay(number, amount: deposit.amount, method: "card", receivedOn: min(term.start.adding(days: 3), today), reference: "",
                                       in: context)
                if term.seat == 39 { continue }
            }
            let left = try InvoiceRecords.find(number, in: context.store).balance
            try InvoiceRecords.pay(number, amount: Money(minorUnits: left, currency: issued.currency).amount,
                                   method: term.seat % 2 == 0 ? "card" : "bank_transfer", receivedOn: min(term.start.adding(days: 7), today),
                                   reference: "DEMO-\(term.seat)", in: context)
        }

        // A goodwill credit of a tenth against the first invoice paid this year (none early in January, when no
        // term has started yet this year).
        if let first = try InvoiceRecords.list(in: context.store).last(where: { $0.issuedOn?.year == today.year && $0.status == "paid" }),
           let number = first.number {
            let credit = Money(minorUnits: first.total / 10, currency: first.currency)
            try InvoiceRecords.credit(number, amount: credit.amount, reason: "Early renewal discount", in: context)
        }

        try GroupRecords.add(slug: "northern-chapter", name: "Northern Chapter", kind: "chapter",
                             description: "Members in the north of England and Scotland: site visits and evening talks.", in: context)
        try GroupRecords.add(slug: "coastal-resilience", name: "Coastal Resilience", kind: "interest",
                             description: "Flood defence, sea-level rise and nature-based coastal protection.", in: context)
        try GroupRecords.add(slug: "standards-committee", name: "Standards Committee", kind: "committee",
                             description: "Keeps the Guild's design guidance current.", in: context)
        try GroupRecords.add(slug: "board-nominations", name: "Board Nominations", kind: "committee", isPublic: false, in: context)
        for (index, member) in members.enumerated() {
            let email = member["email"]!
            if index % 3 == 0 { try GroupRecords.join(group: "northern-chapter", member: email, role: index == 0 ? "chair" : "member", in: context) }
            if index % 4 == 1 { try GroupRecords.join(group: "coastal-resilience", member: email, role: index == 1 ? "chair" : "member", in: context) }
            if index % 9 == 2 { try GroupRecords.join(group: "standards-committee", member: email, role: index == 2 ? "secretary" : "member", in: context) }
            if index == 6 || index == 7 { try GroupRecords.join(group: "board-nominations", member: email, role: "member", in: context) }
        }

        // CPD: most full and associate members have logged something this year; a third have done all their plan asks
        // (six activities, about 31 points); some are behind.
        let activities = [("Coastal design course", "Learning", 6), ("Site visit: harbour extension", "Practice", 3),
                          ("Mentoring a graduate engineer", "Teaching", 4), ("Guild conference", "Learning", 8)]
        for (index, member) in members.enumerated() where index % 5 < 4 && index != 3 {
            for step in 0..<(index % 3 == 0 ? 6 : index % 4) {
                let activity = activities[(index + step) % activities.count]
                try CPDRecords.log(member: member["email"]!, activity: activity.0, category: activity.1, points: activity.2,
                                   completedOn: today.adding(days: -Int64(7 + step * 20 + index % 30)), evidenceURL: nil, in: context)
            }
        }
    }
}
