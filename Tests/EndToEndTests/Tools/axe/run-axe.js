// Test tooling: runs axe-core on the page it is injected into and writes the serious and critical WCAG 2.1 A/AA
// violations as JSON into <pre id="axe-result">, where the test reads them from the DOM Chromium dumps.
axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] })
  .then(function (results) {
    var found = results.violations
      .filter(function (v) { return v.impact === "serious" || v.impact === "critical"; })
      .map(function (v) { return { id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(function (n) { return n.target.join(" "); }) }; });
    var out = document.createElement("pre");
    out.id = "axe-result";
    out.textContent = JSON.stringify({ ran: results.passes.length, violations: found });
    document.body.appendChild(out);
  })
  .catch(function (error) {
    var out = document.createElement("pre");
    out.id = "axe-result";
    out.textContent = JSON.stringify({ error: String(error) });
    document.body.appendChild(out);
  });
