// Generated from themes/default/layouts by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// The files of `themes/default/layouts/` by their path in the theme.
    static let layoutsFiles: [String: String] = [
        "layouts/404.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap prose">
  <h1>Page not found</h1>
  <p>The page you asked for is not here. It may have moved, or the link may be mistyped.</p>
  <p><a href="{{site.home}}">Go to the home page</a> or <a href="{{site.search}}">search the help center</a>.</p>
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/base.mustache": #"""
<!DOCTYPE html>
<html lang="{{site.language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{$title}}{{page.title}} · {{site.title}}{{/title}}</title>
<meta name="description" content="{{page.description}}">
<link rel="canonical" href="{{page.canonical}}">
{{#pagination}}{{#previous}}<link rel="prev" href="{{.}}">{{/previous}}{{#next}}<link rel="next" href="{{.}}">{{/next}}{{/pagination}}
{{#page.noindex}}<meta name="robots" content="noindex">
{{/page.noindex}}
<link rel="stylesheet" href="{{assets.style_css}}">
{{$head}}{{/head}}
</head>
<body>
<a class="skip-link" href="#site-main">Skip to main content</a>
{{>header}}
<main id="site-main" tabindex="-1">
{{$main}}{{/main}}
</main>
{{>footer}}
{{$scripts}}{{/scripts}}
</body>
</html>

"""#,
        "layouts/company-profile.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <article class="profile">
    <header class="profile-header">
      {{#logo_url}}<img class="company-logo" src="{{logo_url}}" alt="{{name}} logo" width="120" height="120">{{/logo_url}}
      <div>
        <h1>{{name}}{{#featured}} <span class="role">Featured</span>{{/featured}}</h1>
        {{#industry}}<p class="lead">{{industry}}</p>{{/industry}}
        {{#location}}<p>{{location}}</p>{{/location}}
      </div>
    </header>
    <dl class="facts">
      {{#address}}<dt>Address</dt><dd>{{address}}</dd>{{/address}}
      {{#website}}<dt>Website</dt><dd><a href="{{website}}" rel="nofollow">{{website}}</a></dd>{{/website}}
      {{#email}}<dt>Email</dt><dd><a href="mailto:{{email}}">{{email}}</a></dd>{{/email}}
      {{#phone}}<dt>Phone</dt><dd>{{phone}}</dd>{{/phone}}
    </dl>
    {{#description}}<section class="prose" aria-labelledby="company-about"><h2 id="company-about">About</h2>
{{{description}}}
    </section>{{/description}}
    {{#jobs}}<section aria-labelledby="company-jobs"><h2 id="company-jobs">Open positions</h2>
      <ul>{{#items}}<li><a href="{{url}}">{{title}}</a> <span class="meta">{{location}} · {{type}}</span></li>{{/items}}</ul>
    </section>{{/jobs}}
    <section aria-labelledby="company-contact"><h2 id="company-contact">Contact this company</h2>
      {{#contact}}
      {{#endpoint}}
      <form class="lead-form" method="post" action="{{action}}" data-lead-endpoint="{{endpoint}}" data-consent="{{consent_text}}">
        <input type="hidden" name="portico_company_id" value="{{company_id}}">
        <input type="hidden" name="portico_company" value="{{company_slug}}">
        {{#is_salesforce}}<input type="hidden" name="oid" value="{{salesforce_oid}}">
        <input type="hidden" name="retURL" value="{{return_url}}">
        <input type="hidden" name="lead_source" value="Business directory">
        <input type="hidden" name="company" value="{{company_slug}}">
        <p><label for="lead-first">First name</label><input id="lead-first" name="first_name" autocomplete="given-name"></p>
        <p><label for="lead-last">Last name</label><input id="lead-last" name="last_name" autocomplete="family-name" required></p>
        <p><label for="lead-email">Email</label><input id="lead-email" name="email" type="email" autocomplete="email" required></p>
        <p><label for="lead-phone">Phone</label><input id="lead-phone" name="phone" type="tel" autocomplete="tel"></p>
        <p><label for="lead-message">Message</label><textarea id="lead-message" name="description" rows="5" required></textarea></p>
        {{/is_salesforce}}
        {{^is_salesforce}}
        <p><label for="lead-first">First name</label><input id="lead-first" name="firstname" autocomplete="given-name"></p>
        <p><label for="lead-last">Last name</label><input id="lead-last" name="lastname" autocomplete="family-name" required></p>
        <p><label for="lead-email">Email</label><input id="lead-email" name="email" type="email" autocomplete="email" required></p>
        <p><label for="lead-phone">Phone</label><input id="lead-phone" name="phone" type="tel" autocomplete="tel"></p>
        <p><label for="lead-message">Message</label><textarea id="lead-message" name="message" rows="5" required></textarea></p>
        {{/is_salesforce}}
        <p><input id="lead-consent" name="consent" type="checkbox" value="yes" required> <label for="lead-consent">{{consent_text}}</label></p>
        <p><button type="submit">Send</button></p>
        <p class="meta lead-status" role="status" aria-live="polite"></p>
        {{#is_hubspot}}<noscript><p>This form sends your message through a short script, which your browser is not running. Please enable JavaScript, or contact the association instead.</p></noscript>{{/is_hubspot}}
      </form>
      {{/endpoint}}
      {{^endpoint}}{{#mailto}}<p><a class="button" href="{{mailto}}">Email this company</a></p>{{/mailto}}{{^mailto}}<p>This company has not published its contact details.</p>{{/mailto}}{{/endpoint}}
      {{/contact}}
    </section>
  </article>
</div>
{{/main}}
{{$scripts}}<script src="{{assets.leads_js}}" defer></script>{{/scripts}}
{{/base}}

"""#,
        "layouts/course.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <article class="course">
    <h1>{{page.title}}</h1>
    {{#summary}}<p class="lead">{{summary}}</p>{{/summary}}
    <dl class="facts">
      <dt>Format</dt><dd>{{format}}</dd>
      {{#cpd_points}}<dt>CPD</dt><dd>{{cpd_points}} points on completion</dd>{{/cpd_points}}
      <dt>Price</dt><dd>{{price}}{{#member_price}}; members {{member_price}}{{/member_price}}</dd>
      {{#total_minutes}}<dt>Length</dt><dd>{{total_minutes}} minutes of lessons</dd>{{/total_minutes}}
      {{#prerequisites}}<dt>Requires</dt><dd>{{#items}}<a href="{{url}}">{{title}}</a> {{/items}}</dd>{{/prerequisites}}
    </dl>
    {{#description}}<section class="prose" aria-labelledby="course-about"><h2 id="course-about">About the course</h2>
{{{description}}}
    </section>{{/description}}
    {{#outline}}<section aria-labelledby="course-outline"><h2 id="course-outline">Outline</h2>
      <table class="tickets">
        <thead><tr><th scope="col">Module</th><th scope="col">Lesson</th><th scope="col">Minutes</th></tr></thead>
        <tbody>{{#items}}<tr><td>{{module}}</td><th scope="row">{{lesson}}</th><td>{{minutes}}</td></tr>{{/items}}</tbody>
      </table>
    </section>{{/outline}}
    {{#credential}}<section aria-labelledby="course-credential"><h2 id="course-credential">Credential</h2>
      <p>Completing the course awards the <strong>{{name}}</strong> credential{{#validity}}, valid for {{validity}}{{/validity}}: a signed digital credential anyone can verify.</p>
      {{#description}}<p>{{description}}</p>{{/description}}
      {{#criteria}}<p class="meta">Criteria: {{criteria}}</p>{{/criteria}}
    </section>{{/credential}}
  </article>
  {{>sponsored-by}}
  {{>related}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/courses.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <p class="meta">{{heading}}: {{count_label}}{{#filtered}} · <a href="{{all_url}}">All courses</a>{{/filtered}}</p>
  {{#formats}}<nav class="event-filters" aria-label="Courses by format"><h2 class="visually-hidden">Formats</h2><ul class="chips">
    {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
    {{/items}}</ul></nav>{{/formats}}
  {{#cpd}}<nav class="event-filters" aria-label="Courses by CPD points"><h2 class="visually-hidden">CPD points</h2><ul class="chips">
    {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
    {{/items}}</ul></nav>{{/cpd}}
  <ul class="event-list">
    {{#courses}}
    <li class="event-card">
      <h2><a href="{{url}}">{{title}}</a></h2>
      <p>{{format}} · {{cpd_points}} CPD points · {{price}}{{#member_price}} (members {{member_price}}){{/member_price}}</p>
      {{#summary}}<p class="meta">{{summary}}</p>{{/summary}}
    </li>
    {{/courses}}
  </ul>
  {{>pagination}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/credential-verify.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <article class="profile">
    <h1>{{credential}}</h1>
    <p class="lead">Held by {{holder}}</p>
    <dl class="facts">
      <dt>Status</dt><dd>{{#is_valid}}<strong>{{status}}</strong>{{/is_valid}}{{^is_valid}}<strong class="notice">{{status}}</strong>{{/is_valid}} <span class="meta">(as of when this page was published)</span></dd>
      <dt>Issued</dt><dd>{{issued}}</dd>
      {{#expires}}<dt>Expires</dt><dd>{{expires}}</dd>{{/expires}}
    </dl>
    <section aria-labelledby="signature-title" id="signature-check" data-credential="{{credential_url}}"{{#did_url}} data-did="{{did_url}}"{{/did_url}}>
      <h2 id="signature-title">Signature</h2>
      <p data-result role="status">Checking the signature needs JavaScript; you can also <a href="{{credential_url}}">download the credential</a> and check it with any Open Badges 3.0 verifier.</p>
      <p><a href="{{credential_url}}" download>Download the credential (JSON)</a></p>
    </section>
  </article>
</div>
{{/main}}
{{$scripts}}<script src="{{assets.verify_js}}" defer></script>{{/scripts}}
{{/base}}

"""#,
        "layouts/directory-companies.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <p class="meta">{{heading}}: {{count_label}}{{#filtered}} · <a href="{{all_url}}">All companies</a>{{/filtered}}</p>
  <nav class="letters" aria-label="Companies by letter">
    <ul>
      {{#letters}}
      <li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}<span class="visually-hidden"> ({{count}})</span></a>{{/current}}</li>
      {{/letters}}
    </ul>
  </nav>
  {{#industries}}<nav class="event-filters" aria-label="Companies by industry">
    <h2 class="visually-hidden">Industries</h2>
    <ul class="chips">
      {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
      {{/items}}
    </ul>
  </nav>{{/industries}}
  {{#countries}}<nav class="event-filters" aria-label="Companies by country">
    <h2 class="visually-hidden">Countries</h2>
    <ul class="chips">
      {{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
      {{/items}}
    </ul>
  </nav>{{/countries}}
  <ul class="member-list">
    {{#companies}}
    <li class="member-card">
      <h2><a href="{{url}}">{{name}}</a>{{#featured}} <span class="role">Featured</span>{{/featured}}</h2>
      {{#industry}}<p>{{industry}}</p>{{/industry}}
      {{#location}}<p class="meta">{{location}}</p>{{/location}}
    </li>
    {{/companies}}
  </ul>
  {{>pagination}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/directory-group.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <p class="meta">{{kind}} · {{count_label}}</p>
  {{#description}}<p class="lead">{{description}}</p>{{/description}}
  <ul class="member-list">
    {{#members}}
    <li class="member-card">
      <h2><a href="{{url}}">{{name}}</a>{{#role}} <span class="role">{{role}}</span>{{/role}}</h2>
      {{#job_title}}<p>{{job_title}}{{#company}}, {{company}}{{/company}}</p>{{/job_title}}
      {{#location}}<p class="meta">{{location}}</p>{{/location}}
    </li>
    {{/members}}
  </ul>
  {{>pagination}}
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/directory-groups.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <ul class="cards">
    {{#groups}}
    <li class="card">
      <h2><a href="{{url}}">{{title}}</a></h2>
      {{#summary}}<p>{{summary}}</p>{{/summary}}
      <p class="meta">{{count_label}}</p>
    </li>
    {{/groups}}
  </ul>
</div>
{{/main}}
{{/base}}

"""#,
        "layouts/directory-members.mustache": #"""
{{<base}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <h1>{{page.title}}</h1>
  <p class="meta" id="directory-count">{{heading}}: {{count_label}}{{#filtered}} · <a href="{{all_url}}">All members</a>{{/filtered}}</p>
  <nav class="letters" aria-label="Members by letter">
    <ul>
      {{#letters}}
      <li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}<span class="visually-hidden"> ({{count}})</span></a>{{/current}}</li>
      {{/letters}}
    </ul>
  </nav>
  <form class="directory-filter" id="directory-filter" data-index="{{index_url}}" hidden>
    <div>
      <label for="filter-name">Name or company</label>
      <input id="filter-name" name="q" type="search" autocomplete="off">
    </div>
    <div>
      <label for="filter-plan">Plan</label>
      <select id="filter-plan" name="plan"><option value="">Any plan</option>{{#filters.plans}}{{#items}}<option value="{{key}}">{{title}}</option>{{/items}}{{/filters.plans}}</select>
    </div>
    <div>
      <label for="filter-country">Country</label>
      <select id="filter-country" name="country"><option value="">Any country</option>{{#filters.countries}}{{#items}}<option value="{{key}}">{{title}}</option>{{/items}}{{/filters.countries}}</select>
    </div>
    <div>
      <label for="filter-group">Group</label>
      <select id="filter-group" name="group"><option value="">Any group</option>{{#filters.groups}}{{#items}}<option value="{{key}}">{{title}}</option>{{/items}}{{/filters.groups}}</select>
    </div>
  </form>
  <p id="directory-status" class="meta" role="status" aria-live="polite"></p>
  <ul class="member-list" id="directory-results">
    {{#members}}
    <li class="member-card">
      <h2><a href="{{url}}">{{name}}</a></h2>
      {{#job_title}}<p>{{job_title}}{{#company}}, {{company}}{{/company}}</p>{{/job_title}}{{^job_title}}{{#company}}<p>{{company}}</p>{{/company}}{{/job_title}}
      {{#location}}<p class="meta">{{location}}</p>{{/location}}
    </li>
    {{/members}}
  </ul>
  <div id="directory-pages">{{>pagination}}</div>
  <section class="browse" aria-labelledby="directory-browse">
    <h2 id="directory-browse">Browse the directory</h2>
    <div class="browse-columns">
      {{#filters.plans}}<div><h3>By plan</h3><ul>{{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}} <span class="meta">({{count}})</span></li>{{/items}}</ul></div>{{/filters.plans}}
      {{#filters.countries}}<div><h3>By country</h3><ul>{{#items}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{title}}</a>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}} <span class="meta">({{count}})</span></li>{{/items}}</ul></div>{{/filters.countries}}
      {{#filters.groups}}<div><h3>By group</h3><ul>{{#items}}<li><a href="{{url}}">{{title}}</a> <span class="meta">({{count}})</span></li>{{/items}}</ul></div>{{/filters.groups}}
    </div>
  </section>
</div>
{{/main}}
{{$scripts}}<script src="{{assets.directory_js}}" defer></script>{{/scripts}}
{{/base}}

"""#,
        "layouts/event.mustache": #"""
{{<base}}
{{$head}}<script type="application/ld+json">{{{json_ld}}}</script>
{{/head}}
{{$main}}
<div class="wrap">
  {{>breadcrumbs}}
  <article class="event">
    <h1>{{page.title}}{{#status}} <span class="event-status">{{status}}</span>{{/status}}</h1>
    {{#status_note}}<p class="notice" role="note">{{status_note}}</p>{{/status_note}}
    {{#summary}}<p class="lead">{{summary}}</p>{{/summary}}
    <dl class="facts">
      <dt>When</dt><dd><time datetime="{{datetime}}">{{when}}</time> <span class="meta">({{time_zone}} time)</span></dd>
      {{#previous_start}}<dt>Previously</dt><dd><s>{{previous_start}}</s></dd>{{/previous_start}}
      {{#venue}}<dt>Where</dt><dd>{{name}}{{#address}}, {{address}}{{/address}}{{#map_url}} · <a href="{{map_url}}" rel="nofollow">Map<span class="visually-hidden"> of {{name}}</span></a>{{/map_url}}</dd>{{/venue}}
      {{#online_url}}<dt>Online</dt><dd><a href="{{online_url}}" rel="nofollow">Join online</a></dd>{{/online_url}}
      {{#organizer}}<dt>Organizer</dt><dd>{{organizer}}</dd>{{/organizer}}
      {{#cpd_points}}<dt>CPD</dt><dd>{{cpd_points}} points for attending</dd>{{/cpd_points}}
      {{#categories}}<dt>Categories</dt><dd>{{#items}}<a href="{{url}}">{{title}}</a> {{/items}}</dd>{{/categories}}
    </dl>
    {{#description}}<section class="prose" aria-labelledby="event-about"><h2 id="event-about">About this event</h2>
{{{description}}}
    </section>{{/description}}
    {{#tickets}}<section aria-labelledby="event-tickets"><h2 id="event-tickets">Tickets</h2>
      <table class="tickets">
        <thead><tr><th scope="col">Ticket</th><th scope="col">Price</th><th scope="col">Availability</th></tr></thead>
        <tbody>
        {{#items}}<tr><th scope="row">{{name}}{{#members_only}} <span class="meta">(members only)</span>{{/members_only}}</th><td>{{price}}{{#member_price}}<br><span class="meta">Members: {{member_price}}</span>{{/member_price}}</td><td>{{availability}}{{#checkout_url}}<br><a class="button" href="{{checkout_url}}">Buy<span class="visually-hidden"> {{name}} ticket</span></a>{{/checkout_url}}</td></tr>
        {{/items}}
        </tbody>
      </table>
      <p class="meta">Availability as of when this page was published.</p>
    </section>{{/tickets}}
    <section aria-labelledby="event-calendar"><h2 id="event-calendar">Add to calendar</h2>
      <ul>
        <li><a href="{{calendar_url}}">Download for Apple Calendar, Outlook and others (.ics)</a></li>
        <li><a href="{{google_calendar_url}}" rel="nofollow">Add to Google Calendar</a></li>
      </ul>
    </section>
    {{#series}}<section aria-labelledby="event-series"><h2 id="event-series">Also in this series</h2>
      <ul>{{#items}}<li><a href="{{url}}">{{title}}</a></li>{{/items}}</ul>
    </section>{{/series}}
  </article>
  {{>sponsored-by}}
  {{>related}}
</div>
{{/main}}
{{/base}}

"""#,
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
    ]
}
