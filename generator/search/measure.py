"""Query times of the built search in headless Chromium (for `build.py bench` and the report).

Serves `site_dir` on 127.0.0.1, opens the site's /search/ page (or, for a site built without it,
a stand-in page that loads static/search.js the same way) and times window.archiveSearch:
- cold: a fresh browser context (empty cache) running the query once — what a first visitor
  waits for, including the manifest, Pagefind's wasm, the index chunks and the catalogs;
- warm: the same query again in that page (median of `repeat` runs);
- first: time until the first shard's hits are on screen (the page streams newest shards first).
"""
from __future__ import annotations

import os
import statistics
from contextlib import contextmanager
from typing import Any, Iterator, Optional

from generator.tools.serve import serve_in_background

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
HARNESS = "/__search_measure__.html"

_TIMED = """async ([q, o]) => {
  const t0 = performance.now();
  let first = null;
  const hits = await window.archiveSearch.stream(q, o, (sofar) => {
    if (first === null && sofar.length) first = performance.now() - t0;
  });
  return {ms: performance.now() - t0, first_ms: first, results: hits.length};
}"""


def _harness(base_path: str, bundle_dir: str) -> str:
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<script src="{base_path}static/search.js" data-bundle="{base_path}{bundle_dir}/" '
            f'data-base="{base_path}"></script></head><body></body></html>')


def open_search_tab(browser, base_url: str, prefix: str, has_page: bool, base_path: str, bundle_dir: str):
    """A fresh context (empty cache) and a tab on the search page (or the stand-in harness),
    once `window.archiveSearch` is there."""
    ctx = browser.new_context()
    page = ctx.new_page()
    if has_page:
        page.goto(f"{base_url}{prefix}/search/")
    else:
        page.route(f"{base_url}{HARNESS}", lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8",
            body=_harness(base_path, bundle_dir)))
        page.goto(base_url + HARNESS)
    page.wait_for_function("typeof window.archiveSearch === 'function'")
    return ctx, page


@contextmanager
def served_site(site_dir: str, base_path: str = "/", chromium: str = CHROMIUM) -> Iterator[tuple[Any, str, bool]]:
    """(a headless Chromium, the base URL the site in `site_dir` is served at over HTTP on
    127.0.0.1 by the project's server, whether it has a search page); both stopped on exit."""
    from playwright.sync_api import sync_playwright
    base_url, stop = serve_in_background(site_dir, base_path)
    has_page = os.path.exists(os.path.join(site_dir, "search", "index.html"))
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
                "--disable-background-networking"])
            try:
                yield browser, base_url, has_page
            finally:
                browser.close()
    finally:
        stop()


def measure_query_times(site_dir: str, queries: list[str], repeat: int = 3, base_path: str = "/",
                        bundle_dir: str = "pagefind", options: Optional[dict] = None,
                        chromium: str = CHROMIUM) -> dict:
    """{query: {cold_ms, first_ms, warm_ms, results}} measured in headless Chromium.

    `site_dir` must hold the built site (static/search.js and the bundles); `base_path` is the
    sub-path the site is built for ('/' or '/archive/'): the server maps it onto `site_dir`.
    """
    prefix = base_path.rstrip("/")
    out: dict[str, dict] = {}
    with served_site(site_dir, base_path, chromium) as (browser, base_url, has_page):
        for q in queries:
            ctx, page = open_search_tab(browser, base_url, prefix, has_page, base_path, bundle_dir)
            cold = page.evaluate(_TIMED, [q, options or {}])
            warm = [page.evaluate(_TIMED, [q, options or {}])["ms"] for _ in range(repeat)]
            out[q] = {"cold_ms": round(cold["ms"], 1),
                      "first_ms": None if cold["first_ms"] is None else round(cold["first_ms"], 1),
                      "warm_ms": round(statistics.median(warm), 1) if warm else None,
                      "results": cold["results"]}
            ctx.close()
    return out


def main(argv: Optional[list[str]] = None) -> int:
    """`python -m generator.search.measure SITE_DIR [QUERY …] [--base-path /archive/]` → JSON."""
    import argparse
    import json
    p = argparse.ArgumentParser(description="time window.archiveSearch in headless Chromium")
    p.add_argument("site_dir")
    p.add_argument("queries", nargs="*", default=["的", "发展"])
    p.add_argument("--base-path", default="/")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    if not os.path.exists(os.path.join(args.site_dir, "pagefind", "shards.json")):
        print(f"error: {args.site_dir}/pagefind/shards.json not found — build the site with search first")
        return 2
    print(json.dumps(measure_query_times(args.site_dir, args.queries, repeat=args.repeat,
                                         base_path=args.base_path), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
