/* The /search/ page: form ⇄ URL (?q=&year_from=…, so a search can be shared and the back button
 * works), results streamed in shard by shard through the same window.archiveSearch engine the
 * contract exposes, excerpts with the query marked. No framework, no build step. */
(function () {
  "use strict";
  var PAGE = 50;
  var FIELDS = ["q", "year_from", "year_to", "paper", "page_name", "kind", "topic", "sort"];
  var form = document.getElementById("search-form");
  if (!form || !window.archiveSearch) return;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var facets = window.archiveSearchFacets || {};
  var paperNames = {};
  (facets.papers || []).forEach(function (p) { paperNames[p.slug] = p.name; });
  var BASE = window.archiveSearch.base || "/";
  var run = 0, hits = [], shown = PAGE, query = "", excerpts = {}, finished = true;

  function paramsFromURL() {
    var sp = new URLSearchParams(location.search), out = {};
    FIELDS.forEach(function (f) { var v = sp.get(f); if (v) out[f] = v; });
    if (!out.q && sp.get("highlight")) out.q = sp.get("highlight");
    return out;
  }
  function paramsFromForm() {
    var out = {};
    FIELDS.forEach(function (f) {
      var el = form.elements[f];
      if (el && el.value && !(f === "sort" && el.value === "relevance")) out[f] = el.value.trim();
    });
    return out;
  }
  function fillForm(p) {
    FIELDS.forEach(function (f) {
      var el = form.elements[f];
      if (!el) return;
      var v = p[f] || (f === "sort" ? "relevance" : "");
      if (el.tagName === "SELECT" && v && !Array.from(el.options).some(function (o) { return o.value === v; })) {
        el.add(new Option(v, v));   // a shared link may name a value this page does not list
      }
      el.value = v;
    });
  }
  function toQueryString(p) {
    var sp = new URLSearchParams();
    FIELDS.forEach(function (f) { if (p[f]) sp.set(f, p[f]); });
    var s = sp.toString();
    return s ? "?" + s : location.pathname;
  }

  function articleHref(hit) {
    return BASE + hit.url.replace(/^\//, "") + "?highlight=" + encodeURIComponent(query);
  }
  function render(done) {
    var n = hits.length;
    status.textContent = n ? "找到 " + n + " 篇" + (done ? "" : "，正在检索更早的报纸…")
                           : (done ? "没有找到包含“" + query + "”的文章。" : "正在检索…");
    list.textContent = "";
    hits.slice(0, shown).forEach(function (hit) {
      var li = document.createElement("li");
      var h = document.createElement("h2");
      h.className = "result-title";
      var a = document.createElement("a");
      a.href = articleHref(hit);
      a.textContent = hit.title;
      h.appendChild(a);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = [hit.date, paperNames[hit.paper] || "", hit.page || ""].filter(Boolean).join(" · ");
      var ex = document.createElement("p");
      ex.className = "excerpt";
      if (excerpts[hit.url]) ex.innerHTML = excerpts[hit.url];
      else loadExcerpt(hit, ex, run);
      li.append(h, meta, ex);
      list.appendChild(li);
    });
    more.hidden = n <= shown;
  }
  function loadExcerpt(hit, el, token) {
    window.archiveSearch.excerpt(hit, query).then(function (html) {
      excerpts[hit.url] = html;
      if (token === run) el.innerHTML = html;
    }).catch(function () {});
  }

  async function search(p) {
    var token = ++run;
    query = p.q || "";
    hits = [];
    shown = PAGE;
    excerpts = {};
    list.textContent = "";
    more.hidden = true;
    document.title = (query ? query + " · " : "") + document.title.replace(/^.* · (?=全文检索)/, "");
    if (!query) { status.textContent = ""; return; }
    status.textContent = "正在检索…";
    try {
      await window.archiveSearch.stream(query, p, function (sofar, done) {
        if (token !== run) return;
        hits = sofar;
        finished = done;
        render(done);
      });
    } catch (err) {
      if (token === run) status.textContent = "检索出错：" + err.message;
    }
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var p = paramsFromForm();
    var qs = toQueryString(p);
    if (qs !== location.search && !(qs === location.pathname && !location.search)) {
      history.pushState(p, "", qs);
    }
    search(p);
  });
  form.querySelectorAll("select").forEach(function (sel) {
    sel.addEventListener("change", function () {
      if (form.elements.q.value.trim()) form.requestSubmit();
    });
  });
  more.addEventListener("click", function () { shown += PAGE; render(finished); });
  window.addEventListener("popstate", function () {
    var p = paramsFromURL();
    fillForm(p);
    search(p);
  });
  var initial = paramsFromURL();
  fillForm(initial);
  if (initial.q) search(initial);
  else (window.requestIdleCallback || setTimeout)(function () { window.archiveSearch.warm(2); });
})();
