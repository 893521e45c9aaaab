// 往期回顾: a month calendar of the paper's issues in a pop-up, on issue, 版 and article pages.
// Progressive enhancement: the markup is a link to the year calendar, which is where it goes
// without JS. The data is read when the pop-up opens — the paper's index.json (its years,
// first and last issue) and the shown year's index.json — so a page does not grow with the
// archive. Only dates and site paths from those files reach the page, always as text or
// attribute values (no innerHTML).
(function () {
  "use strict";
  var WEEK = "一二三四五六日";
  var cache = {};
  var openPicker = null;
  var count = 0;

  function getJSON(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .catch(function () { return null; });
    }
    return cache[url];
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    if (text != null) node.textContent = text;
    return node;
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function iso(y, m, d) { return y + "-" + pad(m) + "-" + pad(d); }
  function ym(s) { return [+s.slice(0, 4), +s.slice(5, 7)]; }
  function cmp(a, b) { return a[0] - b[0] || a[1] - b[1]; }

  function Picker(root) {
    var self = this;
    this.root = root;
    this.base = root.getAttribute("data-base") || "/";
    this.paper = root.getAttribute("data-paper");
    this.current = root.getAttribute("data-date");
    this.link = root.querySelector("a.datepicker-open");
    this.pop = null;
    this.token = 0;
    var id = "datepicker-" + (++count);
    this.link.setAttribute("role", "button");
    this.link.setAttribute("aria-haspopup", "dialog");
    this.link.setAttribute("aria-expanded", "false");
    this.link.setAttribute("aria-controls", id);
    this.id = id;
    this.link.addEventListener("click", function (ev) {
      ev.preventDefault();
      if (self.pop && !self.pop.hidden) self.close(true); else self.open();
    });
    this.link.addEventListener("keydown", function (ev) {
      if (ev.key === " ") { ev.preventDefault(); self.link.click(); }
    });
  }

  Picker.prototype.href = function (sitePath) {
    return this.base + sitePath.replace(/^\//, "");
  };

  Picker.prototype.build = function () {
    var self = this;
    var pop = el("div", { "class": "datepicker-pop", id: this.id, role: "dialog",
                          "aria-label": "往期回顾：选择日期" });
    var head = el("div", { "class": "dp-head" });
    this.prev = el("button", { type: "button", "class": "dp-prev", "aria-label": "前一个有报纸的月份" }, "‹");
    this.year = el("select", { "class": "dp-year", "aria-label": "年份" });
    this.month = el("select", { "class": "dp-month", "aria-label": "月份" });
    for (var m = 1; m <= 12; m++) this.month.appendChild(el("option", { value: String(m) }, m + "月"));
    this.next = el("button", { type: "button", "class": "dp-next", "aria-label": "后一个有报纸的月份" }, "›");
    var close = el("button", { type: "button", "class": "dp-close", "aria-label": "关闭" }, "×");
    head.appendChild(this.prev); head.appendChild(this.year); head.appendChild(this.month);
    head.appendChild(this.next); head.appendChild(close);
    this.grid = el("table", { "class": "dp-grid" });
    this.status = el("p", { "class": "dp-status", role: "status" });
    var foot = el("p", { "class": "dp-foot" });
    this.yearLink = el("a", { href: this.link.getAttribute("href") }, "全年日历");
    foot.appendChild(this.yearLink);
    pop.appendChild(head); pop.appendChild(this.grid); pop.appendChild(this.status);
    pop.appendChild(foot);
    this.prev.addEventListener("click", function () { self.step(-1); });
    this.next.addEventListener("click", function () { self.step(1); });
    close.addEventListener("click", function () { self.close(true); });
    this.year.addEventListener("change", function () { self.pickYear(+self.year.value); });
    this.month.addEventListener("change", function () { self.show(self.y, +self.month.value); });
    pop.addEventListener("keydown", function (ev) { self.key(ev); });
    this.root.appendChild(pop);
    this.pop = pop;
  };

  Picker.prototype.open = function () {
    var self = this;
    if (openPicker && openPicker !== this) openPicker.close(false);
    if (!this.pop) this.build();
    openPicker = this;
    this.pop.hidden = false;
    this.link.setAttribute("aria-expanded", "true");
    var at = ym(this.current);
    this.status.textContent = "正在载入……";
    getJSON(this.href("/" + this.paper + "/index.json")).then(function (pub) {
      self.years = pub && pub.years ? pub.years.map(function (y) { return y.year; }) : [at[0]];
      self.first = pub && pub.first ? ym(pub.first.date) : null;
      self.last = pub && pub.last ? ym(pub.last.date) : null;
      while (self.year.firstChild) self.year.removeChild(self.year.firstChild);
      self.years.forEach(function (y) { self.year.appendChild(el("option", { value: String(y) }, y + "年")); });
      return self.show(at[0], at[1], true);
    });
  };

  Picker.prototype.close = function (refocus) {
    if (!this.pop || this.pop.hidden) return;
    this.pop.hidden = true;
    this.link.setAttribute("aria-expanded", "false");
    if (openPicker === this) openPicker = null;
    if (refocus) this.link.focus();
  };

  Picker.prototype.yearData = function (y) {
    if (this.years.indexOf(y) < 0) return Promise.resolve(null);
    return getJSON(this.href("/" + this.paper + "/" + y + "/index.json"));
  };

  function monthsOf(data) {
    var out = {};
    (data && data.issues || []).forEach(function (i) { var m = +i.date.slice(5, 7); out[m] = (out[m] || 0) + 1; });
    return out;
  }

  // ‹ and ›: the previous / next month that has an issue, in this year or the nearest year that
  // has issues on that side (months without a paper are skipped).
  Picker.prototype.step = function (dir) {
    var self = this, y = this.y, m = this.m;
    this.yearData(y).then(function (data) {
      var months = monthsOf(data);
      for (var k = m + dir; k >= 1 && k <= 12; k += dir) if (months[k]) return self.show(y, k);
      var side = self.years.filter(function (v) { return dir < 0 ? v < y : v > y; });
      if (!side.length) return;
      var ny = dir < 0 ? Math.max.apply(null, side) : Math.min.apply(null, side);
      return self.yearData(ny).then(function (other) {
        var ms = Object.keys(monthsOf(other)).map(Number).sort(function (a, b) { return a - b; });
        if (ms.length) self.show(ny, dir < 0 ? ms[ms.length - 1] : ms[0]);
      });
    });
  };

  // A year chosen from the list: the same month if it has issues, else the nearest month that has.
  Picker.prototype.pickYear = function (y) {
    var self = this;
    this.yearData(y).then(function (data) {
      var m = self.m;
      var months = (data && data.issues || []).map(function (i) { return +i.date.slice(5, 7); });
      if (months.length && months.indexOf(m) < 0) {
        m = months.reduce(function (best, k) { return Math.abs(k - self.m) < Math.abs(best - self.m) ? k : best; });
      }
      self.show(y, m);
    });
  };

  Picker.prototype.show = function (y, m, focusDay) {
    var self = this, token = ++this.token;
    this.y = y; this.m = m;
    this.year.value = String(y);
    this.month.value = String(m);
    this.prev.disabled = !!(this.first && cmp([y, m], this.first) <= 0);
    this.next.disabled = !!(this.last && cmp([y, m], this.last) >= 0);
    this.yearLink.textContent = y + "年全年日历";
    this.yearLink.setAttribute("href", this.href("/" + this.paper + "/" + (this.years.indexOf(y) < 0 ? "" : y + "/")));
    return this.yearData(y).then(function (data) {
      if (token !== self.token) return;
      self.fill(y, m, data, focusDay);
    });
  };

  Picker.prototype.fill = function (y, m, data, focusDay) {
    var byDate = {};
    (data && data.issues || []).forEach(function (i) { byDate[i.date] = i; });
    var months = monthsOf(data);
    for (var o = 0; o < 12; o++) {
      this.month.options[o].textContent = (o + 1) + "月" + (months[o + 1] ? " · " + months[o + 1] + "期" : "");
    }
    var from = data && data.coverage ? data.coverage.from : "", to = data && data.coverage ? data.coverage.to : "";
    var grid = this.grid;
    while (grid.firstChild) grid.removeChild(grid.firstChild);
    grid.appendChild(el("caption", {}, y + "年" + m + "月"));
    var thead = el("thead"), tr = el("tr");
    for (var w = 0; w < 7; w++) tr.appendChild(el("th", { scope: "col", abbr: "星期" + WEEK[w] }, WEEK[w]));
    thead.appendChild(tr); grid.appendChild(thead);
    var tbody = el("tbody");
    var lead = (new Date(y, m - 1, 1).getDay() + 6) % 7;    // Monday first
    var days = new Date(y, m, 0).getDate();
    var n = 0, focus = null, first = null;
    tr = el("tr");
    for (var k = 0; k < lead; k++) tr.appendChild(el("td"));
    for (var d = 1; d <= days; d++) {
      var date = iso(y, m, d), issue = byDate[date], td;
      if (issue) {
        n++;
        var label = y + "年" + m + "月" + d + "日" + (issue.date_estimated ? "（日期为推定）" : "");
        var a = el("a", { href: this.href(issue.url), "aria-label": label }, String(d));
        td = el("td", { "class": "dp-issue" });
        if (date === this.current) { a.setAttribute("aria-current", "date"); td.className += " dp-current"; focus = a; }
        if (!first) first = a;
        td.appendChild(a);
      } else {
        td = el("td", { "class": from && date >= from && date <= to ? "dp-none" : "dp-out" }, String(d));
      }
      tr.appendChild(td);
      if ((lead + d) % 7 === 0) { tbody.appendChild(tr); tr = el("tr"); }
    }
    if (tr.firstChild) tbody.appendChild(tr);
    grid.appendChild(tbody);
    this.status.textContent = n ? "本月 " + n + " 期，点日期阅读。"
      : data ? "本月没有收录的报纸。" : this.years.indexOf(y) < 0 ? "这一年没有收录的报纸。"
      : "日历没有载入，请用下面的全年日历。";
    if (focusDay) (focus || first || this.month).focus();
  };

  // Keyboard: Escape closes; arrow keys move between the days that have an issue.
  Picker.prototype.key = function (ev) {
    if (ev.key === "Escape") { ev.preventDefault(); this.close(true); return; }
    var t = ev.target;
    if (!t.closest || !t.closest(".dp-grid") || t.tagName !== "A") return;
    var links = Array.prototype.slice.call(this.grid.querySelectorAll("a"));
    var i = links.indexOf(t);
    if (ev.key === "ArrowRight" || ev.key === "ArrowDown") {
      ev.preventDefault();
      if (i + 1 < links.length) links[i + 1].focus();
    } else if (ev.key === "ArrowLeft" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (i > 0) links[i - 1].focus();
    }
  };

  document.addEventListener("click", function (ev) {
    if (openPicker && !openPicker.root.contains(ev.target)) openPicker.close(false);
  });
  document.addEventListener("focusin", function (ev) {
    if (openPicker && !openPicker.root.contains(ev.target)) openPicker.close(false);
  });

  function init() {
    var roots = document.querySelectorAll(".datepicker[data-paper][data-date]");
    for (var i = 0; i < roots.length; i++) {
      if (roots[i].querySelector("a.datepicker-open")) new Picker(roots[i]);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
