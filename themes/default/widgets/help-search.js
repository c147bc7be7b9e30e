/* <portico-help-search limit="5" heading="Search help"> */
Portico.render["help-search"] = function (host, root) {
  var P = Portico;
  var articles = null;
  return P.json("api/v1/help.json").then(function (data) {
    articles = data.items;
    var box = P.frame(host, root, "Help", "form{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:0 0 .75em}label{flex-basis:100%}" +
      "input{font:inherit;padding:.4em;border:1px solid var(--portico-border,#8c959f);border-radius:var(--portico-radius,6px);min-width:12em}" +
      "button{font:inherit;padding:.4em .9em;border:0;border-radius:var(--portico-radius,6px);background:var(--portico-accent,#0b5394);color:#fff}");
    var form = P.el(box, "form", null, "form");
    form.setAttribute("role", "search");
    form.action = P.url("search/");
    var id = "q" + Math.random().toString(36).slice(2);
    var label = P.el(form, "label", host.getAttribute("label") || "Search the help center", "label");
    label.htmlFor = id;
    var input = P.el(form, "input", null, "input");
    input.type = "search"; input.name = "q"; input.id = id; input.autocomplete = "off";
    var button = P.el(form, "button", "Search", "button");
    button.type = "submit";
    var status = P.el(box, "p", "", "status");
    status.setAttribute("role", "status");
    var list = P.el(box, "ul", null, "list");
    var limit = P.limit(host, 5);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!words.length) { status.textContent = ""; return; }
      var hits = articles.filter(function (article) {
        var text = (article.title + " " + article.summary + " " + article.category).toLowerCase();
        return words.every(function (word) { return text.indexOf(word) >= 0; });
      });
      hits.slice(0, limit).forEach(function (article) { P.item(list, article.title, article.path, article.category); });
      status.textContent = hits.length === 1 ? "1 article" : hits.length + " articles";
    });
  });
};
