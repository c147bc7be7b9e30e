// Test tooling: measures every chart on the page as Chromium lays it out and writes what it found as JSON into
// <pre id="chart-probe">: each chart's accessible name and description, its series, bars and categories, and any two
// labels whose boxes overlap (by getBBox, the browser's own measure of the drawn text).
(function () {
  function overlaps(a, b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }
  var charts = Array.prototype.map.call(document.querySelectorAll("svg.chart"), function (svg) {
    var labelled = (svg.getAttribute("aria-labelledby") || "").split(" ");
    var title = labelled[0] && document.getElementById(labelled[0]);
    var desc = labelled[1] && document.getElementById(labelled[1]);
    var labels = Array.prototype.slice.call(svg.querySelectorAll("text.category, text.tick"));
    var clashes = [];
    for (var i = 0; i < labels.length; i++) {
      for (var j = i + 1; j < labels.length; j++) {
        if (overlaps(labels[i].getBBox(), labels[j].getBBox())) clashes.push(labels[i].textContent + " / " + labels[j].textContent);
      }
    }
    var box = svg.getBoundingClientRect();
    var outside = labels.filter(function (label) {
      var b = label.getBoundingClientRect();
      return b.left < box.left - 1 || b.right > box.right + 1;
    }).map(function (label) { return label.textContent; });
    return {
      id: labelled[0] ? labelled[0].replace(/-title$/, "") : "",
      kind: svg.getAttribute("class"),
      role: svg.getAttribute("role"),
      title: title ? title.textContent : null,
      titleIsChild: !!(title && title.parentNode === svg),
      desc: desc ? desc.textContent : null,
      series: Array.prototype.map.call(svg.querySelectorAll("g.series"), function (g) { return g.getAttribute("data-series"); }),
      bars: svg.querySelectorAll("rect.bar").length,
      barCategories: Array.prototype.map.call(svg.querySelector("g.series") ? svg.querySelector("g.series").querySelectorAll("rect.bar") : [], function (r) { return r.getAttribute("data-category"); }),
      lines: svg.querySelectorAll("path.line").length,
      categoryLabels: svg.querySelectorAll("text.category").length,
      ticks: Array.prototype.map.call(svg.querySelectorAll("text.tick"), function (t) { return t.textContent; }),
      clashes: clashes,
      outside: outside,
      width: box.width,
      table: (function () {
        var block = svg.closest(".chart-and-table");
        var table = block && block.querySelector("table");
        return table ? table.querySelectorAll("tbody tr").length : -1;
      })()
    };
  });
  var out = document.createElement("pre");
  out.id = "chart-probe";
  out.textContent = JSON.stringify({ charts: charts, scripts: document.querySelectorAll("script:not([src*='__probe'])").length });
  document.body.appendChild(out);
})();
