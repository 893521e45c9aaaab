"""Full-text search: sharded Pagefind bundles with exact substring recall for Chinese.

Flow per part: the part's articles → minimal HTML documents (headline + body only, in the
one-token-per-character form of `search_text`) written to a temp folder at the same relative
paths as the real article pages (so Pagefind's result URLs are the article URLs) → the standard
`pagefind` binary (PyPI `pagefind[bin]`, pinned) indexes that folder → bundle at
`site/<bundle_dir>/<part>/` plus sidecars the search page reads: `catalog.bin` (result id → url,
title, date, page, paper: every hit is listed without fetching one fragment per hit),
`chars.txt` (the part's characters) and `shard.json` (its line in the manifest).
`site/<bundle_dir>/shards.json` lists the parts newest first; `variants.json` is the
traditional/simplified table for the characters the archive holds.

Shards: a time slice (`shard_key`: year by default) is what the pipeline names when an issue is
added; each slice is cut into parts of at most `search.max_shard_articles` articles (`2022.1`,
`2022.2`, …, whole days, oldest first so appending only touches the last part). Why: Pagefind
keeps every page's word list in memory until it writes the index, and with one word per
character that is ~0.37 MB per article (measured: ~740 MB for 2,000) — the cap bounds the
peak of each pagefind process whatever the archive size.

Why the rendered article pages are not indexed: they carry navigation, related links and
citations, which would make every article match the words of its neighbours.
"""
from __future__ import annotations

import datetime as _dt
import gzip
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Iterable, Optional

from generator.core.config import SiteConfig
from generator.core.frontmatter import ContentError
from generator.core.model import Archive, Article
from generator.core.paths import check_rel
from generator.search.variants import variant_table
from generator.search.text import SEP, body_blocks, clean_block, index_form, punctuation_of

MANIFEST = "shards.json"
CATALOG = "catalog.bin"
CHARS = "chars.txt"
VARIANTS = "variants.json"
FORMAT_VERSION = 1
PAGEFIND_VERSION = "1.5.2"


@dataclass
class ShardStats:
    key: str
    pages: int
    seconds: float
    peak_rss_mb: float
    bundle_bytes: int


@dataclass
class SearchReport:
    shards_indexed: list[str] = field(default_factory=list)
    shards_total: int = 0
    pages_indexed: int = 0
    seconds: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)   # shard → peak RSS of pagefind
    index_bytes: int = 0       # every file under site/<bundle_dir>/
    files: int = 0
    shard_stats: list[ShardStats] = field(default_factory=list)

    @property
    def pages_per_s(self) -> float:
        return self.pages_indexed / self.seconds if self.seconds else 0.0

    @property
    def max_peak_rss_mb(self) -> float:
        return max(self.peak_rss_mb.values(), default=0.0)

    def as_dict(self) -> dict:
        return {"shards_indexed": self.shards_indexed, "shards_total": self.shards_total,
                "pages_indexed": self.pages_indexed, "seconds": round(self.seconds, 3),
                "pages_per_s": round(self.pages_per_s, 1),
                "peak_rss_mb": {k: round(v, 1) for k, v in self.peak_rss_mb.items()},
                "max_peak_rss_mb": round(self.max_peak_rss_mb, 1),
                "index_bytes": self.index_bytes, "index_mb": round(self.index_bytes / 2**20, 2),
                "files": self.files}


class SearchError(ContentError):
    """Indexing failed; the message says what to do (a ContentError, so the CLI prints it
    as `error: …` and exits non-zero instead of showing a traceback)."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__("search index", None, message, hint)


# ---- shards ----

def shard_key(a, b) -> str:
    """The shard an article (or a date) falls in: `2022` (year), `2020s` (decade) or `all`.

    Accepts `(article, config)` or `(config, article_or_date)` — the pipeline and the site plan
    call it both ways.
    """
    config, item = (a, b) if isinstance(a, SiteConfig) else (b, a)
    date = item if isinstance(item, _dt.date) else item.date
    by = (config.search_shard_by or "year").lower()
    if by == "all":
        return "all"
    if by == "decade":
        return f"{date.year // 10 * 10}s"
    if by != "year":
        raise SearchError(f"site_config.yaml: search.shard_by must be year, decade or all, not {by!r}")
    return str(date.year)


def shards_of(archive: Archive, config: SiteConfig) -> dict[str, list[Article]]:
    shards: dict[str, list[Article]] = {}
    for a in archive.articles.values():
        shards.setdefault(shard_key(a, config), []).append(a)
    for arts in shards.values():
        arts.sort(key=lambda x: (x.date, x.paper, x.page, x.seq))
    return shards


# ---- the documents Pagefind reads ----

def _meta(attr: str, name: str, value: str) -> str:
    return f'<meta data-pagefind-{attr}="{name}[content]" content="{html.escape(value)}">'


def page_label(a: Article, page_name: Optional[str] = None) -> str:
    base = f"第{a.page:02d}版"
    name = page_name or a.page_name
    return f"{base}：{name}" if name else base


def page_names_of(archive: Archive) -> dict[str, Optional[str]]:
    """Article id → its page's 版名 (the model may know it from the issue, not the article)."""
    return {a.id: page.name or a.page_name
            for pub in archive.publications for issue in pub.issues
            for page in issue.pages for a in page.articles}


