// Generated from themes/default/layouts by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/layouts/` by their path in the theme (part 1 of 3).
    static let layouts1Files: [String: String] = [
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
    {{#payment_url}}<p><a class="button" href="{{payment_url}}">Book a place<span class="visually-hidden"> on {{page.title}}</span></a></p>{{/payment_url}}
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
    ]
}
