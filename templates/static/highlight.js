/* Marks the search term a reader came with (?highlight=… or ?q=…) in the article's headline and
 * body, and scrolls to the first hit. Works on the page's real text (no hair spaces involved),
 * matches Latin letters case-insensitively and also marks the traditional/simplified spellings
 * the search itself used (variants.json next to the search index, when present). */
(function () {
  "use strict";
  var script = document.currentScript;
  var params = new URLSearchParams(location.search);
  var raw = (params.get("highlight") || params.get("q") || "").trim();
  if (!raw) return;
  var base = script && script.src ? new URL("../", script.src).pathname : "/";
  var bundle = (script && script.dataset.bundle) || base + "pagefind/";
  var terms = raw.split(/\s+/).filter(Boolean);

  function spellings(term, table) {   // as in search.js
    var converted = "", out = [""];
    for (var ch of term) {
      converted += Array.from(table[ch] || ch)[0];
      var alts = ch + (table[ch] || ""), next = [];
      out.forEach(function (v) { for (var a of alts) next.push(v + a); });
      out = next.slice(0, 16);
    }
    return Array.from(new Set([term, converted].concat(out))).slice(0, 16);
  }

  function roots() {
    var found = document.querySelectorAll(".article-head, .article-body");
    if (found.length) return Array.from(found);
    var art = document.querySelector("article") || document.querySelector("main");
    return art ? [art] : [];
  }

  function mark(needles) {
    needles = needles.filter(Boolean).map(function (n) { return n.toLowerCase(); });
    if (!needles.length) return;
    var first = null;
    roots().forEach(function (root) {
      var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: function (n) {
          var p = n.parentNode;
          return p && /^(SCRIPT|STYLE|MARK|TEXTAREA)$/.test(p.nodeName) ? NodeFilter.FILTER_REJECT
                                                                          : NodeFilter.FILTER_ACCEPT;
        }
      });
      var nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      nodes.forEach(function (node) {
        var text = node.nodeValue, low = text.toLowerCase(), spans = [];
        needles.forEach(function (n) {
          for (var at = low.indexOf(n); at >= 0; at = low.indexOf(n, at + n.length)) spans.push([at, at + n.length]);
        });
        if (!spans.length) return;
        spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
        var frag = document.createDocumentFragment(), pos = 0;
        spans.forEach(function (s) {
          if (s[0] < pos) return;   // overlapping spellings: keep the first, longest
          frag.appendChild(document.createTextNode(text.slice(pos, s[0])));
          var m = document.createElement("mark");
          m.className = "search-hit";
          m.textContent = text.slice(s[0], s[1]);
          frag.appendChild(m);
          if (!first) first = m;
          pos = s[1];
        });
        frag.appendChild(document.createTextNode(text.slice(pos)));
        node.parentNode.replaceChild(frag, node);
      });
    });
    if (first) {
      first.id = first.id || "search-hit";
      first.scrollIntoView({ block: "center" });
    }
  }

  function start() {
    var done = false;
    var apply = function (table) {
      if (done) return;
      done = true;
      var needles = [];
      terms.forEach(function (t) { needles = needles.concat(spellings(t, table || {})); });
      mark(needles);
    };
    if (!/[^\x00-\x7f]/.test(raw) || !window.fetch) return apply({});
    fetch(bundle + "variants.json").then(function (r) { return r.ok ? r.json() : {}; })
      .then(apply, function () { apply({}); });
    setTimeout(function () { apply({}); }, 1500);   // never leave the reader waiting on the table
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
