"""Column pages: a kicker printed as a headline block of its own, right over its title.

When the extraction sets a blank line between the lines of a head stack, the kicker (引题) comes
out as a headline of its own above the title, with nothing but blank lines between them. The
title stands right over its story; the kicker, shorter than the title, stands over the title —
a headline only ever stands over text — and it is the kicker of that title unless it speaks
more of the story above it (then it is that story's headline, printed under it).
"""
from __future__ import annotations

from generator.ingest.split.textutil import bigrams, squash_spaces

GAPS = ("gap",)


def kickers_over_heads(units: list, segs: list, pool: list[int], adjacent_before) -> set[int]:
    """Heads of `pool` (unit indices) that are the kicker of the head right under them: attached
    to it as a kicker and marked used; returns them."""
    used: set[int] = set()
    pos = set(pool)
    for h1 in pool:
        h2 = next((k for k in range(h1 + 1, len(units)) if units[k].kind not in GAPS), None)
        if h2 is None or h2 not in pos or h2 in used or h1 in used:
            continue
        below = next((s for s in segs if s.head is None and adjacent_before(h2, s)), None)
        if below is None:
            continue
        u1, u2 = units[h1], units[h2]
        if len(squash_spaces(u1.text)) >= len(squash_spaces(u2.text)) or u1.data.get("kickers") \
                or u1.data.get("subtitles"):
            continue
        above = next((s for s in segs if s.last < h1 and s.head is None
                      and all(units[k].kind in ("gap", "credit", "to", "btail") for k in range(s.last + 1, h1))), None)
        g1 = bigrams(squash_spaces(u1.text))
        if above is not None and len(g1 & bigrams(above.text())) > len(g1 & bigrams(below.text())):
            continue           # it speaks of the story above: that story's headline
        u2.data.setdefault("kickers", []).insert(0, u1)
        u1.kind = "used"
        u1.data["weighed"] = True      # against the story above: no headless story's to take
        used.add(h1)
    return used
