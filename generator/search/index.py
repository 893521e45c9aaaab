"""Full-text search: sharded Pagefind bundles with exact substring recall for Chinese.

Flow per part: the part's articles → custom records (headline + body only, in the
one-token-per-character form of `text.index_form`, with metas and filters), each with its
article's URL → the standard `pagefind` binary (PyPI `pagefind[bin]`, pinned), fed in article
order through its service protocol → the bundle's files, made canonical (`canonicalize_bundle`) → `site/<bundle_dir>/<part>/`
plus sidecars the search page reads: `catalog.bin` (result id → url, title, date, page, paper:
every hit is listed without fetching one fragment per hit), `chars.txt` (the part's characters),
`common.json` (its most frequent characters, counted: `common.py`), `rare/` (the pages holding
each of its rare characters: `rarepages.py`) and `shard.json` (its line in the manifest, with
the digest of the part's documents and `rare`, its bucket count).
`site/<bundle_dir>/shards.json` lists the parts newest first; `variants.json` is the
traditional/simplified table for the characters the archive holds; `runtime/` is the one copy of
Pagefind's pagefind.js + wasm the browser loads for every part (each part keeps its own copy, as
Pagefind wrote it, so a bundle stays complete and is compared and reused whole).

Reproducible: the same documents give the same bundle bytes on any machine and in any run, and
a part is indexed again only when its documents change (content digest, not file times).

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

import gzip
import json
import os
import shutil
import sys
import time
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Optional

from generator.core.config import SiteConfig
from generator.core.model import Archive, Article
from generator.core.files import write_bytes
from generator.core.paths import check_rel
from generator.search.variants import variant_table
from generator.search.bundle import canonicalize_bundle, catalog_of
from generator.search.documents import FORMAT_VERSION, PartInput, part_input
from generator.search.pagefind import PAGEFIND_VERSION, PagefindRun, SearchError, run_pagefind
from generator.search import common, partfilter, rarepages
from generator.search.parts import _shard_sort_key, load_digests, part_digest, save_digests
from generator.search.source import IssueLoader, PartSource, Recount
from generator.search.text import SEP

MANIFEST = "shards.json"
CATALOG = "catalog.bin"
CHARS = "chars.txt"
VARIANTS = "variants.json"
DIGESTS = "search-digests.json"   # in the cache folder: stamp digest → content digest, per part
RUNTIME = "runtime"               # the one copy of Pagefind's pagefind.js and wasm all parts share
SIZE_KEYS = ("bytes", "files")    # in a part's shard.json (not the manifest): its bundle's size


@dataclass
class ShardStats:
    key: str
    pages: int
    seconds: float
    peak_rss_mb: float
    bundle_bytes: int
    # where the time went (CPU seconds): reading bodies, making records (text forms, requests),
    # Pagefind adding the records, Pagefind building and returning the bundle, our output
    # (canonical bundle, catalog, files written)
    read_cpu_s: float = 0.0
    text_cpu_s: float = 0.0
    pagefind_parse_cpu_s: float = 0.0
    pagefind_index_cpu_s: float = 0.0
    output_cpu_s: float = 0.0


@dataclass
class SearchReport:
    shards_indexed: list[str] = field(default_factory=list)
    shards_reused: list[str] = field(default_factory=list)   # taken over from the published site
    shards_total: int = 0
    pages_indexed: int = 0
    seconds: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)   # shard → peak RSS of pagefind
    index_bytes: int = 0       # every file under site/<bundle_dir>/
    files: int = 0
    shard_stats: list[ShardStats] = field(default_factory=list)
    breakdown: dict[str, float] = field(default_factory=dict)   # stage_seconds() of the run

    @property
    def pages_per_s(self) -> float:
        return self.pages_indexed / self.seconds if self.seconds else 0.0

    @property
    def max_peak_rss_mb(self) -> float:
        return max(self.peak_rss_mb.values(), default=0.0)

    def stage_seconds(self) -> dict[str, float]:
        """CPU seconds per stage, summed over the parts indexed (see ShardStats), and the sum of
        the parts' wall seconds."""
        keys = ("read_cpu_s", "text_cpu_s", "pagefind_parse_cpu_s", "pagefind_index_cpu_s",
                "output_cpu_s", "seconds")
        return {("part_wall_s" if k == "seconds" else k):
                round(sum(getattr(st, k) for st in self.shard_stats), 2) for k in keys}

    def as_dict(self) -> dict:
        return {"shards_indexed": self.shards_indexed, "shards_reused": self.shards_reused,
                "shards_total": self.shards_total,
                "pages_indexed": self.pages_indexed, "seconds": round(self.seconds, 3),
                "pages_per_s": round(self.pages_per_s, 1),
                "peak_rss_mb": {k: round(v, 1) for k, v in self.peak_rss_mb.items()},
                "max_peak_rss_mb": round(self.max_peak_rss_mb, 1),
                "index_bytes": self.index_bytes, "index_mb": round(self.index_bytes / 2**20, 2),
                "files": self.files, "breakdown": self.stage_seconds()}


