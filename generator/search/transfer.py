"""What a query costs a reader: time to the first page of results, time to every result, and the
bytes and requests it transfers, cold (a first visitor) and warm (the same tab, the next query).

Why a module of its own: `measure.py` times window.archiveSearch on localhost, where bytes are
free; on a reader's connection the transfer is what grows with the archive (each part's runtime,
entry, metadata and index chunks), so it is counted here, request by request, split by the kind
of file, from the page's own Resource Timing entries (`transferSize`: the bytes on the wire,
headers included; 0 for a response the browser cache served, reported apart as `cached`). The
same entries say what had arrived when the first screen of results was known.

The site is served over HTTP by the project's own server (generator/tools/serve.py), as the
bench and the browser tests do.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from generator.search.measure import CHROMIUM, open_search_tab, served_site

PAGE = 50   # results on one screen of the search page (search-ui.js PAGE)

# the kind of each file a query fetches (first match wins), as named in the figures
KINDS: tuple[tuple[str, str], ...] = (
    ("pagefind.js", r"/pagefind\.js$"),
    ("wasm", r"/wasm\.[^/]*\.pagefind$"),
    ("pf_meta", r"\.pf_meta$"),
    ("entry", r"/pagefind-entry\.json$"),
    ("index", r"\.pf_index$"),
    ("filter", r"\.pf_filter$"),
    ("fragment", r"\.pf_fragment$"),
    ("catalog", r"/catalog\.bin$"),
    ("manifest", r"/(shards|variants)\.json$"),
    ("presence", r"/presence/g\d+/\d+\.bin$"),
    ("rare", r"/rare/\d+\.bin$"),
)

# One query through archiveSearch.stream: when the first screen of results is known (PAGE
# hits, or every hit when there are fewer), when every hit is in, how many; and every search
# file the tab has fetched since it opened ([url, transferSize, responseEnd]).
_TIMED = """async ([q, o, page, bundle, firstOnly]) => {
  performance.setResourceTimingBufferSize(100000);
  const t0 = performance.now();
  let first = null, hits = [];
  const stop = new AbortController();
  try {
    hits = await window.archiveSearch.stream(q, Object.assign({}, o, {signal: stop.signal}),
                                             (sofar, done) => {
      if (first === null && (sofar.length >= page || done)) {
        first = performance.now();
        hits = sofar;
        if (firstOnly) stop.abort();
      }
    });
  } catch (e) {
    if (!(firstOnly && e.name === 'AbortError')) throw e;
  }
  const end = performance.now();
  const files = performance.getEntriesByType('resource')
    .filter(e => new URL(e.name).pathname.startsWith(bundle))
    .map(e => [e.name, e.transferSize, e.responseEnd]);
  return {t0: t0, first: first === null ? end : first, end: end, results: hits.length, files: files};
}"""


# Wait until the tab has fetched nothing new for `quiet` ms (at most `limit` ms): what a search
# left at its first screen still had in flight lands before the next query is timed, as it
# would while a reader reads the first screen.
_SETTLE = """async ([quiet, limit]) => {
  const t0 = performance.now();
  let seen = -1;
  for (;;) {
    const n = performance.getEntriesByType('resource').length;
    if (n === seen || performance.now() - t0 > limit) return n;
    seen = n;
    await new Promise(r => setTimeout(r, quiet));
  }
}"""


def settle(page, quiet_ms: int = 500, limit_ms: int = 15000) -> None:
    """Let what the tab still fetches arrive (see _SETTLE)."""
    page.evaluate(_SETTLE, [quiet_ms, limit_ms])


def kind_of(url: str) -> str:
    """The figure a fetched URL counts under ('other': anything else under the bundle)."""
    path = url.split("?", 1)[0]
    for kind, pattern in KINDS:
        if re.search(pattern, path):
            return kind
    return "other"


def summarize(files: list) -> dict:
    """{kb, requests, cached, by_kind: {kind: {kb, requests}}} of [url, bytes, end] entries."""
    by: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    total, reqs, cached = 0, 0, 0
    for url, size, _ in files:
        if not size:
            cached += 1
            continue
        k = by[kind_of(url)]
        k[0] += size
        k[1] += 1
        total += size
        reqs += 1
    return {"kb": round(total / 1024, 1), "requests": reqs, "cached": cached,
            "by_kind": {k: {"kb": round(v[0] / 1024, 1), "requests": v[1]}
                        for k, v in sorted(by.items())}}


def run_query(page, q: str, options: dict, bundle_path: str, since_open: bool,
              first_only: bool = False) -> dict:
    """One query's figures in an open tab; its transfer counts from opening the tab
    (`since_open`: a cold visit, idle preloading included) or from the query's start.
    `first_only`: the search is left once its first screen is known (as a reader who reads
    it); the every-result figures (ms, results, kb, requests, by_kind) are then None."""
    t = page.evaluate(_TIMED, [q, options, PAGE, bundle_path, first_only])
    start = 0.0 if since_open else t["t0"]
    files = [f for f in t["files"] if f[2] >= start]
    out = {"first_ms": round(t["first"] - t["t0"], 1), "ms": round(t["end"] - t["t0"], 1),
           "results": t["results"]}
    first = summarize([f for f in files if f[2] <= t["first"]])
    out.update(first_kb=first["kb"], first_requests=first["requests"])
    out.update(summarize(files))
    if first_only:
        out.update(ms=None, results=None, kb=None, requests=None, by_kind=None, first_results=t["results"])
    if since_open:
        before = summarize([f for f in files if f[2] < t["t0"]])
        out["page_open"] = {"kb": before["kb"], "requests": before["requests"]}
    return out


def query_figures(browser, base_url: str, queries: list[str], primer: str = "乌鲁木齐",
                  base_path: str = "/", bundle_dir: str = "pagefind", has_page: bool = True,
                  options: Optional[dict] = None, rare_first: bool = True,
                  first_only: bool = False) -> dict:
    """{query: {"chars", "cold": figures, "warm": figures}} for a site served at `base_url`,
    in an already launched Chromium (the browser tests' own, or `measure_query_transfer`'s).

    cold: a fresh browser context opens the search page and runs the query; its transfer counts
    every search file fetched from opening the page to the last result (a page that preloads
    parts while idle pays for it here; `page_open` says how much that was). warm: a fresh
    context runs `primer` first, lets what it still had in flight arrive (`settle`), then runs
    the query in the same tab — "the next query" of a reader who already searched once. Figures: first_ms (first screen of PAGE results known, or every
    result when fewer), first_kb / first_requests (search files transferred by then: from
    opening the page when cold, since the query when warm), ms (every result), results, kb,
    requests, cached, by_kind (per file kind: kb, requests; every result). `rare_first=False`
    looks a phrase up by Pagefind's phrase search alone (search.js `rareFirst`), to compare.
    `first_only`: every query (the primer too) is left at its first screen (`run_query`).
    """
    prefix = base_path.rstrip("/")
    bundle_path = f"{prefix}/{bundle_dir.strip('/')}/"
    opts = options or {}
    out: dict[str, dict] = {}

    def tab():
        ctx, page = open_search_tab(browser, base_url, prefix, has_page, base_path, bundle_dir)
        page.evaluate("(on) => { window.archiveSearch.rareFirst = on; }", rare_first)
        return ctx, page

    for q in queries:
        ctx, page = tab()
        try:
            cold = run_query(page, q, opts, bundle_path, since_open=True, first_only=first_only)
        finally:
            ctx.close()
        ctx, page = tab()
        try:
            run_query(page, primer, opts, bundle_path, since_open=False, first_only=first_only)
            settle(page)
            warm = run_query(page, q, opts, bundle_path, since_open=False, first_only=first_only)
        finally:
            ctx.close()
        out[q] = {"chars": len(q), "cold": cold, "warm": warm}
    return out


def measure_query_transfer(site_dir: str, queries: list[str], primer: str = "乌鲁木齐",
                           base_path: str = "/", bundle_dir: str = "pagefind",
                           options: Optional[dict] = None, chromium: str = CHROMIUM,
                           rare_first: bool = True, first_only: bool = False) -> dict:
    """`query_figures` for the built site in `site_dir`, served over HTTP on 127.0.0.1 by the
    project's server under its base path, in a headless Chromium launched for it."""
    with served_site(site_dir, base_path, chromium) as (browser, base_url, has_page):
        return query_figures(browser, base_url, queries, primer, base_path, bundle_dir,
                             has_page, options, rare_first, first_only)


def main(argv: Optional[list[str]] = None) -> int:
    """`python -m generator.search.transfer SITE_DIR [QUERY …] [--json OUT]` → JSON figures."""
    import argparse
    import json
    p = argparse.ArgumentParser(description="time and weigh window.archiveSearch queries in Chromium")
    p.add_argument("site_dir")
    p.add_argument("queries", nargs="*", default=["的", "发展", "营商环境"])
    p.add_argument("--base-path", default="/")
    p.add_argument("--primer", default="乌鲁木齐")
    p.add_argument("--json", dest="json_out")
    p.add_argument("--phrase-search", action="store_true",
                   help="look phrases up by Pagefind's phrase search alone (no rarest character first)")
    args = p.parse_args(argv)
    figures = measure_query_transfer(args.site_dir, args.queries, primer=args.primer,
                                     base_path=args.base_path, rare_first=not args.phrase_search)
    text = json.dumps(figures, ensure_ascii=False, indent=1)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
