/// A link in a page's 'Related' block: a help article, course or event (any section's page), what it is and its
/// summary.
struct RelatedLink: Encodable, Sendable {
    let title: String
    let url: String
    let summary: String
    /// `Help article`, `Course`, `Event`…
    let kind: String

    static let fieldDocs = "`items`: `title`, `url`, `summary` and `kind` (`Help article`, `Course`, `Event`) of up to three pages from any section that share tags or words with this one; null when none is close"
    static let example = ItemList([RelatedLink(title: "Tide tables for engineers", url: "/courses/tide-tables/", summary: "A one-day course.", kind: "Course")])
}
