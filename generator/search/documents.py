"""What Pagefind reads for one article and one part: a custom record (headline, byline, body in
the one-token-per-character form, with its filters, metas and sort key) per article, in a fixed
order, encoded once as the service request that adds it, and the digest of those requests.

Why records, not HTML pages: Pagefind would only parse the page back into the same words,
metas and filters. A record hands them over directly, and gives the same bundle bytes as the
minimal pages this module wrote before (FORMAT_VERSION 3), because it reproduces what Pagefind's
HTML reader made of them:
- content: the blocks' words separated by whitespace, the headline (`<h1>`, which Pagefind
  weights 7) between the weight markers its reader puts around an h1;
- metas, filters and the sort key normalised as it normalises attribute values (trimmed, line
  breaks and runs of whitespace one space);
- language `zh-cn` (the pages' `<html lang>`).
"""
from __future__ import annotations

import hashlib
import re
import time
from array import array
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

import numpy as np

from generator.core.model import Archive, Article
from generator.search import partfilter, rarepages
from generator.search.pagefind import PAGEFIND_VERSION, add_record_request
from generator.search.text import (HAIR, HEADLINE_WEIGHT, SEP, blocks_form, body_blocks, clean_block,
                                   fold, index_form, punctuation_of)

FORMAT_VERSION = 4   # 2: folded text (text.fold), the `hl` meta for ranking; 3: kicker,
                     # subtitle, byline and `hs` metas (the search page's result lines); 4: custom
                     # records instead of pages (the same bundles; the digest is of the requests)
# How a part's documents become bundle bytes (fed in order through `pagefind --service`, filter
# and meta files made canonical); part digests include it, so changing it re-indexes every part.
BUNDLE_VERSION = 5   # 3: catalog rows carry 版名 and kind (facet counts); 4: rare/ page lists
                     # and common.json beside the bundle; 5: rare/ lists carry each occurrence's
                     # text window and the pages' rows
LANGUAGE = "zh-cn"

# Pagefind's normalize_content: Rust's \s is Unicode White_Space (Python's \s adds \x1c–\x1f)
_WS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TRIM = re.compile(f"^[{_WS}]+|[{_WS}]+$")
_NEWLINES = re.compile("(?:\n|\r\n)+")
_SPACES = re.compile(f"[{_WS}]{{2,}}")
_OTHER_WS = re.compile(f"[{_WS.replace(' ', '')}]")   # whitespace but the plain space


def attribute_value(value: str) -> str:
    """A meta, filter or sort value as Pagefind keeps it from an HTML attribute."""
    if (not _OTHER_WS.search(value) and "  " not in value
            and value[:1] != " " and value[-1:] != " "):
        return value   # nothing to trim or join (most values): one scan, not three regexes
    return _SPACES.sub(" ", _NEWLINES.sub(" ", _TRIM.sub("", value)))


def page_label(a: Article, page_name: Optional[str] = None) -> str:
    base = f"第{a.page:02d}版"
    name = page_name or a.page_name
    return f"{base}：{name}" if name else base


def page_names_of(archive: Archive) -> dict[str, Optional[str]]:
    """Article id → its page's 版名 (the model may know it from the issue, not the article),
    for the issues whose articles are loaded (an incremental build loads only some)."""
    return {a.id: page.name or a.page_name
            for pub in archive.publications for issue in pub.issues
            for page in issue.pages if isinstance(page.articles, list) for a in page.articles}


class IndexRecord(NamedTuple):
    """One article as Pagefind indexes it (the fields of its AddRecord request)."""
    url: str
    content: str                     # words separated by whitespace; weight markers around h1
    meta: dict[str, str]
    filters: dict[str, list[str]]
    sort: dict[str, str]


class IndexedArticle(NamedTuple):
    """An article's record, its text blocks (reading order) and how many of them, first, are
    its headline (kicker, title, subtitle: an occurrence there ranks as a headline match)."""
    record: IndexRecord
    blocks: list[str]
    heads: int


