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
