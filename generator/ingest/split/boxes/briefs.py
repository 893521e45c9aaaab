"""Items of a 简讯/短讯 box: each a one-paragraph story under a short headline that opens with a
bullet ('◆美伊接近达成协议', '●…', '■…'). The bullet marks the item; it is no part of the title.
Runs on the layout units between `blocks` and `segment`: a headline unit that opens with a bullet
keeps the bullet as data (the item's mark, listed as a dropped decoration) and its words as text."""
from __future__ import annotations

from generator.ingest.split.stories import kinds
from generator.ingest.split.text.textutil import BULLETS, han_count


def strip_bullets(units: list) -> None:
    """Headline units '◆Title' → 'Title' with data['bullet'] = '◆'; a box's label line
    ('· 短讯 ·', found by `lines`) stands as a headline unit of its own, which `segment`
    reads as the box's label (it ends the story above and opens the run of items)."""
    for u in units:
        if u.kind == "header" and u.data.get("label") == "brief":
            u.kind = "head"
            continue
        if u.kind == "head" and not u.data.get("kickers"):
            take_bullet(u)


def take_bullet(u) -> None:
    """A headline unit '■Title' → 'Title', the bullet kept as data['bullet'] (listed as a
    dropped decoration by `segment`): an item's mark is no part of its title, whichever rule
    found the headline (a sub-heading-like line promoted to a headline late keeps it too)."""
    if not u.data.get("bullet") and u.text[:1] in BULLETS and han_count(u.text[1:]) >= 2:
        u.data["bullet"] = u.text[0]
        u.text = u.text[1:].lstrip(" \u3000")


def closing_picture_bylines(units: list) -> None:
    """'文/图 X' or '本报评论员' on a line of its own after a story's text and before the next
    headline (or the page's end) signs the story above — as an end signature does — not an
    empty story; so
    does any byline line after the page's last text ('本报评论员' closing a commentary: no story
    is left for it to open), and a '文/图 X' over a caption closed by its own credit."""
    real = [k for k, u in enumerate(units) if u.kind not in ("gap", "header", "rheader", "used", "drop")]
    for n, k in enumerate(real):
        u = units[k]
        if u.kind != "bline" or u.data.get("subtitle"):
            continue
        credits = u.data["byline"].credits
        prev = units[real[n - 1]] if n else None
        nxt = units[real[n + 1]] if n + 1 < len(real) else None
        if prev is None or prev.kind != "para":
            continue
        if nxt is None:
            u.kind = "btail"       # any byline after the page's last text signs that text
            continue
        unsigned = not credits and "评论员" in u.text      # '本报评论员' closing a commentary
        if not unsigned and (not credits or not all("图" in r or "摄" in r for r, _ in credits)):
            continue
        if nxt.kind in ("head", "from", "bline") or (credits and _own_credit_after(units, real, n + 1)):
            u.kind = "btail"


def _own_credit_after(units: list, real: list[int], n: int) -> bool:
    """Do the paragraphs from real unit n on close with a photo credit line of their own
    ('本报记者 X 摄') before any headline or byline? A caption signed by its own credit needs no
    '文/图' line over it: the one above signs the story before."""
    from generator.ingest.split.boxes.captions import CAPTION_MAX
    start, size = n, 0
    while n < len(real) and units[real[n]].kind == "para":
        size += len(units[real[n]].text)
        n += 1
    return (start < n < len(real) and units[real[n]].kind == "credit"
            and size <= CAPTION_MAX)        # (a caption is short: beyond, the text runs on through stories)


def commentary_labels(lines: list, result) -> None:
    """A commentary column's label line ('短评', '天山时评', set apart as a header by `lines`)
    makes the story printed under it a commentary (the one whose text runs on under the label,
    else the first one after it), and is its kicker when it has none
    (as a label over a Markdown headline is); else it stays a dropped header line."""
    for line in lines:
        if line.kind != "header" or line.data.get("label") != "commentary":
            continue
        # the story whose text runs on under the label (its headline may be printed after its
        # text, or grouped elsewhere), else the first story printed after the label
        text = next((x.no for x in lines if x.no > line.no and x.kind == "text"), None)
        holding = [a for a in result.articles if text is not None and a.lines[0] <= text <= a.lines[1]]
        after = holding or [a for a in result.articles if a.lines[0] > line.no]
        if not after:
            continue
        first = min(after, key=lambda a: a.lines[0])
        section = kinds.signed_as_news(first.byline) and "评论员" not in line.text
        if first.kind == "article" and not section:
            first.kind = "commentary"
        # (a section's name over a reporter's dispatch, '国际观察' over '□记者 X', is its kicker
        # and the story stays news; an opinion label there, '快评', is left to `boxmeasure`)
        if first.kicker is None and (first.kind == "commentary" or (
                first.kind == "article" and section and kinds.is_neutral_label(line.text))):
            drop = next((d for d in result.dropped if d.line == line.no and d.text == line.text), None)
            if drop is not None:
                result.dropped.remove(drop)
                first.kicker = line.text
