/// Portico's default theme, compiled into the program: every file of the repository's `themes/default/` by its path
/// in the theme (`layouts/page.mustache`, `partials/header.mustache`, `assets/style.css`, `emails/welcome.mustache`).
///
/// A site's theme overrides only what it changes: the build takes each layout, partial and asset from the site's
/// theme, then from the parent theme it names, then from here. So a site needs no copy of the default theme, an
/// installed `portico` needs no source tree, and `portico theme eject LAYOUT` copies one file from here into the
/// site to edit. `DefaultTheme+Layouts1.swift`, `+Partials1`, `+Assets1` … and `+Parts` are generated from
/// `themes/default/`, each folder in parts of a few hundred lines; a test fails when one is stale and says how to
/// regenerate them.
public enum DefaultTheme {
    /// The theme's folders, in the order their files are listed.
    public static let folders = ["layouts", "partials", "assets", "emails", "widgets"]

    /// Every file of `themes/default/` by its path in the theme.
    public static let files: [String: String] = parts.reduce(into: [:]) { $0.merge($1) { $1 } }

    /// The file at `path` in the theme, if there is one.
    public static func file(_ path: String) -> String? { files[path] }
}
