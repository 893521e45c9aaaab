"""A 简讯 item's head printed inside its paragraph's block: run in before the text in 【】, or on a
line of its own set flush over the item's indented text.

    简讯                                    新闻速递
      【伊朗向以色列发射导弹】伊朗6月7日向     俄罗斯无人机袭击后，
    以色列发射导弹，这是…第一次。            北约盟国声援罗马尼亚
                                            　　一架俄罗斯无人机星期五…
                                            ■美伊停火有可能延长
                                            　　石油价格星期四…

With no blank line between head and text the reflow reads the two as one paragraph, so the
item's head is taken for its text's first words (or the first clause of its text for its head).
The layout says where the head ends: at the closing 】 of a bracket that opens the paragraph, or
at the first line set in with the paragraph indent under flush lines — a paragraph's first line
is indented, so the flush lines over it are no part of it. A head holds no sentence (it may run
over two lines, the first ending on a comma, and be wider than the column) and is no dateline.

The rule reads a box only: under a 简讯 label, or for bracket heads a run of two or more
paragraphs opened so, and for a flush head over indented text one opened by an item bullet
('■…'). The head becomes a head unit marked data['item'] and data['boxed'] (as `briefbox`
marks the heads it finds), its 【 kept as the item's mark data['bullet'] and its 】 as
data['decor'] (both listed as dropped decoration), its text the rest of the paragraph.
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.boxes import briefitems
from generator.ingest.split.boxes.briefitems import ITEM_BULLETS
from generator.ingest.split.units.items import Unit, is_brief_label_unit
from generator.ingest.split.text.runon import leaves_open
from generator.ingest.split.text.textutil import CONTINUES, full_width, last_meaningful, nonspace, printed_indent, squash_spaces

HEAD_MIN, HEAD_MAX = 4, 80      # characters of an item's head (a flush one may overrun the column)
HEAD_LINES = 3                  # lines a narrow box wraps a head over
APART = 2.0                     # em between a head line's width and its text's column
BODY_MIN = 8                    # characters of text an item's head must leave under it
_STOPS = re.compile(r"[。！？!?]")
_INNER_GAP = re.compile(r"[^\x00-\x7f][ \t\u3000]+[^\x00-\x7f]")     # a gap between two Han words
_BRACKET = re.compile(r"^【([^【】\n]+)】")


def _cuts_token(head: str, rest: str) -> bool:
    """Does the line break after the head cut a number from its unit or a Latin word ('…演练9' /
    '月9日…')? A head set on a line of its own ends on a word."""
    rest = rest.lstrip()
    return bool(head and rest and head[-1].isascii() and (
        head[-1].isdigit() or (head[-1].isalpha() and rest[0].isascii() and rest[0].isalnum())))


def _item_head(head: str) -> bool:
    """A phrase (a clause or two, '；' may part them) holding no finished sentence, closing no
    clause on a mark that needs more, leaving no quotation open, and no dateline."""
    n = len(nonspace(head))
    return (HEAD_MIN <= n <= HEAD_MAX and not _STOPS.search(head) and last_meaningful(head) not in CONTINUES
            and not leaves_open(head) and bylines.parse_lead(head) is None and bylines.parse_tail(head) is None)


def _printed_after(first: int, order: list[int], texts: dict[int, str]) -> list[int]:
    """The printed lines from line `first` on, up to HEAD_LINES + 1 of them, as the page prints
    them (a unit lists the lines it was built from, not always each one)."""
    k = order.index(first) if first in order else None
    if k is None:
        return []
    run = order[k:k + HEAD_LINES + 1]
    return [n for j, n in enumerate(run) if all(run[i] == run[i - 1] + 1 for i in range(1, j + 1))]


def _flush_cut(u: Unit, texts: dict[int, str], order: list[int]) -> list[int] | None:
    """The flush first lines of a paragraph unit standing over a line set in with the
    paragraph indent: the item's head, when they read as one."""
    nos = _printed_after(u.lines[0], order, texts) if u.lines else []
    if len(nos) < 2 or printed_indent(texts[nos[0]]):
        return None
    cut = next((k for k in range(1, len(nos)) if printed_indent(texts[nos[k]])), None)
    if cut is None:
        return None
    head = squash_spaces("".join(texts[n].strip() for n in nos[:cut]))
    ok = (u.text.startswith(head) and len(u.text) - len(head) >= BODY_MIN and _item_head(head)
          and not _cuts_token(head, u.text[len(head):]))
    return nos[:cut] if ok else None


