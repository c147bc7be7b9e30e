import Foundation
import PorticoFormats
import PorticoSQLite

/// The demo's resource library: files kept in `content/resources/` (a checklist, a template, a members-only welcome
/// pack) and links (a toolkit, a recorded webinar, a standard, a members' contract), published over the months before
/// the demo is made.
public enum DemoResources {
    /// The demo's files, as the repository's `content/resources/` holds them (a test keeps the two the same): a site
    /// given the demo database needs them to build.
    public static let files: [(path: String, bytes: [UInt8])] = [
        ("content/resources/quay-inspection-checklist.pdf", pdf("Quay inspection checklist - Guild of Harbour Engineers")),
        ("content/resources/member-welcome-pack.pdf", pdf("Welcome to the Guild - members only")),
        ("content/resources/cpd-log-template.csv", Array("date,activity,provider,hours,points,evidence\n2026-01-15,Breakwater design seminar,Guild of Harbour Engineers,3,3,certificate.pdf\n".utf8)),
    ]

    /// Writes the demo's files into a site folder where they are missing (a file already there is left alone).
    public static func writeFiles(into siteDirectory: URL) throws {
        for file in files {
            let url = siteDirectory.appendingPathComponent(file.path)
            guard !FileManager.default.fileExists(atPath: url.path) else { continue }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    /// A one-page PDF 1.4 showing one line of text, with a correct cross-reference table.
    static func pdf(_ line: String) -> [UInt8] {
        let stream = "BT /F1 18 Tf 72 770 Td (\(line)) Tj ET"
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream"]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    @Sendable static func seed(_ context: WriteContext) throws {
        let today = try context.store.today()
        let items: [(title: String, type: String, file: String?, url: String?, categories: String, tags: String, audience: String, daysAgo: Int64, description: String)] = [
            ("Quay inspection checklist", "document", "content/resources/quay-inspection-checklist.pdf", nil, "Asset management", "quay walls, inspection", "public", 12,
             "A one-page checklist for the routine inspection of quay walls: cracking, scour, fenders, bollards and drainage."),
            ("CPD log template", "template", "content/resources/cpd-log-template.csv", nil, "Professional development", "cpd, template", "public", 40,
             "A spreadsheet template for recording CPD activities, hours and points, with the evidence each needs."),
            ("Harbour works safety toolkit", "toolkit", nil, "https://toolkits.demo.portico.example/harbour-works-safety", "Safety", "safety, templates, risk assessment", "public", 75,
             "Method statement, risk assessment and toolbox talk templates for work at the water's edge."),
            ("Member welcome pack", "document", "content/resources/member-welcome-pack.pdf", nil, "Membership", "welcome", "members", 90,
             "Everything a new member needs: the benefits, the CPD scheme, the branches and who to ask."),
            ("Breakwater design webinar recording", "video", nil, "https://video.demo.portico.example/breakwater-design-2026", "Design", "breakwaters, coastal design", "public", 20,
             "The recording of the spring webinar on rubble-mound breakwater design, with the slides."),
            ("Tide tables and datum guidance", "link", nil, "https://standards.demo.portico.example/tide-datum", "Design", "tides, coastal design", "public", 150,
             "Guidance on chart datum, tide tables and levels for harbour design."),
            ("Dredging contract template", "template", nil, "https://members.demo.portico.example/dredging-contract", "Contracts", "dredging, contracts", "members", 200,
             "A model contract for maintenance dredging, with guidance notes."),
        ]
        for item in items {
            var fields = ["type": item.type, "categories": item.categories, "tags": item.tags, "audience": item.audience, "description": item.description,
                          "published_on": today.adding(days: -item.daysAgo).description]
            if let file = item.file { fields["file"] = file }
            if let url = item.url { fields["url"] = url }
            try ResourceRecords.add(title: item.title, fields: fields, in: context)
        }
    }
}