# ---- shards ----


# ---- the documents Pagefind reads ----


# ---- running Pagefind ----


# ---- canonical bundles ----
# Pagefind 1.5.2 keeps filters in a hash map seeded at random per process (hashbrown), so the
# values inside each filter file, and the order of the filter list in the meta file, change
# from run to run — and with them the filter and meta file names and pagefind-entry.json. Every
# other file is a function of the documents and their order. `canonicalize_bundle` sorts those
# lists and renames the files the way Pagefind names them (a prefix of the SHA-1 of the
# content), so the same documents give byte-identical bundles. Both files are CBOR (arrays,
# text and unsigned integers only) behind a `pagefind_dcd` signature, gzipped.


# ---- sidecars: catalog, chars, manifest ----


# Pagefind's own UIs (and its worker, which search.js does not use: noWorker) are ~450 KB per
# bundle; the search page never loads them, so a 50-part archive saves ~20 MB of hosting.
_UNUSED_UI = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js",
              "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
              "pagefind-highlight.js", "pagefind-worker.js")


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


def shard_info(key: str, slice_key: str, articles: list[Article], punct: set[str],
               digest: str) -> dict:
    """A part's line in the manifest (without its size)."""
    return {"key": key, "slice": slice_key, "path": f"{key}/",
            "from": articles[0].date.isoformat(), "to": articles[-1].date.isoformat(),
            "articles": len(articles),
            "years": sorted({a.date.year for a in articles}),
            "papers": sorted({a.paper for a in articles}),
            "punct": "".join(sorted(punct)), "digest": digest}


def _replace_dir(staging: str, final: str) -> None:
    """Put a finished bundle in place of the old one (two renames; the old one is deleted)."""
    old = final.rstrip(os.sep) + ".old"
    old = os.path.join(os.path.dirname(old), "." + os.path.basename(old))
    shutil.rmtree(old, ignore_errors=True)
    if os.path.exists(final):
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)


def index_shard(key: str, facts: dict, inp: PartInput,
                bundle_root: str) -> tuple[ShardStats, dict, set[str]]:
    """Index one part into `bundle_root/<key>/`, replacing the old bundle only on success;
    `facts` is its line in the manifest (`shard_info`), made while its articles were loaded."""
    t0 = time.perf_counter()
    run = run_pagefind(inp.requests, inp.punct)   # index_site names the part on failure
    return write_shard(key, facts, inp, run, bundle_root, time.perf_counter() - t0)


