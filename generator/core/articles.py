"""Load and validate article Markdown files into `model.Article` records.

Every problem is collected (not just the first) and reported as a ContentError naming the file
and line, so an editor fixes a broken archive in one pass. Records travel as plain rows
(`to_row`/`from_row`): between parse workers and the build, and in the build state, where a
100k-article archive keeps them so unchanged files are never parsed again.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import marshal
import os
import re
import sys
from typing import Any, Callable, Optional

from generator.core import frontmatter
from generator.core.frontmatter import ContentError
from generator.core.model import ID_RE, KINDS, PAPER_RE, Article, parse_id

# A row is a plain tuple of an Article's fields (the date as an ordinal), marshalled: unpickling
# slotted dataclasses runs a Python __setstate__ per record, and marshal + Article(*row) loads
# the same records in about half the time.
_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name not in ("prev", "next"))
_DATE = _FIELDS.index("date")
_BODY = _FIELDS.index("body")


def to_row(a: Article) -> tuple:
    """An Article as a plain tuple of its fields (date as an ordinal, no body)."""
    row = [getattr(a, f) for f in _FIELDS]
    row[_DATE] = row[_DATE].toordinal()
    row[_BODY] = None
    return tuple(row)


_DATES: dict[int, _dt.date] = {}


def _one(value):
    """One shared copy of a string that recurs across articles (sys.intern); others as given."""
    return sys.intern(value) if type(value) is str else value


def from_row(row, share: bool = True) -> Article:
    """The Article of a row. Names that recur across thousands of articles (paper, kind, 版名,
    authors, topics, places, the source file and its keys) and the dates are shared, not one
    copy per article, when the article is kept (`share`): an incremental build may hold
    many; a full build streams its articles and drops each batch, so it skips the sharing."""
    a = Article(*row)
    day = _DATES.get(a.date)
    if day is None:
        day = _DATES[a.date] = _dt.date.fromordinal(a.date)
    a.date = day
    if not share:
        return a
    a.paper, a.kind, a.page_name = _one(a.paper), _one(a.kind), _one(a.page_name)
    if a.authors:
        a.authors = [_one(n) for n in a.authors]
    if a.topics:
        a.topics = [_one(n) for n in a.topics]
    if a.places:
        a.places = [_one(n) for n in a.places]
    if type(a.source) is dict:
        a.source = {_one(k): _one(v) for k, v in a.source.items()}
    return a


def article_files(articles_dir: str) -> list[str]:
    """Every `*.md` under `articles_dir`, sorted so loading order is deterministic; walked
    by the build's own scan so tools follow the same link rules (ScanError on refused links)."""
    from generator.build.scan import files_of, scan_articles
    return files_of(scan_articles(articles_dir))


def _str_list(value: Any) -> Optional[list[str]]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return [str(v) for v in value]
    return None


PAGE_MAX = 999   # ids spell page and seq with 2–3 digits


def _check_numbers(meta: dict, fail) -> _dt.date:
    """The article's date (a real YYYY-MM-DD day), page/seq (1–999) and the optional numbers;
    `fail(key, message, hint)` makes the error pointing at that key's line."""
    raw = meta["date"]
    date = frontmatter.to_date(raw)
    if date is None:
        shown = raw.isoformat() if isinstance(raw, _dt.date) else repr(raw)
        raise fail("date", f"date {shown} is not a real date in YYYY-MM-DD form "
                   f"(years {frontmatter.MIN_YEAR}–{frontmatter.MAX_YEAR})",
                   "write the issue's date, e.g. 'date: 2022-11-08'")
    id_day = ID_RE.match(meta["id"]).group(2)
    if frontmatter.to_date(id_day) is None:
        raise fail("id", f"the id's date {id_day} is not a real date",
                   "ids are permanent: restore the id ingest wrote")
    for key in ("page", "seq"):
        v = meta[key]
        if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= PAGE_MAX:
            raise fail(key, f"'{key}' must be a whole number from 1 to {PAGE_MAX}, got {v!r}")
    for key, top in (("issue_no", None), ("continued_from", PAGE_MAX), ("continued_to", PAGE_MAX)):
        v = meta.get(key)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0
                              or (top is not None and v > top)):
            raise fail(key, f"'{key}' must be a whole number or ~, got {v!r}")
    return date


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
    date = _check_numbers(meta, fail)
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
    _check_path_fields(meta, aid, date, lists, fail)
    source = meta.get("source")
    if source is not None and (not isinstance(source, dict)
                               or not all(isinstance(k, str) for k in source)):
        raise fail("source", "'source' must be a mapping like {file: …, lines: [a, b]}")
    regions = meta.get("regions") or []
    if not isinstance(regions, list) or not all(
            isinstance(b, list) and len(b) == 4
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1
                    for v in b) for b in regions):
        raise fail("regions", "'regions' must be a list of page boxes [x0, y0, x1, y1], "
                   "fractions of the page between 0 and 1, e.g. [[0.05, 0.12, 0.48, 0.61]]")

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
        source=source, regions=[[float(v) for v in b] for b in regions], path=path,
        body_offset=doc.body_offset,
        missing=tuple(k for k in ("topics", "places") if k not in meta),
    )


