"""A 简讯-style label over one story is that story's kicker, not a box's label.

A brief box gathers two items or more under its label ('简讯', '· 快讯 ·'): each a short head
(on its own line, or run into its paragraph after a bullet) over one short paragraph. A column
phrase ending in a label word ('外交动态', '要闻速递') printed over a single headline whose
story is no such item — several paragraphs, a byline line, a kicker over the next headline —
heads that one story: it is the story's kicker, and the story keeps its own kind.
"""
from __future__ import annotations

import re

from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.textutil import BULLETS, ends_text

ITEM_MAX = 400          # characters of one item's paragraph
LEAD_MAX = 20           # characters of an item's lead phrase printed on a line of its own
ITEMS_MIN = 2           # items a box holds
_MARK = re.compile(r"[，。！？；：,.!?;:]")


def _next(lines: list[Line], i: int) -> int:
    while i < len(lines) and lines[i].kind == "blank":
        i += 1
    return i


def _paragraph(lines: list[Line], i: int) -> int | None:
    """The index after the one short paragraph starting at `i` (its lines up to a finished
    sentence, the text under it ending there), or None when no such paragraph stands there."""
    size = 0
    while i < len(lines) and lines[i].kind in ("text", "blank"):
        if lines[i].kind == "text":
            size += len(lines[i].text)
            if size > ITEM_MAX:
                return None
            if ends_text(lines[i].text):
                j = _next(lines, i + 1)
                return j if j >= len(lines) or lines[j].kind != "text" or _lead(lines, j) else None
        i += 1
    return None


def _lead(lines: list[Line], i: int) -> bool:
    """Does an item open at `i` (a bulleted line, or a short lead phrase over a paragraph)?"""
    t = lines[i].text.strip()
    return lines[i].kind == "text" and (t[:1] in BULLETS or (len(t) <= LEAD_MAX and not _MARK.search(t)))


def _items(lines: list[Line], i: int) -> int:
    """How many items follow a label line at `i`: heads (a headline, a lead phrase line or a
    bulleted line) each over one short paragraph, up to the first that is not one."""
    n = 0
    k = _next(lines, i + 1)
    while k < len(lines):
        l = lines[k]
        t = l.text.strip()
        if l.kind == "text" and t[:1] in BULLETS and ends_text(t):
            k = _next(lines, k + 1)            # an item run into its paragraph after a bullet
        elif l.kind == "heading" or (_lead(lines, k) and t[:1] not in BULLETS):
            end = _paragraph(lines, _next(lines, k + 1))
            if end is None:
                break
            k = end
        else:
            break
        n += 1
    return n


def labels_over_one_story(lines: list[Line]) -> list[Line]:
    """`lines` with each brief label printed over a headline that heads fewer than two items
    made a plain line (the head stages read it as that story's kicker)."""
    out = list(lines)
    for i, l in enumerate(lines):
        if l.kind != "header" or l.data.get("label") != "brief":
            continue
        j = _next(lines, i + 1)
        if j < len(lines) and lines[j].kind == "heading" and _items(lines, i) < ITEMS_MIN:
            out[i] = Line(l.no, l.text, "text")
    return out
