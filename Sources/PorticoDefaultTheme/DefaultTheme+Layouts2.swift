// Generated from themes/default/layouts by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/layouts/` by their path in the theme (part 2 of 3).
    static let layouts2Files: [String: String] = [
        "layouts/events.ics.mustache": #"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Portico//{{organization}}//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{{name}}
{{#timezones}}
{{#lines}}
{{{.}}}
{{/lines}}
{{/timezones}}
{{#events}}
BEGIN:VEVENT
UID:{{{uid}}}
DTSTAMP:{{{stamp}}}
DTSTART;TZID={{{tzid}}}:{{{start}}}
DTEND;TZID={{{tzid}}}:{{{end}}}
SEQUENCE:{{sequence}}
STATUS:{{{status}}}
SUMMARY:{{title}}
{{#location}}
LOCATION:{{location}}
{{/location}}
URL:{{{url}}}
{{#description}}
DESCRIPTION:{{description}}
{{/description}}
LAST-MODIFIED:{{{last_modified}}}
END:VEVENT
{{/events}}
END:VCALENDAR

"""#,
        "layouts/events.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <p class="meta">{{heading}}: {{count_label}} · {{#is_past}}<a href="{{upcoming_url}}">Upcoming events</a>{{/is_past}}{{^is_past}}<a href="{{past_url}}">Past events</a>{{/is_past}} · <a href="{{calendar_url}}">Subscribe to the calendar (iCalendar)</a></p>
  {{#categories}}<nav class="event-filters" aria-label="Event categories">
    <h2 class="visually-hidden">Categories</h2>
    <ul class="chips">
      {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
      {{/items}}
    </ul>
  </nav>{{/categories}}
  {{#months}}<nav class="event-filters" aria-label="Events by month">
    <h2 class="visually-hidden">Months</h2>
    <ul class="chips">
      {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
      {{/items}}
    </ul>
  </nav>{{/months}}
  <ul class="event-list">
    {{#events}}
    <li class="event-card">
      <h2><a href="{{url}}">{{title}}</a>{{#status}} <span class="event-status">{{status}}</span>{{/status}}</h2>
      <p><time datetime="{{datetime}}">{{when}}</time> · {{place}}</p>
      {{#summary}}<p class="meta">{{summary}}</p>{{/summary}}
    </li>
    {{/events}}
  </ul>
  {{^events}}<p>{{empty_message}}</p>{{/events}}
  {{>pagination}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/help-article.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap article-layout">
  {{>breadcrumbs}}
  <article class="prose">
    <h1>{{page.title}}</h1>
    {{#updated}}<p class="meta">Last updated <time datetime="{{updated_iso}}">{{updated}}</time> · in <a href="{{category.url}}">{{category.title}}</a></p>{{/updated}}
    {{#toc}}
    <nav class="toc" aria-labelledby="site-toc-title">
      <h2 id="site-toc-title">On this page</h2>
      <ul>
        {{#items}}
        <li{{#sub}} class="sub"{{/sub}}><a href="#{{id}}">{{title}}</a></li>
        {{/items}}
      </ul>
    </nav>
    {{/toc}}
{{{content}}}
  </article>
  <nav class="pager" aria-label="More in this topic">
    {{#previous}}<a class="prev" href="{{url}}" rel="prev">← {{title}}</a>{{/previous}}
    {{#next}}<a class="next" href="{{url}}" rel="next">{{title}} →</a>{{/next}}
  </nav>
  {{>related}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/help-category.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <div class="prose">
{{{content}}}
  </div>
  <ul class="article-list">
    {{#articles}}
    <li><a href="{{url}}">{{title}}</a>{{#summary}}<p>{{summary}}</p>{{/summary}}</li>
    {{/articles}}
  </ul>
  {{>pagination}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/help-home.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <div class="prose">
{{{content}}}
  </div>
  <form class="big-search" role="search" action="{{site.search}}" method="get">
    <label for="help-q">Search the help center</label>
    <input id="help-q" name="q" type="search">
    <button type="submit">Search</button>
  </form>
  <h2>Browse by topic</h2>
  <ul class="cards">
    {{#categories}}
    <li class="card">
      <h3><a href="{{url}}">{{title}}</a></h3>
      {{#summary}}<p>{{summary}}</p>{{/summary}}
      <p class="meta">{{count_label}}</p>
    </li>
    {{/categories}}
  </ul>
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/home.mustache": #"""
{{<base}}
{{$title}}{{site.title}}{{/title}}
{{$main}}
<div class="wrap">
  <section class="hero">
    <h1>{{site.title}}</h1>
    {{#site.tagline}}<p class="lead">{{site.tagline}}</p>{{/site.tagline}}
  </section>
  <div class="prose">
{{{content}}}
  </div>
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/job.mustache": #"""
{{<base}}
{{$head}}{{#json_ld}}<script type="application/ld+json">{{{json_ld}}}</script>
{{/json_ld}}{{/head}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <article class="job">
    <h1>{{page.title}}</h1>
    {{#closed_note}}<p class="notice" role="note">{{closed_note}}</p>{{/closed_note}}
    <dl class="facts">
      <dt>Company</dt><dd>{{#company_url}}<a href="{{company_url}}">{{company}}</a>{{/company_url}}{{^company_url}}{{company}}{{/company_url}}</dd>
      <dt>Location</dt><dd>{{location}}</dd>
      <dt>Type</dt><dd>{{type}}</dd>
      {{#salary}}<dt>Salary</dt><dd>{{salary}}</dd>{{/salary}}
      <dt>Posted</dt><dd><time datetime="{{posted_iso}}">{{posted}}</time></dd>
      {{#is_open}}<dt>Closes</dt><dd>{{closes}}</dd>{{/is_open}}
      {{#categories}}<dt>Categories</dt><dd>{{#items}}<a href="{{url}}">{{title}}</a> {{/items}}</dd>{{/categories}}
    </dl>
    <section class="prose" aria-labelledby="job-about"><h2 id="job-about">About the job</h2>
{{{description}}}
    </section>
    {{#is_open}}<section aria-labelledby="job-apply"><h2 id="job-apply">How to apply</h2>
      {{#apply_url}}<p><a class="button" href="{{apply_url}}" rel="nofollow">Apply on the company's site<span class="visually-hidden">: {{page.title}}</span></a></p>{{/apply_url}}
      {{#apply_email}}<p>Send your application to <a href="mailto:{{apply_email}}">{{apply_email}}</a>.</p>{{/apply_email}}
    </section>{{/is_open}}
  </article>
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/jobs.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <p class="meta">{{heading}}: {{count_label}}{{#filtered}} · <a href="{{all_url}}">All jobs</a>{{/filtered}} · <a href="{{feed_url}}">RSS feed</a></p>
  {{#categories}}<nav class="event-filters" aria-label="Jobs by category"><h2 class="visually-hidden">Categories</h2><ul class="chips">
    {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
    {{/items}}</ul></nav>{{/categories}}
  {{#locations}}<nav class="event-filters" aria-label="Jobs by country"><h2 class="visually-hidden">Countries</h2><ul class="chips">
    {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
    {{/items}}{{#remote}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>{{/remote}}</ul></nav>{{/locations}}
  {{#types}}<nav class="event-filters" aria-label="Jobs by type"><h2 class="visually-hidden">Types</h2><ul class="chips">
    {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
    {{/items}}</ul></nav>{{/types}}
  <form class="directory-filter" id="jobs-filter" data-index="{{index_url}}" hidden>
    <div><label for="jobs-q">Title or company</label><input id="jobs-q" name="q" type="search" autocomplete="off"></div>
    <div><label for="jobs-remote"><input id="jobs-remote" name="remote" type="checkbox" value="yes"> Remote only</label></div>
  </form>
  <p id="jobs-status" class="meta" role="status" aria-live="polite"></p>
  <ul class="event-list" id="jobs-results">
    {{#jobs}}
    <li class="event-card">
      <h2><a href="{{url}}">{{title}}</a>{{#featured}} <span class="role">Featured</span>{{/featured}}</h2>
      <p>{{company}} · {{location}} · {{type}}</p>
      <p class="meta">{{#salary}}{{salary}} · {{/salary}}Posted <time datetime="{{posted_iso}}">{{posted}}</time></p>
    </li>
    {{/jobs}}
  </ul>
  {{^jobs}}<p>{{empty_message}}</p>{{/jobs}}
  <div id="jobs-pages">{{>pagination}}</div>
  {{>sponsored-by}}
</div>
{{/main}}
{{$scripts}}<script src="{{assets.jobs_js}}" defer></script>{{/scripts}}
{{/base}}

"""#,
        "layouts/jobs.rss.mustache": #"""
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{{title}}</title>
<link>{{url}}</link>
<description>{{description}}</description>
<language>{{language}}</language>
{{#items}}
<item>
<title>{{title}}</title>
<link>{{url}}</link>
<guid isPermaLink="true">{{guid}}</guid>
<pubDate>{{pub_date}}</pubDate>
<description>{{description}}</description>
</item>
{{/items}}
</channel>
</rss>

"""#,
        "layouts/join.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  {{#content}}<div class="prose">
{{{content}}}
  </div>{{/content}}
  <ul class="event-list">
    {{#plans}}
    <li class="event-card" id="plan-{{slug}}">
      <h2>{{name}}</h2>
      <p><strong>{{price}}</strong> {{period}}{{#cpd_points}} · {{cpd_points}} CPD points{{/cpd_points}}</p>
      {{#benefits}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/benefits}}
      {{#payment_url}}<p><a class="button" href="{{payment_url}}">Join as {{name}}</a></p>{{/payment_url}}
    </li>
    {{/plans}}
  </ul>
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/member-profile.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <article class="profile">
    <header class="profile-header">
      {{#photo_url}}<img class="profile-photo" src="{{photo_url}}" alt="Photo of {{name}}" width="160" height="160">{{/photo_url}}
      <div>
        <h1>{{name}}</h1>
        {{#job_title}}<p class="lead">{{job_title}}{{#company}}, {{company}}{{/company}}</p>{{/job_title}}{{^job_title}}{{#company}}<p class="lead">{{company}}</p>{{/company}}{{/job_title}}
        {{#location}}<p>{{location}}</p>{{/location}}
      </div>
    </header>
    <dl class="facts">
      <dt>Member since</dt><dd>{{member_since}}</dd>
      {{#plan}}<dt>Membership</dt><dd>{{plan}}</dd>{{/plan}}
      {{#email}}<dt>Email</dt><dd><a href="mailto:{{email}}">{{email}}</a></dd>{{/email}}
      {{#phone}}<dt>Phone</dt><dd>{{phone}}</dd>{{/phone}}
      {{#website}}<dt>Website</dt><dd><a href="{{website}}" rel="nofollow ugc">{{website}}</a></dd>{{/website}}
    </dl>
    {{#bio}}<section class="prose" aria-labelledby="profile-about"><h2 id="profile-about">About</h2>
{{{bio}}}
    </section>{{/bio}}
    {{#groups}}<section aria-labelledby="profile-groups"><h2 id="profile-groups">Groups</h2>
      <ul>{{#items}}<li><a href="{{url}}">{{title}}</a>{{#role}} <span class="meta">({{role}})</span>{{/role}}</li>{{/items}}</ul>
    </section>{{/groups}}
  </article>
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/page.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  <article class="prose">
    <h1>{{page.title}}</h1>
{{{content}}}
    {{#updated}}<p class="meta">Last updated <time datetime="{{updated_iso}}">{{updated}}</time></p>{{/updated}}
  </article>
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/resource.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <article class="course">
    <h1>{{page.title}}</h1>
    <dl class="facts">
      <dt>Type</dt><dd>{{type}}</dd>
      <dt>Published</dt><dd><time datetime="{{published_iso}}">{{published}}</time></dd>
      {{#format}}<dt>Format</dt><dd>{{format}}{{#size}}, {{size}}{{/size}}</dd>{{/format}}
      {{#categories}}<dt>Categories</dt><dd>{{#items}}<a href="{{url}}">{{title}}</a> {{/items}}</dd>{{/categories}}
      {{#tags}}<dt>Tags</dt><dd>{{#items}}<a href="{{url}}">{{title}}</a> {{/items}}</dd>{{/tags}}
    </dl>
    {{#members_only}}<p class="notice"><strong>Members only.</strong> This resource is in the members' area; sign in there to use it.</p>{{/members_only}}
    {{#link}}<p><a class="button" href="{{link}}"{{#is_file}} download{{/is_file}}>{{#is_file}}Download{{/is_file}}{{^is_file}}Open{{/is_file}} {{page.title}}</a>{{#size}} <span class="meta">({{format}}, {{size}})</span>{{/size}}</p>{{/link}}
    {{#description}}<div class="prose">
{{{description}}}
    </div>{{/description}}
  </article>
  {{>related}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/resources.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  {{#content}}<div class="prose">
{{{content}}}
  </div>{{/content}}
  <p class="meta">{{heading}}: {{count_label}}{{#filtered}} · <a href="{{all_url}}">All resources</a>{{/filtered}}</p>
  <nav class="event-filters" aria-label="Order"><h2 class="visually-hidden">Order</h2><ul class="chips">
    {{#orders}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
    {{/orders}}</ul></nav>
  {{#types}}<nav class="event-filters" aria-label="Resources by type"><h2 class="visually-hidden">Types</h2><ul class="chips">
    {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}} ({{count}})</li>
    {{/items}}</ul></nav>{{/types}}
  {{#categories}}<nav class="event-filters" aria-label="Resources by category"><h2 class="visually-hidden">Categories</h2><ul class="chips">
    {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}} ({{count}})</li>
    {{/items}}</ul></nav>{{/categories}}
  {{#tags}}<nav class="event-filters" aria-label="Resources by tag"><h2 class="visually-hidden">Tags</h2><ul class="chips">
    {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
    {{/items}}</ul></nav>{{/tags}}
  <ul class="event-list">
    {{#resources}}
    <li class="event-card">
      <h2><a href="{{url}}">{{title}}</a></h2>
      <p>{{type}} · {{published}}{{#members_only}} · <strong>Members only</strong>{{/members_only}}</p>
      {{#summary}}<p class="meta">{{summary}}</p>{{/summary}}
    </li>
    {{/resources}}
  </ul>
  {{>pagination}}
</div>
{{/main}}
{{/base}}

"""#,
    ]
}
