// Generated from themes/default/widgets by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/widgets/` by their path in the theme (part 1 of 1).
    static let widgets1Files: [String: String] = [
        "widgets/courses.js": #"""
/* <portico-courses limit="5" category="online" layout="list|cards|compact" heading="Courses"> */
Portico.render.courses = function (host, root) {
  var P = Portico;
  return P.json("api/v1/courses.json").then(function (data) {
    var box = P.frame(host, root, "Courses");
    var format = host.getAttribute("category");
    var items = data.items.filter(function (course) { return !format || course.format === format; }).slice(0, P.limit(host, 5));
    var list = P.el(box, "ul", null, "list");
    items.forEach(function (course) {
      var meta = [course.format_label, course.cpd_points ? course.cpd_points + " CPD" : "", course.price].filter(Boolean).join(" · ");
      P.item(list, course.title, course.path, meta);
    });
    if (!items.length) P.empty(box, "No courses to show.");
    P.more(box, "All courses", "courses/");
  });
};

"""#,
        "widgets/directory.js": #"""
/* <portico-directory type="members|companies" limit="10" country="GB" layout="list|cards|compact" heading="Members"> */
Portico.render.directory = function (host, root) {
  var P = Portico;
  var companies = host.getAttribute("type") === "companies";
  var limit = P.limit(host, 10), country = (host.getAttribute("country") || "").toUpperCase();
  var found = [];
  // The directory is split into pages: read on only until enough entries are found.
  function page(path) {
    return P.json(path).then(function (data) {
      data.items.forEach(function (entry) { if (found.length < limit && (!country || entry.country === country)) found.push(entry); });
      return found.length < limit && data.next ? page(data.next) : null;
    });
  }
  return page(companies ? "api/v1/companies.json" : "api/v1/members.json").then(function () {
    var box = P.frame(host, root, companies ? "Companies" : "Members");
    var list = P.el(box, "ul", null, "list");
    found.forEach(function (entry) { P.item(list, entry.name, entry.path, [entry.subtitle, entry.place].filter(Boolean).join(" · ")); });
    if (!found.length) P.empty(box, "Nobody to show.");
    P.more(box, companies ? "All companies" : "All members", companies ? "directory/companies/" : "directory/members/");
  });
};

"""#,
        "widgets/events.js": #"""
/* <portico-events limit="3" category="training" layout="list|cards|compact" show-past heading="Events"> */
Portico.render.events = function (host, root) {
  var P = Portico;
  return P.json("api/v1/events.json").then(function (data) {
    var box = P.frame(host, root, "Events");
    var category = host.getAttribute("category"), past = host.hasAttribute("show-past");
    var items = data.items.filter(function (event) {
      return (past ? event.is_past : !event.is_past) && (!category || event.categories.some(function (c) { return c.slug === category; }));
    });
    if (past) items.reverse();
    items = items.slice(0, P.limit(host, 5));
    var list = P.el(box, "ul", null, "list");
    items.forEach(function (event) {
      var meta = P.date(host, event.starts_at, event.time_zone, true) + (event.place ? " · " + event.place : "") + (event.status ? " · " + event.status : "");
      P.item(list, event.title, event.path, meta);
    });
    if (!items.length) P.empty(box, "No events to show.");
    P.more(box, "All events", "events/");
  });
};

"""#,
        "widgets/help-search.js": #"""
/* <portico-help-search limit="5" heading="Search help"> */
Portico.render["help-search"] = function (host, root) {
  var P = Portico;
  var articles = null;
  return P.json("api/v1/help.json").then(function (data) {
    articles = data.items;
    var box = P.frame(host, root, "Help", "form{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:0 0 .75em}label{flex-basis:100%}" +
      "input{font:inherit;padding:.4em;border:1px solid var(--portico-border,#8c959f);border-radius:var(--portico-radius,6px);min-width:12em}" +
      "button{font:inherit;padding:.4em .9em;border:0;border-radius:var(--portico-radius,6px);background:var(--portico-accent,#0b5394);color:#fff}");
    var form = P.el(box, "form", null, "form");
    form.setAttribute("role", "search");
    form.action = P.url("search/");
    var id = "q" + Math.random().toString(36).slice(2);
    var label = P.el(form, "label", host.getAttribute("label") || "Search the help center", "label");
    label.htmlFor = id;
    var input = P.el(form, "input", null, "input");
    input.type = "search"; input.name = "q"; input.id = id; input.autocomplete = "off";
    var button = P.el(form, "button", "Search", "button");
    button.type = "submit";
    var status = P.el(box, "p", "", "status");
    status.setAttribute("role", "status");
    var list = P.el(box, "ul", null, "list");
    var limit = P.limit(host, 5);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!words.length) { status.textContent = ""; return; }
      var hits = articles.filter(function (article) {
        var text = (article.title + " " + article.summary + " " + article.category).toLowerCase();
        return words.every(function (word) { return text.indexOf(word) >= 0; });
      });
      hits.slice(0, limit).forEach(function (article) { P.item(list, article.title, article.path, article.category); });
      status.textContent = hits.length === 1 ? "1 article" : hits.length + " articles";
    });
  });
};