def index_record(a: Article, body: str, paper_name: str,
                 page_name: Optional[str] = None) -> IndexedArticle:
    """The record Pagefind indexes for one article, with its text blocks."""
    heads = [(tag, fold(clean_block(text)), role) for tag, text, role in
             (("p", a.kicker, "head"), ("h1", a.title, "head"), ("p", a.subtitle, "head"),
              ("p", a.byline, "byline"))]
    heads = [h for h in heads if h[1]]
    # folded in one call: a paragraph holds no line break and folding keeps line breaks and
    # never empties a paragraph, so this is each paragraph folded alone
    paras = body_blocks(body)
    paras = fold("\n".join(paras)).split("\n") if paras else []
    blocks = [b for _, b, _ in heads] + paras
    forms = [(tag, index_form(b), role) for tag, b, role in heads]
    # hl: how many Pagefind words kicker, title and subtitle take (they come first), so a hit's
    # word positions tell a headline match from a body one (the ranking in search.js)
    hl = sum(len(f.split(HAIR)) for _, f, role in forms if role == "head" and f)
    # hs: how many separator words kicker, title, subtitle and byline hold, so the search page
    # can start an excerpt after what its result line already shows
    hs = sum(f.count(SEP) for _, f, _ in forms)
    words = [f"{HEADLINE_WEIGHT[0]} {f} {HEADLINE_WEIGHT[1]}" if tag == "h1" else f
             for tag, f, _ in forms]
    words.append(blocks_form(paras))
    meta = {"title": a.title, "date": a.date.isoformat(), "page": page_label(a, page_name),
            "paper": paper_name, "hl": str(hl), "hs": str(hs)}
    # shown on a result line (read from the fragment fetched for its excerpt, not the catalog:
    # the catalog is loaded for every hit, these only for the 50 on screen)
    meta.update((name, value) for name, value in
                (("kicker", a.kicker), ("subtitle", a.subtitle), ("byline", a.byline)) if value)
    filters = {"paper": [a.paper], "year": [str(a.date.year)], "kind": [a.kind or "article"]}
    page_name = page_name or a.page_name
    if page_name:
        filters["page_name"] = [page_name]
    if a.topics:
        filters["topic"] = list(dict.fromkeys(a.topics))
    record = IndexRecord(
        url=a.url, content=" ".join(w for w in words if w),
        meta={k: attribute_value(v) for k, v in meta.items()},
        filters={k: [attribute_value(v) for v in vs] for k, vs in filters.items()},
        sort={"date": attribute_value(f"{a.date.isoformat()}-{a.page:03d}-{a.seq:03d}")})
    return IndexedArticle(record, blocks, sum(1 for _, _, role in heads if role == "head"))


def catalog_row(record: IndexRecord) -> list:
    """A record's line in its part's catalog (bundle.catalog_of): [url, title, date, page label,
    paper slug, headline words, 版名, kind] — the fragment's url, metas and filters, as Pagefind
    stores them (the record's values are normalised already)."""
    meta, filters = record.meta, record.filters
    return [record.url, meta.get("title", ""), meta.get("date", ""), meta.get("page", ""),
            record.url.strip("/").split("/")[0], int(meta.get("hl", 0) or 0),
            (filters.get("page_name") or [""])[0], (filters.get("kind") or ["article"])[0]]


@dataclass
class PartInput:
    """What Pagefind reads for one part: its records' requests in a fixed order, and their digest."""
    requests: list[bytes]             # AddRecord requests, message ids 1…n, oldest article first
    punct: set[str]                   # characters Pagefind must treat as word characters
    chars: set[str]                   # every character of the part's text (chars.txt)
    digest: str                       # content digest: the format + every request
    read_s: float = 0.0               # CPU seconds reading the article bodies
    text_s: float = 0.0               # CPU seconds making records (text forms) and requests
    hashes: array = field(default_factory=lambda: array("I"))   # presence filter tokens (partfilter)
    common: list[tuple[str, int]] = field(default_factory=list)  # most frequent characters first
    rare: dict[str, list[tuple[str, list[tuple[int, str]]]]] = field(default_factory=dict)
    # rare character → [(article url, its windows)] (rarepages.postings)
    rows: list[list] = field(default_factory=list)   # each record's catalog row, in order
    rare_rows: dict[str, list] = field(default_factory=dict)   # url → its row in rare/ lists


