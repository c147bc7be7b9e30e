// Generated from themes/default/assets by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// The files of `themes/default/assets/` by their path in the theme.
    static let assetsFiles: [String: String] = [
        "assets/directory.js": #"""
// Instant filtering for the member directory. Without JavaScript, the letter, plan, country and group pages
// (plain links) do the same job. The index holds listed members' public fields only.
(function () {
  "use strict";
  var form = document.getElementById("directory-filter");
  var results = document.getElementById("directory-results");
  var status = document.getElementById("directory-status");
  var pages = document.getElementById("directory-pages");
  if (!form || !results || !window.fetch) return;
  form.hidden = false;
  var index = null;
  var original = results.innerHTML;
  var loading = null;

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index")).then(function (response) {
        if (!response.ok) throw new Error("index " + response.status);
        return response.json();
      }).then(function (data) { index = data.members; });
    }
    return loading;
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function render() {
    var query = fold(form.elements.q.value.trim());
    var plan = form.elements.plan.value, country = form.elements.country.value, group = form.elements.group.value;
    var filtering = query || plan || country || group;
    if (pages) pages.hidden = !!filtering;
    if (!filtering) { results.innerHTML = original; status.textContent = ""; return; }
    var matches = index.filter(function (m) {
      return (!query || fold(m[0] + " " + m[2]).indexOf(query) !== -1) && (!plan || m[3] === plan) &&
        (!country || m[4] === country) && (!group || m[6].indexOf(group) !== -1);
    });
    results.textContent = "";
    matches.slice(0, 200).forEach(function (m) {
      var item = element("li", "member-card");
      var heading = element("h2");
      var link = element("a", null, m[0]);
      link.href = m[1];
      heading.appendChild(link);
      item.appendChild(heading);
      if (m[2]) item.appendChild(element("p", "meta", m[2]));
      results.appendChild(item);
    });
    status.textContent = matches.length === 1 ? "1 member matches" : matches.length + " members match" +
      (matches.length > 200 ? " (first 200 shown)" : "");
  }

  function update() { load().then(render, function () { status.textContent = "Filtering is unavailable; use the links below."; }); }
  // A filtered view can be linked to: /directory/members/?country=gb&plan=full fills the form and filters.
  var params = new URLSearchParams(window.location.search);
  var preset = false;
  ["q", "plan", "country", "group"].forEach(function (name) {
    if (params.get(name)) { form.elements[name].value = params.get(name); preset = true; }
  });
  if (preset) update();
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
})();

"""#,
        "assets/jobs.js": #"""
// Instant filtering for the job board. Without JavaScript, the category, country, remote and type pages (plain
// links) do the same job. The index holds open jobs' public fields only.
(function () {
  "use strict";
  var form = document.getElementById("jobs-filter");
  var results = document.getElementById("jobs-results");
  var status = document.getElementById("jobs-status");
  var pages = document.getElementById("jobs-pages");
  if (!form || !results || !window.fetch) return;
  form.hidden = false;
  var original = results.innerHTML;
  var index = null, loading = null;
  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index")).then(function (r) {
        if (!r.ok) throw new Error("index " + r.status);
        return r.json();
      }).then(function (data) { index = data.jobs; });
    }
    return loading;
  }
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function render() {
    var query = fold(form.elements.q.value.trim()), remote = form.elements.remote.checked;
    if (pages) pages.hidden = !!(query || remote);
    if (!query && !remote) { results.innerHTML = original; status.textContent = ""; return; }
    var matches = index.filter(function (j) { return (!query || fold(j[0] + " " + j[2]).indexOf(query) !== -1) && (!remote || j[6]); });
    results.textContent = "";
    matches.slice(0, 200).forEach(function (j) {
      var item = element("li", "event-card"), heading = element("h2"), link = element("a", null, j[0]);
      link.href = j[1];
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(element("p", null, j[2] + " · " + j[3]));
      results.appendChild(item);
    });
    status.textContent = matches.length === 1 ? "1 job matches" : matches.length + " jobs match";
  }
  function update() { load().then(render, function () { status.textContent = "Filtering is unavailable; use the links above."; }); }
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
})();

