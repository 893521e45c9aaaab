"""A headline too long for the headline shape, found by the byline line printed under it.

A typeset page wraps a long headline over two or three lines at its commas and colons:

    “香港自治已死”：
    美参议员跨党推出法案，
    要求撤销香港驻美经贸办外交特权
    (blank)
    □记者 钟涛刚 通讯员 杨萍怡
    (blank)
    来自两党的一组美国参议员推出法案，…

Joined, it has two commas and 36 characters — more than `headshape.headline_like` grants a
headline — so it stays a paragraph, and the story under it gets a title derived from its first
sentence. The layout says otherwise: a byline standing alone on its line opens a story and sits
under that story's head stack, and nothing but a headline is printed right above it after the
story before has ended. So a short block that ends no sentence and holds none, printed between
the end of a story (or the page's top) and a byline line with story text under it, is a headline.
"""
from __future__ import annotations

import re

from generator.ingest.split.heads.headroles import LEAD_REACH, QUOTE_REACH, stack_plan
from generator.ingest.split.heads.headstacks import Plan, open_end
from generator.ingest.split.units.items import Unit, real_unit
from generator.ingest.split.text.textutil import SUBTITLE_OPENING, SENTENCE_MARKS, CONTINUES, bigrams, ends_text, last_meaningful, nonspace, squash_spaces, width

HEAD_MAX = 50            # characters: the longest headline a page wraps over a few lines
HEAD_LINES = 3
PIECES_LINES = 6         # lines of a headline printed as several boxes (`headpieces`)
_BEFORE_OK = ("header", "rheader", "credit", "btail", "to", "head", "gap")


def _headline_block(u: Unit, texts: dict[int, str] | None = None) -> bool:
    """`texts`: the page's text lines by number, to read a unit's lines when it keeps no raw ones."""
    if u.kind != "para" or "byline" in u.data or u.data.get("bullet"):
        return False
    raw = u.data.get("raw") or [u.text]
    text = squash_spaces(u.text)
    n = len(nonspace(text))
    if u.data.get("head_pieces"):      # boxes joined by `headpieces`: a clause mark may end a line
        return (len(raw) <= PIECES_LINES and 4 <= n <= HEAD_MAX and last_meaningful(text) not in CONTINUES
                and not any(SENTENCE_MARKS.search(t.strip().rstrip("；;")) for t in raw))
    printed = raw if len(raw) > 1 or not texts or not all(n in texts for n in u.lines) \
        else [texts[n] for n in u.lines]
    if _kicker_over_clauses(printed) and squash_spaces("".join(t.strip() for t in printed)) == text:
        return 4 <= n <= HEAD_MAX and last_meaningful(text) not in CONTINUES
    return (len(raw) <= HEAD_LINES and 4 <= n <= HEAD_MAX and not SENTENCE_MARKS.search(text)
            and last_meaningful(text) not in CONTINUES)


def _kicker_over_clauses(raw: list[str]) -> bool:
    """One plain line over a title broken at its clause marks, one clause a line
    ('另有两人受伤' / '俄罗斯无人机袭击乌克兰，' / '造成五人死亡；' / '基辅袭击卫星通信中心'):
    a head box one line taller than a wrapped title, whose '；' ends a line, not a sentence.
    The upper line ends on no mark and the lines under it all end on a clause mark but the last."""
    lines = [squash_spaces(t.strip()) for t in raw]
    if len(lines) != HEAD_LINES + 1 or not all(lines):
        return False
    first, clauses, last = lines[0], lines[1:-1], lines[-1]
    return (not open_end(first) and not SENTENCE_MARKS.search(first + last)
            and all(t[-1] in "，,；;" and not SENTENCE_MARKS.search(t[:-1]) for t in clauses))


def _story_ended_before(units: list[Unit], i: int) -> bool:
    """Is the unit before `i` the end of a story (or nothing, or page furniture)?"""
    j = real_unit(units, i, -1)
    if j is None:
        return True
    p = units[j]
    return p.kind in _BEFORE_OK or (p.kind == "para" and ends_text(p.text))


