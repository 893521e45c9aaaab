"""Full-text search: sharded Pagefind bundles with exact substring recall for Chinese.

Flow per part: the part's articles → minimal HTML documents (headline + body only, in the
one-token-per-character form of `search_text`), each with its article's URL → the standard
`pagefind` binary (PyPI `pagefind[bin]`, pinned), fed in article order through its service
protocol → the bundle's files, made canonical (`canonicalize_bundle`) → `site/<bundle_dir>/<part>/`
plus sidecars the search page reads: `catalog.bin` (result id → url, title, date, page, paper:
every hit is listed without fetching one fragment per hit), `chars.txt` (the part's characters)
and `shard.json` (its line in the manifest, with the digest of the part's documents).
`site/<bundle_dir>/shards.json` lists the parts newest first; `variants.json` is the
traditional/simplified table for the characters the archive holds.

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

import base64
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
# How a part's documents become bundle bytes (fed in order through `pagefind --service`, filter
# and meta files made canonical); part digests include it, so changing it re-indexes every part.
BUNDLE_VERSION = 2
DIGESTS = "search-digests.json"   # in the cache folder: stamp digest → content digest, per part


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
    shards_reused: list[str] = field(default_factory=list)   # taken over from the published site
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
        return {"shards_indexed": self.shards_indexed, "shards_reused": self.shards_reused,
                "shards_total": self.shards_total,
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


@dataclass
class PartInput:
    """What Pagefind reads for one part: its documents in a fixed order, and their digest."""
    docs: list[tuple[str, str]]       # (url, document), oldest article first
    punct: set[str]                   # characters Pagefind must treat as word characters
    chars: set[str]                   # every character of the part's text (chars.txt)
    digest: str                       # content digest: the format + every (url, document)


def part_input(articles: list[Article], root: str, paper_names: dict[str, str],
               page_names: Optional[dict[str, Optional[str]]] = None) -> PartInput:
    """Build a part's documents (reading each body once) and the digest of exactly those bytes.

    The digest is of content, not file times, so a copy of the project with new mtimes (or a
    lost `.cache/`) still recognises an up-to-date bundle.
    """
    punct: set[str] = set()
    chars: set[str] = set()
    docs: list[tuple[str, str]] = []
    h = hashlib.sha1(f"{FORMAT_VERSION}|{PAGEFIND_VERSION}|{BUNDLE_VERSION}\n".encode())
    for a in articles:
        doc, blocks = index_document(a, a.read_body(root), paper_names.get(a.paper, a.paper),
                                     (page_names or {}).get(a.id))
        url = a.url
        docs.append((url, doc))
        h.update(f"{len(url)}:{url}{len(doc)}:".encode())
        h.update(doc.encode("utf-8"))
        punct |= punctuation_of(blocks)
        for b in blocks:
            chars.update(b)
    return PartInput(docs, punct, chars, h.hexdigest())


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


def _message(message_id: int, payload: dict) -> bytes:
    """One request of Pagefind's service protocol: base64 of the JSON, then a comma."""
    body = json.dumps({"message_id": message_id, "payload": payload}, ensure_ascii=False,
                      separators=(",", ":"))
    return base64.b64encode(body.encode("utf-8")) + b","