"""#,
        "assets/leads.js": #"""
// Sends a company's contact form to HubSpot's Forms API v3 (JSON with fields, context and consent), which a plain
// form post cannot do. Salesforce Web-to-Lead and plain URLs take the form as it is posted, without this script.
(function () {
  "use strict";
  var form = document.querySelector("form.lead-form[data-lead-endpoint='hubspot']");
  if (!form || !window.fetch) return;
  var status = form.querySelector(".lead-status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var fields = [];
    ["firstname", "lastname", "email", "phone", "message", "portico_company_id"].forEach(function (name) {
      var input = form.elements[name];
      if (input && input.value) fields.push({ objectTypeId: "0-1", name: name, value: input.value });
    });
    var body = {
      fields: fields,
      context: { pageUri: window.location.href, pageName: document.title },
      legalConsentOptions: { consent: { consentToProcess: form.elements.consent.checked, text: form.getAttribute("data-consent") } }
    };
    status.textContent = "Sending…";
    fetch(form.action, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        form.reset();
        status.textContent = "Thank you: your message has been sent.";
      })
      .catch(function () { status.textContent = "Your message could not be sent. Please try again later."; });
  });
})();

"""#,
        "assets/search.js": #"""
/* Portico help center search: loads only the index shards a query needs (see SearchIndexBuilder.swift).
   No library, no innerHTML: results are built with DOM methods and textContent. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var sectionSelect = document.getElementById("search-section");
  var base = form.getAttribute("data-meta").replace(/meta\.json$/, "");
  var cache = {};
  var stop = {};
  "a an and are as at be but by for from has if in into is it its no not of on or such that the their then there these they this to was were will with".split(" ").forEach(function (w) { stop[w] = 1; });

  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) { return r.ok ? r.json() : {}; }).catch(function () { return {}; });
    }
    return cache[path];
  }
  function words(text) { return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []; }
  function terms(text) { return words(text).filter(function (t) { return t.length >= 2 && !stop[t]; }); }
  function shardKey(term) {
    var prefix = Array.from(term).slice(0, 3).join("");
    if (/^[a-z0-9]+$/.test(prefix)) return prefix;
    return "x" + Array.from(new TextEncoder().encode(prefix)).map(function (b) { return b.toString(16); }).join("");
  }

  // A word's matches weigh its own term 10, longer terms it begins (the last word) 7, else terms one typo away 6.
  var EXACT = 10, PREFIX = 7, TYPO = 6, TOP = 10;
  var DIGITS = [];
  "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".split("").forEach(function (c, i) { DIGITS[c.charCodeAt(0)] = i; });
  // Postings in a term's first block (SearchIndexBuilder.firstBlock; each later one is twice the one before), and the
  // most postings of later blocks one query reads.
  var FIRST_BLOCK = 32, BUDGET = 20480;

  // b is one edit from a: a letter wrong, missing, extra, or two swapped.
  function oneTypo(a, b) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > 1 || a.join("") === b.join("")) return false;
    var i = 0, j = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
    var restA = a.length - i - j, restB = b.length - i - j;
    if (restA <= 1 && restB <= 1) return true;
    return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
  }

  // FNV-1a of the UTF-8 bytes: the bucket of exact titles the query would be in.
  function titleHash(text) {
    var hash = 0x811c9dc5;
    new TextEncoder().encode(text).forEach(function (b) { hash = Math.imul(hash ^ b, 0x01000193) >>> 0; });
    return hash >>> 0;
  }

  // The shard file holding a word's terms: its three-letter shard, or the part of a split one the word leads to.
  // `at`: the word is a split shard's own prefix, whose "#prefix" list stands for every longer term.
  function shardFor(word) {
    function descend(shard, stem) {
      var split = shard["#split"];
      if (!split) return { shard: shard, stem: stem };
      var next = null;
      Object.keys(split).forEach(function (prefix) { if (word.indexOf(prefix) === 0) next = prefix; });
      if (next === null) return { shard: shard, stem: stem, at: shard["#at"] === word };
      return load("terms/" + split[next] + ".json").then(function (child) { return descend(child, split[next]); });
    }
    var key = shardKey(word);
    return load("terms/" + key + ".json").then(function (shard) { return descend(shard, key); });
  }

  // Sum over words of each word's best weighted BM25 impact; ties by number; an exact title first. Postings come
  // best first in blocks, and a later block is read only while a document not fully scored could still change the
  // top ten (no-random-access threshold algorithm), so this is the full ranking (within BUDGET, below). `range`: one
  // section's documents.
  function rank(query, range, meta) {
    var qterms = terms(query);
    var from = range ? range[2] : 0, to = range ? range[2] + range[3] : Infinity;
    if (!qterms.length) return Promise.resolve([]);
    var title = words(query).join(" ");
    var loads = qterms.map(shardFor);
    loads.push(load("titles/" + (titleHash(title) % (meta.titleBuckets || 1)) + ".json"));
    return Promise.all(loads).then(function (loaded) {
      var lists = [], byWord = qterms.map(function () { return []; });
      var best = qterms.map(function () { return {}; }), candidates = {};
      // A block (PostingCodec.swift): base-64 numbers of five bits a character, 32 added to all but a number's last;
      // per posting the gap from the previous document, then how far its impact is below the block's highest.
      function pairs(text, each) {
        var key = 0, value = 0, isValue = false;
        for (var k = 0; k < text.length; k++) {
          var digit = DIGITS[text.charCodeAt(k)];
          value = value * 32 + (digit & 31);
          if (digit >= 32) continue;
          if (isValue) each(key, value); else key += value;
          isValue = !isValue;
          value = 0;
        }
      }
      function absorb(list, text, highest) {
        if (typeof text !== "string") return;
        pairs(text, function (doc, below) {
          var score = (highest - below) * list.weight;
          if (doc < from || doc >= to) return;
          list.seen[doc] = 1;
          candidates[doc] = 1;
          if (!(best[list.word][doc] >= score)) best[list.word][doc] = score;
        });
      }
      qterms.forEach(function (word, w) {
        var found = loaded[w], shard = found.shard, isLast = w === qterms.length - 1;
        function add(term, weight) {
          var entry = shard[term];
          if (!Array.isArray(entry)) return;
          var list = { word: w, weight: weight, key: found.stem, ordinal: entry[1], highest: entry[2], read: 0, seen: {} };
          lists.push(list);
          byWord[w].push(list);
          absorb(list, entry[3], entry[2][0]);
        }
        var names = Object.keys(shard).filter(function (name) { return name.charAt(0) !== "#"; });
        names.forEach(function (term) {
          var weight = term === word ? EXACT : (isLast && !shard["#split"] && term.indexOf(word) === 0 ? PREFIX : 0);
          if (weight) add(term, weight);
        });
        if (isLast && found.at) add("#prefix", PREFIX);
        if (!byWord[w].length && !shard["#split"] && Array.from(word).length >= 4) {
          names.forEach(function (term) { if (oneTypo(word, term)) add(term, TYPO); });
        }
      });
      // The most a document not yet seen in `list` can score there.
      function threshold(list) { return list.read + 1 < list.highest.length ? list.highest[list.read + 1] * list.weight : 0; }
      // Each word's lists that still have unread blocks, highest threshold first (set before each step's scoring):
      // a document's bound for the word is the first of them that has not seen it, so most documents need one look.
      var unread = [];
      function bounds(doc) {
        var low = 0, high = 0;
        for (var w = 0; w < qterms.length; w++) {
          var got = best[w][doc] || 0, could = got, group = unread[w];
          for (var i = 0; i < group.length && group[i].bound > got; i++) {
            if (!group[i].list.seen[doc]) { could = group[i].bound; break; }
          }
          low += got;
          high += could;
        }
        return { doc: doc, low: low, high: high };
      }
      // a certainly ranks above b: its least possible score beats b's most (equal: a's lower number wins ties).
      function above(a, b) { return a.low > b.high || (a.low === b.high && a.doc < b.doc); }
      function settled(scored) {
        var unseen = 0;
        byWord.forEach(function (group) {
          var most = 0;
          group.forEach(function (list) { most = Math.max(most, threshold(list)); });
          unseen += most;
        });
        var top = scored.slice(0, TOP);
        for (var i = 0; i + 1 < top.length; i++) if (!above(top[i], top[i + 1])) return false;
        if (top.length < TOP) return unseen === 0;
        var last = top[top.length - 1];
        for (var j = TOP; j < scored.length; j++) if (!above(last, scored[j])) return false;
        return unseen === 0 || last.low > unseen;
      }
      // A query reads at most BUDGET postings of later blocks (about 60 KB), so no query costs a visitor more than
      // that: past it (1% of bench/search's queries at 100,000 documents, all of four common words) the ranking is by
      // the scores read so far rather than certified exact.
      var spent = 0;
      function step() {
        unread = byWord.map(function (group) {
          return group.map(function (list) { return { list: list, bound: threshold(list) }; })
            .filter(function (entry) { return entry.bound > 0; })
            .sort(function (a, b) { return b.bound - a.bound; });
        });
        var scored = Object.keys(candidates).map(function (d) { return bounds(+d); });
        scored.sort(function (a, b) { return (b.low - a.low) || (a.doc - b.doc); });
        // A document whose most possible score is below the tenth's least can never rise (bounds only narrow): it is
        // dropped, so each step scores fewer candidates.
        if (scored.length > TOP) {
          var floor = scored[TOP - 1].low;
          scored = scored.filter(function (s) { if (s.high >= floor) return true; delete candidates[s.doc]; return false; });
        }
        var next = null;
        lists.forEach(function (list) { if (threshold(list) > 0 && (!next || threshold(list) > threshold(next))) next = list; });
        if (!next || settled(scored) || spent + (FIRST_BLOCK << (next.read + 1)) > BUDGET) {
          return Promise.resolve(scored.slice(0, TOP).map(function (s) { return s.doc; }));
        }
        spent += FIRST_BLOCK << (next.read + 1);
        next.read += 1;
        return load("blocks/" + next.key + "/" + next.ordinal + "-" + next.read + ".json").then(function (postings) {
          absorb(next, postings, next.highest[next.read]);
          return step();
        });
      }
      return step().then(function (ids) {
        var exact = loaded[loaded.length - 1][title];
        if (exact !== undefined && exact >= from && exact < to) {
          ids = ids.filter(function (d) { return d !== exact; });
          ids.unshift(exact);
        }
        return ids.slice(0, TOP);
      });
    });
  }

  function snippet(text, qterms) {
    var lower = text.toLowerCase(), at = -1;
    qterms.forEach(function (t) {
      var i = lower.search(new RegExp("(^|[^\\p{L}\\p{N}])" + t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u"));
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    var start = Math.max(0, at - 60), end = Math.min(text.length, start + 180);
    var piece = (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
    var p = document.createElement("p"), pattern = new RegExp("[\\p{L}\\p{N}]+", "gu"), last = 0, m;
    while ((m = pattern.exec(piece))) {
      var word = m[0].toLowerCase();
      if (qterms.some(function (t) { return word.indexOf(t) === 0; })) {
        p.appendChild(document.createTextNode(piece.slice(last, m.index)));
        var mark = document.createElement("mark");
        mark.textContent = m[0];
        p.appendChild(mark);
        last = m.index + m[0].length;
      }
    }
    p.appendChild(document.createTextNode(piece.slice(last)));
    return p;
  }

  // The section a document belongs to: its run in meta.json ([value, label, first, count]).
  function runOf(sections, doc) {
    for (var i = 0; i < sections.length; i++) if (doc >= sections[i][2] && doc < sections[i][2] + sections[i][3]) return sections[i];
    return null;
  }

  var latest = 0;
  function run() {
    var query = input.value.trim(), ticket = ++latest, only = sectionSelect ? sectionSelect.value : "";
    var state = (query ? "?q=" + encodeURIComponent(query) : "") + (only ? (query ? "&" : "?") + "section=" + encodeURIComponent(only) : "");
    if (history.replaceState) history.replaceState(null, "", state || location.pathname);
    if (!query) { list.textContent = ""; status.textContent = ""; return; }
    var sections = [], ids = [];
    load("meta.json").then(function (meta) {
      sections = meta.sections || [];
      var range = null;
      sections.forEach(function (s) { if (s[0] === only) range = s; });
      return rank(query, range, meta);
    }).then(function (found) {
      ids = found;
      return Promise.all(ids.map(function (d) { return load("fragments/" + d + ".json"); }));
    }).then(function (docs) {
      if (ticket !== latest) return;
      list.textContent = "";
      var qterms = terms(query);
      docs.forEach(function (doc, i) {
        if (!doc.u) return;
        var li = document.createElement("li"), a = document.createElement("a"), section = document.createElement("p");
        var from = runOf(sections, ids[i]), label = from ? from[1] : "";
        a.href = doc.u;
        a.textContent = doc.t;
        section.className = "section";
        section.textContent = label && label !== doc.s ? label + " › " + doc.s : doc.s;
        li.appendChild(a);
        li.appendChild(section);
        li.appendChild(snippet(doc.x, qterms));
        list.appendChild(li);
      });
      var n = list.children.length;
      var where = only && sectionSelect ? " in " + sectionSelect.options[sectionSelect.selectedIndex].text : "";
      status.textContent = n ? n + (n === 1 ? " result" : " results") + " for “" + query + "”" + where
        : "No results for “" + query + "”" + where + ". Try fewer words, or browse by topic below.";
    });
  }

  var timer;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && list.firstChild) { event.preventDefault(); list.querySelector("a").focus(); }
  });
  list.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("li > a")), i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (event.key === "ArrowDown" && i + 1 < links.length) { event.preventDefault(); links[i + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
  });
  if (sectionSelect) sectionSelect.addEventListener("change", run);
  var params = new URLSearchParams(location.search), initial = params.get("q");
  if (sectionSelect && params.get("section")) sectionSelect.value = params.get("section");
  if (initial) { input.value = initial; run(); }
})();

"""#,
        "assets/style.css": #"""
/* Portico default theme: readable, high-contrast (WCAG 2.1 AA), responsive, with a visible keyboard focus. */
:root {
  --text: #1b1f24;
  --muted: #4a5360;
  --background: #ffffff;
  --surface: #f3f5f8;
  --accent: #0b5cad;
  --accent-dark: #073f78;
  --border: #c9d1db;
  --focus: #ffbf47;
  --measure: 46rem;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.6; color: var(--text); background: var(--background); }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { color: var(--accent-dark); }