def write_shard(key: str, facts: dict, inp: PartInput, run: PagefindRun, bundle_root: str,
                pagefind_s: float) -> tuple[ShardStats, dict, set[str]]:
    """Write the bundle Pagefind returned for one part (`run`, which took `pagefind_s`), made
    canonical, with its sidecars, into `bundle_root/<key>/` (staged, then put in place)."""
    t0 = time.perf_counter()
    c0 = time.thread_time()
    final = os.path.join(bundle_root, key)
    staging = os.path.join(bundle_root, f".{key}.new")
    shutil.rmtree(staging, ignore_errors=True)
    files = dict(run.files)
    _, peak_mb, parse_cpu, cpu = run
    pages = canonicalize_bundle(files)
    for name in _UNUSED_UI:
        files.pop(name, None)
    folders: set[str] = set()   # made already (one makedirs per folder, not per file)
    for rel in sorted(files):
        path = os.path.join(staging, *check_rel(rel).split("/"))   # never outside the bundle
        folder = os.path.dirname(path)
        if folder not in folders:
            os.makedirs(folder, exist_ok=True)
            folders.add(folder)
        write_bytes(path, files[rel])
    catalog = catalog_of(pages, inp.rows)
    size = sum(map(len, files.values()))
    count = len(files) + 5   # and presence.bin, the catalog, chars.txt, common.json, shard.json
    del files
    ids = {entry[0]: rid for rid, entry in catalog.items()}   # url → result id
    buckets, more, more_files = rarepages.write_part(
        staging, {c: [(ids[u], wins) for u, wins in held] for c, held in inp.rare.items()},
        {ids[u]: row for u, row in inp.rare_rows.items()})
    size, count = size + more, count + more_files
    if buckets:
        facts = {**facts, "rare": buckets}
    size += partfilter.write_part_hashes(staging, inp.hashes)
    for name, data in ((CATALOG, gzip.compress(json.dumps(catalog, ensure_ascii=False,
                                                           separators=(",", ":")).encode("utf-8"),
                                               6, mtime=0)),
                       (CHARS, "".join(sorted(inp.chars)).encode("utf-8")),
                       (common.PART_FILE, common.part_bytes(inp.common))):
        _write(os.path.join(staging, name), data)
        size += len(data)
    # the bundle's size beside it (but shard.json's own), so the index's total is a sum over
    # the parts' shard.json, not a walk over every fragment file of the archive
    info = {**facts, SIZE_KEYS[0]: size, SIZE_KEYS[1]: count}
    data = json.dumps(info, ensure_ascii=False).encode()
    _write(os.path.join(staging, "shard.json"), data)
    size += len(data)
    _replace_dir(staging, final)
    stats = ShardStats(key=key, pages=facts["articles"],
                       seconds=pagefind_s + time.perf_counter() - t0,
                       peak_rss_mb=peak_mb, bundle_bytes=size,
                       read_cpu_s=inp.read_s, text_cpu_s=inp.text_s,
                       pagefind_parse_cpu_s=parse_cpu,
                       pagefind_index_cpu_s=max(0.0, cpu - parse_cpu),
                       output_cpu_s=time.thread_time() - c0)
    return stats, info, inp.chars


def reuse_bundle(source: str, bundle_root: str, key: str) -> None:
    """Copy an up-to-date bundle of the published site into `bundle_root/<key>/` as hard links
    (a full build's new tree: the published files are never modified in place, only replaced,
    so sharing them is safe); a plain copy where links are impossible."""
    staging = os.path.join(bundle_root, f".{key}.new")
    shutil.rmtree(staging, ignore_errors=True)
    for dirpath, _, filenames in os.walk(source):
        target = os.path.join(staging, os.path.relpath(dirpath, source))
        os.makedirs(target, exist_ok=True)
        for f in filenames:
            try:
                os.link(os.path.join(dirpath, f), os.path.join(target, f))
            except OSError:
                shutil.copy2(os.path.join(dirpath, f), os.path.join(target, f))
    _replace_dir(staging, os.path.join(bundle_root, key))


