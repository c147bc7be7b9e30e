/* <portico-jobs limit="5" category="engineering" layout="list|cards|compact" heading="Jobs"> */
Portico.render.jobs = function (host, root) {
  var P = Portico;
  return P.json("api/v1/jobs.json").then(function (data) {
    var box = P.frame(host, root, "Jobs");
    var category = host.getAttribute("category");
    var items = data.items.filter(function (job) {
      return !category || job.categories.some(function (c) { return c.slug === category; });
    }).slice(0, P.limit(host, 5));
    var list = P.el(box, "ul", null, "list");
    items.forEach(function (job) {
      P.item(list, job.title, job.path, [job.company, job.location, job.type].filter(Boolean).join(" · "));
    });
    if (!items.length) P.empty(box, "No open positions just now.");
    P.more(box, "All jobs", "jobs/");
  });
};
