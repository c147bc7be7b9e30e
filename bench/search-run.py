#!/usr/bin/env python3
"""bench/search's harness: builds a help center of N real documents with Portico, runs 200 queries in headless
Chromium against it, and compares each top ten with an exhaustive BM25 ranking computed here from the same
documents (same tokenizer, weights and integer impacts as the index; see SearchIndexBuilder.swift and search.js).

Usage: bench/search-run.py CORPUS_DIR N PORTICO PORTICO_ADMIN REPO WORK_DIR
Prints one table row per measure. Test tooling only: Python never runs in the product.
"""
import http.server, json, math, os, random, re, shutil, socketserver, statistics, subprocess, sys, tempfile, threading, time, urllib.parse

STOP = set("a an and are as at be but by for from has if in into is it its no not of on or such that the their then there these they this to was were will with".split())
K1, B = 1.2, 0.75
QUERIES = int(os.environ.get("BENCH_QUERIES", "200"))  # fewer only to try the harness

def words(text):
    out, word = [], []
    for ch in text.lower():
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word)); word = []
    if word:
        out.append("".join(word))
    return out

def terms(text):
    return [w for w in words(text) if len(w.encode("utf-16-le")) >= 4 and w not in STOP]

def shard_key(term):
    prefix = term[:3]
    if re.fullmatch(r"[a-z0-9]+", prefix):
        return prefix
    return "x" + "".join(format(b, "x") for b in prefix.encode("utf-8"))

def documents(corpus, n):
    """N documents: whole sections when there are enough of them, else paragraphs under their section's heading."""
    sections = [json.loads(line) for line in open(os.path.join(corpus, "documents.jsonl"), encoding="utf-8")]
    rng = random.Random(20261130)
    if n <= len(sections):
        rng.shuffle(sections)
        return [(s["package"], s["title"], s["paragraphs"], s["source"]) for s in sections[:n]]
    parts = [(s["package"], s["title"], [p], f'{s["source"]}/{i}') for s in sections for i, p in enumerate(s["paragraphs"])]
    if n > len(parts):
        sys.exit(f"bench/search: the corpus has {len(parts)} paragraphs, fewer than {n}")
    rng.shuffle(parts)
    return parts[:n]

def html_paragraph(paragraph):
    """A paragraph as an HTML content file holds it: escaped text, so the indexed words are exactly the corpus's."""
    return "<p>" + paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"

