/* <portico-courses limit="5" category="online" layout="list|cards|compact" heading="Courses"> */
Portico.render.courses = function (host, root) {
  var P = Portico;
  return P.json("api/v1/courses.json").then(function (data) {
    var box = P.frame(host, root, "Courses");
    var format = host.getAttribute("category");
    var items = data.items.filter(function (course) { return !format || course.format === format; }).slice(0, P.limit(host, 5));
    var list = P.el(box, "ul", null, "list");
    items.forEach(function (course) {
      var meta = [course.format_label, course.cpd_points ? course.cpd_points + " CPD" : "", course.price].filter(Boolean).join(" · ");
      P.item(list, course.title, course.path, meta);
    });
    if (!items.length) P.empty(box, "No courses to show.");
    P.more(box, "All courses", "courses/");
  });
};
