"""Traditional ⇄ simplified character variants for queries, from OpenCC's maintained tables.

The browser turns a query into every spelling the archive could hold (醫療隊 → 医疗队, and
simplified → traditional for archives with traditional text). Only characters that occur in the
archive are worth shipping: a variant the archive never contains can never match, so the table
is filtered by the archive's character set (a few KB instead of ~8,000 entries).
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Iterable


def _dictionary_dir() -> str:
    import opencc   # opencc-python-reimplemented ships OpenCC's dictionary text files
    return os.path.join(os.path.dirname(opencc.__file__), "dictionary")


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, str], ...]:
    """(from, to) single-character mappings in both directions (TS and ST character tables)."""
    pairs = []
    for name in ("TSCharacters.txt", "STCharacters.txt"):
        with open(os.path.join(_dictionary_dir(), name), encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 2 or len(parts[0]) != 1:
                    continue
                for target in parts[1].split(" "):
                    if len(target) == 1 and target != parts[0]:
                        pairs.append((parts[0], target))
    return tuple(pairs)


def variant_table(archive_chars: Iterable[str]) -> dict[str, str]:
    """char → its other spellings that occur in the archive (as one string, most common first)."""
    present = set(archive_chars)
    table: dict[str, str] = {}
    for src, dst in _pairs():
        if dst in present and dst not in table.get(src, ""):
            table[src] = table.get(src, "") + dst
    return table


def query_variants(query: str, table: dict[str, str], limit: int = 16) -> list[str]:
    """Spellings of `query` under `table`: the original, the fully converted one (every character
    replaced by its first variant), then mixed spellings up to `limit`. Mirrors search.js."""
    converted = "".join((table.get(ch) or ch)[0] for ch in query)
    mixed = [""]
    for ch in query:
        alts = ch + table.get(ch, "")
        mixed = [v + a for v in mixed for a in alts][:limit]
    return list(dict.fromkeys([query, converted] + mixed))[:limit]
