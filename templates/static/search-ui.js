/* The /search/ page: form ⇄ URL (?q=&year_from=…&page=N, so a search can be shared and the back
 * button works), results streamed in shard by shard through the same window.archiveSearch engine
 * the contract exposes, 50 to a numbered page, excerpts with the query marked. No framework, no
 * build step.
 *
 * Keeping the reader's place: the result page is in the URL (pushState per page), and the scroll
 * position is kept in history.state (replaceState while scrolling and on pagehide; sessionStorage
 * as a fallback). Back from an article: a bfcache restore keeps the page as it was; otherwise the
 * search runs again, page N is shown and the scroll position is restored once its results and
 * excerpts are in. No unload handler, so the page stays bfcache-eligible.
 *
 * A result line: kicker, headline, subtitle; paper · 版 · date (2022年11月8日) and byline; the
 * excerpt. The day range is from/to in the URL (old year_from/year_to links become a range);
 * the year select only fills it. Facet counts (search-facets.js) come after the first results,
 * and a search that finds nothing suggests searches that do. Text from the index reaches the
 * page only as textContent (excerpts: escaped by search.js before <mark> is added). */
(function () {
  "use strict";
  var PAGE = 50;
  var FIELDS = ["q", "from", "to", "paper", "page_name", "kind", "topic", "sort"];
  var FILTERS = ["from", "to", "paper", "page_name", "kind", "topic"];
  var tools = window.archiveSearchFacetTools;
  var form = document.getElementById("search-form");
  if (!form || !window.archiveSearch) return;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pager = document.getElementById("search-pages");
  var suggestBox = document.getElementById("search-suggest");
  var suggestList = document.getElementById("search-suggest-list");
  var toggle = document.getElementById("filters-toggle");
  var activeMark = document.getElementById("filters-active");
  var facets = window.archiveSearchFacets || {};
  var paperNames = {};
  var KIND_LABELS = {};
  Array.from((form.elements.kind || { options: [] }).options).forEach(function (o) {
    if (o.value) KIND_LABELS[o.value] = o.textContent;
  });
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
    // links made before the day range: a year range is the same day range
    var yf = sp.get("year_from"), yt = sp.get("year_to");
    if (!out.from && /^\d{4}$/.test(yf || "")) out.from = yf + "-01-01";
    if (!out.to && /^\d{4}$/.test(yt || "")) out.to = yt + "-12-31";
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
    var year = form.elements.year, y = (p.from || "").slice(0, 4);
    if (year) year.value = p.from === y + "-01-01" && p.to === y + "-12-31" &&
      Array.from(year.options).some(function (o) { return o.value === y; }) ? y : "";
    var active = FILTERS.filter(function (f) { return p[f]; }).length;
    if (activeMark) activeMark.textContent = active ? "（" + active + "）" : "";
  }
  /* The filters on a phone: folded behind one button (CSS shows it only on narrow screens). */
  if (toggle) form.classList.add("js-fold");
  if (toggle) toggle.addEventListener("click", function () {
    var open = form.classList.toggle("filters-open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });

  /* What archiveSearch is asked: the page's filters, the day range as date_from/date_to. */
  function engineOptions(p) {
    return { paper: p.paper, page_name: p.page_name, kind: p.kind, topic: p.topic, sort: p.sort,
             date_from: p.from, date_to: p.to };
  }
  function realDay(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || "");
    if (!m) return false;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  }
  /* A reader-facing message for a day range that cannot be searched, or null. */
  function rangeError(p) {
    var bad = ["from", "to"].filter(function (f) { return p[f] && !realDay(p[f]); });
    if (bad.length) return "日期“" + p[bad[0]] + "”无效：请按 年-月-日 填写，例如 2022-11-08。";
    if (p.from && p.to && p.from > p.to) return "起始日期 " + p.from + " 晚于结束日期 " + p.to + "。";
    return null;
  }
  function cnDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? +m[1] + "年" + +m[2] + "月" + +m[3] + "日" : String(iso || "");
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
      var line = resultLine(hit);
      if (excerpts[hit.url]) fillDetails(line, excerpts[hit.url]);
      else loads.push(loadExcerpt(hit, line, run));
      list.appendChild(line.li);
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
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }
  /* One result: kicker / headline / subtitle, then paper · 版 · date and the byline, then the
   * excerpt. Kicker, subtitle and byline come with the excerpt's fragment (fillDetails). */
  function resultLine(hit) {
    var li = el("li", "item result kind-" + (hit.kind || "article"));
    var h = el("h2", "headline result-title");
    var a = el("a", "", hit.title);
    a.href = articleHref(hit);
    var kicker = el("span", "kicker"), subtitle = el("span", "subtitle");
    kicker.hidden = subtitle.hidden = true;
    h.append(kicker, a, subtitle);
    var meta = el("p", "meta");
    meta.appendChild(el("span", "source", [paperNames[hit.paper] || hit.paper, hit.page, cnDate(hit.date)]
      .filter(Boolean).join(" · ")));
    var byline = el("span", "byline");
    byline.hidden = true;
    meta.appendChild(byline);
    if (hit.kind && hit.kind !== "article") meta.appendChild(el("span", "badge", KIND_LABELS[hit.kind] || hit.kind));
    var ex = el("p", "excerpt");
    li.append(h, meta, ex);
    return { li: li, kicker: kicker, subtitle: subtitle, byline: byline, excerpt: ex };
  }
  function fillDetails(line, got) {
    [["kicker", got.details.kicker], ["subtitle", got.details.subtitle], ["byline", got.details.byline]]
      .forEach(function (kv) { line[kv[0]].textContent = kv[1]; line[kv[0]].hidden = !kv[1]; });
    line.excerpt.innerHTML = got.html;   // search.js escapes the text; only <mark> is markup
  }
  function loadExcerpt(hit, line, token) {
    return Promise.all([window.archiveSearch.excerpt(hit, query), window.archiveSearch.details(hit)])
      .then(function (r) {
        excerpts[hit.url] = { html: r[0], details: r[1] };
        if (token === run) fillDetails(line, excerpts[hit.url]);
      }).catch(function () {});
  }

  var leaving = null;   // the AbortController of the search on screen
  /* The engine's options for this search, with the signal that stops it when the next begins. */
  function withSignal(o) { return Object.assign({}, o, { signal: leaving.signal }); }

  async function search(p) {
    var token = ++run;
    if (leaving) leaving.abort();   // the search left behind starts no more parts
    leaving = new AbortController();
    query = p.q || "";
    hits = [];
    pageNo = p.page || 1;
    current = searchKey(p);
    excerpts = {};
    list.textContent = "";
    pager.hidden = true;
    document.title = (query ? query + " · " : "") + document.title.replace(/^.* · (?=全文检索)/, "");
    showCounts(null);
    showSuggestions([]);
    if (!query) { status.textContent = ""; pendingScroll = null; return; }
    var bad = rangeError(p);
    if (bad) { status.textContent = bad; pendingScroll = null; return; }
    status.textContent = "正在检索…";
    try {
      await window.archiveSearch.stream(query, withSignal(engineOptions(p)), function (sofar, done) {
        if (token !== run) return;
        hits = sofar;
        finished = done;
        render(done);
      });
    } catch (err) {
      if (token === run && err.name !== "AbortError") status.textContent = "检索出错：" + err.message;
      return;
    }
    try {
      if (token === run) await afterSearch(p, token);
    } catch (err) {   // the results stand; only the counts or suggestions are missing
      if (window.console && err.name !== "AbortError") console.warn("search facets:", err);
    }
  }

  /* Once every result is in: the facet counts (one more search, without the counted filters,
   * only when one of them is set), then — for an empty result — suggestions that do find. */
  async function afterSearch(p, token) {
    var base = hits;
    if (tools.needsBase(p)) {
      base = await window.archiveSearch.stream(query, withSignal({ topic: p.topic, sort: "date" }));
      if (token !== run) return;
    }
    var counts = tools.counts(base, p);
    showCounts(counts);
    if (hits.length) return;
    var out = [];
    if (FILTERS.some(function (f) { return p[f]; })) {
      var all = p.topic ? (await window.archiveSearch(query, withSignal({}))).length : base.length;
      if (token !== run) return;
      if (all) out.push(["去掉全部筛选条件", { q: query, sort: p.sort }, all]);
    }
    if (p.paper) {
      Object.keys(counts.paper.by).sort().forEach(function (slug) {
        if (slug !== p.paper) out.push(["同一检索词，" + (paperNames[slug] || slug),
                                        Object.assign({}, p, { paper: slug, page: 0 }), counts.paper.by[slug]]);
      });
    }
    var found = 0;
    for (var cand of tools.shorter(query, 8)) {
      if (found >= 3) break;
      var n = (await window.archiveSearch(cand, withSignal(engineOptions(p)))).length;
      if (token !== run) return;
      if (n) { found++; out.push(["少几个字：“" + cand + "”", Object.assign({}, p, { q: cand, page: 0 }), n]); }
    }
    showSuggestions(out, "换一个说法，或检查有没有错别字（繁体、简体都能检索）。");
  }

  /* Counts beside each filter option ("昌吉日报（12）"); null takes them away. */
  function showCounts(counts) {
    [["paper", "paper"], ["year", "year"], ["page_name", "page_name"], ["kind", "kind"]].forEach(function (fs) {
      var sel = form.elements[fs[0]];
      if (!sel) return;
      Array.from(sel.options).forEach(function (o) {
        if (o.dataset.label === undefined) o.dataset.label = o.textContent;
        var c = counts && counts[fs[1]];
        var n = !c ? null : o.value ? (c.by[o.value] || 0) : c.total;
        o.textContent = o.dataset.label + (n === null ? "" : "（" + n + "）");
        if (n === null) delete o.dataset.count; else o.dataset.count = String(n);
      });
    });
  }

  /* [label, params, count] → links under 可以试试 (each says how many it finds). */
  function showSuggestions(items, tip) {
    suggestList.textContent = "";
    if (tip && !items.length) suggestList.appendChild(el("li", "", tip));
    items.forEach(function (it) {
      var li = el("li"), a = el("a", "", it[0]);
      a.href = toQueryString(it[1]);
      li.append(a, document.createTextNode("（" + it[2] + " 篇）"));
      suggestList.appendChild(li);
    });
    suggestBox.hidden = !suggestList.childNodes.length;
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
  function resubmit() { if (form.elements.q.value.trim()) form.requestSubmit(); }
  form.querySelectorAll("select, input[type=date]").forEach(function (ctl) {
    if (ctl.name === "year") return;
    ctl.addEventListener("change", resubmit);
  });
  if (form.elements.year) form.elements.year.addEventListener("change", function () {
    var y = form.elements.year.value;   // a year is the day range of that year
    form.elements.from.value = y ? y + "-01-01" : "";
    form.elements.to.value = y ? y + "-12-31" : "";
    resubmit();
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
