"""Load and validate article Markdown files into `model.Article` records.

Every problem is collected (not just the first) and reported as a ContentError naming the file
and line, so an editor fixes a broken archive in one pass. A persistent cache keyed on each
file's (mtime, size) lets a 100k-article archive load without re-parsing unchanged files.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import marshal
import os
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from . import frontmatter
from .frontmatter import ContentError
from .model import KINDS, Article

ID_RE = re.compile(r"^([a-z0-9][a-z0-9-]*)/(\d{4}-\d{2}-\d{2})/(\d{2,3})-(\d{2,3})$")
CACHE_VERSION = 4
# The cache stores each Article as a plain tuple of its fields (the date as an ordinal) and is
# written with marshal: unpickling slotted dataclasses runs a Python __setstate__ per record,
# and marshal + Article(*row) loads the same records in about half the time (100k: ~1 s saved
# on every rebuild that is not a no-op).
_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name not in ("prev", "next"))
_DATE = _FIELDS.index("date")
_BODY = _FIELDS.index("body")


def to_row(a: Article) -> tuple:
    """An Article as a plain tuple of its fields (date as an ordinal, no body): what the load
    cache and the build state store."""
    row = [getattr(a, f) for f in _FIELDS]
    row[_DATE] = row[_DATE].toordinal()
    row[_BODY] = None
    return tuple(row)


def from_row(row) -> Article:
    a = Article(*row)
    a.date = _dt.date.fromordinal(a.date)
    return a


def _read_cache(cache_path: str) -> dict[str, tuple[int, int, Article]]:
    """path → (mtime_ns, size, Article); {} when missing, stale or unreadable."""
    try:
        with open(cache_path, "rb") as fh:
            version, fields, rows = marshal.loads(fh.read())
    except Exception:   # missing or corrupt: only a slower build
        return {}
    if version != CACHE_VERSION or tuple(fields) != _FIELDS:
        return {}
    cache = {}
    try:
        for mtime, size, row in rows:
            a = from_row(row)
            cache[a.path] = (mtime, size, a)
    except Exception:
        return {}
    return cache


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    parsed: int = 0          # files actually parsed (the rest came from the cache)
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # path → (mtime_ns, size)


def article_files(articles_dir: str) -> list[str]:
    """Every `*.md` under `articles_dir`, sorted so loading order is deterministic."""
    found = []
    for dirpath, dirnames, filenames in os.walk(articles_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames)
                     if f.endswith(".md") and not f.startswith("."))
    return found


def _str_list(value: Any) -> Optional[list[str]]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return [str(v) for v in value]
    return None


def article_from_document(doc: frontmatter.Document, path: str) -> Article:
    """Validate one parsed file and build its Article; raises ContentError on the first fault."""
    meta = doc.meta

    def fail(key: str, message: str, hint: str = "") -> ContentError:
        return ContentError(path, doc.meta_lines.get(key, 2), message, hint)

    for key in ("id", "paper", "date", "page", "seq", "title"):
        if meta.get(key) in (None, ""):
            raise fail(key, f"required field '{key}' is missing or empty",
                       f"add a line '{key}: …' to the front matter")
    aid = meta["id"]
    m = ID_RE.match(str(aid))
    if not isinstance(aid, str) or not m:
        raise fail("id", f"id {aid!r} is not of the form <paper>/<YYYY-MM-DD>/<NN>-<SS>",
                   "ids are permanent: restore the id ingest wrote")
    date = meta["date"]
    if isinstance(date, str):
        try:
            date = _dt.date.fromisoformat(date)
        except ValueError:
            raise fail("date", f"date {meta['date']!r} is not a valid YYYY-MM-DD date") from None
    if isinstance(date, _dt.datetime):
        date = date.date()
    if not isinstance(date, _dt.date):
        raise fail("date", f"date {meta['date']!r} is not a valid YYYY-MM-DD date")
    for key in ("page", "seq"):
        if not isinstance(meta[key], int) or isinstance(meta[key], bool) or meta[key] < 1:
            raise fail(key, f"'{key}' must be a positive whole number, got {meta[key]!r}")
    for key in ("issue_no", "continued_from", "continued_to"):
        v = meta.get(key)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            raise fail(key, f"'{key}' must be a whole number or ~, got {v!r}")
    kind = meta.get("kind") or "article"
    if kind not in KINDS:
        raise fail("kind", f"kind {kind!r} is not one of: {', '.join(KINDS)}")
    for key in ("title", "kicker", "subtitle", "byline", "page_name", "paper"):
        v = meta.get(key)
        if v is not None and not isinstance(v, (str, int, float)):
            raise fail(key, f"'{key}' must be text, got {type(v).__name__}")
    lists = {}
    for key in ("authors", "topics", "places", "aliases"):
        lists[key] = _str_list(meta.get(key))
        if lists[key] is None:
            raise fail(key, f"'{key}' must be a list of names, e.g. [王薇, 何龙]")
    source = meta.get("source")
    if source is not None and not isinstance(source, dict):
        raise fail("source", "'source' must be a mapping like {file: …, lines: [a, b]}")

    def text(key: str) -> Optional[str]:
        v = meta.get(key)
        return None if v is None or str(v).strip() == "" else str(v).strip()

    return Article(
        id=aid, paper=str(meta["paper"]), date=date, page=meta["page"], seq=meta["seq"],
        title=str(meta["title"]).strip(), kind=kind, issue_no=meta.get("issue_no"),
        page_name=text("page_name"), kicker=text("kicker"), subtitle=text("subtitle"),
        authors=lists["authors"], byline=text("byline"),
        continued_from=meta.get("continued_from"), continued_to=meta.get("continued_to"),
        topics=lists["topics"], places=lists["places"], aliases=lists["aliases"],
        source=source, path=path, body_offset=doc.body_offset,
        missing=tuple(k for k in ("topics", "places") if k not in meta),
    )


def load_file(path: str) -> Article:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise ContentError(path, None, f"cannot read file: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ContentError(path, line, "file is not valid UTF-8",
                           "re-save it as UTF-8 (ingest converts GBK input automatically)") from None
    return article_from_document(frontmatter.parse(text, path), path)


PARALLEL_MIN = 2000   # below this many files to parse, forking helpers costs more than it saves
PARSE_CHUNK = 250     # files per task: small enough that both cores finish together


def _parse_one(path: str):
    try:
        return load_file(path)
    except ContentError as err:
        return err


def _parse_chunk(paths: list[str]) -> bytes:
    """Parse `paths` into marshalled plain data: an Article as its cache row, a ContentError as
    (path, line, message, hint) behind a None. Pickling the slotted Article objects back and
    forth costs about as much as the YAML parsing saved by a second core."""
    out = []
    for p in paths:
        r = _parse_one(p)
        out.append(to_row(r) if isinstance(r, Article) else (None, r.path, r.line, r.message, r.hint))
    try:
        return b"m" + marshal.dumps(out)
    except ValueError:   # a value marshal cannot encode (a YAML date inside `source` …)
        import pickle
        return b"p" + pickle.dumps(out)


def _from_rows(data: bytes) -> list:
    if data[:1] == b"m":
        rows = marshal.loads(memoryview(data)[1:])
    else:
        import pickle
        rows = pickle.loads(memoryview(data)[1:])
    out = []
    for row in rows:
        if row[0] is None:
            out.append(ContentError(*row[1:]))
        else:
            out.append(from_row(row))
    return out


def _parse_many(paths: list[str]) -> dict:
    """path → Article or ContentError; parsed on every core when there are many (a clean build
    of 100k articles spends most of its load time in the front matter parser)."""
    workers = os.cpu_count() or 1
    if len(paths) < PARALLEL_MIN or workers < 2:
        return {p: _parse_one(p) for p in paths}
    from .forkmap import HelperDied, shared_map
    chunks = [paths[i:i + PARSE_CHUNK] for i in range(0, len(paths), PARSE_CHUNK)]
    results: list = [None] * len(chunks)

    def keep(i: int, data: bytes) -> None:
        results[i] = _from_rows(data)
    try:
        shared_map(chunks, _parse_chunk, workers - 1, keep)
    except HelperDied:    # parse what is missing here: slower, never wrong
        pass
    out = {}
    for chunk, res in zip(chunks, results):
        out.update(zip(chunk, res if res is not None else map(_parse_one, chunk)))
    return out


def load_articles(paths: Iterable[str], cache_path: Optional[str] = None,
                  known_stats: Optional[dict[str, os.stat_result]] = None) -> LoadResult:
    """Load and validate `paths`; reuse cached records for files whose mtime/size are unchanged."""
    cache = _read_cache(cache_path) if cache_path else {}
    result = LoadResult()
    fresh: dict[str, tuple[int, int, Article]] = {}
    entries: list[tuple[str, int, int, Optional[tuple]]] = []   # path, mtime, size, cache hit
    misses: list[str] = []
    known = known_stats.get if known_stats else (lambda p: None)
    cached = cache.get
    for path in paths:
        try:
            st = known(path) or os.stat(path)  # the caller's stats when it has them
        except OSError as exc:
            result.errors.append(ContentError(path, None, f"cannot read file: {exc.strerror}"))
            continue
        mtime, size = st.st_mtime_ns, st.st_size
        hit = cached(path)
        if hit is None or hit[0] != mtime or hit[1] != size:
            hit = None
            misses.append(path)
        entries.append((path, mtime, size, hit))
    parsed = _parse_many(misses) if misses else {}
    stamps, articles = result.stamps, result.articles
    for path, mtime, size, hit in entries:
        if hit is None:
            article = parsed[path]
            if isinstance(article, ContentError):
                result.errors.append(article)
                continue
            result.parsed += 1
            fresh[path] = (mtime, size, article)
        else:
            article = hit[2]
            fresh[path] = hit
        stamps[path] = (mtime, size)
        articles.append(article)

    seen: dict[str, Article] = {}
    for a in result.articles:
        other = seen.get(a.id)
        if other is not None:
            result.errors.append(ContentError(
                a.path, 2, f"duplicate id {a.id!r}, already used by {other.path}",
                "ids are permanent: give the newer file its own id"))
        else:
            seen[a.id] = a
    if cache_path and not result.errors and (result.parsed or len(fresh) != len(cache)):
        _save_cache(cache_path, fresh)
    return result


BACKGROUND_SAVE_MIN = 20000   # entries; writing 100k articles takes ~1 s


def _save_cache(cache_path: str, fresh: dict) -> None:
    """Write the cache atomically. A large cache is written by a detached grandchild process
    (fork: it sees the same data without copying) so adding one issue to a 100k archive does
    not wait ~2 s for it; a build that starts before it finishes just reparses a few files."""
    os.makedirs(os.path.dirname(cache_path) or ".", exist_ok=True)

    def write() -> None:
        tmp = f"{cache_path}.tmp-{os.getpid()}"
        rows = [(m, size, to_row(a)) for m, size, a in fresh.values()]
        try:
            data = marshal.dumps((CACHE_VERSION, _FIELDS, rows))
        except ValueError:   # a value marshal cannot encode (a YAML date inside `source` …):
            data = b""       # no cache, only slower builds
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, cache_path)

    if len(fresh) < BACKGROUND_SAVE_MIN or not hasattr(os, "fork"):
        write()
        return
    pid = os.fork()
    if pid == 0:                       # child: fork again so nobody has to reap the writer
        try:
            if os.fork() == 0:
                os.setsid()
                try:
                    write()
                finally:
                    os._exit(0)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