"""#,
        "widgets/jobs.js": #"""
/* <portico-jobs limit="5" category="engineering" layout="list|cards|compact" heading="Jobs"> */
Portico.render.jobs = function (host, root) {
  var P = Portico;
  return P.json("api/v1/jobs.json").then(function (data) {
    var box = P.frame(host, root, "Jobs");
    var category = host.getAttribute("category");
    var items = data.items.filter(function (job) {
      return !category || job.categories.some(function (c) { return c.slug === category; });
    }).slice(0, P.limit(host, 5));
    var list = P.el(box, "ul", null, "list");
    items.forEach(function (job) {
      P.item(list, job.title, job.path, [job.company, job.location, job.type].filter(Boolean).join(" · "));
    });
    if (!items.length) P.empty(box, "No open positions just now.");
    P.more(box, "All jobs", "jobs/");
  });
};

"""#,
        "widgets/portico.js": #"""
/* Portico widgets loader: <script src="https://SITE/widgets/portico.js" defer></script>, then <portico-events>,
   <portico-jobs>, <portico-directory>, <portico-help-search>, <portico-courses>, <portico-sponsors> anywhere.
   One global (window.Portico). Each widget's script loads on demand, and its data only when it nears the viewport;
   it renders into a shadow root with DOM APIs and textContent; if its data cannot be loaded it shows a link. */
