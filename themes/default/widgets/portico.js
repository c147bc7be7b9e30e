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