def write_site(docs, site, repo):
    shutil.copytree(os.path.join(repo, "themes"), os.path.join(site, "themes"))
    with open(os.path.join(site, "portico.json"), "w") as f:
        json.dump({"baseURL": "http://127.0.0.1/", "title": "Search bench", "theme": "default"}, f)
    help_dir = os.path.join(site, "content", "help")
    os.makedirs(help_dir)
    with open(os.path.join(help_dir, "_index.md"), "w") as f:
        f.write("---\ntitle: Documentation\n---\nDocumentation of open-source projects.\n")
    urls = {}
    for number, (package, title, paragraphs, source) in enumerate(docs):
        folder = os.path.join(help_dir, package)
        if not os.path.isdir(folder):
            os.makedirs(folder)
            with open(os.path.join(folder, "_index.md"), "w") as f:
                f.write(f"---\ntitle: {json.dumps(package)}\n---\nThe {package} documentation.\n")
        with open(os.path.join(folder, f"d{number}.html"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: " + json.dumps(title, ensure_ascii=False) + "\n---\n" + "\n".join(html_paragraph(p) for p in paragraphs) + "\n")
        urls[number] = f"/help/{package}/d{number}/"
    return urls

class Exhaustive:
    """BM25 over every document, as the index stores it: weighted term counts (title 3, body 1), integer impacts."""
    def __init__(self, docs, urls, ids):
        self.impacts = {}
        counts, lengths = [], []
        for number, (_, title, paragraphs, _) in enumerate(docs):
            c = {}
            for t in terms(title):
                c[t] = c.get(t, 0) + 3
            for t in terms(" ".join(paragraphs)):
                c[t] = c.get(t, 0) + 1
            counts.append(c)
            lengths.append(float(sum(c.values())))
        n = float(len(docs))
        average = max(sum(lengths) / max(n, 1.0), 1.0)
        df = {}
        for c in counts:
            for t in c:
                df[t] = df.get(t, 0) + 1
        for number, c in enumerate(counts):
            norm = K1 * (1 - B + B * lengths[number] / average)
            doc = ids[urls[number]]
            for t, tf in c.items():
                idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                score = idf * tf * (K1 + 1) / (tf + norm)
                self.impacts.setdefault(t, {})[doc] = max(1, int(math.floor(score * 100 + 0.5)))
        self.by_shard = {}
        for t in self.impacts:
            self.by_shard.setdefault(shard_key(t), []).append(t)

    def top(self, query, k=10):
        qterms = terms(query)
        totals = {}
        for i, word in enumerate(qterms):
            best = {}
            matches = [(t, 10 if t == word else 7) for t in self.by_shard.get(shard_key(word), [])
                       if t == word or (i == len(qterms) - 1 and t.startswith(word))]
            for t, weight in matches:
                for doc, impact in self.impacts[t].items():
                    if best.get(doc, 0) < impact * weight:
                        best[doc] = impact * weight
            for doc, score in best.items():
                totals[doc] = totals.get(doc, 0) + score
        return [d for d, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:k]]

def queries(docs):
    rng = random.Random(7)
    out = []
    while len(out) < QUERIES:
        _, title, paragraphs, _ = docs[rng.randrange(len(docs))]
        words_ = terms(" ".join(paragraphs))
        size = 1 + len(out) % 4
        if len(words_) < size:
            continue
        start = rng.randrange(len(words_) - size + 1)
        out.append(" ".join(words_[start:start + size]))
    return out

class Bench(http.server.SimpleHTTPRequestHandler):
    log_lock = threading.Lock()
    requests = []
    done = threading.Event()

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = urllib.parse.urlparse(self.path).path
        if path == "/__hold":
            Bench.done.wait(20)
            body = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
            return self.reply(body, "image/gif")
        if path == "/__done":
            Bench.done.set()
            return self.reply(b"", "text/plain")
        if path == "/search/":
            html = open(os.path.join(self.directory, "search", "index.html"), encoding="utf-8").read()
            html = html.replace("<head>", "<head><script>window.__t0 = performance.now();</script>", 1)
            html = html.replace("</body>", INSTRUMENT + "</body>", 1)
            return self.reply(html.encode("utf-8"), "text/html; charset=utf-8", log_path=path)
        file = os.path.join(self.directory, path.lstrip("/"))
        if os.path.isdir(file):
            file = os.path.join(file, "index.html")
        if not os.path.isfile(file):
            self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers()
            with Bench.log_lock:
                Bench.requests.append((path, 0))
            return
        data = open(file, "rb").read()
        kind = "application/json" if file.endswith(".json") else ("text/javascript" if file.endswith(".js") else "text/html")
        self.reply(data, kind, log_path=path)

    def reply(self, body, kind, log_path=None):
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)
        if log_path:
            with Bench.log_lock:
                Bench.requests.append((log_path, len(body)))

# Measures from the search script's start to the answer on screen, then lets the page finish loading (the held
# image), so Chromium's --dump-dom runs in real time, after the answer. In typing mode, types the query a letter at a
# time (the script waits 120 ms after each keystroke) and measures the last answer.
INSTRUMENT = """<img src="/__hold" alt="" hidden><script>
(function () {
  var status = document.getElementById("search-status"), input = document.getElementById("search-q");
  var typed = new URLSearchParams(location.search).get("type"), finished = false, typingDone = !typed, start = window.__t0, started = false;
  // Time with a request in flight, so the answer's own time (after the bytes arrive) is the rest.
  var inflight = 0, since = 0, waited = 0, plain = window.fetch;
  window.fetch = function () {
    if (!typed && !started) { started = true; start = performance.now(); }   // the query's first request
    if (inflight++ === 0) since = performance.now();
    function done() { if (--inflight === 0) waited += performance.now() - since; }
    return plain.apply(this, arguments).then(function (response) {
      return response.json().then(function (body) { done(); return { ok: response.ok, json: function () { return Promise.resolve(body); } }; },
                                  function (error) { done(); throw error; });
    }, function (error) { done(); throw error; });
  };
  function finish() {
    if (finished || !typingDone || !status.textContent) return;
    finished = true;
    var ms = performance.now() - start;
    document.documentElement.setAttribute("data-ms", ms.toFixed(1));
    document.documentElement.setAttribute("data-compute", (ms - waited).toFixed(1));
    fetch("/__done");
  }
  new MutationObserver(finish).observe(status, { childList: true, characterData: true, subtree: true });
  if (typed) {
    var i = 0;
    (function next() {
      i += 1;
      input.value = typed.slice(0, i);
      if (i === typed.length) { typingDone = true; start = performance.now(); waited = 0; }
      input.dispatchEvent(new Event("input"));
      if (i < typed.length) setTimeout(next, 150);
    })();
  }
})();
</script>"""

