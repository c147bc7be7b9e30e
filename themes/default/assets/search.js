/* Portico help center search: loads only the index shards a query needs (see SearchIndexBuilder.swift).
   No library, no innerHTML: results are built with DOM methods and textContent. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var base = form.getAttribute("data-meta").replace(/meta\.json$/, "");
  var cache = {};
  var stop = {};
  "a an and are as at be by for from has in is it its of on or that the this to was were will with".split(" ").forEach(function (w) { stop[w] = 1; });

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

  function rank(query) {
    var qterms = terms(query);
    if (!qterms.length) return Promise.resolve([]);
    var title = words(query).join(" ");
    var shards = qterms.map(function (t) { return load("terms/" + shardKey(t) + ".json"); });
    shards.push(load("titles/" + shardKey(qterms[0]) + ".json"));
    return Promise.all(shards).then(function (loaded) {
      var scores = {}, matched = {};
      qterms.forEach(function (term, i) {
        var shard = loaded[i], isLast = i === qterms.length - 1, best = {};
        Object.keys(shard).forEach(function (t) {
          var weight = t === term ? 1 : (isLast && t.indexOf(term) === 0 ? 0.7 : 0);
          if (!weight) return;
          var postings = shard[t];
          for (var k = 0; k < postings.length; k += 2) {
            var score = postings[k + 1] * weight;
            if (!(best[postings[k]] >= score)) best[postings[k]] = score;
          }
        });
        Object.keys(best).forEach(function (d) {
          scores[d] = (scores[d] || 0) + best[d];
          matched[d] = (matched[d] || 0) + 1;
        });
      });
      var exact = loaded[loaded.length - 1][title];
      var ids = Object.keys(scores).sort(function (a, b) {
        return (matched[b] - matched[a]) || (scores[b] - scores[a]) || (a - b);
      });
      if (exact !== undefined) {
        ids = ids.filter(function (d) { return +d !== exact; });
        ids.unshift(String(exact));
      }
      return ids.slice(0, 10);
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

  var latest = 0;
  function run() {
    var query = input.value.trim(), ticket = ++latest;
    if (history.replaceState) history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    if (!query) { list.textContent = ""; status.textContent = ""; return; }
    rank(query).then(function (ids) {
      return Promise.all(ids.map(function (d) { return load("fragments/" + d + ".json"); }));
    }).then(function (docs) {
      if (ticket !== latest) return;
      list.textContent = "";
      var qterms = terms(query);
      docs.forEach(function (doc) {
        if (!doc.u) return;
        var li = document.createElement("li"), a = document.createElement("a"), section = document.createElement("p");
        a.href = doc.u;
        a.textContent = doc.t;
        section.className = "section";
        section.textContent = doc.s;
        li.appendChild(a);
        li.appendChild(section);
        li.appendChild(snippet(doc.x, qterms));
        list.appendChild(li);
      });
      var n = list.children.length;
      status.textContent = n ? n + (n === 1 ? " result" : " results") + " for “" + query + "”" : "No results for “" + query + "”. Try fewer words, or browse by topic below.";
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
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
})();