(function () {
  "use strict";
  if (window.Portico && window.Portico.version) return;
  var script = document.currentScript;
  var src = script ? script.src : location.href;
  // The widget scripts sit beside this one; the site whose data is shown is the folder above `widgets/`, or (in a
  // plugin that bundles the scripts) the data-portico-site attribute.
  var home = src.slice(0, src.lastIndexOf("/") + 1);
  var site = (script && script.getAttribute("data-portico-site")) || home.replace(/widgets\/$/, "");
  if (site.charAt(site.length - 1) !== "/") site += "/";
  var files = {/*files*/};
  var P = window.Portico = { version: 1, site: site, render: {}, parts: {} };
  var pending = {};

  function load(name) {
    if (!pending[name]) {
      pending[name] = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = home + files[name];
        tag.async = true;
        tag.onload = function () { P.render[name] ? resolve(P.render[name]) : reject(new Error(name)); };
        tag.onerror = reject;
        document.head.appendChild(tag);
      });
    }
    return pending[name];
  }

  P.json = function (path) {
    return fetch(site + path, { credentials: "omit" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  };
  P.url = function (path) { return (/^https?:/).test(path) ? path : site + path; };
  P.lang = function (host) {
    var holder = host.closest("[lang]");
    return (holder && holder.getAttribute("lang")) || document.documentElement.lang || navigator.language || "en";
  };
  P.el = function (parent, tag, text, part) {
    var node = document.createElement(tag);
    if (text != null) node.textContent = text;
    if (part) node.setAttribute("part", part);
    if (parent) parent.appendChild(node);
    return node;
  };
  P.link = function (parent, text, path, part) {
    var a = P.el(parent, "a", text, part || "link");
    a.href = P.url(path);
    return a;
  };
  P.date = function (host, iso, zone, withTime) {
    var options = { dateStyle: "medium" };
    if (withTime) options.timeStyle = "short";
    if (zone) options.timeZone = zone;
    try { return new Intl.DateTimeFormat(P.lang(host), options).format(new Date(iso)); } catch (e) { return iso.slice(0, 10); }
  };
  P.limit = function (host, fallback) {
    var n = parseInt(host.getAttribute("limit"), 10);
    return n > 0 ? Math.min(n, 100) : fallback;
  };
  // The page's own styles reach a shadow root only through inheritance from the element: so the element resets
  // everything (`all: initial`) and the widget's box sets its own font and colours, from custom properties the page
  // may set on purpose.
  P.css = ":host{all:initial;display:block}" +
    ".w{font-family:var(--portico-font,system-ui,sans-serif);font-size:var(--portico-font-size,1rem);line-height:1.5;" +
    "color:var(--portico-color,#1f2328);background:var(--portico-background,transparent)}" +
    "h2{font-size:1.15em;margin:0 0 .5em;color:inherit}" +
    "ul{list-style:none;margin:0;padding:0}li{margin:0 0 .75em;padding:0}" +
    ".cards ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(14em,1fr));gap:1em}" +
    ".cards li{border:1px solid var(--portico-border,#d0d7de);border-radius:var(--portico-radius,6px);padding:.75em;margin:0}" +
    ".compact li{margin:0 0 .25em}.compact .m{display:none}" +
    "a{color:var(--portico-accent,#0b5394);text-decoration:underline}" +
    "a:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid var(--portico-focus,#b35900);outline-offset:2px}" +
    ".m{display:block;color:var(--portico-muted,#57606a);font-size:.9em}" +
    ".more{display:inline-block;margin-top:.25em}";
  P.frame = function (host, root, title, css) {
    var style = document.createElement("style");
    style.textContent = P.css + (css || "");
    root.appendChild(style);
    var layout = host.getAttribute("layout");
    var box = P.el(root, "section", null, "widget");
    box.className = "w " + (layout === "cards" || layout === "compact" ? layout : "list");
    box.setAttribute("lang", P.lang(host));
    box.setAttribute("aria-label", host.getAttribute("heading") || title);
    if (host.hasAttribute("heading")) P.el(box, "h2", host.getAttribute("heading"), "heading");
    return box;
  };
  P.item = function (list, title, path, meta) {
    var li = P.el(list, "li", null, "item");
    P.link(li, title, path, "title");
    if (meta) P.el(li, "span", meta, "meta").className = "m";
    return li;
  };
  P.empty = function (box, text) { P.el(box, "p", text, "empty"); };
  P.more = function (box, text, path) { P.link(box, text, path, "more").className = "more"; };

  var widgets = {
    "portico-events": ["events", "events/", "Events"], "portico-jobs": ["jobs", "jobs/", "Jobs"],
    "portico-directory": ["directory", "directory/", "Directory"], "portico-help-search": ["help-search", "search/", "Help"],
    "portico-courses": ["courses", "courses/", "Courses"], "portico-sponsors": ["sponsors", "sponsors/", "Sponsors"]
  };
  Object.keys(widgets).forEach(function (tag) {
    if (!window.customElements || customElements.get(tag)) return;
    var info = widgets[tag];
    customElements.define(tag, class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        var host = this, root = host.attachShadow({ mode: "open" });
        // A box to watch until it is drawn (an empty custom element is an empty inline, which no observer sees).
        var hold = document.createElement("style");
        hold.textContent = ":host{all:initial;display:block;min-height:1px}";
        root.appendChild(hold);
        function fallback() {
          while (root.firstChild) root.removeChild(root.firstChild);
          var box = P.frame(host, root, info[2]);
          P.link(box, info[2] + " on " + site.replace(/^https?:\/\//, "").replace(/\/$/, ""), info[1], "fallback");
        }
        function start() { load(info[0]).then(function (render) { return render(host, root); }).catch(fallback); }
        // Near the viewport already (measured now, not at the next frame): start; else wait until it comes near.
        var box = host.getBoundingClientRect();
        if (!window.IntersectionObserver || (box.top < innerHeight + 200 && box.bottom > -200)) return start();
        var watch = new IntersectionObserver(function (entries) {
          if (!entries.some(function (entry) { return entry.isIntersecting; })) return;
          watch.disconnect();
          start();
        }, { rootMargin: "200px" });
        watch.observe(host);
      }
    });
  });
})();

"""#,
        "widgets/sponsors.js": #"""
/* <portico-sponsors tier="gold" limit="6" layout="list|cards|compact" heading="Our sponsors"> */
Portico.render.sponsors = function (host, root) {
  var P = Portico;
  return P.json("api/v1/sponsors.json").then(function (data) {
    var box = P.frame(host, root, "Sponsors", ".logos{display:flex;flex-wrap:wrap;gap:1em 1.5em;align-items:center}.logos li{margin:0}" +
      "img{display:block;max-width:12em;height:auto}img.small{max-height:2.5em}img.medium{max-height:4em}img.large{max-height:6em}");
    var tier = host.getAttribute("tier");
    var items = data.items.filter(function (sponsor) { return !tier || sponsor.tier === tier; }).slice(0, P.limit(host, 12));
    var list = P.el(box, "ul", null, "list");
    list.className = "logos";
    items.forEach(function (sponsor) {
      var li = P.el(list, "li", null, "item");
      var a = P.link(li, sponsor.logo ? null : sponsor.name, sponsor.path, "title");
      a.rel = "sponsored";
      if (sponsor.logo) {
        var img = P.el(a, "img", null, "logo");
        img.src = sponsor.logo; img.alt = sponsor.name; img.loading = "lazy";
        img.className = sponsor.size;
      }
    });
    if (!items.length) P.empty(box, "No sponsors to show.");
    P.more(box, "All sponsors", "sponsors/");
  });
};

"""#,
    ]
}