def _signature_cut(u: Unit, texts: dict[int, str], order: list[int]) -> list[Unit] | None:
    """An item's closing signature ('（吐尔逊·买买提）') on a flush line of its own that the
    reflow ran into the next item's indented paragraph: the signature line (a 'btail' unit,
    signing the item above) and the paragraph under it."""
    nos = _printed_after(u.lines[0], order, texts) if u.lines else []
    if len(nos) < 2 or printed_indent(texts[nos[0]]) or not printed_indent(texts[nos[1]]):
        return None
    line = texts[nos[0]].strip()
    sign = bylines.parse_tail(line)
    if sign is None or not u.text.startswith(squash_spaces(line)):
        return None
    rest = Unit("para", u.text[len(squash_spaces(line)):].lstrip(), [n for n in u.lines if n > nos[0]] or [nos[1]],
                dict(u.data))
    return [Unit("btail", line, [nos[0]], {"byline": sign}), rest]


def _bullet_line_cut(u: Unit, texts: dict[int, str], order: list[int]) -> list[int] | None:
    """A bulleted paragraph unit's first printed line, when it is its item's whole head: set
    clearly apart from the column of the lines under it — short of it (a paragraph's first
    line fills the column unless the paragraph ends there) or past it (no column line is)."""
    nos = _printed_after(u.lines[0], order, texts) if u.lines else []
    if len(nos) < 3 or u.text[:1] not in ITEM_BULLETS:
        return None
    first = texts[nos[0]].strip()
    if _INNER_GAP.search(first):
        return None             # (a run-in head and its text's first words: `briefbox` reads those)
    col = max(full_width(texts[n].strip()) for n in nos[1:3])
    gap = full_width(first) - col
    if abs(gap) < APART or (gap < 0 and re.match(r"[(（A-Za-z0-9]", texts[nos[1]].strip())):
        return None             # (a name's Latin spelling or a number wrapped whole leaves a line short)
    head = squash_spaces(first)
    ok = (u.text.startswith(head) and len(u.text) - len(head) >= BODY_MIN and _item_head(head)
          and not _cuts_token(head, u.text[len(head):]))
    return nos[:1] if ok else None


def _bracket_head(u: Unit) -> str | None:
    """The head a paragraph opens with in 【】, when it reads as one over text of its own."""
    m = _BRACKET.match(u.text)
    if m is None or len(u.text) - m.end() < BODY_MIN:
        return None
    head = m.group(1)
    return head if _item_head(squash_spaces(head)) else None


def _cut_flush(u: Unit, head_lines: list[int], texts: dict[int, str]) -> list[Unit]:
    head = squash_spaces("".join(texts[n].strip() for n in head_lines))
    rest_lines = [n for n in u.lines if n > head_lines[-1]] or [head_lines[-1] + 1]
    rest = Unit("para", u.text[len(head):].lstrip(), rest_lines, dict(u.data))
    return [Unit("head", head, list(head_lines), {"item": True, "boxed": True}), rest]


