"""The archive's most frequent characters, most frequent first: the manifest's `common`.

Why: a phrase of several characters costs the browser one Pagefind index chunk per character
in every part it opens (~25 KB each). search.js looks up only its rarest character — the one
latest in this order, or any not in it — and checks the few pages holding that character on
their fragments, which the result lines need anyway (see search.js `rarestChar`). The order
only decides which character is looked up first; results never depend on it.

Each part keeps its own counts beside its bundle (`common.json`, written with the bundle, so
an unchanged part is never read again); the manifest sums them over the parts.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from typing import Iterable, Optional

PART_FILE = "common.json"
MANIFEST_CHARS = 400   # characters listed in the manifest (~1.2 KB of UTF-8)


def part_bytes(common: list[tuple[str, int]]) -> bytes:
    """A part's `common.json`: [[character, count], …], most frequent first."""
    return json.dumps([[c, n] for c, n in common], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def read_part(bundle: str) -> Optional[list[tuple[str, int]]]:
    """A part's counts; None when its bundle has none (written before them) or they are damaged."""
    try:
        with open(os.path.join(bundle, PART_FILE), encoding="utf-8") as fh:
            rows = json.load(fh)
        return [(str(c), int(n)) for c, n in rows]
    except (OSError, ValueError, TypeError):
        return None


def archive_order(parts: Iterable[Optional[list[tuple[str, int]]]],
                  limit: int = MANIFEST_CHARS) -> str:
    """The `limit` most frequent characters over all parts, most frequent first (ties: by code
    point, so the same counts give the same string)."""
    total: Counter[str] = Counter()
    for rows in parts:
        for c, n in rows or ():
            total[c] += n
    ranked = sorted(total.items(), key=lambda cn: (-cn[1], cn[0]))
    return "".join(c for c, _ in ranked[:limit])
