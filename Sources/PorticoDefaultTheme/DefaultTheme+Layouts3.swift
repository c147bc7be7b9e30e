// Generated from themes/default/layouts by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/layouts/` by their path in the theme (part 3 of 3).
    static let layouts3Files: [String: String] = [
        "layouts/search.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  <h1>Search</h1>
  <form class="big-search" role="search" action="{{page.url}}" method="get" id="search-form" data-meta="{{search_meta}}">
    <label for="search-q">Search the site</label>
    <input id="search-q" name="q" type="search" autocomplete="off" aria-describedby="search-status">
    {{#has_sections}}
    <label for="search-section" class="inline">In</label>
    <select id="search-section" name="section">
      <option value="">All sections</option>
      {{#sections}}
      <option value="{{value}}">{{title}}</option>
      {{/sections}}
    </select>
    {{/has_sections}}
    <button type="submit">Search</button>
  </form>
  <p id="search-status" class="meta" role="status" aria-live="polite"></p>
  <ol id="search-results" class="results"></ol>
  <section class="browse" aria-labelledby="site-browse-title">
    <h2 id="site-browse-title">Browse by topic</h2>
    <noscript><p>Search needs JavaScript; every article is also listed under its topic below.</p></noscript>
    <ul>
      {{#categories}}
      <li><a href="{{url}}">{{title}}</a> <span class="meta">({{count_label}})</span></li>
      {{/categories}}
    </ul>
  </section>
</div>
{{/main}}
{{$scripts}}<script src="{{assets.search_js}}" defer></script>{{/scripts}}
{{/base}}

"""#,
        "layouts/sponsors.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  {{#content}}<div class="prose">
{{{content}}}
  </div>{{/content}}
  {{#tiers}}
  <section aria-labelledby="tier-{{slug}}">
    <h2 id="tier-{{slug}}">{{name}}</h2>
    <ul class="sponsor-logos">
      {{#sponsors}}
      <li class="sponsor-{{size}}"><a href="{{url}}" rel="sponsored">{{#logo}}<img src="{{logo}}" alt="{{name}}" loading="lazy">{{/logo}}{{^logo}}{{name}}{{/logo}}</a>{{#description}}<p class="meta">{{description}}</p>{{/description}}</li>
      {{/sponsors}}
    </ul>
  </section>
  {{/tiers}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/verify.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <article class="prose">
    <h1>{{page.title}}</h1>
    <p>Every credential this association issues is an Open Badges 3.0 credential signed with the association's key. Each has its own page, at the
      address on the credential, showing who holds it, what it is, when it was issued and whether it is still valid.</p>
    <form class="big-search" id="verify-form" action="{{page.url}}" method="get">
      <label for="verify-id">Credential identifier</label>
      <input id="verify-id" name="id" type="text" autocomplete="off" spellcheck="false" pattern="[0-9a-fA-F]{32}" required>
      <button type="submit">Check</button>
    </form>
    {{#did_url}}<div id="verify-file" data-did="{{did_url}}" hidden>
      <p><label for="verify-file-input">Or check a credential file (it stays on your computer)</label>
      <input id="verify-file-input" type="file" accept=".json,application/json,application/ld+json"></p>
      <p id="verify-file-result" role="status" aria-live="polite"></p>
    </div>{{/did_url}}
    {{#did_url}}<p class="meta">Verifiers can also check the signature themselves: the association's public keys are in its <a href="{{did_url}}">DID document</a>{{#status_url}}, and revoked credentials are marked in its <a href="{{status_url}}">status list</a>{{/status_url}}.</p>{{/did_url}}
  </article>
</div>
{{/main}}
{{$scripts}}<script src="{{assets.verify_js}}" defer></script>{{/scripts}}
{{/base}}

"""#,
        "layouts/widgets.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <p>Paste the loader once on your page, then any of the elements below where the widget should appear. Each widget
  loads its data only when it scrolls into view, keeps to its own styles (set <code>--portico-accent</code>,
  <code>--portico-color</code>, <code>--portico-font</code> and <code>--portico-radius</code> on it to match your site, or style its parts with
  <code>::part(item)</code>), and shows a link to us if its data cannot be loaded.</p>
  {{#widgets}}
  <section class="widget-demo" aria-labelledby="widget-{{name}}">
    <h2 id="widget-{{name}}">{{title}}</h2>
    <p>{{summary}}</p>
    <div class="widget-live">
{{{example}}}
    </div>
    <h3>Snippet</h3>
    <pre><code>{{snippet}}</code></pre>
    <h3>Options</h3>
    <dl class="facts">
      {{#options}}<dt><code>{{name}}</code></dt><dd>{{help}}</dd>
      {{/options}}
    </dl>
  </section>
  {{/widgets}}
</div>
{{/main}}
{{$scripts}}<script src="{{loader_url}}" defer></script>{{/scripts}}
{{/base}}

"""#,
    ]
}