def run_pagefind(docs: list[tuple[str, str]], include_chars: Iterable[str],
                 label: str = "") -> tuple[dict[str, bytes], float]:
    """Index `docs` ((url, html), in this order); returns the bundle's files (path inside the
    bundle → bytes) and Pagefind's peak RSS in MB.

    Why the service (`pagefind --service`, the protocol its Node and Python APIs speak) and not
    `pagefind --site DIR`: Pagefind numbers pages in the order it meets them, and over a folder
    that is the file system's directory order (ext4 hashes names with a per-disk seed, tmpfs
    keeps creation order), so the same documents gave different index files on another disk.
    Files added through the service are numbered in the order sent. The bundle comes back in
    the answer (GetFiles) rather than written by Pagefind (WriteFiles): its writes are not
    flushed when it answers, and it exits without waiting for them when its input closes.
    Requests are written by a thread while this one reads the answers (neither pipe can fill
    up and block the other).
    """
    import psutil
    include = "".join(sorted(set(include_chars) | {SEP}))
    proc = subprocess.Popen([pagefind_executable(), "--service"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    where = f" indexing part {label}" if label else ""
    errors: list[str] = []
    err_chunks: list[bytes] = []
    done = threading.Event()
    peak = [0]
    last = len(docs) + 1

    def send() -> None:
        try:
            proc.stdin.write(_message(0, {"type": "NewIndex",
                                          "config": {"include_characters": include}}))
            for i, (url, doc) in enumerate(docs, 1):
                proc.stdin.write(_message(i, {"type": "AddFile", "index_id": 0, "url": url,
                                              "file_contents": doc}))
            proc.stdin.write(_message(last, {"type": "GetFiles", "index_id": 0}))
            proc.stdin.flush()
        except (OSError, ValueError):
            pass   # pagefind died (or was stopped): the reader sees its output end

    def watch() -> None:
        """Sample Pagefind's RSS every 20 ms, and once more when its answer is complete."""
        try:
            ps = psutil.Process(proc.pid)
            while True:
                peak[0] = max(peak[0], ps.memory_info().rss)
                if done.wait(0.02):
                    break
            peak[0] = max(peak[0], ps.memory_info().rss)
        except psutil.Error:
            pass

    threads = [threading.Thread(target=send, daemon=True), threading.Thread(target=watch, daemon=True),
               threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)]
    for t in threads:
        t.start()
    files: Optional[dict[str, bytes]] = None
    buf = bytearray()

    def answer(raw: bytes) -> None:
        nonlocal files
        try:
            msg = json.loads(base64.b64decode(raw))
        except ValueError:
            errors.append(f"unreadable answer {raw[:80]!r}")
            return
        payload = msg.get("payload") or {}
        if payload.get("type") == "Error":
            errors.append(str(payload.get("message")))
        elif msg.get("message_id") == last and payload.get("type") == "GetFiles":
            files = {f["path"].replace(os.sep, "/"): base64.b64decode(f["content"])
                     for f in payload.get("files", [])}

    try:
        while files is None and not errors:   # one answer per request, each ends in a comma
            chunk = proc.stdout.read1(1 << 20)
            if not chunk:
                break
            start = 0
            while (end := chunk.find(b",", start)) >= 0:
                buf += chunk[start:end]
                answer(bytes(buf))
                buf.clear()
                start = end + 1
            buf += chunk[start:]
    finally:
        done.set()
        threads[1].join()
        proc.kill()   # the bundle is in hand (or indexing failed): nothing left to wait for
        proc.wait()
        for t in threads:
            t.join()
    if files is None:
        detail = "; ".join(dict.fromkeys(errors)) or \
            b"".join(err_chunks).decode("utf-8", "replace").strip()[-2000:] or \
            f"exit {proc.returncode}"
        raise SearchError(f"pagefind failed{where}: {detail}")
    return files, peak[0] / 2**20


# ---- canonical bundles ----
# Pagefind 1.5.2 keeps filters in a hash map seeded at random per process (hashbrown), so the
# values inside each filter file, and the order of the filter list in the meta file, change
# from run to run — and with them the filter and meta file names and pagefind-entry.json. Every
# other file is a function of the documents and their order. `canonicalize_bundle` sorts those
# lists and renames the files the way Pagefind names them (a prefix of the SHA-1 of the
# content), so the same documents give byte-identical bundles. Both files are CBOR (arrays,
# text and unsigned integers only) behind a `pagefind_dcd` signature, gzipped.

_SIGNATURE = b"pagefind_dcd"


def _cbor_head(data: bytes, pos: int) -> tuple[int, int, int]:
    """(major type, argument, next position) of the CBOR item at `pos`."""
    first = data[pos]
    major, info = first >> 5, first & 31
    if info < 24:
        return major, info, pos + 1
    if info > 27:
        raise ValueError(f"unsupported CBOR item 0x{first:02x} at {pos}")
    size = 1 << (info - 24)
    return major, int.from_bytes(data[pos + 1:pos + 1 + size], "big"), pos + 1 + size


def cbor_decode(data: bytes, pos: int = 0) -> tuple[object, int]:
    """The item at `pos` (int, str, bytes or list) and where it ends."""
    major, arg, pos = _cbor_head(data, pos)
    if major == 0:
        return arg, pos
    if major == 1:
        return -1 - arg, pos
    if major in (2, 3):
        raw = data[pos:pos + arg]
        return (raw.decode("utf-8") if major == 3 else bytes(raw)), pos + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, pos = cbor_decode(data, pos)
            items.append(item)
        return items, pos
    raise ValueError(f"unsupported CBOR major type {major}")


def _cbor_head_bytes(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise ValueError(f"CBOR argument too large: {arg}")


def cbor_encode(item: object) -> bytes:
    """Shortest-form CBOR, as Pagefind's encoder (minicbor) writes it."""
    out = bytearray()

    def put(x: object) -> None:
        if isinstance(x, bool) or not isinstance(x, (int, str, bytes, list)):
            raise TypeError(f"cannot encode {type(x).__name__} as Pagefind CBOR")
        if isinstance(x, int):
            out.extend(_cbor_head_bytes(0, x) if x >= 0 else _cbor_head_bytes(1, -1 - x))
        elif isinstance(x, str):
            raw = x.encode("utf-8")
            out.extend(_cbor_head_bytes(3, len(raw)) + raw)
        elif isinstance(x, bytes):
            out.extend(_cbor_head_bytes(2, len(x)) + x)
        else:
            out.extend(_cbor_head_bytes(4, len(x)))
            for y in x:
                put(y)
    put(item)
    return bytes(out)


def _decode_pf(name: str, data: bytes) -> object:
    raw = gzip.decompress(data)
    if not raw.startswith(_SIGNATURE):
        raise ValueError(f"{name}: not a Pagefind data file")
    item, end = cbor_decode(raw, len(_SIGNATURE))
    if end != len(raw):
        raise ValueError(f"{name}: trailing bytes")
    return item


def _encode_pf(encoded: bytes) -> bytes:
    return gzip.compress(_SIGNATURE + encoded, 9, mtime=0)


def _pf_hash(data: bytes) -> str:
    """Pagefind's content hash: SHA-1 bytes as unpadded hex (`format!("{:x?}")` per byte)."""
    return "".join(f"{b:x}" for b in hashlib.sha1(data).digest())


def canonicalize_bundle(files: dict[str, bytes]) -> None:
    """Sort each filter's values, the filter list and the sort list, and name the filter and
    meta files after their new content (in place in `files`: path in the bundle → bytes)."""
    entry = json.loads(files["pagefind-entry.json"])
    entry_text = files["pagefind-entry.json"].decode("utf-8")
    for lang, info in entry["languages"].items():
        old_meta = info["hash"]
        meta = _decode_pf(old_meta, files.pop(f"pagefind.{old_meta}.pf_meta"))
        # MetaIndex: [version, pages, index_chunks, filters [[name, hash]], sorts [[name, pages]], fields]
        filters, names = [], set()
        for name, old in sorted(meta[3], key=lambda f: f[0]):
            filt = _decode_pf(old, files.pop(f"filter/{old}.pf_filter"))
            filt[1].sort(key=lambda v: v[0])   # FilterIndex: [name, [[value, [page, …]], …]]
            encoded = cbor_encode(filt)
            full = f"{lang}_{_pf_hash(encoded)}"
            n = len(lang) + 8                  # Pagefind's length: 7 hex digits
            while full[:n] in names and n < len(full):   # lengthened on a collision
                n += 1
            names.add(full[:n])
            # always re-encoded: even where Pagefind's order was already sorted (same name),
            # its gzip stream differs from ours
            files[f"filter/{full[:n]}.pf_filter"] = _encode_pf(encoded)
            filters.append([name, full[:n]])
        meta[3] = filters
        meta[4].sort(key=lambda srt: srt[0])
        encoded = cbor_encode(meta)
        new_meta = f"{lang}_{_pf_hash(encoded)[:len(lang) + 8]}"
        files[f"pagefind.{new_meta}.pf_meta"] = _encode_pf(encoded)
        quoted = f'"hash":"{old_meta}"'
        if entry_text.count(quoted) != 1:
            raise ValueError(f"pagefind-entry.json: cannot find {quoted}")
        entry_text = entry_text.replace(quoted, f'"hash":"{new_meta}"')
    files["pagefind-entry.json"] = entry_text.encode("utf-8")


# ---- sidecars: catalog, chars, manifest ----

def fragment_data(data: bytes) -> dict:
    """A fragment file's JSON (gzip, behind Pagefind's signature)."""
    raw = gzip.decompress(data)
    if raw.startswith(_SIGNATURE):
        raw = raw[len(_SIGNATURE):]
    return json.loads(raw)


def read_fragment(path: str) -> dict:
    with open(path, "rb") as fh:
        return fragment_data(fh.read())


def build_catalog(files: dict[str, bytes]) -> dict:
    """Result id (fragment hash) → [url, title, date, page label, paper slug] for one bundle
    (`files`: path in the bundle → bytes)."""
    entries = {}
    for rel in sorted(files):
        folder, _, name = rel.rpartition("/")
        if folder != "fragment" or not name.endswith(".pf_fragment"):
            continue
        frag = fragment_data(files[rel])
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
    """Stamp key of a part: its articles' files (path, mtime, size), the facts the index takes
    from elsewhere (derived topics, the page's 版名, paper names) and the format.

    Only a cache key: it finds the part's content digest (`PartInput.digest`) remembered in the
    cache folder without reading a file. Never published, so file times never reach the site.
    """
    h = hashlib.sha1(f"{FORMAT_VERSION}|{PAGEFIND_VERSION}|{BUNDLE_VERSION}|".encode())
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


def load_digests(path: str) -> dict[str, list[str]]:
    """The cache's part key → [stamp key, content digest] (empty when missing or damaged)."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 2}
    except (OSError, ValueError, AttributeError):
        return {}


def save_digests(path: str, digests: dict[str, list[str]]) -> None:
    """Write the memo atomically (a private temp name: builds of other outputs share it)."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(digests.items())), fh, indent=0)
    os.replace(tmp, path)


def _shard_info(key: str, slice_key: str, articles: list[Article], punct: set[str],
                digest: str) -> dict:
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


def index_shard(key: str, slice_key: str, articles: list[Article], inp: PartInput,
                bundle_root: str) -> tuple[ShardStats, dict, set[str]]:
    """Index one part into `bundle_root/<key>/`, replacing the old bundle only on success."""
    t0 = time.perf_counter()
    final = os.path.join(bundle_root, key)
    staging = os.path.join(bundle_root, f".{key}.new")
    shutil.rmtree(staging, ignore_errors=True)
    files, peak = run_pagefind(inp.docs, inp.punct)   # index_site names the part on failure
    canonicalize_bundle(files)
    for name in _UNUSED_UI:
        files.pop(name, None)
    for rel in sorted(files):
        path = os.path.join(staging, *check_rel(rel).split("/"))   # never outside the bundle
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(files[rel])
    catalog = build_catalog(files)
    del files
    _write(os.path.join(staging, CATALOG),
           gzip.compress(json.dumps(catalog, ensure_ascii=False, separators=(",", ":"))
                         .encode("utf-8"), 6, mtime=0))
    _write(os.path.join(staging, CHARS), "".join(sorted(inp.chars)).encode("utf-8"))
    info = _shard_info(key, slice_key, articles, inp.punct, inp.digest)
    _write(os.path.join(staging, "shard.json"), json.dumps(info, ensure_ascii=False).encode())
    _replace_dir(staging, final)
    size, _ = _tree_size(final)
    stats = ShardStats(key=key, pages=len(articles), seconds=time.perf_counter() - t0,
                       peak_rss_mb=peak, bundle_bytes=size)
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
               changed_shards: Optional[set[str]] = None, progress: bool = True,
               reuse_from: Optional[str] = None) -> SearchReport:
    """Build or update the sharded search index under `site_dir/<bundle_dir>/`.

    Each time slice (`shard_key`) is indexed as one or more parts of at most
    `search.max_shard_articles` articles. `changed_shards=None` checks every part; otherwise only
    the parts of the named slices (plus any part whose bundle is missing or damaged). A part is
    re-indexed only when the documents Pagefind would read changed (content digest). The cache
    remembers each part's content digest under its stamp key, so an unchanged part costs a stat
    per article; when stamps moved (a copy with new mtimes, a lost cache) the documents are
    built again and compared — Pagefind runs only when they differ. `reuse_from` (a full build:
    the published site) offers bundles to take over, as hard links, when their digest matches.
    Bundles of parts that no longer exist are removed.
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
    parts = plan_parts(archive, config)
    pages = page_names_of(archive)
    memo_path = os.path.join(config.path(config.cache_dir), DIGESTS)
    memo = {k: v for k, v in load_digests(memo_path).items() if k in parts}
    todo: list[tuple[str, str, Optional[str], Optional[str], Optional[str]]] = []
    for key in sorted(parts, key=_shard_sort_key, reverse=True):
        slice_key, arts = parts[key]
        side = _load_shard_sidecars(os.path.join(bundle_root, key))
        if side is not None and changed_shards is not None and slice_key not in changed_shards:
            continue   # the caller vouches this slice is unchanged: not even a stat
        stamp = part_digest(arts, config.root, names, pages)
        known = memo[key][1] if memo.get(key, [None])[0] == stamp else None
        here = side[0].get("digest") if side is not None else None
        if known is not None and known == here:
            continue
        live = _load_shard_sidecars(os.path.join(reuse_root, key)) if reuse_root else None
        todo.append((key, stamp, known, here, live[0].get("digest") if live else None))

    def work(item: tuple) -> Optional[ShardStats | str]:
        """Index one part; its key when the published bundle was taken over; None when the
        bundle in place already holds these documents."""
        key, stamp, known, here, live = item
        slice_key, arts = parts[key]
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
        try:
            stats = index_shard(key, slice_key, arts, inp, bundle_root)[0]
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
        # parts in parallel: `search_workers` parts at a time use the machine; the peak RSS of
        # each part is unchanged
        workers = max(1, min(search_workers(config), len(todo)))
        if workers == 1:
            results = [work(item) for item in todo]
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(work, todo))
        for stats in results:
            if isinstance(stats, str):
                report.shards_reused.append(stats)
            elif stats is not None:
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
        try:
            save_digests(memo_path, memo)
        except OSError:
            pass   # only a shortcut: the next check builds the documents to compare
    report.shards_total = len(parts)
    report.index_bytes, report.files = _tree_size(bundle_root)
    report.seconds = time.perf_counter() - t0
    if progress and report.shards_reused:
        print(f"search: {len(report.shards_reused)} part(s) unchanged, taken from the published "
              "site", file=sys.stderr)
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
