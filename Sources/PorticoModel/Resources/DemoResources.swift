import Foundation
import PorticoFormats
import PorticoSQLite

/// The demo's resource library: files kept in `content/resources/` (a checklist, a template, a toolkit, a members-only
/// welcome pack) and links (a recorded webinar, a standard), published over the months before the demo is made.
enum DemoResources {
    @Sendable static func seed(_ context: WriteContext) throws {
        let today = try context.store.today()
        let items: [(title: String, type: String, file: String?, url: String?, categories: String, tags: String, audience: String, daysAgo: Int64, description: String)] = [
            ("Quay inspection checklist", "document", "content/resources/quay-inspection-checklist.pdf", nil, "Asset management", "quay walls, inspection", "public", 12,
             "A one-page checklist for the routine inspection of quay walls: cracking, scour, fenders, bollards and drainage."),
            ("CPD log template", "template", "content/resources/cpd-log-template.csv", nil, "Professional development", "cpd, template", "public", 40,
             "A spreadsheet template for recording CPD activities, hours and points, with the evidence each needs."),
            ("Harbour works safety toolkit", "toolkit", "content/resources/harbour-works-safety-toolkit.zip", nil, "Safety", "safety, templates, risk assessment", "public", 75,
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
