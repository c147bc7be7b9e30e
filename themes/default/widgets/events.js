/* <portico-events limit="3" category="training" layout="list|cards|compact" show-past heading="Events"> */
Portico.render.events = function (host, root) {
  var P = Portico;
  return P.json("api/v1/events.json").then(function (data) {
    var box = P.frame(host, root, "Events");
    var category = host.getAttribute("category"), past = host.hasAttribute("show-past");
    var items = data.items.filter(function (event) {
      return (past ? event.is_past : !event.is_past) && (!category || event.categories.some(function (c) { return c.slug === category; }));
    });
    if (past) items.reverse();
    items = items.slice(0, P.limit(host, 5));
    var list = P.el(box, "ul", null, "list");
    items.forEach(function (event) {
      var meta = P.date(host, event.starts_at, event.time_zone, true) + (event.place ? " · " + event.place : "") + (event.status ? " · " + event.status : "");
      P.item(list, event.title, event.path, meta);
    });
    if (!items.length) P.empty(box, "No events to show.");
    P.more(box, "All events", "events/");
  });
};
