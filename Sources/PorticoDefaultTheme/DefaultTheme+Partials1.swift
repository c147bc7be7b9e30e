// Generated from themes/default/partials by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/partials/` by their path in the theme (part 1 of 1).
    static let partials1Files: [String: String] = [
        "partials/breadcrumbs.mustache": #"""
<nav aria-label="Breadcrumb" class="breadcrumbs">
  <ol>
    {{#breadcrumbs}}
    <li><a href="{{url}}">{{title}}</a></li>
    {{/breadcrumbs}}
    <li><span aria-current="page">{{page.title}}</span></li>
  </ol>
</nav>

"""#,
        "partials/footer.mustache": #"""
<footer class="site-footer">
  <div class="wrap">
    <p>{{site.title}}{{#site.tagline}} · {{site.tagline}}{{/site.tagline}}</p>
    {{#site.email}}<p>Contact: <a href="mailto:{{site.email}}">{{site.email}}</a></p>{{/site.email}}
    <p class="powered">Built with Portico.</p>
  </div>
</footer>

"""#,
        "partials/header.mustache": #"""
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="{{site.home}}">{{site.title}}</a>
    <nav aria-label="Main">
      <ul class="nav">
        {{#nav}}
        <li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
        {{/nav}}
      </ul>
    </nav>
    <form class="header-search" role="search" action="{{site.search}}" method="get">
      <label for="header-q" class="visually-hidden">Search the site</label>
      <input id="header-q" name="q" type="search" placeholder="Search help and members">
      <button type="submit">Search</button>
    </form>
  </div>
</header>

"""#,
        "partials/pagination.mustache": #"""
{{#pagination}}
<nav class="pagination" aria-label="Pages">
  <p>Page {{current}} of {{total}}</p>
  <ul>
    {{#previous}}<li><a href="{{.}}" rel="prev">Previous<span class="visually-hidden"> page</span></a></li>{{/previous}}
    {{#pages}}
    {{#gap}}<li aria-hidden="true">…</li>{{/gap}}
    {{#number}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{number}}</a>{{/current}}{{^current}}<a href="{{url}}">{{number}}</a>{{/current}}</li>{{/number}}
    {{/pages}}
    {{#next}}<li><a href="{{.}}" rel="next">Next<span class="visually-hidden"> page</span></a></li>{{/next}}
  </ul>
</nav>
{{/pagination}}

"""#,
        "partials/related.mustache": #"""
{{#related}}
  <aside class="related" aria-labelledby="site-related-title">
    <h2 id="site-related-title">Related</h2>
    <ul>
      {{#items}}
      <li><a href="{{url}}">{{title}}</a> <span class="meta">{{kind}}</span></li>
      {{/items}}
    </ul>
  </aside>
{{/related}}

"""#,
        "partials/sponsored-by.mustache": #"""
{{#sponsored_by}}
  <aside class="sponsored-by" aria-labelledby="site-sponsored-by-title">
    <h2 id="site-sponsored-by-title">Supported by</h2>
    <ul class="sponsor-logos">
      {{#items}}
      <li class="sponsor-{{size}}"><a href="{{url}}" rel="sponsored">{{#logo}}<img src="{{logo}}" alt="{{name}}" loading="lazy">{{/logo}}{{^logo}}{{name}}{{/logo}}</a></li>
      {{/items}}
    </ul>
  </aside>
{{/sponsored_by}}

"""#,
    ]
}
