import Testing
import PorticoModel
import PorticoTestSupport

@Suite struct SupportDeskTests {
    func open(_ store: Store) throws -> SupportTicket {
        try store.write(as: TestStores.admin, command: "support open") {
            try SupportDesk.open(subject: "Cannot renew", requester: "ana@example.org", body: "The link expired.", priority: "high", category: "billing", in: $0)
        }
    }

    @Test func ticketLifecycle() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let ticket = try open(store)
        #expect(ticket.status == "new")
        #expect(ticket.firstResponseAt == nil)
        let replied = try store.write(as: TestStores.admin, command: "support reply") {
            try SupportDesk.reply(to: ticket.id, body: "New link sent.", fromRequester: false, in: $0)
        }
        #expect(replied.status == "open")
        #expect(replied.firstResponseAt == "2026-11-27T12:00:00Z")
        let pending = try store.write(as: TestStores.admin, command: "support status") { try SupportDesk.setStatus(ticket.id, to: "pending", in: $0) }
        #expect(pending.status == "pending")
        let answered = try store.write(as: TestStores.admin, command: "support reply") {
            try SupportDesk.reply(to: ticket.id, body: "Thanks, it works.", fromRequester: true, in: $0)
        }
        #expect(answered.status == "open")
        let solved = try store.write(as: TestStores.admin, command: "support status") { try SupportDesk.setStatus(ticket.id, to: "solved", in: $0) }
        #expect(solved.solvedAt == "2026-11-27T12:00:00Z")
        let closed = try store.write(as: TestStores.admin, command: "support status") { try SupportDesk.setStatus(ticket.id, to: "closed", in: $0) }
        #expect(throws: ModelError.conflict("ticket #1 is closed; reopen it before replying")) {
            try store.write(as: TestStores.admin, command: "support reply") { try SupportDesk.reply(to: closed.id, body: "x", fromRequester: false, in: $0) }
        }
        let reopened = try store.write(as: TestStores.admin, command: "support reopen") { try SupportDesk.reopen(ticket.id, in: $0) }
        #expect(reopened.status == "open" && reopened.solvedAt == nil)
        let messages = try SupportDesk.messages(of: ticket.id, in: store)
        #expect(messages.map(\.side) == ["requester", "staff", "requester"])
        #expect(try AuditLog(store: store).list(entity: "support_ticket").count == 7)
    }

    @Test func unknownTicketIDsNameTheTicket() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        #expect(throws: ModelError.notFound(entity: "support ticket", key: "#42")) { try SupportDesk.find(42, in: store) }
        #expect(ModelError.notFound(entity: "support ticket", key: "#42").description == "no support ticket '#42'")
        #expect(throws: ModelError.invalid(field: "ticket", value: "abc", reason: "not a ticket number")) { try SupportDesk.ticketID("abc") }
        #expect(try SupportDesk.ticketID("#7") == 7)
    }

    @Test func assignRequiresAnActiveStaffMemberWhoCanWorkTickets() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory, demo: true)
        let ticket = try open(store)
        let assigned = try store.write(as: TestStores.admin, command: "support assign") {
            try SupportDesk.assign(ticket.id, to: "support@platform.portico.example", in: $0)
        }
        #expect(assigned.assigneeEmail == "support@platform.portico.example")
        #expect(throws: ModelError.notFound(entity: "staff member", key: "ghost@example.org")) {
            try store.write(as: TestStores.admin, command: "support assign") { try SupportDesk.assign(ticket.id, to: "ghost@example.org", in: $0) }
        }
    }

    @Test func badFieldsAreRefusedAndNothingIsWritten() throws {
        let directory = TemporaryDirectory()
        let store = try TestStores.make(in: directory)
        let before = try TestStores.dump(store)
        #expect(throws: ModelError.invalid(field: "--priority", value: "asap", reason: "must be one of low, normal, high, urgent")) {
            try store.write(as: TestStores.admin, command: "support open") {
                try SupportDesk.open(subject: "S", requester: "a@example.org", body: "B", priority: "asap", in: $0)
            }
        }
        #expect(throws: ModelError.self) {
            try store.write(as: TestStores.admin, command: "support open") {
                try SupportDesk.open(subject: "S", requester: "a@example.org", body: "   ", in: $0)
            }
        }
        #expect(try TestStores.dump(store) == before)
    }
}