def _tail_block(u: Unit, texts: dict[int, str]) -> tuple[str, int] | None:
    """The lines after the last blank line among a paragraph unit's source lines, as one text,
    and where they start — when the unit's text ends with them: the reflow joined a piece of
    a column that stops mid-sentence to the headline printed after a blank under it."""
    nos = u.lines
    cut = next((k for k in range(len(nos) - 1, 0, -1) if nos[k] > nos[k - 1] + 1), None)
    if cut is None or not all(n in texts for n in nos[cut:]):
        return None
    tail = squash_spaces("".join(texts[n].strip() for n in nos[cut:]))
    return (tail, cut) if u.text.endswith(tail) and len(u.text) > len(tail) else None


KICKER_MAX = 16          # characters: a kicker is one short phrase


def _opens_story(units: list[Unit], b: int) -> bool:
    """Does unit `b` open a story: a byline line over story text, or a paragraph that opens with
    a lead byline ('新华社…电（记者 X）…', '本报讯…')?"""
    u = units[b]
    if u.kind == "para":
        return "byline" in u.data
    if u.kind != "bline" or u.data.get("subtitle"):
        return False
    c = real_unit(units, b, 1)
    return c is not None and units[c].kind == "para"


def _kicker_block(u: Unit, cut: int, texts: dict[int, str]) -> tuple[str, int] | None:
    """The one line set apart by blanks right before line `cut` of a paragraph unit, when it is
    a short phrase (no mark inside) with more text before it: (its text, where it starts)."""
    k = cut - 1
    if k < 1 or u.lines[k] <= u.lines[k - 1] + 1 or u.lines[k] + 1 >= u.lines[cut]:
        return None
    text = squash_spaces(texts.get(u.lines[k], "").strip())
    before = u.text[:len(u.text) - len(squash_spaces("".join(texts[n].strip() for n in u.lines[cut:])))]
    if not text or not before.endswith(text) or len(nonspace(text)) > KICKER_MAX or re.search(r"[，,、：:。！？；]", text):
        return None
    return text, k


def _story_below(units: list[Unit], b: int, reach: int) -> tuple[str, list[int]]:
    """The text of the story opening at unit `b` (its paragraphs up to the next other unit)
    and its line numbers."""
    text, nos = "", []
    j = real_unit(units, b, 1) if units[b].kind == "bline" else b
    while j is not None and units[j].kind == "para" and len(text) < reach:
        text += units[j].text
        nos += units[j].lines
        j = real_unit(units, j, 1)
    return text, nos


STORY_REACH = 600        # characters of the story whose words tell a stack's roles


def _story_above(units: list[Unit], i: int, reach: int) -> str:
    """The text printed right above unit `i`, back to the previous headline or byline: the story
    a headline printed under its story (pages that set heads after stories) belongs to."""
    text = ""
    j = real_unit(units, i, -1)
    while j is not None and units[j].kind == "para" and len(text) < reach:
        text = units[j].text + text
        j = real_unit(units, j, -1)
    return text[-reach:]


def _stack_units(u: Unit, units: list[Unit], i: int, b: int, texts: dict[int, str]) -> list[Unit]:
    """The head units of paragraph unit `u` (= units[i]), a head stack over the story opening
    at unit `b`: one headline, or kicker / title / subtitle when its lines and the stories next
    to it say so."""
    lines = [texts.get(n) for n in u.lines]
    story, nos = _story_below(units, b, QUOTE_REACH)
    plan = None
    if (2 <= len(lines) <= HEAD_LINES and all(lines) and story
            and squash_spaces("".join(t.strip() for t in lines)) == squash_spaces(u.text)):
        widths = [round(width(texts[n].strip())) for n in nos if n in texts]
        full = float(max(set(widths), key=widths.count)) if widths else None
        above = _story_above(units, i, QUOTE_REACH)
        near = above[-STORY_REACH:] + "\n" + story[:STORY_REACH]
        plan = stack_plan(lines, bigrams(near), bigrams(story[:LEAD_REACH]), full, above + "\n" + story)
    if _kicker_over_clauses([t or "" for t in lines]) and \
            squash_spaces("".join(t.strip() for t in lines)) == squash_spaces(u.text):
        plan = Plan([], [0], list(range(1, len(lines))), [], [])
    if plan is None or (not plan.kickers and not plan.subs):
        return [Unit("head", squash_spaces(u.text), u.lines, dict(u.data))]
    part = lambda ks: squash_spaces("".join(lines[k].strip() for k in ks))      # noqa: E731
    out = []
    if plan.kickers:
        out.append(Unit("minor", part(plan.kickers), [u.lines[k] for k in plan.kickers],
                        {"raw": [lines[k] for k in plan.kickers]}))
    out.append(Unit("head", part(plan.title), [u.lines[k] for k in plan.title],
                    {"raw": [lines[k] for k in plan.title]}))
    out += [Unit("sub", part([k]), [u.lines[k]]) for k in plan.subs]
    return out


