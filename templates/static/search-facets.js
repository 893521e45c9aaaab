/* Facet counts and no-result suggestions for the /search/ page: pure functions over the rich hits
 * of window.archiveSearch.stream (url, date, paper, page_name, kind …), used by search-ui.js.
 *
 * Counts are exact for the current query: each option's number is how many results choosing it
 * would give with the other filters kept (the usual faceted-search reading), computed from the
 * full result set of the query without the counted filters. The year facet is the day range:
 * choosing a year replaces from/to with that year. */
(function () {
  "use strict";
  var FACETS = ["paper", "year", "page_name", "kind"];

  function valueOf(hit, facet) {
    return facet === "year" ? String(hit.date).slice(0, 4) : String(hit[facet] || "");
  }

  /* Does `hit` pass the page's filters `p` (paper, page_name, kind, from, to), leaving out
   * the facet `except`? (topic is applied by the search itself.) */
  function passes(hit, p, except) {
    if (except !== "paper" && p.paper && hit.paper !== p.paper) return false;
    if (except !== "page_name" && p.page_name && hit.page_name !== p.page_name) return false;
    if (except !== "kind" && p.kind && hit.kind !== p.kind) return false;
    if (except !== "year" && ((p.from && hit.date < p.from) || (p.to && hit.date > p.to))) return false;
    return true;
  }

  /* Whether the counts need a search without the counted filters (else the results are it). */
  function needsBase(p) {
    return Boolean(p.paper || p.page_name || p.kind || p.from || p.to);
  }

  /* facet → {total, by: {value → n}} over `base` (the query's hits without counted filters). */
  function counts(base, p) {
    var out = {};
    FACETS.forEach(function (f) {
      var c = { total: 0, by: {} };
      base.forEach(function (hit) {
        if (!passes(hit, p, f)) return;
        var v = valueOf(hit, f);
        c.total++;
        c.by[v] = (c.by[v] || 0) + 1;
      });
      out[f] = c;
    });
    return out;
  }

  /* Shorter queries to try when nothing matched, longest first: each term alone and the query
   * without one term (several terms), or one character less at either end down to two (one). */
  function shorter(query, limit) {
    var terms = String(query || "").trim().split(/\s+/).filter(Boolean), out = [];
    if (terms.length > 1) {
      terms.forEach(function (_, i) {
        if (terms.length > 2) out.push(terms.filter(function (_, j) { return j !== i; }).join(" "));
      });
      terms.forEach(function (t) { out.push(t); });
    } else if (terms.length === 1) {
      var chars = Array.from(terms[0]);
      for (var n = chars.length - 1; n >= 2; n--) {
        out.push(chars.slice(0, n).join(""));
        out.push(chars.slice(chars.length - n).join(""));
      }
    }
    var seen = {};
    return out.filter(function (q) {
      if (seen[q] || q === query) return false;
      seen[q] = true;
      return true;
    }).slice(0, limit || 8);
  }

  window.archiveSearchFacetTools = {
    FACETS: FACETS, passes: passes, needsBase: needsBase, counts: counts, shorter: shorter
  };
})();