def _cut_bracket(u: Unit, head: str, texts: dict[int, str]) -> list[Unit]:
    """Head unit ('【' its mark, '】' listed as decoration) and the paragraph after the '】'; the
    line holding '】' goes to both when text follows it there."""
    k = next((k for k, n in enumerate(u.lines) if "】" in texts.get(n, "")), 0)
    after = texts.get(u.lines[k], "").split("】", 1)[-1].strip()
    rest_lines = u.lines[k:] if after else u.lines[k + 1:] or u.lines[k:]
    data = {"item": True, "boxed": True, "bullet": "【", "decor": [("】", u.lines[k])]}
    rest = Unit("para", u.text[len(head) + 2:].lstrip(), list(rest_lines), dict(u.data))
    return [Unit("head", squash_spaces(head), u.lines[:k + 1], data), rest]


def _rejoined(units: list[Unit], i: int, texts: dict[int, str]) -> Unit | None:
    """A head unit and the paragraph after it cut apart inside one printed line (a head rule
    took the opening words of the text, which restate the head, for the head's last ones): the
    two as the one paragraph unit they were printed as, for the layout to cut again."""
    u, v = units[i], units[i + 1] if i + 1 < len(units) else None
    if (v is None or u.kind != "head" or v.kind != "para" or not u.lines or not v.lines
            or v.lines[0] != u.lines[-1] or u.data.get("item")
            or u.data.get("kickers") or u.data.get("subtitles") or "byline" in v.data
            or _INNER_GAP.search(texts.get(v.lines[0], "").strip())):
        return None         # (a gap in the printed line parts a run-in head from its text: `briefbox`)
    mark = u.data.get("bullet", "")        # (a bullet taken off the head goes back on)
    return Unit("para", mark + u.text + v.text, sorted(set(u.lines) | set(v.lines)), dict(v.data))


def _headed(out: list[Unit]) -> bool:
    """Is the unit before the next one a short head block (an item's head printed over its
    bulleted text, `briefitems`): the text under it opens with no head of its own."""
    prev = next((u for u in reversed(out) if u.kind != "gap"), None)
    return prev is not None and briefitems.head_shaped(prev)


def _label(u: Unit) -> bool:
    return u.kind in ("head", "header", "rheader") and is_brief_label_unit(u)


def brief_run_heads(units: list[Unit], lines: list) -> list[Unit]:
    """The page's units with each 简讯 item's run-in or flush head cut from its text."""
    texts = {l.no: l.text for l in lines if l.kind == "text"}
    order = sorted(texts)
    paras = [u for u in units if u.kind == "para" and "byline" not in u.data]
    bracket_run = sum(1 for u in paras if _bracket_head(u) is not None) >= 2
    boxed = False
    out: list[Unit] = []
    i = 0
    while i < len(units):
        u, step = units[i], 1
        if _label(u):
            boxed = True
        joined = _rejoined(units, i, texts)
        if joined is not None:
            cut = _cut(joined, texts, order, boxed, bracket_run, _headed(out))
            if cut is not None:
                out.extend(cut)
                i += 2
                continue
        cut = _cut(u, texts, order, boxed, bracket_run, _headed(out))
        out.extend(cut or [u])
        i += step
    return out


def _cut(u: Unit, texts: dict[int, str], order: list[int], boxed: bool, bracket_run: bool,
         headed: bool) -> list[Unit] | None:
    """A paragraph unit cut into its item's head and text, or None when the layout shows no
    head set in it. `headed`: a head block stands right over it (its bulleted first line,
    however short, is then the item's text)."""
    if u.kind != "para" or "byline" in u.data or u.data.get("bullet"):
        return None
    head = _bracket_head(u) if (boxed or bracket_run) else None
    if head is not None:
        return _cut_bracket(u, head, texts)
    sign = _signature_cut(u, texts, order)
    if sign is not None:
        return [sign[0]] + (_cut(sign[1], texts, order, boxed, bracket_run, False) or [sign[1]])
    cut = _flush_cut(u, texts, order)
    if (cut is None or not (boxed or u.text[:1] in ITEM_BULLETS)) and not headed:
        cut = _bullet_line_cut(u, texts, order)
    return _cut_flush(u, cut, texts) if cut is not None else None
