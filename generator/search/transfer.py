"""What a query costs a reader: time to the first page of results, time to every result, and the
bytes and requests it transfers, cold (a first visitor) and warm (the same tab, the next query).

Why a module of its own: `measure.py` times window.archiveSearch on localhost, where bytes are
free; on a reader's connection the transfer is what grows with the archive (each part's runtime,
entry, metadata and index chunks), so it is counted here, request by request, split by the kind
of file, from Chromium's own network log (DevTools protocol: `encodedDataLength`, the bytes on
the wire including headers; a response served from the browser cache counts as a request of 0
bytes and is reported apart).

The site is served over HTTP by the project's own server (generator/tools/serve.py), as the
bench and the browser tests do.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from typing import Callable, Optional

from generator.search.measure import CHROMIUM, HARNESS, _harness
from generator.tools.serve import serve_in_background

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
)

# one query through archiveSearch.stream: when the first screen of results is known (PAGE
# hits, or every hit when there are fewer), when every hit is in, how many
_TIMED = """async ([q, o, page]) => {
  const t0 = performance.now();
  let first = null;
  const hits = await window.archiveSearch.stream(q, o, (sofar, done) => {
    if (first === null && (sofar.length >= page || done)) first = performance.now() - t0;
  });
  const ms = performance.now() - t0;
  return {first_ms: first === null ? ms : first, ms: ms, results: hits.length};
}"""


def kind_of(url: str) -> str:
    """The figure a fetched URL counts under ('other': the page itself, its scripts, styles)."""
    path = url.split("?", 1)[0]
    for kind, pattern in KINDS:
        if re.search(pattern, path):
            return kind
    return "other"


class NetLog:
    """Every response of one tab, from the DevTools protocol: url, bytes on the wire, cached."""

    def __init__(self, context, page) -> None:
        self._urls: dict[str, str] = {}
        self._cached: set[str] = set()
        self.entries: list[tuple[str, int, bool]] = []
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.requestWillBeSent", self._sent)
        cdp.on("Network.requestServedFromCache", lambda e: self._cached.add(e["requestId"]))
        cdp.on("Network.responseReceived", self._received)
        cdp.on("Network.loadingFinished", self._finished)

    def _sent(self, e: dict) -> None:
        self._urls[e["requestId"]] = e["request"]["url"]

    def _received(self, e: dict) -> None:
        r = e["response"]
        if r.get("fromDiskCache") or r.get("fromPrefetchCache") or r.get("fromServiceWorker"):
            self._cached.add(e["requestId"])

    def _finished(self, e: dict) -> None:
        rid = e["requestId"]
        url = self._urls.get(rid, "")
        if url.startswith("data:"):
            return
        self.entries.append((url, int(e.get("encodedDataLength") or 0), rid in self._cached))

    def mark(self) -> int:
        return len(self.entries)

    def summary(self, since: int = 0, only: Optional[Callable[[str], bool]] = None) -> dict:
        """{kb, requests, cached, by_kind: {kind: {kb, requests}}} of the responses since `since`."""
        by: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
        total, reqs, cached = 0, 0, 0
        for url, size, hit in self.entries[since:]:
            if only is not None and not only(url):
                continue
            if hit:
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


def _open(browser, base_url: str, prefix: str, has_page: bool, base_path: str, bundle_dir: str):
    """A fresh context (empty cache) and a tab on the search page (or the stand-in harness)."""
    ctx = browser.new_context()
    page = ctx.new_page()
    log = NetLog(ctx, page)
    if has_page:
        page.goto(f"{base_url}{prefix}/search/")
    else:
        page.route(f"{base_url}{HARNESS}", lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8",
            body=_harness(base_path, bundle_dir)))
        page.goto(base_url + HARNESS)
    page.wait_for_function("typeof window.archiveSearch === 'function'")
    return ctx, page, log


def _run(page, log: NetLog, q: str, options: dict, in_bundle: Callable[[str], bool]) -> dict:
    mark = log.mark()
    timed = page.evaluate(_TIMED, [q, options, PAGE])
    page.wait_for_timeout(100)   # the last loadingFinished events arrive after the result
    out = {"first_ms": round(timed["first_ms"], 1), "ms": round(timed["ms"], 1),
           "results": timed["results"]}
    out.update(log.summary(mark, in_bundle))
    return out


def query_figures(browser, base_url: str, queries: list[str], primer: str = "乌鲁木齐",
                  base_path: str = "/", bundle_dir: str = "pagefind", has_page: bool = True,
                  options: Optional[dict] = None) -> dict:
    """{query: {"chars", "cold": figures, "warm": figures}} for a site served at `base_url`,
    in an already launched Chromium (the browser tests' own, or `measure_query_transfer`'s).

    cold: a fresh browser context opens the search page and runs the query; its transfer counts
    every search file fetched from opening the page to the last result (a page that preloads
    parts while idle pays for it here; `page_open` says how much that was). warm: a fresh
    context runs `primer` first, then the query in the same tab — "the next query" of a reader
    who already searched once. Figures: first_ms (first screen of PAGE results known), ms
    (every result), results, kb, requests, cached, by_kind (per file kind: kb, requests).
    """
    prefix = base_path.rstrip("/")
    bundle_prefix = f"{prefix}/{bundle_dir.strip('/')}/"
    def in_bundle(url: str) -> bool:
        return bundle_prefix in url
    opts = options or {}
    out: dict[str, dict] = {}
    for q in queries:
        ctx, page, log = _open(browser, base_url, prefix, has_page, base_path, bundle_dir)
        try:
            cold = _run(page, log, q, opts, in_bundle)
            opened = log.summary(0, in_bundle)   # from opening the page: its preloading too
        finally:
            ctx.close()
        cold["page_open"] = {"kb": round(opened["kb"] - cold["kb"], 1),
                             "requests": opened["requests"] - cold["requests"]}
        cold.update(kb=opened["kb"], requests=opened["requests"], by_kind=opened["by_kind"])
        ctx, page, log = _open(browser, base_url, prefix, has_page, base_path, bundle_dir)
        try:
            _run(page, log, primer, opts, in_bundle)
            warm = _run(page, log, q, opts, in_bundle)
        finally:
            ctx.close()
        out[q] = {"chars": len(q), "cold": cold, "warm": warm}
    return out


def measure_query_transfer(site_dir: str, queries: list[str], primer: str = "乌鲁木齐",
                           base_path: str = "/", bundle_dir: str = "pagefind",
                           options: Optional[dict] = None, chromium: str = CHROMIUM) -> dict:
    """`query_figures` for the built site in `site_dir`, served over HTTP on 127.0.0.1 by the
    project's server under its base path, in a headless Chromium launched for it."""
    from playwright.sync_api import sync_playwright
    base_url, stop = serve_in_background(site_dir, base_path)
    has_page = os.path.exists(os.path.join(site_dir, "search", "index.html"))
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
                "--disable-background-networking"])
            try:
                return query_figures(browser, base_url, queries, primer, base_path, bundle_dir,
                                     has_page, options)
            finally:
                browser.close()
    finally:
        stop()


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
    args = p.parse_args(argv)
    figures = measure_query_transfer(args.site_dir, args.queries, primer=args.primer,
                                     base_path=args.base_path)
    text = json.dumps(figures, ensure_ascii=False, indent=1)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
