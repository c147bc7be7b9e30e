import PorticoFormats

/// The files a new site starts with: settings, sample content that shows each kind of page, and a .gitignore that
/// keeps the database, its audit key and the output out of version control.
struct SiteScaffold {
    let title: String
    let baseURL: String
    let timeZone: String

    /// Relative path and text of every file, in the order they are written.
    var files: [(path: String, text: String)] {
        [
            ("portico.json", """
            {
              "baseURL": \(JSONText.quote(baseURL)),
              "title": \(JSONText.quote(title)),
              "language": "en",
              "theme": "default",
              "timezone": \(JSONText.quote(timeZone)),
              "menu": [
                { "title": "About", "url": "/about/" },
                { "title": "Search", "url": "/search/" }
              ]
            }

            """),
            (".gitignore", """
            # Built pages, the database and the key that signs its audit trail stay out of version control.
            /output/
            /.output.*
            *.db
            *.db-wal
            *.db-shm
            *.audit-key
            *.credential-key
            *.secrets

            """),
            ("content/_index.md", """
            ---
            title: \(Self.yamlQuoted(title))
            summary: Welcome to our association.
            ---
            Welcome to \(Self.markdownEscaped(title)). This home page is `content/_index.md`: edit it, and run
            `portico serve` to see the change as you save.

            - [About us](/about/)
            - [Help center](/help/)

            """),
            ("content/about.md", """
            ---
            title: About us
            summary: Who we are and what we do.
            ---
            Tell visitors who you are, whom you serve and how to join. Pages like this one are Markdown files
            anywhere under `content/`; the file's path is the page's address (`content/about.md` is `/about/`).

            """),
            ("content/help/_index.md", """
            ---
            title: Help center
            summary: Answers for members and visitors.
            ---
            Each folder under `content/help/` is a category, and each Markdown file in it an article.

            """),
            ("content/help/getting-started/_index.md", """
            ---
            title: Getting started
            summary: First steps with the site.
            order: 1
            ---
            The first articles a new member reads.

            """),
            ("content/help/getting-started/editing-this-site.md", """
            ---
            title: Editing this site
            summary: Where the pages, the theme and the data live, and how to publish.
            order: 1
            tags: [editing, publishing]
            ---
            ## Where things are

            | What | Where |
            |---|---|
            | Pages and help articles | `content/` (Markdown with front matter) |
            | Look and layout | Portico's built-in default theme; `portico theme eject page` copies a layout into `themes/default/` for you to change |
            | Members, plans, events and settings | `portico.db`, changed with `portico-admin` |
            | Site settings | `portico.json` |

            ## Preview, check and publish

            1. `portico serve` builds the site, serves it at <http://127.0.0.1:8080/> and reloads the page as you edit.
            2. `portico build` writes the finished site into `output/`.
            3. `portico check` finds broken links, missing images and untitled pages before you publish.
            4. Copy `output/` to any static web host.

            """),
        ]
    }

    /// A YAML double-quoted scalar (front matter values).
    static func yamlQuoted(_ text: String) -> String {
        "\"" + ScalarText.replacing(text) { $0 == "\\" || $0 == "\"" ? "\\" + String($0) : nil } + "\""
    }

    /// Text placed in Markdown as it reads (no emphasis, links or HTML from the name).
    static func markdownEscaped(_ text: String) -> String {
        ScalarText.replacing(text) { "\\`*_{}[]()<>#+-.!|&~".unicodeScalars.contains($0) ? "\\" + String($0) : nil }
    }
}