# A topic or place name becomes one folder name of the site (`/places/<name>/`); '/' and
# leading dots are turned into safe characters by the slug rule, but a control character (NUL
# above all) or a name longer than a file name may be cannot become a folder at all.
_SEGMENT_BAD = re.compile(r"[\x00-\x1f\x7f]")
SEGMENT_MAX_BYTES = 200


def _check_path_fields(meta: dict, aid: str, date: _dt.date, lists: dict,
                       fail: Callable[..., ContentError]) -> None:
    """Every field that becomes part of an output path: the paper is a safe slug and agrees
    with the id, as do date, page and seq (pages are filed under the fields, the article under
    its id: a disagreement would file one article under two places); aliases are ids; topic and
    place names can be folder names. Raises the first fault as a ContentError."""
    paper = meta["paper"]
    if isinstance(paper, bool) or not isinstance(paper, (str, int)) \
            or not PAPER_RE.match(str(paper)):
        raise fail("paper", f"paper {paper!r} is not a paper slug (lowercase letters, digits "
                   "and '-', starting with a letter or digit)",
                   "it names the paper's folder on the site: write the slug the id starts with")
    id_paper, id_date, id_page, id_seq = ID_RE.match(aid).groups()
    if str(paper) != id_paper:
        raise fail("paper", f"paper {paper!r} does not match the id {aid!r}",
                   f"ids are permanent: write 'paper: {id_paper}'")
    if date.isoformat() != id_date:
        raise fail("date", f"date {date.isoformat()} does not match the id {aid!r}",
                   "ids are permanent: write the date the id names (a moved article keeps "
                   "its old id in 'aliases' and gets a new id)")
    for key, part in (("page", id_page), ("seq", id_seq)):
        if meta[key] != int(part):
            raise fail(key, f"{key} {meta[key]} does not match the id {aid!r}",
                       f"ids are permanent: write '{key}: {int(part)}'")
    for old in lists["aliases"]:
        if parse_id(old) is None:
            raise fail("aliases", f"alias {old!r} is not an id of the form "
                       "<paper>/<YYYY-MM-DD>/<NN>-<SS> with a real date",
                       "an alias is an old id of this article: correct it or remove it")
    for key in ("topics", "places"):
        for name in lists[key]:
            if _SEGMENT_BAD.search(name) or len(name.encode("utf-8")) > SEGMENT_MAX_BYTES:
                raise fail(key, f"{key[:-1]} {name!r} cannot name a folder of the site "
                           f"(it holds a control character or is over {SEGMENT_MAX_BYTES} bytes)",
                           "shorten the name or remove the invisible character")


def load_file(path: str) -> Article:
    text = frontmatter.read_text(path, "re-save it as UTF-8 (ingest converts GBK input "
                                       "automatically)")
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


def _from_rows(data: bytes, share: bool = True) -> list:
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
            out.append(from_row(row, share))
    return out


def parse_files(paths: list[str], share: bool = True) -> dict:
    """path → Article or ContentError; parsed on every core when there are many (a clean build
    of 100k articles spends most of its load time in the front matter parser). Without
    `share`, the articles parsed by helpers do not share their recurring names (`from_row`):
    cheaper for records dropped after their batch."""
    return start_parse(paths, share).finish()


class ParseJob:
    """Files a forked helper parses while this process does other work (`start_parse`)."""

    def __init__(self, paths: list[str], share: bool, chunks: list, running):
        self.paths, self.share, self.chunks, self.running = paths, share, chunks, running

    def finish(self) -> dict:
        """path → Article or ContentError: this process parses the chunks no helper has
        claimed yet, then takes the helpers' results."""
        if self.running is None:
            return {p: _parse_one(p) for p in self.paths}
        from generator.core.forkmap import HelperDied
        chunks, share = self.chunks, self.share
        results: list = [None] * len(chunks)

        def keep(i: int, data) -> None:
            results[i] = data if type(data) is list else _from_rows(data, share)

        def here(chunk: list[str]) -> list:
            # parsed here: kept as made, unless names are to be shared
            return _from_rows(_parse_chunk(chunk), share) if share else list(map(_parse_one, chunk))
        try:
            self.running.help(chunks, here, keep)
            self.running.finish(keep)
        except HelperDied:    # parse what is missing here: slower, never wrong
            pass
        finally:
            self.running.close()
        out = {}
        for chunk, res in zip(chunks, results):
            out.update(zip(chunk, res if res is not None else map(_parse_one, chunk)))
        return out

    def close(self) -> None:
        """Stop the helpers of a job that is not wanted any more."""
        if self.running is not None:
            self.running.close()


def start_parse(paths: list[str], share: bool = True) -> ParseJob:
    """Start parsing `paths` in forked helpers (when there are enough to be worth it) and
    return at once; `ParseJob.finish` joins in and returns what `parse_files` returns. A full
    build parses the next batch this way while it stores the last."""
    workers = os.cpu_count() or 1
    if len(paths) < PARALLEL_MIN or workers < 2:
        return ParseJob(paths, share, [], None)
    from generator.core.forkmap import start_map
    chunks = [paths[i:i + PARSE_CHUNK] for i in range(0, len(paths), PARSE_CHUNK)]
    return ParseJob(paths, share, chunks, start_map(chunks, _parse_chunk, workers - 1))
