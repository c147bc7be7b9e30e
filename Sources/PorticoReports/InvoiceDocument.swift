import PorticoModel
import PorticoMustache

/// The organization as printed on documents it sends (invoices, receipts).
public struct OrganizationDetails: Encodable, Sendable {
    public let name: String
    public let email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    public static func load(from store: Store) throws -> OrganizationDetails {
        OrganizationDetails(name: try store.setting("organization.name") ?? "Our Association", email: try store.setting("organization.email") ?? "")
    }
}

/// An invoice or credit note as a printable, self-contained HTML page: one file staff can email, print or save as
/// PDF from any browser (the print style sheet drops the screen margins and keeps lines together).
public struct InvoiceDocument {
    let invoice: Invoice
    let organization: OrganizationDetails
    /// The number of the invoice a credit note credits.
    let credited: String?

    public init(invoice: Invoice, organization: OrganizationDetails, credited: String?) {
        self.invoice = invoice
        self.organization = organization
        self.credited = credited
    }

    struct Line: Encodable {
        let description: String
        let quantity: Int64
        let unit: String
        let taxRate: String
        let net: String
        let tax: String
        enum CodingKeys: String, CodingKey { case description, quantity, unit, taxRate = "tax_rate", net, tax }
    }

    struct Data: Encodable {
        let organization: OrganizationDetails
        let title: String
        let number: String
        let isDraft: Bool
        let isVoid: Bool
        let billToName: String
        let billToEmail: String
        let issuedOn: String?
        let dueOn: String?
        let credits: String?
        let currency: String
        let lines: [Line]
        let net: String
        let tax: String
        let total: String
        let paid: String
        let balance: String
        let status: String
        let notes: String
        enum CodingKeys: String, CodingKey {
            case organization, title, number, isDraft = "is_draft", isVoid = "is_void", billToName = "bill_to_name", billToEmail = "bill_to_email"
            case issuedOn = "issued_on", dueOn = "due_on", credits, currency, lines, net, tax, total, paid, balance, status, notes
        }
    }

    /// The page; every value is HTML-escaped by the template.
    public func html() throws -> String {
        let money = invoice.money
        let data = Data(
            organization: organization, title: invoice.kind == "credit_note" ? "Credit note" : "Invoice", number: invoice.label,
            isDraft: invoice.storedStatus == "draft", isVoid: invoice.storedStatus == "void", billToName: invoice.billToName, billToEmail: invoice.billToEmail,
            issuedOn: invoice.issuedOn?.description, dueOn: invoice.kind == "invoice" ? invoice.dueOn?.description : nil, credits: credited,
            currency: invoice.currency,
            lines: invoice.lines.map { Line(description: $0.description, quantity: $0.quantity, unit: money($0.unitMinor).amount,
                                            taxRate: $0.taxRateText,
                                            net: money($0.net).amount, tax: money($0.tax).amount) },
            net: money(invoice.net).amount, tax: money(invoice.tax).amount, total: money(invoice.total).amount,
            paid: money(invoice.paid + invoice.credited).amount, balance: money(invoice.balance).amount, status: invoice.status, notes: invoice.notes)
        return try Self.template.render(MustacheEncoder().encode(data))
    }

    static let template = try! Template(source: """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} {{number}} · {{organization.name}}</title>
        <style>
        body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
        header { display: flex; justify-content: space-between; gap: 2rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 1rem; }
        h1 { font-size: 1.6rem; margin: 0; }
        table { width: 100%; border-collapse: collapse; margin: 1.5rem 0; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #c8c8c8; vertical-align: top; }
        th { font-weight: 600; }
        .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .totals th { text-align: right; border: 0; }
        .totals td { border: 0; }
        .mark { font-weight: 700; text-transform: uppercase; color: #8a1c1c; letter-spacing: .08em; }
        dl { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; margin: 0; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          tr { break-inside: avoid; }
          @page { margin: 18mm; }
        }
        </style>
        </head>
        <body>
        <header>
        <div>
        <p><strong>{{organization.name}}</strong>{{#organization.email}}<br>{{organization.email}}{{/organization.email}}</p>
        </div>
        <div>
        <h1>{{title}} {{number}}</h1>
        {{#is_draft}}<p class="mark">Draft: not yet issued</p>{{/is_draft}}
        {{#is_void}}<p class="mark">Void</p>{{/is_void}}
        </div>
        </header>
        <main>
        <section aria-label="Details">
        <dl>
        <dt>Billed to</dt><dd>{{bill_to_name}}<br>{{bill_to_email}}</dd>
        {{#issued_on}}<dt>Issued</dt><dd><time datetime="{{issued_on}}">{{issued_on}}</time></dd>{{/issued_on}}
        {{#due_on}}<dt>Due</dt><dd><time datetime="{{due_on}}">{{due_on}}</time></dd>{{/due_on}}
        {{#credits}}<dt>Credits invoice</dt><dd>{{credits}}</dd>{{/credits}}
        <dt>Status</dt><dd>{{status}}</dd>
        </dl>
        </section>
        <table>
        <caption class="visually-hidden">Lines, amounts in {{currency}}</caption>
        <thead><tr><th scope="col">Description</th><th scope="col" class="number">Qty</th><th scope="col" class="number">Unit</th><th scope="col" class="number">Tax rate</th><th scope="col" class="number">Net</th><th scope="col" class="number">Tax</th></tr></thead>
        <tbody>
        {{#lines}}
        <tr><td>{{description}}</td><td class="number">{{quantity}}</td><td class="number">{{unit}}</td><td class="number">{{tax_rate}}</td><td class="number">{{net}}</td><td class="number">{{tax}}</td></tr>
        {{/lines}}
        </tbody>
        </table>
        <table class="totals">
        <tbody>
        <tr><th scope="row">Net</th><td class="number">{{net}} {{currency}}</td></tr>
        <tr><th scope="row">Tax</th><td class="number">{{tax}} {{currency}}</td></tr>
        <tr><th scope="row">Total</th><td class="number"><strong>{{total}} {{currency}}</strong></td></tr>
        <tr><th scope="row">Paid and credited</th><td class="number">{{paid}} {{currency}}</td></tr>
        <tr><th scope="row">Balance due</th><td class="number"><strong>{{balance}} {{currency}}</strong></td></tr>
        </tbody>
        </table>
        {{#notes}}<p>{{notes}}</p>{{/notes}}
        </main>
        </body>
        </html>

        """, name: "invoice")
}