COMMON_PER_PART = 600   # characters a part keeps with their counts (`common`, most frequent first)


def _char_counts(text: str) -> dict[str, int]:
    """How often each character occurs in `text`, from its code points (a part's text is
    millions of characters: one count over code points, not a Python string per character nor
    a sort of millions)."""
    if not text:
        return {}
    tally = np.bincount(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32))
    points = np.flatnonzero(tally)
    return dict(zip(map(chr, points.tolist()), tally[points].tolist()))


def _most_common(counts: dict[str, int]) -> list[tuple[str, int]]:
    """The COMMON_PER_PART most frequent visible characters, most frequent first."""
    ranked = sorted(((c, n) for c, n in counts.items() if not c.isspace()),
                    key=lambda cn: (-cn[1], cn[0]))
    return ranked[:COMMON_PER_PART]


def part_input(articles: list[Article], root: str, paper_names: dict[str, str],
               page_names: Optional[dict[str, Optional[str]]] = None) -> PartInput:
    """Build a part's records and their requests (reading each body once) and the digest of
    exactly those bytes.

    The digest is of content, not file times, so a copy of the project with new mtimes (or a
    lost `.cache/`) still recognises an up-to-date bundle.
    """
    texts: list[str] = []             # each record's searchable text (rarepages.searchable)
    heads: list[int] = []             # its headline's characters in that text
    joins = 0                         # spaces searchable() put between blocks
    topics: list[list[str]] = []      # its topic filter values
    tokens = partfilter.PartTokens()
    requests: list[bytes] = []
    rows: list[list] = []
    h = hashlib.sha1(f"{FORMAT_VERSION}|{PAGEFIND_VERSION}|{BUNDLE_VERSION}\n".encode())
    read_s = 0.0
    t0 = time.thread_time()
    for i, a in enumerate(articles, 1):
        r0 = time.thread_time()
        body = a.read_body(root)
        read_s += time.thread_time() - r0
        record, blocks, head = index_record(a, body, paper_names.get(a.paper, a.paper),
                                            (page_names or {}).get(a.id))
        request = add_record_request(i, record, LANGUAGE)
        requests.append(request)
        rows.append(catalog_row(record))
        topics.append(record.filters.get("topic", []))
        h.update(request)
        text = rarepages.searchable(blocks)
        texts.append(text)
        heads.append(rarepages.head_chars(blocks[:head]))
        joins += max(0, len(blocks) - 1)
        tokens.add_text(text)
    hashes = tokens.hashes()
    counts = _char_counts("".join(texts))
    if joins:   # the spaces searchable() put between blocks are no text of the part's
        counts[" "] -= joins
        if not counts[" "]:
            del counts[" "]
    chars = set(counts)
    rare = {c: [(articles[p.page].url, p.windows) for p in held]
            for c, held in rarepages.postings(texts, counts).items()}
    listed = {p for held in rare.values() for p, _ in held}
    # a listed page's row: its catalog row with its headline's characters (not Pagefind words)
    # and its topics, so search.js filters and ranks it without its fragment
    rare_rows = {row[0]: row[:5] + [heads[i]] + row[6:] + [topics[i]]
                 for i, row in enumerate(rows) if row[0] in listed}
    return PartInput(requests, punctuation_of(chars), chars, h.hexdigest(), read_s,
                     time.thread_time() - t0 - read_s, hashes, _most_common(counts), rare, rows,
                     rare_rows)
