"""The items of a 简讯 box printed without bullets: under the box's label, each item is a short
lead head (a line or two of a narrow box) and one paragraph.

    · 简讯 ·
    卢比奥国务卿
    (blank)
    美国国务卿马尔科·卢比奥…直率。
    (blank)
    美伊停火有可能延长，
    油价下跌
    (blank)
    石油价格星期四（5月28日）出现逆转，…下跌。

Alone, an item's head may fail the headline shape (a comma, two lines) and the reflow joins it
to its paragraph across the blank, so the item before runs on into it; and a head the shape
rules found is matched by words like any headline, its story read as an article. The box's
layout says more: after its label, until the box ends, a short block holding no sentence set
apart over a paragraph, right after the item before finished its sentence, is the next item's
head (marked data['item'], as `briefitems` marks a bulleted item's head: a brief, the story right
under it; and data['boxed']: the box ends after the last one, so a story printed after it without
a headline of its own between is no item). The box ends at the first thing no item is: a byline line, a head stack, a block
that is no head over a paragraph, or an item text longer than a brief.
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.units.items import Unit, is_brief_label_unit
from generator.ingest.split.text.runon import leaves_open
from generator.ingest.split.text.textutil import CONTINUES, SENTENCE_MARKS, ends_text, last_meaningful, nonspace, squash_spaces

HEAD_MIN, HEAD_MAX = 4, 30     # characters of an item's lead head
HEAD_LINES = 2                 # a narrow box wraps it over at most two lines
ITEM_MAX = 600                 # characters of an item's text (story.py reads longer ones as articles)
_FURNITURE = ("header", "rheader", "gap")
_GLOSS = re.compile(r"[(（]\s*[A-Za-z]")


def _next(units: list[Unit], i: int) -> int | None:
    """The first unit after `i` that is no gap or page furniture (a column break may print the
    page's running header inside an item)."""
    j = i + 1
    while j < len(units) and units[j].kind in _FURNITURE:
        j += 1
    return j if j < len(units) else None


def _lead_head(text: str) -> bool:
    """A short phrase holding no sentence, ending on no mark that needs more, leaving no
    bracket or quotation open (a paragraph's first line cut by a column break often does)."""
    n = len(nonspace(text))
    return (HEAD_MIN <= n <= HEAD_MAX and not SENTENCE_MARKS.search(text) and last_meaningful(text) not in CONTINUES
            and len(re.findall(r"[，,、]", text)) <= 1 and not leaves_open(text))


def _item_text(units: list[Unit], j: int) -> tuple[int, int] | None:
    """The paragraph units from `j` on that make one item's text — up to the first that ends a
    sentence (a column break or the page furniture may cut the paragraph): (the last one's index,
    its length in characters), or None when `j` opens no such text."""
    size, k = 0, j
    while k is not None and units[k].kind == "para" and not units[k].data.get("bullet"):
        size += len(units[k].text)
        if ends_text(units[k].text):
            return (k, size) if size <= ITEM_MAX else None
        k = _next(units, k)
    return None


def _split_lead(u: Unit, texts: dict[int, str]) -> int | None:
    """How many of a paragraph unit's first lines, set apart from the rest by a blank, read as
    an item's lead head that the reflow joined to the item's text."""
    nos = u.lines
    cut = next((k for k in range(1, min(len(nos), HEAD_LINES + 1)) if nos[k] > nos[k - 1] + 1), None)
    if cut is None or not all(n in texts for n in nos[:cut]):
        return None
    head = squash_spaces("".join(texts[n].strip() for n in nos[:cut]))
    return cut if u.text.startswith(head) and len(u.text) > len(head) and _lead_head(head) else None


# an item's lead phrase printed inline, set off from its text by a gap ('美伊接近达成协议 国务卿…')
_INLINE_GAP = re.compile(r"^(\S{4,30}?)[ \t\u3000]+\S")


def _inline_lead(u: Unit, texts: dict[int, str]) -> str | None:
    """The lead phrase a box item prints inline before its text, with no bullet: the first
    printed line opens on a short phrase holding no sentence, then a gap, and running text never
    sets a gap between its words (a dateline byline's does: it is no lead phrase)."""
    first = texts.get(u.lines[0]) if u.lines else None
    if first is None:
        return None
    m = _INLINE_GAP.match(first.strip(" \t\u3000"))
    if m is None or bylines.parse_lead(u.text):
        return None
    head = squash_spaces(m.group(1))
    return head if (_lead_head(head) and u.text.startswith(head) and len(u.text) > len(head) + HEAD_MIN
                    and "，" not in head and not _GLOSS.search(head)) else None


def _give_inline_rest(head: Unit, body: Unit, texts: dict[int, str]) -> None:
    """An item's one printed line holding its inline lead phrase and the first words of its
    text, which a column break set apart ('刚果卫生官员继续抗击埃博拉疫情 随着' / blank /
    '埃博拉病毒在…'): the words after the gap open the item's text. In place."""
    if len(head.lines) != 1 or body.kind != "para" or head.lines[0] not in texts:
        return
    m = _INLINE_GAP.match(texts[head.lines[0]].strip(" \t\u3000"))
    if m is None:
        return
    lead = squash_spaces(m.group(1))
    if not (_lead_head(lead) and head.text.startswith(lead) and len(head.text) > len(lead)):
        return
    rest = head.text[len(lead):].strip()
    head.text = lead
    body.text = rest + body.text
    body.lines = [head.lines[0]] + list(body.lines)


def _head_unit(u: Unit) -> bool:
    return (u.kind in ("head", "para", "minor") and len(u.lines) <= HEAD_LINES and not u.data.get("kickers")
            and not u.data.get("subtitles") and "byline" not in u.data and not u.data.get("bullet")
            and not is_brief_label_unit(u) and _lead_head(squash_spaces(u.text)))


def brief_box_items(units: list[Unit], lines: list) -> None:
    """Under each 简讯 label: item heads marked data['item'], a head the reflow joined to its
    item's text cut off as a head unit of its own; in place."""
    texts = {l.no: l.text for l in lines if l.kind == "text"}
    i = 0
    while i < len(units):
        if not (units[i].kind in ("head", "header") and is_brief_label_unit(units[i])):
            i += 1
            continue
        k = _next(units, i)
        marked: bool | None = None      # the items' heads carry a Markdown '#' mark (rank) or none
        while k is not None:
            u = units[k]
            if _head_unit(u):
                if marked is not None and ("rank" in u.data) != marked:
                    break       # (a head marked unlike the items' heads is a story's headline)
                marked = "rank" in u.data
                body = _next(units, k)
                item = _item_text(units, body) if body is not None else None
                if item is None:
                    break
                u.kind, u.text = "head", squash_spaces(u.text)
                u.data["item"] = u.data["boxed"] = True
                _give_inline_rest(u, units[body], texts)
                k = _next(units, item[0])
                continue
            inline = _inline_lead(u, texts) if u.kind == "para" and "byline" not in u.data else None
            cut = _split_lead(u, texts) if u.kind == "para" and "byline" not in u.data and inline is None else None
            if cut is None:
                if inline is None:
                    break
                rest = Unit("para", u.text[len(inline):], list(u.lines), dict(u.data))
                item = _item_text(units[:k] + [rest] + units[k + 1:], k)
                if item is None:
                    break
                units[k:k + 1] = [Unit("head", inline, u.lines[:1], {"item": True, "boxed": True}), rest]
                k = _next(units, item[0] + 1)
                continue
            head = squash_spaces("".join(texts[n].strip() for n in u.lines[:cut]))
            rest = Unit("para", u.text[len(head):], u.lines[cut:], dict(u.data))
            item = _item_text(units[:k] + [rest] + units[k + 1:], k)
            if item is None:
                break
            units[k:k + 1] = [Unit("head", head, u.lines[:cut], {"item": True, "boxed": True}), rest]
            k = _next(units, item[0] + 1)
        i += 1