a:focus-visible, button:focus-visible, input:focus-visible, main:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
.skip-link { position: absolute; left: -999rem; top: 0; background: var(--text); color: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0.5rem; top: 0.5rem; color: #fff; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { background: var(--accent-dark); color: #fff; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 2rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { color: #fff; font-weight: 700; font-size: 1.2rem; text-decoration: none; }
.brand:hover { color: #fff; text-decoration: underline; }
.nav { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
.nav a { color: #fff; }
.nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.header-search { margin-left: auto; display: flex; gap: 0.25rem; }
input[type="search"] { font: inherit; padding: 0.4rem 0.6rem; border: 2px solid var(--border); border-radius: 4px; min-width: 12rem; }
button { font: inherit; padding: 0.4rem 0.9rem; border: 2px solid var(--accent-dark); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
main { display: block; padding: 1.5rem 0 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.4rem; margin-top: 2rem; }
.prose { max-width: var(--measure); }
.prose img { max-width: 100%; height: auto; }
.prose pre { background: var(--surface); padding: 1rem; overflow-x: auto; border-radius: 4px; }
.prose code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.92em; }
.prose table { border-collapse: collapse; width: 100%; }
.prose th, .prose td { border: 1px solid var(--border); padding: 0.4rem 0.6rem; text-align: left; }
.meta { color: var(--muted); font-size: 0.92rem; }
.lead { font-size: 1.2rem; color: var(--muted); }
.hero { padding: 1rem 0; }
.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0 0 0.5rem; font-size: 0.95rem; }
.breadcrumbs li + li::before { content: "›"; margin: 0 0.4rem; color: var(--muted); }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: 6px; padding: 1rem 1.25rem; background: var(--surface); }
.card h3 { margin: 0 0 0.5rem; font-size: 1.15rem; }
.article-list { padding-left: 1.25rem; }
.article-list li { margin-bottom: 0.75rem; }
.article-list p { margin: 0.25rem 0 0; color: var(--muted); }
.pagination { margin: 2rem 0; }
.pagination ul { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0.5rem 0 0; }
.pagination a { display: inline-block; padding: 0.25rem 0.6rem; border: 1px solid var(--accent); border-radius: 4px; }
.pagination a[aria-current="page"] { background: var(--accent); color: #fff; }
.toc { border-left: 4px solid var(--accent); padding: 0.25rem 1rem; background: var(--surface); margin: 1rem 0 1.5rem; }
.toc h2 { font-size: 1rem; margin: 0.5rem 0; }
.toc ul { margin: 0 0 0.5rem; padding-left: 1rem; }
.toc li.sub { margin-left: 1rem; }
.pager { display: flex; justify-content: space-between; gap: 1rem; max-width: var(--measure); margin: 2rem 0; flex-wrap: wrap; }
.pager .next { margin-left: auto; }
.related { max-width: var(--measure); border-top: 1px solid var(--border); }
.big-search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 1rem 0; }
.big-search label { width: 100%; font-weight: 600; }
.big-search label.inline { width: auto; }
.big-search input { flex: 1 1 16rem; font-size: 1.1rem; }
.results { padding-left: 1.25rem; max-width: var(--measure); }
.results li { margin-bottom: 1rem; }
.results .section { color: var(--muted); font-size: 0.9rem; }
.results mark { background: #fff3a3; color: inherit; padding: 0 0.1em; }
.site-footer { border-top: 1px solid var(--border); background: var(--surface); padding: 1rem 0; color: var(--muted); }
.site-footer a { color: var(--accent-dark); }
@media (max-width: 40rem) {
  h1 { font-size: 1.6rem; }
  .header-search { margin-left: 0; width: 100%; }
  .header-search input { flex: 1; min-width: 0; }
}
@media print {
  .site-header, .site-footer, .skip-link, .header-search, .pager { display: none; }
}
/* Member directory */
.letters ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0 0 1rem; }
.letters a { display: inline-block; min-width: 2.25rem; padding: 0.3rem 0.5rem; text-align: center; border: 1px solid var(--border); border-radius: 4px; }
.letters a[aria-current="page"] { background: var(--accent-dark); color: #fff; font-weight: 700; }
.directory-filter { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: end; margin: 0 0 1rem; padding: 1rem; background: var(--surface); border-radius: 6px; }
.directory-filter label { display: block; font-weight: 600; margin-bottom: 0.2rem; }
select { font: inherit; padding: 0.35rem 0.5rem; border: 2px solid var(--border); border-radius: 4px; background: var(--background); color: var(--text); }
select:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
.member-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; }
.member-card { border: 1px solid var(--border); border-radius: 6px; padding: 0.9rem 1.1rem; }
.member-card h2 { font-size: 1.1rem; margin: 0 0 0.3rem; }
.member-card p { margin: 0.15rem 0; }
.role { font-size: 0.85rem; font-weight: 600; color: var(--muted); text-transform: capitalize; }
.browse-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem 2rem; }
.browse-columns h3 { font-size: 1.05rem; }
.profile-header { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: center; }
.profile-photo { border-radius: 50%; object-fit: cover; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; max-width: var(--measure); }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
/* Events */
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 0.5rem 0 1rem; }
.chips a { display: inline-block; padding: 0.15rem 0.7rem; border: 1px solid var(--border); border-radius: 999px; text-decoration: none; }
.chips a[aria-current] { background: var(--accent-dark); border-color: var(--accent-dark); color: #fff; }
.event-list { list-style: none; padding: 0; display: grid; gap: 1rem; }
.event-card { border: 1px solid var(--border); border-radius: 6px; padding: 0.9rem 1.1rem; }
.event-card h2 { font-size: 1.2rem; margin: 0 0 0.3rem; }
.event-card p { margin: 0.2rem 0; }
.event-status { display: inline-block; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: #fff; background: #8a1c1c; border-radius: 3px; padding: 0.05rem 0.45rem; vertical-align: middle; }
.notice { border-left: 4px solid #8a1c1c; background: var(--surface); padding: 0.5rem 1rem; }
.tickets { border-collapse: collapse; width: 100%; max-width: var(--measure); }
.tickets th, .tickets td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
.button { display: inline-block; margin-top: 0.3rem; padding: 0.3rem 0.9rem; border: 2px solid var(--accent-dark); background: var(--accent); color: #fff; border-radius: 4px; text-decoration: none; }
a.button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
/* Business directory and jobs */
.company-logo { object-fit: contain; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
.lead-form label { display: block; font-weight: 600; }
.lead-form input[type="checkbox"] + label { display: inline; font-weight: normal; }
.lead-form input:not([type="checkbox"]), .lead-form textarea { font: inherit; width: 100%; max-width: 32rem; padding: 0.4rem 0.6rem; border: 2px solid var(--border); border-radius: 4px; }
.lead-form input:focus-visible, .lead-form textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
.sponsor-logos { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
.sponsor-logos li { max-width: 16rem; }
.sponsor-logos img { display: block; height: auto; max-width: 100%; }
.sponsor-small img { max-height: 2.5rem; }
.sponsor-medium img { max-height: 4rem; }
.sponsor-large img { max-height: 6rem; }
.sponsored-by { max-width: var(--measure); border-top: 1px solid var(--border); }

"""#,
        "assets/verify.js": #"""
// Credential verification in the browser. On /verify/, the identifier box opens that credential's page, and a credential
// file chosen there is checked on the spot (nothing is uploaded). On a credential's page, its signature is checked as
// eddsa-jcs-2022 says: SHA-256 of the canonical proof options and of the canonical credential, verified with the
// Ed25519 key the site's DID document lists (WebCrypto).
(function () {
  "use strict";
  var form = document.getElementById("verify-form");
  if (form) {
    form.addEventListener("submit", function (event) {
      var id = form.elements.id.value.trim().toLowerCase();
      if (/^[0-9a-f]{32}$/.test(id)) { event.preventDefault(); window.location.href = form.getAttribute("action") + id + "/"; }
    });
  }
  function canonical(value) {
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
    return "{" + Object.keys(value).sort().map(function (key) { return JSON.stringify(key) + ":" + canonical(value[key]); }).join(",") + "}";
  }
  var alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  function base58(text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) {
      var carry = alphabet.indexOf(text[i]);
      if (carry < 0) throw new Error("not base58");
      for (var j = 0; j < bytes.length; j++) { carry += bytes[j] * 58; bytes[j] = carry & 255; carry >>= 8; }
      while (carry > 0) { bytes.push(carry & 255); carry >>= 8; }
    }
    for (var k = 0; k < text.length && text[k] === "1"; k++) bytes.push(0);
    return new Uint8Array(bytes.reverse());
  }
  function json(url) { return fetch(url).then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); }); }
  // Resolves to true or false: whether `credential` carries a valid eddsa-jcs-2022 proof by a key `did` lists.
  function check(credential, did) {
    var proof = credential.proof || {};
    var key = String(proof.verificationMethod || "").split("#")[1];
    var listed = (did.verificationMethod || []).some(function (method) { return method.publicKeyMultibase === key; });
    if (!listed || proof.cryptosuite !== "eddsa-jcs-2022") return Promise.resolve(false);
    var options = {};
    Object.keys(proof).forEach(function (name) { if (name !== "proofValue") options[name] = proof[name]; });
    options["@context"] = credential["@context"];
    var unsigned = {};
    Object.keys(credential).forEach(function (name) { if (name !== "proof") unsigned[name] = credential[name]; });
    var encoder = new TextEncoder();
    return Promise.all([
      crypto.subtle.digest("SHA-256", encoder.encode(canonical(options))),
      crypto.subtle.digest("SHA-256", encoder.encode(canonical(unsigned))),
      crypto.subtle.importKey("raw", base58(key.slice(1)).slice(2), { name: "Ed25519" }, false, ["verify"])
    ]).then(function (parts) {
      var data = new Uint8Array(64);
      data.set(new Uint8Array(parts[0]), 0);
      data.set(new Uint8Array(parts[1]), 32);
      return crypto.subtle.verify({ name: "Ed25519" }, parts[2], base58(String(proof.proofValue).slice(1)), data);
    });
  }
  var unsupported = "This browser could not check the signature (it may not support Ed25519).";
  function report(out, valid) {
    out.textContent = valid ? "The signature checks: this credential was issued by this association and has not been changed since."
      : "The signature does not check: this file was changed after it was signed, or was not issued by this association.";
    out.setAttribute("data-verified", valid ? "yes" : "no");
  }
  if (!window.fetch || !window.crypto || !crypto.subtle) return;
  // /verify/: a credential file checked here, in the browser; nothing is uploaded.
  var picker = document.getElementById("verify-file");
  if (picker && picker.getAttribute("data-did")) {
    picker.hidden = false;
    var pickerOut = document.getElementById("verify-file-result");
    picker.querySelector("input").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) return;
      pickerOut.textContent = "Checking the signature…";
      Promise.all([file.text().then(JSON.parse), json(picker.getAttribute("data-did"))])
        .then(function (loaded) {
          var id = String(loaded[0].id || "");
          return check(loaded[0], loaded[1]).then(function (valid) {
            report(pickerOut, valid);
            if (valid && /\/verify\/[0-9a-f]{32}\/$/.test(id)) pickerOut.textContent += " Its current status is on its page: " + id;
          });
        })
        .catch(function () { pickerOut.textContent = "This file is not a credential this browser could check. " + unsupported; });
    });
  }
  // A credential's page: its own credential checked against the site's keys.
  var box = document.getElementById("signature-check");
  if (!box || !box.getAttribute("data-did")) return;
  var out = box.querySelector("[data-result]");
  out.textContent = "Checking the signature…";
  Promise.all([json(box.getAttribute("data-credential")), json(box.getAttribute("data-did"))])
    .then(function (loaded) { return check(loaded[0], loaded[1]); })
    .then(function (valid) { report(out, valid); })
    .catch(function () {
      out.textContent = unsupported + " The status above is as of when this page was published.";
      out.setAttribute("data-verified", "unknown");
    });
})();

"""#,
    ]
}
