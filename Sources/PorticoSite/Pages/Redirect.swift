import PorticoMustache

/// An address that moved (a record whose slug staff changed): the old folder keeps a small page that sends browsers
/// and search engines on (a meta refresh and `rel=canonical`, as Hugo's aliases do), and `_redirects` says the same
/// to the hosts that read it (Netlify, Cloudflare Pages) as a permanent redirect.
struct Redirect: Sendable, Equatable {
    /// Site-relative folder paths ending in `/` (`directory/members/ana-silva/`).
    let from: String
    let to: String

    /// The page left at the old address.
    func page(baseURL: String, language: String) -> String {
        let target = HTMLEscaping.escape(baseURL + to)
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLEscaping.escape(language))">
            <head>
            <meta charset="utf-8">
            <title>Moved to \(target)</title>
            <link rel="canonical" href="\(target)">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <main><p>This page has moved to <a href="\(target)">\(target)</a>.</p></main>
            </body>
            </html>

            """
    }

    /// The redirect pages and the `_redirects` file for `redirects`, leaving out any whose old address is now a page
    /// of its own (`taken`: output paths): a real page always wins over a redirect.
    static func files(_ redirects: [Redirect], taken: Set<String>, baseURL: String, basePath: String, language: String) -> [StaticFile] {
        var files: [StaticFile] = []
        var lines = ""
        for redirect in redirects.sorted(by: { $0.from < $1.from }) where !taken.contains(redirect.from + "index.html") {
            files.append(StaticFile(outputPath: redirect.from + "index.html", bytes: Array(redirect.page(baseURL: baseURL, language: language).utf8)))
            lines += "\(basePath)\(redirect.from) \(basePath)\(redirect.to) 301\n"
        }
        if !lines.isEmpty { files.append(StaticFile(outputPath: "_redirects", bytes: Array(lines.utf8))) }
        return files
    }
}
