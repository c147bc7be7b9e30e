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
