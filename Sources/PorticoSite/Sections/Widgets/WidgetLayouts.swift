/// `widgets`: the gallery of embeddable widgets, each live with its options and snippet.
struct WidgetsGalleryData: LayoutData {
    static let layout = "widgets"
    static let pages = "`/widgets/`"

    struct Option: Encodable, Sendable {
        let name: String
        let help: String
    }
    struct Entry: Encodable, Sendable {
        let name: String
        let tag: String
        let title: String
        let summary: String
        let options: [Option]
        let snippet: String
        /// The element itself, made by Portico from fixed attributes (write it with triple braces).
        let example: String
    }
    let loaderURL: String
    let widgets: [Entry]
    enum CodingKeys: String, CodingKey { case loaderURL = "loader_url", widgets }

    static let fieldDocs = [
        "loader_url": "the loader script (`widgets/portico.js`) to include once",
        "widgets": "each widget whose data this site publishes: `name`, `tag`, `title`, `summary`, `options` (`name`, `help`), `snippet` (the two lines to paste), `example` (the live element; triple braces)",
    ]
    static let example = WidgetsGalleryData(loaderURL: "/widgets/portico.js", widgets: [Entry(
        name: "events", tag: "portico-events", title: "Events", summary: "Upcoming events.", options: [Option(name: "limit", help: "How many to show.")],
        snippet: "<script src=\"https://example.org/widgets/portico.js\" defer></script>\n<portico-events limit=\"3\"></portico-events>",
        example: "<portico-events limit=\"3\"></portico-events>")])
}
