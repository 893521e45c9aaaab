"""Items of a 简讯/短讯 box: each a one-paragraph story under a short headline that opens with a
bullet ('◆美伊接近达成协议', '●…', '■…'). The bullet marks the item; it is no part of the title.
Runs on the layout units between `blocks` and `segment`: a headline unit that opens with a bullet
keeps the bullet as data (the item's mark, listed as a dropped decoration) and its words as text."""
from __future__ import annotations

from generator.ingest.split.textutil import BULLETS, han_count


def strip_bullets(units: list) -> None:
    """Headline units '◆Title' → 'Title' with data['bullet'] = '◆'; a box's label line
    ('· 短讯 ·', found by `lines`) stands as a headline unit of its own, which `segment`
    reads as the box's label (it ends the story above and opens the run of items)."""
    for u in units:
        if u.kind == "header" and u.data.get("label") == "brief":
            u.kind = "head"
            continue
        if (u.kind == "head" and not u.data.get("bullet") and u.text[:1] in BULLETS
                and han_count(u.text[1:]) >= 2 and not u.data.get("kickers")):
            u.data["bullet"] = u.text[0]
            u.text = u.text[1:].lstrip(" \u3000")


def commentary_labels(lines: list, articles: list) -> None:
    """A commentary column's label line ('短评', '天山时评', dropped as a header by `lines`)
    makes the first story printed after it a commentary."""
    for line in lines:
        if line.kind != "header" or line.data.get("label") != "commentary":
            continue
        after = [a for a in articles if a.lines[0] > line.no]
        if after:
            first = min(after, key=lambda a: a.lines[0])
            if first.kind == "article":
                first.kind = "commentary"
