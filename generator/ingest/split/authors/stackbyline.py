"""A byline line printed inside a headline stack: title, byline, subtitle, story.

A typeset page sets a story's subtitle and its byline ('文/图 X', '本报记者 X') in separate
boxes under the headline; pdftotext reads the boxes in the order of their text flow, which can
put the byline between the title and the subtitle:

    副总统万斯说，美伊协议“从根本上
    说是一项好协议”
    文/图 邵秀蕾
    这项协议立即开放霍尔木兹海峡
    美国副总统JD·万斯…

Read in order, the byline would open an empty story under the title and the subtitle would be
the headline of the story below. A headline line right under a byline line that sits right under
a headline, with story text right under it, is the subtitle of the headline above (or, when it is
the wider, the title under its kicker): the byline then opens that story, as a byline under a
whole head stack does.
"""
from __future__ import annotations

from generator.ingest.split.units.items import Unit
from generator.ingest.split.text.textutil import nonspace

SKIP = ("gap",)


def _next(units: list[Unit], i: int) -> int | None:
    j = i + 1
    while j < len(units) and units[j].kind in SKIP:
        j += 1
    return j if j < len(units) else None


def _plain_head(u: Unit) -> bool:
    return (u.kind == "head" and not u.data.get("kickers") and not u.data.get("subtitles")
            and not u.data.get("item") and not u.data.get("bullet") and not u.data.get("label"))


def subtitles_over_bylines(units: list[Unit]) -> None:
    """head A, byline-only line B, head C, story text → C is A's subtitle (unit 'used'), B opens
    the story, when C is no wider than A (a subtitle is set smaller than its title); when C is
    wider, A is C's kicker and B, put after C, opens the story."""
    for i, a in enumerate(units):
        if not _plain_head(a):
            continue
        b = _next(units, i)
        if b is None or units[b].kind != "bline" or units[b].data.get("subtitle"):
            continue
        c = _next(units, b)
        if c is None or not _plain_head(units[c]):
            continue
        d = _next(units, c)
        if d is None or units[d].kind != "para":
            continue
        sub = units[c]
        if len(nonspace(sub.text)) > len(nonspace(a.text)):
            # the wider line under the byline is the title, the short one over it its kicker:
            # the title goes over the byline, which then opens the story under it
            sub.data["kickers"] = [a]     # (the unit itself: later passes find it in `units`)
            a.kind = "used"
            units[b], units[c] = units[c], units[b]
            continue
        a.data["subtitles"] = [sub]
        sub.kind = "used"
