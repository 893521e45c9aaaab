// The 404 page is one static file, so what it can say about a date URL without an issue
// (/<paper>/<YYYY>/<MM>/<DD>/…) is worked out here: read the paper's index.json (its years)
// and the year index.json files, then link the nearest issue before and after and the year's
// calendar. Without JS the page keeps its plain list of papers. Values from the JSON files are
// only ever set as text or attribute values.
(function () {
  "use strict";
  var box = document.getElementById("nearest");
  if (!box || !window.fetch) return;
  var base = box.getAttribute("data-base") || "/";
  var path = location.pathname;
  if (path.indexOf(base) !== 0) return;
  var m = /^([a-z0-9][a-z0-9-]{0,79})\/(\d{4})\/(\d{2})\/(\d{2})(?:\/|$)/.exec(path.slice(base.length));
  if (!m) return;
  var paper = m[1], year = +m[2], day = m[2] + "-" + m[3] + "-" + m[4];
  var cnDay = year + "年" + (+m[3]) + "月" + (+m[4]) + "日";

  function href(sitePath) { return base + sitePath.replace(/^\//, ""); }
  function getJSON(sitePath) {
    return fetch(href(sitePath), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; });
  }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    if (text != null) node.textContent = text;
    return node;
  }
  function cn(iso) { return +iso.slice(0, 4) + "年" + (+iso.slice(5, 7)) + "月" + (+iso.slice(8, 10)) + "日"; }
  function yearIssues(y) {
    return getJSON("/" + paper + "/" + y + "/index.json").then(function (d) { return d && d.issues || []; });
  }

  // The nearest issue on the `dir` side of `day` (-1 before, +1 after), looking in `day`'s year
  // and then in the next year that has issues on that side.
  function nearest(years, dir) {
    var order = years.filter(function (y) { return dir < 0 ? y <= year : y >= year; });
    order.sort(function (a, b) { return dir < 0 ? b - a : a - b; });
    function look(k) {
      if (k >= order.length) return Promise.resolve(null);
      return yearIssues(order[k]).then(function (issues) {
        var side = issues.filter(function (i) { return dir < 0 ? i.date < day : i.date > day; });
        if (side.length) return dir < 0 ? side[side.length - 1] : side[0];
        return look(k + 1);
      });
    }
    return look(0);
  }

  getJSON("/" + paper + "/index.json").then(function (pub) {
    if (!pub || !pub.years) return;
    var years = pub.years.map(function (y) { return y.year; });
    var name = pub.name || paper;
    var own = years.indexOf(year) < 0 ? Promise.resolve([]) : yearIssues(year);
    return Promise.all([own, nearest(years, -1), nearest(years, 1)]).then(function (r) {
      var same = r[0].filter(function (i) { return i.date === day; })[0];
      box.appendChild(el("h2", { id: "nearest-h" }, name + " " + cnDay));
      var list = el("ul", { "class": "nearest-list" });
      function item(cls, label, issue) {
        var li = el("li", { "class": cls });
        li.appendChild(document.createTextNode(label));
        var a = el("a", { href: href(issue.url) }, cn(issue.date) + (issue.issue_no ? "（第" + issue.issue_no + "期）" : ""));
        li.appendChild(a);
        list.appendChild(li);
      }
      if (same) {
        box.appendChild(el("p", {}, "这一天的报纸收录了，但没有这个版面或文章。"));
        item("same", "这一期：", same);
      } else {
        box.appendChild(el("p", {}, "这一天没有收录的报纸（缺期、休刊，或不在收录范围内）。最近的各期："));
      }
      if (r[1]) item("before", "← 前一期：", r[1]);
      if (r[2]) item("after", "后一期 →：", r[2]);
      var li = el("li", { "class": "calendar" });
      if (years.indexOf(year) >= 0) li.appendChild(el("a", { href: href("/" + paper + "/" + year + "/") }, year + "年全年日历"));
      else li.appendChild(el("a", { href: href("/" + paper + "/") }, name + "各年份"));
      list.appendChild(li);
      box.appendChild(list);
      box.setAttribute("aria-labelledby", "nearest-h");
      box.hidden = false;
    });
  });
})();