def _load_shard_sidecars(bundle: str) -> Optional[tuple[dict, set[str]]]:
    """A part's shard.json (with `SIZE_KEYS`: its bundle's bytes and files, all of them) and
    its characters; None when the bundle is incomplete."""
    try:
        with open(os.path.join(bundle, "shard.json"), "rb") as fh:
            raw = fh.read()
        info = json.loads(raw)
        with open(os.path.join(bundle, CHARS), encoding="utf-8") as fh:
            chars = set(fh.read())
        if not all(os.path.exists(os.path.join(bundle, f))
                   for f in ("pagefind.js", CATALOG, partfilter.PART_FILE)):
            return None
        if isinstance(info.get(SIZE_KEYS[0]), int) and isinstance(info.get(SIZE_KEYS[1]), int):
            info[SIZE_KEYS[0]] += len(raw)
        else:   # a bundle written before its size was kept
            info[SIZE_KEYS[0]], info[SIZE_KEYS[1]] = _tree_size(bundle)
        return info, chars
    except (OSError, ValueError, AttributeError):
        return None


def search_workers(config: SiteConfig) -> int:
    """Parts indexed at once: one per core (build.workers), at most 4 — each holds its own
    pagefind process, so total memory is this many times the per-part peak."""
    return min(4, config.workers or os.cpu_count() or 1)


def _runtime_files(bundle: str) -> list[str]:
    """The files of a part that are Pagefind's runtime (the same bytes in every part of one
    Pagefind version), not its index: pagefind.js and the wasm."""
    try:
        names = sorted(os.listdir(bundle))
    except OSError:
        return []
    return [n for n in names if n == "pagefind.js" or (n.startswith("wasm.") and n.endswith(".pagefind"))]


def write_runtime(bundle_root: str, keys: list[str]) -> Optional[str]:
    """Copy Pagefind's runtime (pagefind.js + wasm) from the first part that has it into
    `bundle_root/runtime/`, the one copy search.js loads for every part: a query that touches N
    parts then downloads and compiles the runtime once (~110 KB), not N times. A file already
    holding the same bytes is left alone (its time and the reader's cache stay valid). Returns
    the folder's manifest path ('runtime/'), or None when no part has a runtime."""
    for key in keys:
        bundle = os.path.join(bundle_root, key)
        names = _runtime_files(bundle)
        if "pagefind.js" not in names:
            continue
        target = os.path.join(bundle_root, RUNTIME)
        os.makedirs(target, exist_ok=True)
        for name in names:
            with open(os.path.join(bundle, name), "rb") as fh:
                data = fh.read()
            dest = os.path.join(target, name)
            try:
                with open(dest, "rb") as fh:
                    if fh.read() == data:
                        continue
            except OSError:
                pass
            _write(dest, data)
        for name in _runtime_files(target):   # a wasm of another language no part has any more
            if name not in names:
                os.remove(os.path.join(target, name))
        return RUNTIME + "/"
    return None


