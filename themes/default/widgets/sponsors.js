/* <portico-sponsors tier="gold" limit="6" layout="list|cards|compact" heading="Our sponsors"> */
Portico.render.sponsors = function (host, root) {
  var P = Portico;
  return P.json("api/v1/sponsors.json").then(function (data) {
    var box = P.frame(host, root, "Sponsors", ".logos{display:flex;flex-wrap:wrap;gap:1em 1.5em;align-items:center}.logos li{margin:0}" +
      "img{display:block;max-width:12em;height:auto}img.small{max-height:2.5em}img.medium{max-height:4em}img.large{max-height:6em}");
    var tier = host.getAttribute("tier");
    var items = data.items.filter(function (sponsor) { return !tier || sponsor.tier === tier; }).slice(0, P.limit(host, 12));
    var list = P.el(box, "ul", null, "list");
    list.className = "logos";
    items.forEach(function (sponsor) {
      var li = P.el(list, "li", null, "item");
      var a = P.link(li, sponsor.logo ? null : sponsor.name, sponsor.path, "title");
      a.rel = "sponsored";
      if (sponsor.logo) {
        var img = P.el(a, "img", null, "logo");
        img.src = sponsor.logo; img.alt = sponsor.name; img.loading = "lazy";
        img.className = sponsor.size;
      }
    });
    if (!items.length) P.empty(box, "No sponsors to show.");
    P.more(box, "All sponsors", "sponsors/");
  });
};
