import Foundation
import PorticoModel
import PorticoSite

/// A small site in a temporary folder, built from inline files: the integration-test pattern of Hugo and Publish.
public final class TinySite: @unchecked Sendable {
    public let directory = TemporaryDirectory("portico-site")
    public let store: Store

    /// A minimal theme, so tests assert on their own markup rather than the default theme's.
    public static let minimalTheme = """
    -- portico.json --
    {"baseURL": "https://example.org/", "title": "Tiny", "timezone": "Europe/London"}
    -- themes/default/layouts/base.mustache --
    <!DOCTYPE html><html lang="{{site.language}}"><head><title>{{page.title}}</title><link rel="stylesheet" href="{{assets.style_css}}"></head>
    <body>{{$main}}{{/main}}</body></html>
    -- themes/default/layouts/home.mustache --
    {{<base}}{{$main}}<h1>{{site.title}}</h1>{{{content}}}{{/main}}{{/base}}
    -- themes/default/layouts/page.mustache --
    {{<base}}{{$main}}<h1>{{page.title}}</h1>{{{content}}}{{#updated}}<p>Updated {{updated}}</p>{{/updated}}{{/main}}{{/base}}
    -- themes/default/layouts/404.mustache --
    {{<base}}{{$main}}<h1>Not found</h1>{{/main}}{{/base}}
    -- themes/default/layouts/help-home.mustache --
    {{<base}}{{$main}}<h1>{{page.title}}</h1><ul>{{#categories}}<li><a href="{{url}}">{{title}}</a> ({{count_label}})</li>{{/categories}}</ul>{{/main}}{{/base}}
    -- themes/default/layouts/help-category.mustache --
    {{<base}}{{$main}}<h1>{{page.title}}</h1><ol>{{#articles}}<li><a href="{{url}}">{{title}}</a></li>{{/articles}}</ol>{{/main}}{{/base}}
    -- themes/default/layouts/help-article.mustache --
    {{<base}}{{$main}}<nav>{{#breadcrumbs}}<a href="{{url}}">{{title}}</a> › {{/breadcrumbs}}{{page.title}}</nav>
    {{#toc}}<ul class="toc">{{#items}}<li><a href="#{{id}}">{{title}}</a></li>{{/items}}</ul>{{/toc}}
    {{{content}}}
    {{#updated}}<p>Last updated <time datetime="{{updated_iso}}">{{updated}}</time></p>{{/updated}}
    {{#previous}}<a rel="prev" href="{{url}}">{{title}}</a>{{/previous}}{{#next}}<a rel="next" href="{{url}}">{{title}}</a>{{/next}}
    {{#related}}<ul class="related">{{#items}}<li><a href="{{url}}">{{title}}</a></li>{{/items}}</ul>{{/related}}{{/main}}{{/base}}
    -- themes/default/layouts/search.mustache --
    {{<base}}{{$main}}<form data-meta="{{search_meta}}"></form>{{#categories}}<a href="{{url}}">{{title}}</a>{{/categories}}{{/main}}{{/base}}
    -- themes/default/layouts/directory-members.mustache --
    {{<base}}{{$main}}<h1>{{page.title}}</h1><p>{{count_label}}</p><ul>{{#members}}<li><a href="{{url}}">{{name}}</a> {{location}}</li>{{/members}}</ul>{{#filters.countries}}{{#items}}<a href="{{url}}">{{title}}</a>{{/items}}{{/filters.countries}}{{/main}}{{/base}}
    -- themes/default/layouts/member-profile.mustache --
    {{<base}}{{$main}}<h1>{{name}}</h1>{{job_title}} {{company}} {{location}}{{{bio}}}{{#email}}<a href="mailto:{{email}}">{{email}}</a>{{/email}}{{phone}}{{website}}{{#groups}}{{#items}}{{title}} {{role}}{{/items}}{{/groups}}{{/main}}{{/base}}
    -- themes/default/layouts/directory-groups.mustache --
    {{<base}}{{$main}}<ul>{{#groups}}<li><a href="{{url}}">{{title}}</a> ({{count_label}})</li>{{/groups}}</ul>{{/main}}{{/base}}
    -- themes/default/layouts/directory-group.mustache --
    {{<base}}{{$main}}<h1>{{page.title}}</h1><ul>{{#members}}<li><a href="{{url}}">{{name}}</a> {{role}}</li>{{/members}}</ul>{{/main}}{{/base}}
    -- themes/default/assets/style.css --
    body { color: #111; }
    """

    /// Writes the minimal theme (unless `theme` is false), then `files`, and creates a database.
    public init(_ files: String, theme: Bool = true, demo: Bool = false) throws {
        if theme { try directory.writeFiles(Self.minimalTheme) }
        try directory.writeFiles(files)
        store = try TestStores.make(in: directory, demo: demo)
    }

    public var options: BuildOptions { BuildOptions(siteDirectory: directory.url, databasePath: store.path) }

    /// Builds into `output/` (or the folder given).
    @discardableResult
    public func build(drafts: Bool = false, out: String = "output") throws -> BuildSummary {
        var options = self.options
        options.includeDrafts = drafts
        options.outputDirectory = directory.url.appendingPathComponent(out)
        return try Site(options: options).build()
    }

    /// A built file's text.
    public func output(_ path: String, out: String = "output") -> String? { directory.read("\(out)/\(path)") }

    /// Every built file.
    public func outputFiles(out: String = "output") -> [String] { directory.files(under: out) }
}