def write_manifest(config: SiteConfig, bundle_root: str, parts: dict) -> tuple[int, int]:
    """shards.json (newest first), variants.json and the shared runtime, from the bundles on
    disk; returns the index's bytes and files (the parts' from their shard.json, the rest from
    a walk of what is not a part)."""
    infos, charset, counts = [], set(), []
    size = count = 0
    for key in sorted(parts, key=_shard_sort_key, reverse=True):
        side = _load_shard_sidecars(os.path.join(bundle_root, key))
        if side is not None:
            info = side[0]
            size += info.pop(SIZE_KEYS[0])
            count += info.pop(SIZE_KEYS[1])
            infos.append(info)
            charset |= side[1]
            counts.append(common.read_part(os.path.join(bundle_root, key)))
    _write(os.path.join(bundle_root, VARIANTS),
           json.dumps(variant_table(charset), ensure_ascii=False, separators=(",", ":")).encode())
    runtime = write_runtime(bundle_root, [i["key"] for i in infos])
    manifest = {"version": FORMAT_VERSION, "pagefind": PAGEFIND_VERSION,
                "sep": SEP, "catalog": CATALOG, "variants": VARIANTS, "runtime": runtime,
                "presence": partfilter.write_filter(bundle_root, infos),
                "common": common.archive_order(counts),
                "shard_by": config.search_shard_by, "shards": infos}
    _write(os.path.join(bundle_root, MANIFEST),
           json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    listed = {i["key"] for i in infos}
    for name in os.listdir(bundle_root):
        path = os.path.join(bundle_root, name)
        if name in listed:
            continue
        if os.path.isdir(path):
            more = _tree_size(path)
        else:
            more = (os.path.getsize(path), 1)
        size, count = size + more[0], count + more[1]
    return size, count


def _candidates(source: PartSource, bundle_root: str, changed_shards: Optional[set[str]]
                ) -> list[tuple[str, Optional[str]]]:
    """The parts that may need work, newest first, each with the digest of the bundle in place
    (None: missing or incomplete): every part, or with `changed_shards` those of the named
    slices and any whose bundle is missing — the caller vouches for the others (not a stat)."""
    todo: list[tuple[str, Optional[str]]] = []
    for key in sorted(source.parts, key=_shard_sort_key, reverse=True):
        side = _load_shard_sidecars(os.path.join(bundle_root, key))
        if side is not None and changed_shards is not None \
                and source.slice_of(key) not in changed_shards:
            continue
        todo.append((key, side[0].get("digest") if side is not None else None))
    return todo


def _named(facts: dict, step: Callable[[], object]):
    """`step()`, with a failure naming the part it is in (its key and its articles' dates)."""
    try:
        return step()
    except Exception as exc:
        own = isinstance(exc, SearchError)
        raise SearchError(f"part {facts['key']} ({facts['articles']} articles, {facts['from']} to "
                          f"{facts['to']}): {exc.message if own else exc}",
                          exc.hint if own else "") from exc


def _progress_line(stats: ShardStats) -> None:
    print(f"search: {stats.key}: {stats.pages} articles in {stats.seconds:.1f} s, "
          f"pagefind peak {stats.peak_rss_mb:.0f} MB, {stats.bundle_bytes / 2**20:.1f} MB",
          file=sys.stderr, flush=True)


def _tally(report: SearchReport, results: list) -> None:
    """Count the parts' results (a key: taken over; stats: indexed; None: in place) in `report`."""
    for stats in results:
        if isinstance(stats, str):
            report.shards_reused.append(stats)
        elif stats is not None:
            report.shards_indexed.append(stats.key)
            report.pages_indexed += stats.pages
            report.peak_rss_mb[stats.key] = stats.peak_rss_mb
            report.shard_stats.append(stats)


def _remove_stale(bundle_root: str, parts: dict) -> None:
    """Delete the folders under `bundle_root` that are no part's bundle."""
    for name in os.listdir(bundle_root):   # parts that no longer exist, failed staging dirs
        path = os.path.join(bundle_root, name)
        if os.path.isdir(path) and name not in parts and name not in (RUNTIME, partfilter.DIR):
            shutil.rmtree(path, ignore_errors=True)


def _print_summary(report: SearchReport) -> None:
    """The closing progress lines: parts taken over, parts indexed."""
    if report.shards_reused:
        print(f"search: {len(report.shards_reused)} part(s) unchanged, taken from the published "
              "site", file=sys.stderr)
    if report.shards_indexed:
        print(f"search: {report.pages_indexed} articles in {len(report.shards_indexed)} part(s), "
              f"{report.pages_per_s:.0f}/s, index {report.index_bytes / 2**20:.1f} MB",
              file=sys.stderr)


def _failed(f: Future) -> bool:
    """Whether a part's future (or the write it handed on, a future itself) ended in an error."""
    if not f.done():
        return False
    if f.cancelled() or f.exception() is not None:
        return not f.cancelled()
    got = f.result()
    return isinstance(got, Future) and _failed(got)


def _pipeline(todo: list, prepare: Callable, finish: Callable, workers: int,
              size: Callable, write: Optional[Callable] = None) -> list:
    """`finish(item, prepare(item))` for every item — or, with `write`,
    `write(item, finish(item, prepare(item)))` — results in `todo`'s order.

    Why stages: `prepare` (a part's records: Python, holding the GIL) runs in the calling
    thread, in order — it may load articles through the build state, whose database connection
    belongs to that thread — while `workers` threads each drive a Pagefind process through
    `finish`, so the cores Pagefind needs are never waiting for the next part's records, and
    the records are made on whatever CPU the Pagefind processes leave. `write` (a bundle's
    files: mostly waits on the disk) runs in one writer thread of its own, so an indexer starts
    its next Pagefind as soon as the last one answered instead of idling while ~2,000 files are
    written. At most `workers + 1` prepared parts wait (each holds its records' requests in
    memory), and at most `workers` finished ones wait to be written (each holds its bundle).
    Largest parts first, so the last ones to finish (while the other cores have nothing left)
    are the short ones.
    """
    if not todo:
        return []
    workers = max(1, min(workers, len(todo)))
    if workers == 1:
        if write is None:
            return [finish(item, prepare(item)) for item in todo]
        return [write(item, finish(item, prepare(item))) for item in todo]
    order = sorted(range(len(todo)), key=lambda i: -size(todo[i]))
    slots = threading.Semaphore(workers + 1)
    unwritten = threading.Semaphore(workers)

    def write_then_free(i: int, got):
        try:
            return write(todo[i], got)
        finally:
            unwritten.release()

    def finish_then_free(i: int, got, writer: Optional[ThreadPoolExecutor]):
        try:
            done = finish(todo[i], got)
            del got   # the records: let go before waiting for the writer
            if writer is None:
                return done
            unwritten.acquire()   # released when written
            return writer.submit(write_then_free, i, done)
        finally:
            slots.release()

    futures: dict[int, Future] = {}
    # the writer closes last: parts still being indexed when a run fails can hand it their files
    with ThreadPoolExecutor(max_workers=1) as writer, \
            ThreadPoolExecutor(max_workers=workers) as indexers:
        try:
            for i in order:
                slots.acquire()   # released when a part is indexed
                if any(map(_failed, futures.values())):
                    break   # a failed part: prepare no more (its error is raised below)
                # the records go to the indexer's call alone: a finished part's are let go
                futures[i] = indexers.submit(finish_then_free, i, prepare(todo[i]),
                                             writer if write is not None else None)
            done = {i: f.result() for i, f in futures.items()}
            if write is not None:
                done = {i: f.result() for i, f in done.items()}
        except BaseException:
            for f in futures.values():   # start no more parts
                f.cancel()
            raise
    return [done[i] for i in range(len(todo))]


def index_site(config: SiteConfig, archive: Archive, site_dir: str,
               changed_shards: Optional[set[str]] = None, progress: bool = True,
               reuse_from: Optional[str] = None,
               issues: Optional[IssueLoader] = None) -> SearchReport:
    """Build or update the sharded search index under `site_dir/<bundle_dir>/`.

    Each time slice (`shard_key`) is indexed as one or more parts of at most
    `search.max_shard_articles` articles. `changed_shards=None` checks every part; otherwise only
    the parts of the named slices (plus any part whose bundle is missing or damaged). A part is
    re-indexed only when the documents Pagefind would read changed (content digest). The cache
    remembers each part's content digest under its stamp key, so an unchanged part costs a stat
    per article; when stamps moved (a copy with new mtimes, a lost cache) the documents are
    built again and compared — Pagefind runs only when they differ. `reuse_from` (a full build:
    the published site) offers bundles to take over, as hard links, when their digest matches.
    Bundles of parts that no longer exist are removed. `issues` (a build's plan): the archive's
    issues are loaded on demand, a part at a time, and let go once its records are made, so
    memory does not grow with the archive (`source.PartSource`).
    """
    t0 = time.perf_counter()
    report = SearchReport()
    bundle_dir = check_rel(config.search_bundle_dir.strip("/"))
    bundle_root = os.path.join(site_dir, bundle_dir)
    reuse_root = os.path.join(reuse_from, bundle_dir) if reuse_from else None
    os.makedirs(bundle_root, exist_ok=True)
    names = dict(config.publication_names)
    for p in archive.publications:
        names.setdefault(p.slug, p.name)
    memo_path = os.path.join(config.path(config.cache_dir), DIGESTS)
    memo = load_digests(memo_path)
    if (reuse_root and not os.path.isdir(os.path.join(bundle_root, partfilter.DIR))
            and os.path.isdir(os.path.join(reuse_root, partfilter.DIR))):
        # the published presence filter, taken over like the bundles: only its changed groups
        # are rewritten (replaced, never modified in place, so the links are safe)
        reuse_bundle(os.path.join(reuse_root, partfilter.DIR), bundle_root, partfilter.DIR)
    source = PartSource(archive, config, issues)

    def prepare(item: tuple) -> Optional[ShardStats | str | tuple[dict, PartInput]]:
        """A part's manifest line and records when Pagefind must index them; else the result:
        its key when the published bundle was taken over, None when the bundle in place
        already holds these documents. The part's articles are let go before it returns."""
        key, here = item
        arts, pages = source.load(key)
        try:
            stamp = part_digest(arts, config.root, names, pages)
            known = memo[key][1] if memo.get(key, [None])[0] == stamp else None
            if known is not None and known == here:
                return None
            live = _load_shard_sidecars(os.path.join(reuse_root, key)) if reuse_root else None
            live = live[0].get("digest") if live else None
            if known is not None and known == live:
                reuse_bundle(os.path.join(reuse_root, key), bundle_root, key)
                return key
            inp = part_input(arts, config.root, names, pages)
            memo[key] = [stamp, inp.digest]
            if inp.digest == here:
                return None
            if inp.digest == live:
                reuse_bundle(os.path.join(reuse_root, key), bundle_root, key)
                return key
            return shard_info(key, source.slice_of(key), arts, inp.punct, inp.digest), inp
        finally:
            source.release(key)

    def finish(item: tuple, got: Optional[ShardStats | str | tuple[dict, PartInput]]):
        """Pagefind's bundle for a part to index (with what writing it needs); else `got`."""
        if not isinstance(got, tuple):
            return got
        facts, inp = got
        t = time.perf_counter()
        run = _named(facts, lambda: run_pagefind(inp.requests, inp.punct))
        # the requests (~20 MB a part) are not needed to write the bundle: let them go now
        return facts, replace(inp, requests=[]), run, time.perf_counter() - t

    def write(item: tuple, got) -> Optional[ShardStats | str]:
        if not isinstance(got, tuple):
            return got
        facts, inp, run, pagefind_s = got
        stats = _named(facts, lambda: write_shard(item[0], facts, inp, run, bundle_root,
                                                  pagefind_s)[0])
        if progress:
            _progress_line(stats)
        return stats

    def run() -> list:
        todo = _candidates(source, bundle_root, changed_shards)
        return _pipeline(todo, prepare, finish, search_workers(config),
                         size=lambda item: source.size(item[0]), write=write)

    try:
        try:
            results = run()
        except Recount:   # the days' counts and the loaded articles disagree: load them all
            issues.load_days(set(issues.day_counts))
            source = PartSource(archive, config)
            results = run()
        _tally(report, results)
        _remove_stale(bundle_root, source.parts)
    finally:
        # the manifest always describes the bundles on disk, even after a failed part
        report.index_bytes, report.files = write_manifest(config, bundle_root, source.parts)
        try:
            save_digests(memo_path, {k: v for k, v in memo.items() if k in source.parts})
        except OSError:
            pass   # only a shortcut: the next check builds the documents to compare
    report.shards_total = len(source.parts)
    report.breakdown = report.stage_seconds()
    report.seconds = time.perf_counter() - t0
    if progress:
        _print_summary(report)
    return report


def measure_query_times(site_dir: str, queries: Iterable[str], repeat: int = 3,
                        base_path: str = "/", **kwargs) -> dict:
    """Query times in headless Chromium: {query: {cold_ms, first_ms, warm_ms, results}}.

    See `search_measure` (kept separate so building never imports Playwright)."""
    from generator.search.measure import measure_query_times as _measure
    return _measure(site_dir, list(queries), repeat=repeat, base_path=base_path, **kwargs)