def index_document(a: Article, body: str, paper_name: str,
                   page_name: Optional[str] = None) -> tuple[str, list[str]]:
    """The minimal page Pagefind indexes for one article, and its text blocks (reading order)."""
    heads = [(tag, clean_block(text)) for tag, text in
             (("p", a.kicker), ("h1", a.title), ("p", a.subtitle), ("p", a.byline))]
    heads = [(tag, b) for tag, b in heads if b]
    paras = body_blocks(body)
    blocks = [b for _, b in heads] + paras
    content = "".join(f"<{tag}>{html.escape(index_form(b))}</{tag}>" for tag, b in heads) + \
        "".join(f"<p>{html.escape(index_form(b))}</p>" for b in paras)
    metas = [
        _meta("meta", "title", a.title), _meta("meta", "date", a.date.isoformat()),
        _meta("meta", "page", page_label(a, page_name)), _meta("meta", "paper", paper_name),
        _meta("filter", "paper", a.paper), _meta("filter", "year", str(a.date.year)),
        _meta("filter", "kind", a.kind or "article"),
        _meta("sort", "date", f"{a.date.isoformat()}-{a.page:03d}-{a.seq:03d}"),
    ]
    page_name = page_name or a.page_name
    if page_name:
        metas.append(_meta("filter", "page_name", page_name))
    metas.extend(_meta("filter", "topic", t) for t in dict.fromkeys(a.topics))
    doc = ('<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>'
           f'{html.escape(a.title)}</title>{"".join(metas)}</head><body>'
           f'<main data-pagefind-body>{content}</main></body></html>')
    return doc, blocks


def article_doc_path(a: Article) -> str:
    """`/<paper>/YYYY/MM/DD/NN-SS/` → `<paper>/YYYY/MM/DD/NN-SS/index.html` (Pagefind's URL)."""
    return a.url.strip("/") + "/index.html"


def write_shard_documents(articles: list[Article], root: str, out_dir: str,
                          paper_names: dict[str, str],
                          page_names: Optional[dict[str, Optional[str]]] = None
                          ) -> tuple[set[str], set[str]]:
    """Write every article's index document under `out_dir`; returns (punctuation, charset)."""
    punct: set[str] = set()
    chars: set[str] = set()
    made: set[str] = set()
    for a in articles:
        body = a.read_body(root)
        doc, blocks = index_document(a, body, paper_names.get(a.paper, a.paper),
                                     (page_names or {}).get(a.id))
        rel = check_rel(article_doc_path(a))   # never outside `out_dir`
        folder = os.path.join(out_dir, os.path.dirname(rel))
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        with open(os.path.join(out_dir, rel), "w", encoding="utf-8") as fh:
            fh.write(doc)
        punct |= punctuation_of(blocks)
        for b in blocks:
            chars.update(b)
    return punct, chars


# ---- running Pagefind ----

def pagefind_executable() -> str:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        get_executable = None
    try:
        if get_executable is None:
            raise FileNotFoundError
        return str(get_executable())
    except FileNotFoundError:
        raise SearchError("the Pagefind binary is missing",
                          f"pip install -r requirements.txt (pagefind[bin]=={PAGEFIND_VERSION}), "
                          "or build with --no-search") from None


