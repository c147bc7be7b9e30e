/// The demo association's plans and members, with fixed dates so the demo is the same on every machine.
enum DemoMembers {
    static func seed(_ context: WriteContext) throws {
        try PlanRecords.add(slug: "full", name: "Full member", price: "180.00", currency: "GBP", period: "annual", cpdPoints: 30, in: context)
        try PlanRecords.add(slug: "associate", name: "Associate", price: "95.00", currency: "GBP", period: "annual", cpdPoints: 10, in: context)
        try PlanRecords.add(slug: "student", name: "Student", price: "15.00", currency: "GBP", period: "annual", in: context)
        let members: [[String: String]] = [
            ["name": "Ana Silva", "email": "ana.silva@example.org", "company": "Lisbon Port Works", "city": "Lisbon", "country": "PT",
             "visibility": "public", "joined_on": "2019-04-01"],
            ["name": "Li Wei", "email": "li.wei@example.org", "company": "Harbour Design Partners", "city": "Singapore", "country": "SG",
             "visibility": "public", "joined_on": "2021-09-15"],
            ["name": "Kofi Mensah", "email": "kofi.mensah@example.org", "company": "Port Authority West", "city": "Takoradi", "country": "GH",
             "visibility": "unlisted", "joined_on": "2023-01-10"],
            ["name": "Grace O'Neill", "email": "grace.oneill@example.org", "city": "Cork", "country": "IE", "visibility": "members",
             "joined_on": "2024-06-03"],
            ["name": "Jonas Berg", "email": "jonas.berg@example.org", "company": "Nordic Breakwaters", "city": "Bergen", "country": "NO",
             "visibility": "hidden", "joined_on": "2025-02-20"],
        ]
        for member in members { try MemberRecords.add(member, in: context) }
    }
}
