"""Where each rare Han character of a part occurs: `rare/<bucket>.bin` in the bundle.

Why: a person's name has a few hits in each of many parts. Opening a part through Pagefind
costs its metadata (~21 KB at 2,000 pages), its entry and one index chunk per character looked
up (~25 KB) before a hit is known; reading the hits' fragments (~2 KB each) to check a phrase
costs a request per page. So each rare character is listed with the pages holding it and, on
each page, the text around each of its occurrences (WINDOW characters either side, overlapping
windows merged), and with each listed page's catalog row. search.js then answers a phrase of
up to WINDOW + 1 characters that holds a listed character from its bucket alone — which pages
hold it, how often, whether in the headline, and the result line — a plain substring test, what
a match means; a longer phrase, or a term with no listed character, is checked on the listed
pages' fragments. The part's Pagefind index is never opened.

A character listed is complete: every page of the part that holds it is listed, with every
occurrence. A character not listed (more than RARE_PAGES pages hold it, or none) sends
search.js to Pagefind. A character's bucket is CRC-32 of its UTF-8 modulo the part's bucket
count (shard.json `rare`), mirrored in search.js; each file is gzipped JSON
`{"w": WINDOW, "pages": {result id: row}, "chars": {character: [[result id, [[start, text], …]], …]}}`:
`start` counts code points in the page's searchable text (`searchable`), `row` is
`[url, title, date, 版 label, paper slug, headline characters, 版名, kind, [topics]]`.
"""
from __future__ import annotations

import gzip
import json
import math
import os
import re
import zlib
from typing import NamedTuple

DIR = "rare"
RARE_PAGES = 16            # pages of a part up to which a character is listed (search.js FEW)
OCCURRENCES = 4 * RARE_PAGES   # occurrences in the part up to which a character is looked for
WINDOW = 12                # characters kept either side of an occurrence (search.js reads `w`)
POSTINGS_PER_FILE = 60     # (character, page) pairs a bucket file holds, ~4 KB once gzipped

_HAN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


class RarePosting(NamedTuple):
    """One page holding a rare character: the page and the text around each occurrence."""
    page: int                          # index of the page's text in the part
    windows: list[tuple[int, str]]     # (start in the searchable text, text), in order


def searchable(blocks: list[str]) -> str:
    """A page's text as the rare lists index it: its folded blocks joined by one space (a
    space never occurs in a Han phrase, so no phrase bridges two blocks)."""
    return " ".join(blocks)


def head_chars(head_blocks: list[str]) -> int:
    """How many characters of `searchable` the headline blocks (kicker, title, subtitle, which
    come first) take: an occurrence starting before this is a headline match."""
    return len(" ".join(head_blocks))


def windows(text: str, char: str, width: int = WINDOW) -> list[tuple[int, str]]:
    """The text `width` characters either side of each occurrence of `char`, overlapping or
    touching windows merged: every substring of up to width + 1 characters that holds `char`
    lies wholly inside one of them."""
    spans: list[list[int]] = []
    at = text.find(char)
    while at >= 0:
        lo, hi = max(0, at - width), min(len(text), at + width + 1)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
        at = text.find(char, at + 1)
    return [(lo, text[lo:hi]) for lo, hi in spans]


def postings(texts: list[str], counts: dict[str, int],
             limit: int = RARE_PAGES) -> dict[str, list[RarePosting]]:
    """Han character → the pages holding it with its windows, for each character held by
    1…`limit` texts and occurring at most OCCURRENCES times in all of them (`counts`:
    occurrences per character).

    Which characters are listed only decides which queries skip Pagefind; a listed character's
    pages are always all of them. Only the few characters rare by `counts` are looked for, by one
    regular expression scan per text (C speed), not a set of every text's characters."""
    wanted = sorted(c for c, n in counts.items() if n <= OCCURRENCES and _HAN.fullmatch(c))
    if not wanted:
        return {}
    find = re.compile("[" + "".join(wanted) + "]")
    held: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        for c in set(find.findall(text)):
            held.setdefault(c, []).append(i)
    return {c: [RarePosting(i, windows(texts[i], c)) for i in pages]
            for c, pages in held.items() if len(pages) <= limit}


def bucket_of(char: str, buckets: int) -> int:
    return zlib.crc32(char.encode("utf-8")) % buckets


def write_part(bundle: str, chars: dict[str, list[tuple[str, list[tuple[int, str]]]]],
               rows: dict[str, list]) -> tuple[int, int, int]:
    """Write `chars` (character → [(result id, windows)]) as bucket files under `bundle/rare/`,
    each with the rows (`rows`: result id → row) of the pages it names; returns (bucket count,
    bytes, files). No rare character: no folder, 0 buckets."""
    total = sum(map(len, chars.values()))
    if not total:
        return 0, 0, 0
    buckets = max(1, math.ceil(total / POSTINGS_PER_FILE))
    files: list[dict] = [{"w": WINDOW, "pages": {}, "chars": {}} for _ in range(buckets)]
    for c in sorted(chars):
        content = files[bucket_of(c, buckets)]
        listed = sorted(chars[c])
        content["chars"][c] = [[rid, [list(w) for w in wins]] for rid, wins in listed]
        for rid, _ in listed:
            content["pages"][rid] = rows[rid]
    folder = os.path.join(bundle, DIR)
    os.makedirs(folder, exist_ok=True)
    size = 0
    for b, content in enumerate(files):
        content["pages"] = dict(sorted(content["pages"].items()))
        data = gzip.compress(json.dumps(content, ensure_ascii=False, separators=(",", ":"))
                             .encode("utf-8"), 6, mtime=0)
        with open(os.path.join(folder, f"{b}.bin"), "wb") as fh:
            fh.write(data)
        size += len(data)
    return buckets, size, buckets
