/// The demo association's support tickets: a few months of questions in every status,
/// with fixed times so the demo's support report is the same on every machine.
enum DemoSupport {
    private struct Seed {
        let subject: String
        let requester: String
        let category: String
        let priority: String
        let opened: String
        let question: String
        let response: (String, String, String)?   // staff email, time, body
        let status: String
        let solved: String?
        let assignee: String?
    }

    private static let ops = "ops@demo.portico.example"
    private static let events = "events@demo.portico.example"

    private static let seeds: [Seed] = [
        Seed(subject: "Renewal link says expired", requester: "ana.silva@example.org", category: "billing", priority: "high",
             opened: "2026-09-02T08:15:00Z", question: "The renewal link in my reminder says it has expired.",
             response: (ops, "2026-09-02T10:40:00Z", "Sorry about that. I have sent you a fresh link."), status: "closed",
             solved: "2026-09-03T09:00:00Z", assignee: ops),
        Seed(subject: "Receipt for my annual fee", requester: "li.wei@example.org", category: "billing", priority: "normal",
             opened: "2026-09-09T14:02:00Z", question: "Could you send me a receipt for this year's fee?",
             response: (ops, "2026-09-10T09:12:00Z", "Attached to this reply."), status: "solved", solved: "2026-09-10T09:15:00Z", assignee: ops),
        Seed(subject: "Change of employer", requester: "kofi.mensah@example.org", category: "membership", priority: "low",
             opened: "2026-09-18T11:30:00Z", question: "I have moved to Port Authority West. Please update my record.",
             response: (ops, "2026-09-21T08:05:00Z", "Done. Your profile now shows your new employer."), status: "solved",
             solved: "2026-09-21T08:06:00Z", assignee: ops),
        Seed(subject: "Certificate name misspelt", requester: "sinead.obrien@example.org", category: "learning", priority: "normal",
             opened: "2026-10-01T09:00:00Z", question: "My CPD certificate spells my name 'Sinead O Brien'.",
             response: (ops, "2026-10-01T15:20:00Z", "Corrected; the certificate will be reissued this week."), status: "solved",
             solved: "2026-10-03T12:00:00Z", assignee: ops),
        Seed(subject: "Dietary needs at the annual dinner", requester: "marta.kowalska@example.org", category: "events", priority: "normal",
             opened: "2026-10-06T17:45:00Z", question: "I am vegan. Is there an option at the dinner?",
             response: (events, "2026-10-07T08:30:00Z", "Yes, and I have noted it against your booking."), status: "solved",
             solved: "2026-10-07T08:31:00Z", assignee: events),
        Seed(subject: "Refund for cancelled workshop", requester: "james.okafor@example.org", category: "events", priority: "high",
             opened: "2026-10-14T10:10:00Z", question: "The tide gauge workshop was cancelled. How do I get my money back?",
             response: (events, "2026-10-14T11:00:00Z", "The refund is on its way and should reach you in five working days."),
             status: "solved", solved: "2026-10-16T09:30:00Z", assignee: events),
        Seed(subject: "Directory shows old phone number", requester: "priya.shah@example.org", category: "membership", priority: "normal",
             opened: "2026-10-22T13:00:00Z", question: "Please remove my old phone number from the directory.",
             response: (ops, "2026-10-23T09:45:00Z", "Removed. It will disappear at the next site build."), status: "solved",
             solved: "2026-10-23T09:50:00Z", assignee: ops),
        Seed(subject: "Group membership for our firm", requester: "office@harbourworks.example", category: "membership", priority: "normal",
             opened: "2026-11-02T09:20:00Z", question: "We would like to add eight engineers under one company membership.",
             response: (ops, "2026-11-03T10:00:00Z", "Happy to help. Could you send the list of names?"), status: "pending",
             solved: nil, assignee: ops),
        Seed(subject: "Login to the CPD log", requester: "tom.byrne@example.org", category: "learning", priority: "urgent",
             opened: "2026-11-10T07:55:00Z", question: "My CPD deadline is Friday and I cannot log activities.",
             response: (ops, "2026-11-10T08:20:00Z", "Logged for you from the details you sent."), status: "open", solved: nil, assignee: ops),
        Seed(subject: "Speaker slides from the conference", requester: "eva.lindqvist@example.org", category: "events", priority: "low",
             opened: "2026-11-17T16:40:00Z", question: "Will the slides from the breakwater session be shared?",
             response: nil, status: "new", solved: nil, assignee: events),
        Seed(subject: "Invoice address", requester: "accounts@dredgeco.example", category: "billing", priority: "normal",
             opened: "2026-11-21T12:00:00Z", question: "Please address invoices to our accounts team.",
             response: nil, status: "new", solved: nil, assignee: nil),
        Seed(subject: "Student membership eligibility", requester: "noor.haddad@example.org", category: "membership", priority: "normal",
             opened: "2026-11-24T09:30:00Z", question: "Am I eligible for student membership while on a placement year?",
             response: nil, status: "new", solved: nil, assignee: nil),
    ]

    @Sendable static func seed(_ context: WriteContext) throws {
        for seed in seeds {
            let updated = seed.solved ?? seed.response?.1 ?? seed.opened
            let id = try context.insert(SupportTicket.entity, [
                "subject": .text(seed.subject), "requester_email": .text(seed.requester), "priority": .text(seed.priority),
                "category": .text(seed.category), "status": .text(seed.status), "assignee_email": seed.assignee.map { .text($0) } ?? .null,
                "created_at": .text(seed.opened), "updated_at": .text(updated), "first_response_at": seed.response.map { .text($0.1) } ?? .null,
                "solved_at": seed.solved.map { .text($0) } ?? .null]).integer("id")
            try SupportDesk.addMessage(ticket: id, author: seed.requester, side: "requester", body: seed.question, at: seed.opened, in: context)
            if let (author, time, body) = seed.response {
                try SupportDesk.addMessage(ticket: id, author: author, side: "staff", body: body, at: time, in: context)
            }
        }
    }
}
