"""Typeset column pages: a story set in a box narrower than the page's columns is a commentary.

A newspaper frames its commentary in a box inside the column grid, and the box's padding and
rule take an em or two from each line: pdftotext prints the box's text in lines clearly shorter
than those of the news columns around it (11 characters where the page's columns hold 13). The
box's column label ('快评') is often printed elsewhere — beside a neighbouring headline — or
not at all, and the '本报评论员' signature may stand over another box's head: the measure is
what is left. A news story is set to the column, a photo caption in its own wider measure, a
简讯 box's items are found as items by their label and bullets.

The rule: a story read as a plain article, with no news lead ('本报讯', '…电') nor a reporter's
byline, whose own wrapped lines (at least four of them) measure clearly short of the page's
common column measure, is a commentary (a 简讯 item, when the story right above is one set to the same measure: the box's
next item) — on a page where two stories or more are set to that
measure (a page of sections set to measures of their own has no one column to be narrower
than). And a column label read as the kicker of a story set to the full column — its only
commentary cue — belongs to the nearest such box that has no label of its own: it moves there,
and the story it left is news again.
"""
from __future__ import annotations

import re
from collections import Counter

from generator.ingest.split.stories.kinds import is_commentary, is_commentary_label
from generator.ingest.split.result import SplitArticle, SplitResult
from generator.ingest.split.text.textutil import nonspace, squash_spaces, width

NARROWER = 1.5        # em: a box's lines stand this much short of the page's column at least
MIN_LINES = 4         # wrapped lines of the story that say its measure
MIN_PAGE_LINES = 40   # wrapped lines of the page that say its column measure
LINE_MIN, LINE_MAX = 4.0, 30.0
_NEWS_LEAD = re.compile(r"讯|电[）)]?|报道[:：]|记者|通讯员|实习生")
SET_TO_COLUMN = 2     # stories set to the page's column at least: the page has news columns


def _wrapped(src: list[str], lo: int, hi: int) -> list[tuple[int, float]]:
    """(index, width) of the lines in `src[lo:hi]` that wrapped: the next line is text too."""
    out = []
    for i in range(max(lo, 0), min(hi, len(src) - 1)):
        t = src[i].strip()
        if t and src[i + 1].strip():
            w = width(squash_spaces(t))
            if LINE_MIN <= w <= LINE_MAX:
                out.append((i, w))
    return out


def _upper_quartile(ws: list[float]) -> float:
    ws = sorted(ws)
    return ws[(len(ws) * 3) // 4]


def box_commentaries(text: str, result: SplitResult) -> None:
    """Mark as commentaries the plain articles set in a box narrower than the page's column."""
    src = text.split("\n")
    page = _wrapped(src, 0, len(src))
    if len(page) < MIN_PAGE_LINES:
        return
    # the common measure: the width most wrapped lines share (half-em steps)
    measure = Counter(round(w * 2) / 2 for _, w in page).most_common(1)[0][0]
    measures = {id(a): _measure(src, a) for a in result.articles}
    if sum(m is not None and m >= measure - FULL for m in measures.values()) < SET_TO_COLUMN:
        return             # no news columns to be narrower than (a page of several measures)
    boxed = []
    for n, a in enumerate(result.articles):
        if a.kind != "article" or a.continued_from or a.continued_to:
            continue
        if a.byline and _NEWS_LEAD.search(a.byline):
            continue
        own = measures[id(a)]
        if own is not None and own <= measure - NARROWER:
            before = result.articles[n - 1] if n else None
            if before is not None and before.kind == "brief" and measures[id(before)] is not None \
                    and abs(measures[id(before)] - own) <= FULL:
                a.kind = "brief"       # the next item of the 简讯 box the story above opens
                continue
            a.kind = "commentary"
            boxed.append(a)
    for a in result.articles:
        if not boxed or a.kind != "commentary" or a in boxed or not _label_only(a):
            continue
        own = measures[id(a)]
        if own is None or own < measure - FULL:
            continue
        free = [b for b in boxed if b.kicker is None]
        if free:
            box = min(free, key=lambda b: abs(b.lines[0] - a.lines[0]))
            box.kicker, a.kicker, a.kind = a.kicker, None, "article"


FULL = 0.5            # em: lines this close to the page's column are set to it


def _measure(src: list[str], a: SplitArticle) -> float | None:
    """The measure of the story's own wrapped lines (their upper quartile), None when too few."""
    body = nonspace(a.body)
    own = [w for i, w in _wrapped(src, a.lines[0] - 1, a.lines[1])
           if nonspace(squash_spaces(src[i])) in body]
    return _upper_quartile(own) if len(own) >= MIN_LINES else None


def _label_only(a: SplitArticle) -> bool:
    """Is the story a commentary only by a column label read as its kicker?"""
    return (a.kicker is not None and is_commentary_label(a.kicker)
            and not is_commentary(a.title, None, a.byline, a.subtitle))
