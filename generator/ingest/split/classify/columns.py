"""Column pages: the width of the column each line is set in, and lines set apart from it.

A column's width shows in its wrapped lines: every line of a paragraph but the last is filled
to the column. A line followed by another line of the same text block has wrapped; a line
standing alone (a one-line headline, a credit, a paragraph's end) says nothing of the column.
Headlines grouped at the top or foot of a page are such lone lines, and often wider than the
column: counting them would widen the column near them and hide them as body text.
"""
from __future__ import annotations

import bisect
import re

from generator.ingest.split.units.reflow import WRAPPED_MAX
from generator.ingest.split.text.textutil import squash_spaces, width

RADIUS = 10              # wrapped lines on each side that say a line's column
MIN_NEAR = 4


def _upper_quartile(ws: list[float]) -> float:
    ws = sorted(ws)
    return ws[(len(ws) * 3) // 4]


def column_fulls(texts: list[str], wrapped: list[bool]) -> list[float | None]:
    """For each text line (`texts`, in page order; `wrapped[i]`: line i has a successor in its
    block), the full width of its column: the upper quartile of the widths of the nearest
    wrapped lines (`RADIUS` before and after it). Where too few wrapped lines are near, all
    nearby lines of column size count, as before; None when there are still too few."""
    ws = [width(squash_spaces(t)) for t in texts]
    cand = [i for i, w in enumerate(ws) if wrapped[i] and 4 <= w <= WRAPPED_MAX]
    out: list[float | None] = []
    for i in range(len(texts)):
        k = bisect.bisect_left(cand, i)
        near = [ws[j] for j in cand[max(0, k - RADIUS): k + RADIUS + (1 if k < len(cand) and cand[k] == i else 0)]]
        if len(near) >= MIN_NEAR:
            out.append(_upper_quartile(near))
            continue
        near = [w for w in ws[max(0, i - RADIUS): i + RADIUS + 1] if 4 <= w <= WRAPPED_MAX]
        out.append(_upper_quartile(near) if len(near) >= MIN_NEAR else None)
    return out


SHORT = 3.0             # em short of the column: no wrapped line stops there (an indent is 2)
WIDE_HEAD_MAX = 60       # characters: the longest headline set on one to three lines
_STOPS = re.compile(r"[。；;]")
_CLAUSE_END = "，；、：,;:"


def wide_head(texts: list[str], full: float | None) -> bool:
    """A block of 1–3 lines each wider than its column is set apart from the column text: in a
    column extraction no wrapped line ever is; so is a block whose lines but the last stop
    short of the column or run over it. Unless it is a finished sentence, a byline or a
    credit, it is a headline — however long, and commas or all (long headlines run over the
    width of several columns and say two things: '…, …')."""
    from generator.ingest.split.authors import bylines
    from generator.ingest.split.units.reflow import overfull
    from generator.ingest.split.text.textutil import CONTINUES, ENUMERATOR, ends_sentence, han_count, last_meaningful, nonspace

    if full is None or not 1 <= len(texts) <= 3:
        return False
    lines = [squash_spaces(t.strip()) for t in texts]
    wide = [overfull(t, full) or width(t) > WRAPPED_MAX for t in lines]
    # wrapped text fills its column on every line but the last (the first may be indented by
    # two): a line over the column, or one stopping well short of it with more below, is a
    # line end chosen by hand — a headline wrapped where its sense breaks
    # (a line filling the column on a clause mark over a last line run over the column is one
    # too: wrapped text never runs over it, however its lines above end)
    if not (all(wide) or len(lines) > 1 and all(
            wide[k] or (width(t) <= full - SHORT and not ends_sentence(t))
            or (wide[-1] and t[-1:] in _CLAUSE_END) for k, t in enumerate(lines[:-1]))):
        return False
    joined = "".join(lines)
    n = len(nonspace(joined))
    # a semicolon parts the two halves of a long headline set over the column ('…；…'), but
    # stops a sentence in a block none of whose lines runs over it
    if n > WIDE_HEAD_MAX or han_count(joined) < 4 or "。" in joined or (not any(wide) and _STOPS.search(joined)):
        return False
    if last_meaningful(joined) in CONTINUES or ENUMERATOR.match(joined):
        return False
    if ends_sentence(joined) and (n > 24 or joined[0] in "“\"‘「"):
        return False
    if bylines.parse_lead(joined) or bylines.parse_tail(joined) or bylines.parse_credit_line(joined):
        return False
    return True
