"""Items of a 简讯 box printed as 'short head line, then a bulleted paragraph'.

A typeset 简讯 box sets each item as a short bold lead head on a line (or two, when the box is
narrow) and the item's one paragraph under it, opened by a bullet: pdftotext prints

    美伊冲突不断推高油价
    (blank)
    ●唐纳德·特朗普
    (Donald Trump)总统星期一…

The head line is then a text block of its own, which the block stages may read as the end of
the paragraph above (it ends no sentence) rather than as a headline. The layout cue is the
bullet: a paragraph opened by one starts an item afresh, so the short headline-shaped block
right before it is that item's head. The bullet itself is decoration (listed as dropped),
never the first character of the body.
"""
from __future__ import annotations

from generator.ingest.split.stories import kinds
from generator.ingest.split.heads.headshape import headline_like
from generator.ingest.split.units.items import Unit
from generator.ingest.split.text.textutil import BULLETS, ends_sentence, han_count, squash_spaces

# the bullets that open an item; a triangle ('▲', '▶') points at a photo from its caption
ITEM_BULLETS = "".join(b for b in BULLETS if b not in "▲△▶►")
ITEM_MIN = 20            # Han characters: an item's paragraph is a story, not a bulleted phrase
HEAD_LINES = 3           # a narrow box wraps a head over at most this many lines


def _bulleted_item(units: list[Unit], i: int) -> bool:
    """A paragraph opened by a bullet and long enough to be an item's whole story — counting
    the pieces a column break cut it into (it goes on until a sentence ends)."""
    u = units[i]
    t = u.text.lstrip()
    if not (u.kind == "para" and len(t) > 1 and t[0] in ITEM_BULLETS and t[1] not in BULLETS
            and "byline" not in u.data):
        return False
    text, j = t, i + 1
    while han_count(text) < ITEM_MIN and not ends_sentence(text) and j < len(units):
        if units[j].kind == "para":
            text += units[j].text
        elif units[j].kind != "gap":
            break
        j += 1
    return han_count(text) >= ITEM_MIN


def head_shaped(u: Unit) -> bool:
    """A short block that ends no sentence and reads as a headline (not a section's label)."""
    if u.kind not in ("para", "head") or u.data.get("kickers") or u.data.get("subtitles"):
        return False
    if "byline" in u.data:   # a block opening on a lead byline is a story's lead, not a head
        return False
    if u.data.get("label") or kinds.is_section_label(u.text) or kinds.is_brief_label(u.text):
        return False
    raw = u.data.get("raw") or [u.text]
    if len(raw) > HEAD_LINES or len(u.lines) > HEAD_LINES:
        return False
    text = squash_spaces(u.text)
    return not ends_sentence(text) and headline_like([text])


def _prev_real(units: list[Unit], i: int) -> int | None:
    j = i - 1
    while j >= 0 and units[j].kind == "gap":
        j -= 1
    return j if j >= 0 else None


def bulleted_items(units: list[Unit]) -> None:
    """Each bulleted item paragraph: its bullet → data['bullet'] (dropped as decoration), and
    the headline-shaped block printed right before it → the item's headline unit, marked
    data['item'] (a brief's head: never a sub-heading, always the story right under it)."""
    for i, u in enumerate(units):
        if not _bulleted_item(units, i):
            continue
        j = _prev_real(units, i)
        if j is None or not head_shaped(units[j]):
            continue
        head = units[j]
        if head.kind == "para":
            head.kind = "head"
            head.text = squash_spaces(head.text)
        head.data["item"] = True
        t = u.text.lstrip()
        u.data["bullet"] = t[0]
        u.text = t[1:].lstrip(" \u3000")


def item_heads(units: list[Unit], segs: list, used: set[int]) -> None:
    """An item's head owns the story that opens with its bulleted paragraph: the layout says so,
    before any matching by the words headlines and stories share."""
    for h, u in enumerate(units):
        if u.kind != "head" or not u.data.get("item") or h in used:
            continue
        s = next((s for s in segs if s.head is None and s.paras and s.first > h
                  and s.paras[0].data.get("bullet") and all(units[k].kind == "gap" for k in range(h + 1, s.first))), None)
        if s is not None:
            s.head = u
            used.add(h)
