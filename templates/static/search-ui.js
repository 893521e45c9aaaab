/* The /search/ page: form ⇄ URL (?q=&year_from=…&page=N, so a search can be shared and the back
 * button works), results streamed in shard by shard through the same window.archiveSearch engine
 * the contract exposes, 50 to a numbered page, excerpts with the query marked. No framework, no
 * build step.
 *
 * Keeping the reader's place: the result page is in the URL (pushState per page), and the scroll
 * position is kept in history.state (replaceState while scrolling and on pagehide; sessionStorage
 * as a fallback). Back from an article: a bfcache restore keeps the page as it was; otherwise the
 * search runs again, page N is shown and the scroll position is restored once its results and
 * excerpts are in. No unload handler, so the page stays bfcache-eligible. */
(function () {
  "use strict";
  var PAGE = 50;
  var FIELDS = ["q", "year_from", "year_to", "paper", "page_name", "kind", "topic", "sort"];
  var form = document.getElementById("search-form");
  if (!form || !window.archiveSearch) return;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pager = document.getElementById("search-pages");
  var facets = window.archiveSearchFacets || {};
  var paperNames = {};
  (facets.papers || []).forEach(function (p) { paperNames[p.slug] = p.name; });
  var BASE = window.archiveSearch.base || "/";
  var run = 0, hits = [], pageNo = 1, query = "", excerpts = {}, finished = true;
  var current = null;        // the search the list shows (params without page), as a query string
  var pendingScroll = null;  // scroll position to restore once the page is fully rendered
  if ("scrollRestoration" in history) history.scrollRestoration = "manual";

  function paramsFromURL() {
    var sp = new URLSearchParams(location.search), out = {};
    FIELDS.forEach(function (f) { var v = sp.get(f); if (v) out[f] = v; });
    if (!out.q && sp.get("highlight")) out.q = sp.get("highlight");
    var n = parseInt(sp.get("page"), 10);
    if (n > 1) out.page = n;
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
    if (p.page > 1) sp.set("page", String(p.page));
    var s = sp.toString();
    return s ? "?" + s : location.pathname;
  }

  function articleHref(hit) {
    return BASE + hit.url.replace(/^\//, "") + "?highlight=" + encodeURIComponent(query);
  }
  function searchKey(p) {
    var q = {};
    FIELDS.forEach(function (f) { if (p[f]) q[f] = p[f]; });
    return toQueryString(q);
  }
  function pageCount() { return Math.max(1, Math.ceil(hits.length / PAGE)); }

  // ---- the scroll position, per history entry
  function scrollKey() { return "archive-search-scroll:" + location.search; }
  var saveTimer = 0;
  function saveScroll() {
    clearTimeout(saveTimer);
    if (pendingScroll !== null) return;   // not yet restored: keep the saved position
    var y = Math.round(window.scrollY);
    try {
      history.replaceState(Object.assign({}, history.state || {}, { scrollY: y }), "");
      sessionStorage.setItem(scrollKey(), String(y));
    } catch (e) { /* storage full or denied: the URL still keeps the page */ }
  }
  function savedScroll() {
    var st = history.state;
    if (st && typeof st.scrollY === "number") return st.scrollY;
    var v = null;
    try { v = sessionStorage.getItem(scrollKey()); } catch (e) {}
    return v === null ? null : parseInt(v, 10) || 0;
  }
  window.addEventListener("scroll", function () {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveScroll, 120);
  }, { passive: true });
  window.addEventListener("pagehide", saveScroll);
  list.addEventListener("click", function (ev) { if (ev.target.closest("a")) saveScroll(); });

  function renderPager() {
    pager.textContent = "";
    var total = pageCount();
    if (hits.length <= PAGE) { pager.hidden = true; return; }
    pager.hidden = false;
    function link(n, label, cls) {
      var a = document.createElement("a");
      a.textContent = label || String(n);
      a.href = toQueryString(Object.assign(paramsFromURL(), { page: n }));
      a.dataset.page = String(n);
      if (cls) a.className = cls;
      if (n === pageNo) { a.setAttribute("aria-current", "page"); a.className = (cls ? cls + " " : "") + "current"; }
      pager.appendChild(a);
    }
    if (pageNo > 1) link(pageNo - 1, "上一页", "prev");
    var last = 0;
    for (var n = 1; n <= total; n++) {
      if (n === 1 || n === total || Math.abs(n - pageNo) <= 2) {
        if (last && n > last + 1) {
          var gap = document.createElement("span");
          gap.textContent = "…";
          pager.appendChild(gap);
        }
        link(n);
        last = n;
      }
    }
    if (pageNo < total) link(pageNo + 1, "下一页", "next");
  }
  pager.addEventListener("click", function (ev) {
    var a = ev.target.closest("a[data-page]");
    if (!a) return;
    ev.preventDefault();
    saveScroll();
    var p = paramsFromURL();
    p.page = parseInt(a.dataset.page, 10);
    history.pushState({ scrollY: 0 }, "", toQueryString(p));
    pageNo = p.page;
    render(finished);
    list.scrollIntoView({ block: "start" });
    saveScroll();
  });

  function render(done) {
    var n = hits.length;
    if (done && pageNo > pageCount()) pageNo = pageCount();
    var first = (pageNo - 1) * PAGE;
    status.textContent = n ? "找到 " + n + " 篇" + (pageNo > 1 && n > first ? "，第 " + (first + 1) + "–" +
                             Math.min(n, first + PAGE) + " 篇" : "") + (done ? "" : "，正在检索更早的报纸…")
                           : (done ? "没有找到包含“" + query + "”的文章。" : "正在检索…");
    list.textContent = "";
    list.start = first + 1;
    var loads = [];
    hits.slice(first, first + PAGE).forEach(function (hit) {
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
      else loads.push(loadExcerpt(hit, ex, run));
      li.append(h, meta, ex);
      list.appendChild(li);
    });
    renderPager();
    if (done && pendingScroll !== null) {
      var y = pendingScroll, token = run;
      Promise.all(loads).then(function () {
        if (token !== run) return;
        pendingScroll = null;
        window.scrollTo(0, y);
        saveScroll();
      });
    }
  }
  function loadExcerpt(hit, el, token) {
    return window.archiveSearch.excerpt(hit, query).then(function (html) {
      excerpts[hit.url] = html;
      if (token === run) el.innerHTML = html;
    }).catch(function () {});
  }

  async function search(p) {
    var token = ++run;
    query = p.q || "";
    hits = [];
    pageNo = p.page || 1;
    current = searchKey(p);
    excerpts = {};
    list.textContent = "";
    pager.hidden = true;
    document.title = (query ? query + " · " : "") + document.title.replace(/^.* · (?=全文检索)/, "");
    if (!query) { status.textContent = ""; pendingScroll = null; return; }
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
      saveScroll();
      history.pushState({ scrollY: 0 }, "", qs);
    }
    pendingScroll = null;
    search(p);
  });
  form.querySelectorAll("select").forEach(function (sel) {
    sel.addEventListener("change", function () {
      if (form.elements.q.value.trim()) form.requestSubmit();
    });
  });
  window.addEventListener("popstate", function () {
    var p = paramsFromURL();
    fillForm(p);
    pendingScroll = savedScroll() || 0;
    if (current !== null && searchKey(p) === current && p.q) {   // only the page changed
      pageNo = p.page || 1;
      render(finished);
      return;
    }
    search(p);
  });
  var initial = paramsFromURL();
  fillForm(initial);
  if (initial.q) {
    pendingScroll = savedScroll();
    search(initial);
  }
  else (window.requestIdleCallback || setTimeout)(function () { window.archiveSearch.warm(2); });
})();