def run_pagefind(site: str, output: str, include_chars: Iterable[str]) -> float:
    """Index `site` into `output` with the standard binary; returns its peak RSS in MB."""
    import psutil
    include = "".join(sorted(set(include_chars) | {SEP}))
    cmd = [pagefind_executable(), "--site", site, "--output-path", output,
           f"--include-characters={include}", "--silent"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    try:
        ps = psutil.Process(proc.pid)
    except psutil.Error:
        ps = None
    out_chunks: list[bytes] = []

    def drain(stream, sink):
        sink.append(stream.read())
    threads = [threading.Thread(target=drain, args=(s, out_chunks), daemon=True)
               for s in (proc.stdout, proc.stderr)]
    for t in threads:
        t.start()
    while proc.poll() is None:
        if ps is not None:
            try:
                peak = max(peak, ps.memory_info().rss)
            except psutil.Error:
                pass
        time.sleep(0.02)
    for t in threads:
        t.join()
    if proc.returncode != 0:
        detail = b"".join(out_chunks).decode("utf-8", "replace").strip()[-2000:]
        raise SearchError(f"pagefind failed (exit {proc.returncode}) indexing {site}: {detail}")
    return peak / 2**20


# ---- sidecars: catalog, chars, manifest ----

def read_fragment(path: str) -> dict:
    with open(path, "rb") as fh:
        raw = gzip.decompress(fh.read())
    if raw.startswith(b"pagefind_dcd"):
        raw = raw[len(b"pagefind_dcd"):]
    return json.loads(raw)


def build_catalog(bundle: str) -> dict:
    """Result id (fragment hash) → [url, title, date, page label, paper slug] for one bundle."""
    entries = {}
    frag_dir = os.path.join(bundle, "fragment")
    for name in sorted(os.listdir(frag_dir)) if os.path.isdir(frag_dir) else []:
        if not name.endswith(".pf_fragment"):
            continue
        frag = read_fragment(os.path.join(frag_dir, name))
        meta = frag.get("meta", {})
        url = frag.get("url", "")
        entries[name[:-len(".pf_fragment")]] = [
            url, meta.get("title", ""), meta.get("date", ""), meta.get("page", ""),
            url.strip("/").split("/")[0]]
    return entries


# Pagefind's own UIs (and its worker, which search.js does not use: noWorker) are ~450 KB per
# bundle; the search page never loads them, so a 50-part archive saves ~20 MB of hosting.
_UNUSED_UI = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js",
              "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
              "pagefind-highlight.js", "pagefind-worker.js")


def _drop_unused_ui(bundle: str) -> None:
    for name in _UNUSED_UI:
        try:
            os.remove(os.path.join(bundle, name))
        except FileNotFoundError:
            pass


def _write(path: str, data: bytes) -> None:
    tmp = path + ".tmp"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _tree_size(path: str) -> tuple[int, int]:
    size = files = 0
    for dirpath, _, filenames in os.walk(path):
        for f in filenames:
            size += os.path.getsize(os.path.join(dirpath, f))
            files += 1
    return size, files


def split_parts(articles: list[Article], max_articles: int) -> list[list[Article]]:
    """Cut a slice (sorted by date) into parts of at most `max_articles`, never splitting a day.

    Greedy from the oldest day, so appending new issues changes only the last part (or starts a
    new one): the older parts keep their exact membership and are not re-indexed.
    """
    parts: list[list[Article]] = []
    current: list[Article] = []
    i = 0
    while i < len(articles):
        j = i
        while j < len(articles) and articles[j].date == articles[i].date:
            j += 1
        day = articles[i:j]
        if current and len(current) + len(day) > max(1, max_articles):
            parts.append(current)
            current = []
        current.extend(day)
        i = j
    if current:
        parts.append(current)
    return parts


def part_digest(articles: list[Article], root: str, paper_names: dict[str, str],
                page_names: Optional[dict[str, Optional[str]]] = None) -> str:
    """Identity of a part's input: its articles' files (path, mtime, size), the facts the index
    takes from elsewhere (derived topics, the page's 版名, paper names) and the format."""
    h = hashlib.sha1(f"{FORMAT_VERSION}|{PAGEFIND_VERSION}|".encode())
    for paper in sorted({a.paper for a in articles}):
        h.update(f"{paper}={paper_names.get(paper, paper)}|".encode())
    for a in articles:
        try:
            st = os.stat(os.path.join(root, a.path)) if a.path else None
            stamp = f"{st.st_mtime_ns}:{st.st_size}" if st else "-"
        except OSError:
            stamp = "?"
        page_name = (page_names or {}).get(a.id) or a.page_name or ""
        h.update(f"{a.id}|{a.path}|{stamp}|{page_name}|{'/'.join(a.topics)}|{a.kind}\n".encode())
        if a.body is not None:   # an in-memory body (tests, synthetic archives) counts too
            h.update(a.body.encode("utf-8"))
    return h.hexdigest()


