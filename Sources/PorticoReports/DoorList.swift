import Foundation
import PorticoFormats
import PorticoModel
import PorticoMustache

/// The check-in list for the door of a venue without a connection: a CSV for a spreadsheet or scanner app, and a
/// printable HTML page (A4, a tick box per person, their code to type or scan). Every value is escaped by the
/// template; the CSV guards formula-looking cells.
public struct DoorList {
    let event: Event
    let entries: [CheckIn.DoorEntry]

    public init(event: Event, entries: [CheckIn.DoorEntry]) {
        self.event = event
        self.entries = entries
    }

    public func csv() -> String {
        var out = CSVWriter.record(["name", "ticket", "quantity", "reference", "code", "checked_in_at"])
        for entry in entries {
            out += CSVWriter.record([entry.name, entry.ticket, String(entry.quantity), entry.reference, entry.code, entry.checkedInAt ?? ""])
        }
        return out
    }

    struct Row: Encodable {
        let name: String
        let ticket: String
        let quantity: Int64
        let code: String
        let checkedIn: Bool
        enum CodingKeys: String, CodingKey { case name, ticket, quantity, code, checkedIn = "checked_in" }
    }

    struct Page: Encodable {
        let title: String
        let when: String
        let venue: String?
        let count: Int
        let seats: Int64
        let rows: [Row]
    }

    public func html() throws -> String {
        let page = Page(title: event.title, when: EventRecords.displayStart(event), venue: event.venueName, count: entries.count,
                        seats: entries.reduce(0) { $0 + $1.quantity },
                        rows: entries.map { Row(name: $0.name, ticket: $0.ticket, quantity: $0.quantity, code: $0.code, checkedIn: $0.checkedInAt != nil) })
        return try Self.template.render(MustacheEncoder().encode(page))
    }

    static let template = try! Template(source: """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Check-in list: {{title}}</title>
        <style>
        body { font: 11pt/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        table { width: 100%; border-collapse: collapse; margin-top: 1rem; }
        th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid #9a9a9a; }
        td.box { width: 1.5rem; font-size: 1.2rem; }
        code { font-size: 10pt; }
        @media print { body { margin: 0; max-width: none; } tr { break-inside: avoid; } @page { size: A4; margin: 14mm; } }
        </style>
        </head>
        <body>
        <main>
        <h1>Check-in list: {{title}}</h1>
        <p>{{when}}{{#venue}} · {{venue}}{{/venue}} · {{count}} registrations, {{seats}} seats</p>
        <table>
        <thead><tr><th scope="col"><span aria-label="Checked in">✓</span></th><th scope="col">Name</th><th scope="col">Ticket</th><th scope="col">Seats</th><th scope="col">Code</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td class="box">{{#checked_in}}☑{{/checked_in}}{{^checked_in}}☐{{/checked_in}}</td><td>{{name}}</td><td>{{ticket}}</td><td>{{quantity}}</td><td><code>{{code}}</code></td></tr>
        {{/rows}}
        </tbody>
        </table>
        </main>
        </body>
        </html>

        """)
}
