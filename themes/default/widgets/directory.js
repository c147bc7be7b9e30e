/* <portico-directory type="members|companies" limit="10" country="GB" layout="list|cards|compact" heading="Members"> */
Portico.render.directory = function (host, root) {
  var P = Portico;
  var companies = host.getAttribute("type") === "companies";
  var limit = P.limit(host, 10), country = (host.getAttribute("country") || "").toUpperCase();
  var found = [];
  // The directory is split into pages: read on only until enough entries are found.
  function page(path) {
    return P.json(path).then(function (data) {
      data.items.forEach(function (entry) { if (found.length < limit && (!country || entry.country === country)) found.push(entry); });
      return found.length < limit && data.next ? page(data.next) : null;
    });
  }
  return page(companies ? "api/v1/companies.json" : "api/v1/members.json").then(function () {
    var box = P.frame(host, root, companies ? "Companies" : "Members");
    var list = P.el(box, "ul", null, "list");
    found.forEach(function (entry) { P.item(list, entry.name, entry.path, [entry.subtitle, entry.place].filter(Boolean).join(" · ")); });
    if (!found.length) P.empty(box, "Nobody to show.");
    P.more(box, companies ? "All companies" : "All members", companies ? "directory/companies/" : "directory/members/");
  });
};