def _shard_info(key: str, slice_key: str, articles: list[Article], punct: set[str],
                digest: str) -> dict:
    return {"key": key, "slice": slice_key, "path": f"{key}/",
            "from": articles[0].date.isoformat(), "to": articles[-1].date.isoformat(),
            "articles": len(articles),
            "years": sorted({a.date.year for a in articles}),
            "papers": sorted({a.paper for a in articles}),
            "punct": "".join(sorted(punct)), "digest": digest}


def index_shard(key: str, slice_key: str, articles: list[Article], config: SiteConfig,
                bundle_root: str, paper_names: dict[str, str], digest: str,
                page_names: Optional[dict[str, Optional[str]]] = None
                ) -> tuple[ShardStats, dict, set[str]]:
    """Index one part into `bundle_root/<key>/`, replacing the old bundle only on success."""
    t0 = time.perf_counter()
    final = os.path.join(bundle_root, key)
    staging = os.path.join(bundle_root, f".{key}.new")
    shutil.rmtree(staging, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix=f"search-{key}-") as docs:
        punct, chars = write_shard_documents(articles, config.root, docs, paper_names, page_names)
        peak = run_pagefind(docs, os.path.abspath(staging), punct)
    _drop_unused_ui(staging)
    catalog = build_catalog(staging)
    _write(os.path.join(staging, CATALOG),
           gzip.compress(json.dumps(catalog, ensure_ascii=False, separators=(",", ":"))
                         .encode("utf-8"), 6, mtime=0))
    _write(os.path.join(staging, CHARS), "".join(sorted(chars)).encode("utf-8"))
    info = _shard_info(key, slice_key, articles, punct, digest)
    _write(os.path.join(staging, "shard.json"), json.dumps(info, ensure_ascii=False).encode())
    old = os.path.join(bundle_root, f".{key}.old")
    shutil.rmtree(old, ignore_errors=True)
    if os.path.exists(final):
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)
    size, _ = _tree_size(final)
    stats = ShardStats(key=key, pages=len(articles), seconds=time.perf_counter() - t0,
                       peak_rss_mb=peak, bundle_bytes=size)
    return stats, info, chars


def _load_shard_sidecars(bundle: str) -> Optional[tuple[dict, set[str]]]:
    try:
        with open(os.path.join(bundle, "shard.json"), encoding="utf-8") as fh:
            info = json.load(fh)
        with open(os.path.join(bundle, CHARS), encoding="utf-8") as fh:
            chars = set(fh.read())
        if not os.path.exists(os.path.join(bundle, "pagefind.js")) or \
                not os.path.exists(os.path.join(bundle, CATALOG)):
            return None
        return info, chars
    except (OSError, ValueError):
        return None


def _shard_sort_key(key: str) -> tuple:
    """Newest first: '2022.2' after '2022.1' after '2021.3' (numbers compared as numbers)."""
    nums = [int(x) for x in re.findall(r"\d+", key)]
    return (nums or [10**9], key)


def plan_parts(archive: Archive, config: SiteConfig) -> dict[str, tuple[str, list[Article]]]:
    """Bundle key ('2022.1') → (slice key '2022', its articles)."""
    out: dict[str, tuple[str, list[Article]]] = {}
    for slice_key, arts in shards_of(archive, config).items():
        for i, part in enumerate(split_parts(arts, config.search_max_shard_articles), 1):
            out[f"{slice_key}.{i}"] = (slice_key, part)
    return out


def search_workers(config: SiteConfig) -> int:
    """Parts indexed at once: one per core (build.workers), at most 4 — each holds its own
    pagefind process, so total memory is this many times the per-part peak."""
    return min(4, config.workers or os.cpu_count() or 1)


def write_manifest(config: SiteConfig, bundle_root: str, parts: dict) -> None:
    """shards.json (newest first) and variants.json from the sidecars of the bundles on disk."""
    infos, charset = [], set()
    for key in sorted(parts, key=_shard_sort_key, reverse=True):
        side = _load_shard_sidecars(os.path.join(bundle_root, key))
        if side is not None:
            infos.append(side[0])
            charset |= side[1]
    _write(os.path.join(bundle_root, VARIANTS),
           json.dumps(variant_table(charset), ensure_ascii=False, separators=(",", ":")).encode())
    manifest = {"version": FORMAT_VERSION, "pagefind": PAGEFIND_VERSION,
                "sep": SEP, "catalog": CATALOG, "variants": VARIANTS,
                "shard_by": config.search_shard_by, "shards": infos}
    _write(os.path.join(bundle_root, MANIFEST),
           json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))


