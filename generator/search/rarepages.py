"""Which pages of a part hold each of its rare Han characters: `rare/<bucket>.bin` in the bundle.

Why: a person's name has a few hits in each of many parts. Opening a part through Pagefind
costs its metadata (~21 KB at 2,000 pages), its entry and one index chunk per character looked
up (~25 KB) before a hit is known. These lists name the pages holding a rare character
directly, so search.js reads one small bucket file, fetches those pages' fragments (which the
result lines need anyway), checks the phrase on their text — a plain substring test, what a
match means — and never opens the part's Pagefind index.

A character listed is complete: every page of the part that holds it is listed. A character
not listed (more than RARE_PAGES pages hold it, or none) sends search.js to Pagefind.
A character's bucket is CRC-32 of its UTF-8 modulo the part's bucket count (shard.json `rare`),
mirrored in search.js; each file is gzipped JSON {character: [result id, …]}.
"""
from __future__ import annotations

import gzip
import json
import math
import os
import re
import zlib

DIR = "rare"
RARE_PAGES = 16            # pages of a part up to which a character is listed (search.js FEW)
OCCURRENCES = 4 * RARE_PAGES   # occurrences in the part up to which a character is looked for
POSTINGS_PER_FILE = 200    # ~1.5 KB a bucket file once gzipped

_HAN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def rare_pages(texts: list[str], counts: dict[str, int],
               limit: int = RARE_PAGES) -> dict[str, list[int]]:
    """Han character → indices of the texts holding it, for each held by 1…`limit` texts and
    occurring at most OCCURRENCES times in all of them (`counts`: occurrences per character).

    Which characters are listed only decides which queries skip Pagefind; a listed character's
    pages are always all of them. Only the few characters rare by `counts` are looked for, by one
    regular expression scan per text (C speed), not a set of every text's characters."""
    wanted = sorted(c for c, n in counts.items() if n <= OCCURRENCES and _HAN.fullmatch(c))
    if not wanted:
        return {}
    find = re.compile("[" + "".join(wanted) + "]")
    out: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        for c in set(find.findall(text)):
            out.setdefault(c, []).append(i)
    return {c: held for c, held in out.items() if len(held) <= limit}


def bucket_of(char: str, buckets: int) -> int:
    return zlib.crc32(char.encode("utf-8")) % buckets


def write_part(bundle: str, pages: dict[str, list[str]]) -> tuple[int, int, int]:
    """Write `pages` (character → result ids) as bucket files under `bundle/rare/`; returns
    (bucket count, bytes, files). No rare character: no folder, 0 buckets."""
    postings = sum(map(len, pages.values()))
    if not postings:
        return 0, 0, 0
    buckets = max(1, math.ceil(postings / POSTINGS_PER_FILE))
    files: list[dict[str, list[str]]] = [{} for _ in range(buckets)]
    for c in sorted(pages):
        files[bucket_of(c, buckets)][c] = pages[c]
    folder = os.path.join(bundle, DIR)
    os.makedirs(folder, exist_ok=True)
    size = 0
    for b, content in enumerate(files):
        data = gzip.compress(json.dumps(content, ensure_ascii=False, separators=(",", ":"))
                             .encode("utf-8"), 6, mtime=0)
        with open(os.path.join(folder, f"{b}.bin"), "wb") as fh:
            fh.write(data)
        size += len(data)
    return buckets, size, buckets
