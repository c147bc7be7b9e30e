// Generated from themes/default/assets by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/assets/` by their path in the theme (part 1 of 3).
    static let assets1Files: [String: String] = [
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
    ]
}