def index_site(config: SiteConfig, archive: Archive, site_dir: str,
               changed_shards: Optional[set[str]] = None, progress: bool = True) -> SearchReport:
    """Build or update the sharded search index under `site_dir/<bundle_dir>/`.

    Each time slice (`shard_key`) is indexed as one or more parts of at most
    `search.max_shard_articles` articles. `changed_shards=None` checks every part; otherwise only
    the parts of the named slices (plus any part whose bundle is missing or damaged). A part is
    re-indexed only when its articles' files changed (digest), so an unchanged slice costs a
    stat per article. Bundles of parts that no longer exist are removed.
    """
    t0 = time.perf_counter()
    report = SearchReport()
    bundle_root = os.path.join(site_dir, check_rel(config.search_bundle_dir.strip("/")))
    os.makedirs(bundle_root, exist_ok=True)
    names = dict(config.publication_names)
    for p in archive.publications:
        names.setdefault(p.slug, p.name)
    parts = plan_parts(archive, config)
    pages = page_names_of(archive)
    todo: list[tuple[str, str]] = []   # (key, digest)
    for key in sorted(parts, key=_shard_sort_key, reverse=True):
        slice_key, arts = parts[key]
        side = _load_shard_sidecars(os.path.join(bundle_root, key))
        if side is not None and changed_shards is not None and slice_key not in changed_shards:
            continue   # the caller vouches this slice is unchanged: not even a stat
        digest = part_digest(arts, config.root, names, pages)
        if side is None or side[0].get("digest") != digest:
            todo.append((key, digest))

    def work(item: tuple[str, str]) -> ShardStats:
        key, digest = item
        slice_key, arts = parts[key]
        try:
            stats = index_shard(key, slice_key, arts, config, bundle_root, names, digest, pages)[0]
        except Exception as exc:   # name the part (its articles' dates) the failure is in
            own = isinstance(exc, SearchError)
            raise SearchError(f"part {key} ({len(arts)} articles, {arts[0].date} to "
                              f"{arts[-1].date}): {exc.message if own else exc}",
                              exc.hint if own else "") from exc
        if progress:
            print(f"search: {key}: {stats.pages} articles in {stats.seconds:.1f} s, "
                  f"pagefind peak {stats.peak_rss_mb:.0f} MB, {stats.bundle_bytes / 2**20:.1f} MB",
                  file=sys.stderr, flush=True)
        return stats

    try:
        # parts in parallel: pagefind runs mostly on one core, so `search_workers` parts at a
        # time use the machine; the peak RSS of each part is unchanged
        workers = max(1, min(search_workers(config), len(todo)))
        if workers == 1:
            results = [work(item) for item in todo]
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(work, todo))
        for stats in results:
            report.shards_indexed.append(stats.key)
            report.pages_indexed += stats.pages
            report.peak_rss_mb[stats.key] = stats.peak_rss_mb
            report.shard_stats.append(stats)
        for name in os.listdir(bundle_root):   # parts that no longer exist, failed staging dirs
            path = os.path.join(bundle_root, name)
            if os.path.isdir(path) and name not in parts:
                shutil.rmtree(path, ignore_errors=True)
    finally:
        # the manifest always describes the bundles on disk, even after a failed part
        write_manifest(config, bundle_root, parts)
    report.shards_total = len(parts)
    report.index_bytes, report.files = _tree_size(bundle_root)
    report.seconds = time.perf_counter() - t0
    if progress and report.shards_indexed:
        print(f"search: {report.pages_indexed} articles in {len(report.shards_indexed)} part(s), "
              f"{report.pages_per_s:.0f}/s, index {report.index_bytes / 2**20:.1f} MB",
              file=sys.stderr)
    return report


def measure_query_times(site_dir: str, queries: Iterable[str], repeat: int = 3,
                        base_path: str = "/", **kwargs) -> dict:
    """Query times in headless Chromium: {query: {cold_ms, first_ms, warm_ms, results}}.

    See `search_measure` (kept separate so building never imports Playwright)."""
    from generator.search.measure import measure_query_times as _measure
    return _measure(site_dir, list(queries), repeat=repeat, base_path=base_path, **kwargs)