def _sub_line(u: Unit, texts: dict[int, str]) -> Unit | None:
    """The last source line of a headline unit when it is a '——' subtitle under the title
    lines, as a 'sub' unit."""
    last = squash_spaces(texts.get(u.lines[-1], "").strip()) if len(u.lines) > 1 else ""
    if not SUBTITLE_OPENING.match(last) or not u.text.endswith(last):
        return None
    return Unit("sub", last, u.lines[-1:])


def _head_and_sub(u: Unit, texts: dict[int, str]) -> list[Unit]:
    """A head unit cut from the end of a paragraph unit, its last line apart as a 'sub' unit
    when that line is a '——' subtitle (a subtitle is never part of the title)."""
    sub = _sub_line(u, texts)
    if sub is None:
        return [u]
    u.text, u.lines = u.text[:len(u.text) - len(sub.text)], u.lines[:-1]
    return [u, sub]


def heads_over_bylines(units: list[Unit], lines: list | None = None) -> None:
    """Paragraph units that are headlines by their place over a byline line → 'head' units; a
    paragraph unit whose last block of lines (after a blank) is one → the text before it stays
    a paragraph, the block becomes a head unit. In place (`lines`: the page's classified lines,
    to read a unit's own lines)."""
    texts = {l.no: l.text for l in lines or [] if l.kind == "text"}
    out: list[Unit] = []
    for i, u in enumerate(units):
        out.append(u)
        b = real_unit(units, i, 1)
        while b is not None and units[b].kind == "sub":     # a '——' subtitle under the head
            b = real_unit(units, b, 1)
        if u.kind != "para" or b is None or not _opens_story(units, b):
            continue
        # a piece of column text before the blank goes on from the story above (a paragraph
        # before it); after page furniture or a headline it is the head stack's kicker
        prev = real_unit(units, i, -1)
        after_text = prev is not None and units[prev].kind == "para"
        found = _tail_block(u, texts) if texts and after_text and "byline" not in u.data else None
        if found is None:
            if _headline_block(u, texts) and _story_ended_before(units, i):
                u.text = squash_spaces(u.text)
                sub = _sub_line(u, texts)
                if sub is not None:            # its last line a '——' subtitle: a sub unit
                    u.text, u.lines = u.text[:len(u.text) - len(sub.text)], u.lines[:-1]
                out[-1:] = _stack_units(u, units, i, b, texts) + ([sub] if sub is not None else [])
            continue
        tail, cut = found
        before = u.text[:len(u.text) - len(tail)]
        if not _headline_block(Unit("para", tail, u.lines[cut:])):
            continue
        head = _head_and_sub(Unit("head", tail, u.lines[cut:]), texts)
        if cut == 1 and not re.search(r"[，,、：:]", before):
            # one plain line over the head: its kicker, not column text
            out[-1:] = [Unit("head", squash_spaces(before), u.lines[:1])] + head
            continue
        heads = head
        kick = _kicker_block(u, cut, texts)
        if kick is not None:      # a kicker line set apart between the column's end and the head
            text, k = kick
            heads.insert(0, Unit("head", text, u.lines[k:cut]))
            before, cut = before[:len(before) - len(text)], k
        out.extend(heads)
        u.text = before
        u.lines = u.lines[:cut]
    units[:] = out
