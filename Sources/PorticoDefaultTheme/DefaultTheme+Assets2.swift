// Generated from themes/default/assets by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/assets/` by their path in the theme (part 2 of 3).
    static let assets2Files: [String: String] = [
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
    ]
}