def browse(port, query, typed):
    Bench.done.clear()
    with Bench.log_lock:
        Bench.requests = []
    profile = tempfile.mkdtemp(prefix="bench-chromium-")
    q = urllib.parse.quote(query)
    url = f"http://127.0.0.1:{port}/search/?" + (f"type={q}" if typed else f"q={q}")
    try:
        dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                              f"--user-data-dir={profile}", "--dump-dom", url],
                             capture_output=True, text=True, timeout=90).stdout
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    with Bench.log_lock:
        requests = list(Bench.requests)
    counted = [(p, size) for p, size in requests if (p.startswith("/search/") and p != "/search/") or (p.startswith("/assets/search") and p.endswith(".js"))]
    shown = re.findall(r'<li><a href="([^"]*)"', dom.split('id="search-results"', 1)[-1].split("</ol>", 1)[0])
    ms = re.search(r'data-ms="([0-9.]+)"', dom)
    compute = re.search(r'data-compute="(-?[0-9.]+)"', dom)
    if os.environ.get("BENCH_DEBUG"):
        parts = {}
        for p, size in counted:
            kind = "script" if p.endswith(".js") else p.split("/")[2]
            parts[kind] = parts.get(kind, 0) + size
        print("bytes:", query, typed, parts, file=sys.stderr)
    return (sum(size for _, size in counted), len([p for p, _ in counted if not p.endswith(".js")]), shown,
            float(ms.group(1)) if ms else None, float(compute.group(1)) if compute else None)

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(math.ceil(p / 100 * len(values))) - 1)]

def main(corpus, n, portico, admin, repo, work):
    n = int(n)
    docs = documents(corpus, n)
    site = os.path.join(work, "site")
    os.makedirs(site)
    urls = write_site(docs, site, repo)
    subprocess.run([admin, "init", "--admin-email", "bench@example.org", "--db", os.path.join(site, "portico.db")], check=True, capture_output=True)
    started = time.time()
    subprocess.run([portico, "build", "--quiet"], cwd=site, check=True)
    build_seconds = time.time() - started
    output = os.path.join(site, "output")
    ids = {}
    for name in os.listdir(os.path.join(output, "search", "fragments")):
        ids[json.load(open(os.path.join(output, "search", "fragments", name), encoding="utf-8"))["u"]] = int(name[:-5])
    url_of = {doc: url for url, doc in ids.items()}
    titles = {}
    for name in os.listdir(os.path.join(output, "search", "titles")):
        titles.update(json.load(open(os.path.join(output, "search", "titles", name), encoding="utf-8")))
    exhaustive = Exhaustive(docs, urls, ids)
    files = sum(len(f) for _, _, f in os.walk(os.path.join(output, "search")))

    handler = lambda *a, **k: Bench(*a, directory=output, **k)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]

    first_bytes, typed_bytes, fetches, times, computes, agree = [], [], [], [], [], {1: [], 2: [], 3: [], 4: []}
    for query in queries(docs):
        size, count, shown, ms, compute = browse(port, query, False)
        first_bytes.append(size); fetches.append(count)
        if ms is not None:
            times.append(ms)
        if compute is not None:
            computes.append(compute)
        expected = exhaustive.top(query)
        exact = titles.get(" ".join(words(query)))
        if exact is not None:
            expected = [exact] + [d for d in expected if d != exact]
        agree[len(terms(query))].append(shown == [url_of[d] for d in expected[:10]])
        if os.environ.get("BENCH_DEBUG") and not agree[len(terms(query))][-1]:
            print("disagree:", query, shown, [url_of[d] for d in expected[:10]], file=sys.stderr)
        typed_bytes.append(browse(port, query, True)[0])
    server.shutdown()
    everything = [a for v in agree.values() for a in v]
    multi = agree[2] + agree[3] + agree[4]
    print(f"{n}\t{len(docs)}\t{build_seconds:.1f}\t{files}\t"
          f"{statistics.median(first_bytes)/1024:.1f}\t{pct(first_bytes, 95)/1024:.1f}\t"
          f"{statistics.median(typed_bytes)/1024:.1f}\t{pct(typed_bytes, 95)/1024:.1f}\t"
          f"{statistics.median(fetches):.0f}\t{pct(fetches, 95):.0f}\t"
          f"{(statistics.median(times) if times else float('nan')):.0f}\t{(pct(times, 95) if times else float('nan')):.0f}\t"
          f"{(statistics.median(computes) if computes else float('nan')):.0f}\t{(pct(computes, 95) if computes else float('nan')):.0f}\t"
          f"{100*sum(everything)/len(everything):.1f}\t{100*sum(agree[1])/max(1,len(agree[1])):.1f}\t{100*sum(multi)/max(1,len(multi)):.1f}")
    sys.stdout.flush()

if __name__ == "__main__":
    main(*sys.argv[1:])
