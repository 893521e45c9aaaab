"""Two headline boxes set side by side that pdftotext printed interleaved, put back box by box.

pdftotext reads a page by baselines: where two headline boxes stand side by side (each over its
own columns), it prints their lines in the order of their baselines, one box's line, then the
other's — and a pair of lines on one baseline as one line, the two pieces a space apart:

    美伊爆发谅解备 美伊冲突不断推高油价，对潜在停火
    忘录签署以来首
    协议
    次军事冲突：美 的乐观预期及英伟达新芯片发布提振
    国打击伊朗以回
    …

Read as printed, the block is one headline run together from two. Two cues tell the boxes apart,
whatever the words: a space between two Han pieces of a headline line joins two boxes (the left
piece is the left box's, the right piece the right box's), and a box's lines wrap inside words
the page prints elsewhere ('备|忘录', '首|次', '回|应'), so the reading that puts each line under
the one it goes on from finds more such cut words than the interleaved order. Every way of
giving the other lines to the two boxes is tried (their order kept within each box); a block is
re-read only when the best reading cuts more words than the printed order, each box could be a
headline (short, no byline or dateline, no bracket left open) and the block stands between
blank or other lines (column text runs on into the line under it). Without a space-joined line
the boxes must alternate line by line and be set to measures of their own; three lines so read
(one box's two lines round another box's one) need that box wrapped to its measure, its first
line full and the second no wider, and a break the page prints whole, as a kicker, title and
subtitle of three measures do not. A cut word is one the page prints or, as
a headline's words are often printed nowhere else, one of the word list (`wordcut`).

The box whose words the text right under the block repeats stays there, over its story; the
other one's story is elsewhere on the page, so it goes to the page's foot, where the later
stages read headlines printed apart from their stories (`edgeheads`, `grouped`). A space-joined
line becomes its two pieces, each numbered as the line; no other line changes. Only on
plain-text pages: a Markdown converter prints a headline on one line.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text import wordcut
from generator.ingest.split.text.textutil import BULLETS, HAN, bigrams, full_width, han_count, nonspace, width

MAX_BLOCK = 12          # lines of two headline boxes (a 42-character headline in a 7-em box: 6)
MAX_FREE = 7            # lines dealt to either box (2^7 readings)
MAX_REST = 3            # lines of a column under the boxes the block may end on
MIN_PIECE = 6           # Han characters of each piece of a line two boxes share
MAX_PIECE = 30.0        # em: the widest headline line
MAX_BOX = 8             # lines of one box (kicker, title over up to six lines, subtitle)
MAX_CHARS = 60          # characters of one box
SAME = 1.0              # em: lines wrapped to one measure differ by less (marks, Latin)
OWN_MEASURE = 1.5       # em: boxes side by side set to measures this far apart are told apart
AFTER = 12              # text lines under the block whose words say which box they follow
MIN_SAID = 3            # bigrams a headline line shares with the text under it to speak of it
_PAIR = re.compile(rf"^(\S*[{HAN}，：、“”》]\S*)[ \t\u3000]+(\S*[{HAN}“《]\S*)$")
_BODY = re.compile(r"[。！]")
_HAN1 = re.compile(rf"[{HAN}]")
# byline and dateline grammar a headline never holds: an agency or paper's lead, a reporter's
# credit, a weekday with its date in brackets
_LEAD = re.compile(r"^(?:新华社|中新社|本报)|[（(](?:记者|通讯员)|星期[一二三四五六日天][（(]|\d+月\d+日[）)]")


class Piece(NamedTuple):
    text: str               # a headline line, or one box's piece of a line two boxes share
    no: int                 # the source line it was printed on


def _pieces(text: str) -> tuple[str, str] | None:
    """A line printed from two boxes: its left and right pieces, each a headline's line."""
    m = _PAIR.match(text.strip())
    if not m:
        return None
    left, right = m.group(1), m.group(2)
    if han_count(left) < MIN_PIECE or han_count(right) < MIN_PIECE:
        return None             # (a kicker of two short clauses is printed a space apart)
    return left, right


def _head_like(text: str) -> bool:
    t = text.strip()
    return bool(t) and not _BODY.search(t) and han_count(t) >= 1 and all(
        width(p) <= MAX_PIECE for p in t.split())


def _page_cut(upper: str, lower: str, words: Counter) -> bool:
    """Does the break between the two lines fall inside a word the page prints unbroken?"""
    a, b = nonspace(upper)[-1:], nonspace(lower)[:1]
    return bool(a and b and _HAN1.match(a) and _HAN1.match(b)) and words[a + b] > 0


@lru_cache(maxsize=4096)
def _listed_cut(tail: str, head: str) -> bool:
    """Does the break between `tail` and `head` cut a word of the word list (`wordcut`)?"""
    return wordcut.word_across(tail, head) is not None


def _cut(upper: str, lower: str, words: Counter) -> bool:
    """Does the break between the two lines fall inside a word the page prints, or one of the
    word list? A headline's words are often printed nowhere else on the page (its story says
    them otherwise), so the page alone misses the wraps of its own box ('美国农|产品')."""
    return _page_cut(upper, lower, words) or _listed_cut(nonspace(upper)[-wordcut.SIDE:],
                                                         nonspace(lower)[:wordcut.SIDE])


def _round_one(box: list[Piece], words: Counter) -> bool:
    """Are the two lines a box wrapped to its measure (the first full, the second no wider)
    whose break cuts a word the page prints whole, printed round a line of another box?"""
    a, b = (full_width(p.text) for p in box)
    return a + SAME >= b and _page_cut(box[0].text, box[1].text, words)


def _cuts(box: list[Piece], words: Counter) -> int:
    return sum(_cut(u.text, l.text, words) for u, l in zip(box, box[1:]))


def _opens_story(text: str) -> bool:
    """Does the line open a story (a byline, or a lead's agency or paper dateline)? Printed right
    under a block, it closes the block as a blank line would: the boxes head the text it opens."""
    t = text.strip()
    return bool(_LEAD.match(t) or bylines.parse_lead(t) or bylines.parse_standalone(t))


def _block_end(lines: list[Line], i: int) -> int:
    """The end of the run of headline-like text lines from i (a line opening a story ends it)."""
    j = i
    while j < len(lines) and j - i <= MAX_BLOCK and lines[j].kind == "text" and _head_like(lines[j].text) \
            and not (j > i and _opens_story(lines[j].text)):
        j += 1
    return j


def _readings(items: list[tuple[Piece, ...]]) -> list[tuple[list[Piece], list[Piece]]]:
    """Every way to deal the block's lines to a left and a right box, order kept: a two-piece
    line gives one piece to each; without one, the lines alternate."""
    if not any(len(it) == 2 for it in items):
        left = [it[0] for it in items[0::2]]
        right = [it[0] for it in items[1::2]]
        return [(left, right)]
    free = [k for k, it in enumerate(items) if len(it) == 1]
    out = []
    for sides in itertools.product((0, 1), repeat=len(free)):
        side = dict(zip(free, sides))
        left: list[Piece] = []
        right: list[Piece] = []
        for k, it in enumerate(items):
            if len(it) == 2:
                left.append(it[0])
                right.append(it[1])
            else:
                (left if side[k] == 0 else right).append(it[0])
        out.append((left, right))
    return out


def _items(block: list[Line]) -> list[tuple[Piece, ...]]:
    """Each line of the block as its pieces: two for a line printed from two boxes, else one."""
    out = []
    for l in block:
        p = _pieces(l.text)
        out.append((Piece(p[0], l.no), Piece(p[1], l.no)) if p else (Piece(l.text.strip(), l.no),))
    return out


def _headline_box(box: list[Piece]) -> bool:
    """Could the lines be one headline box (a kicker, title and subtitle at most): few short
    lines, no byline, no bracket left open (column text cut mid-sentence leaves them open)?"""
    joined = "".join(nonspace(p.text) for p in box)
    if not 1 <= len(box) <= MAX_BOX or len(joined) > MAX_CHARS:
        return False
    if joined.count("（") != joined.count("）") or joined.count("(") != joined.count(")"):
        return False
    if joined[-1] in "，、,":
        return False
    return not any(p.text[:1] in BULLETS or _LEAD.search(p.text) or bylines.parse_lead(p.text)
                   or bylines.parse_standalone(p.text) for p in box)


class Reading(NamedTuple):
    left: list[Piece]       # the left box's lines, in order
    right: list[Piece]      # the right box's
    used: int               # lines of the block the boxes hold (the rest stay where printed)


def _measure(box: list[Piece]) -> float:
    return max(width(p.text) for p in box)


def _wrapped(box: list[Piece]) -> bool:
    """Are the box's lines wrapped to one measure, the last no wider (a headline box without
    a kicker or subtitle of its own measure)?"""
    ws = [full_width(p.text) for p in box]
    top = max(ws)
    return all(top - w <= SAME for w in ws[:-1])


def _reread(block: list[Line], words: Counter) -> Reading | None:
    """The block as two boxes, when that reading cuts more words than the printed order (and
    at least twice as many). Among readings cutting as many words, the one whose boxes are
    wrapped to a measure of their own, then the one holding most of the block's lines (its
    last lines may be the first lines of a column under the boxes: those stay where printed)."""
    best, best_key = None, (0, 0, 0)
    seen: dict[tuple[Piece, ...], bool] = {}

    def heads(box: list[Piece]) -> bool:
        key = tuple(box)
        if key not in seen:
            seen[key] = _headline_box(box)
        return seen[key]

    for used in range(len(block), max(1, len(block) - MAX_REST - 1), -1):
        part = block[:used]
        items = _items(part)
        two = sum(len(it) == 2 for it in items)
        if used > MAX_BLOCK or (not two and used < 3) or len(items) - two > MAX_FREE:
            continue
        printed = _cuts([Piece(l.text.strip(), l.no) for l in part], words)
        for left, right in _readings(items):
            if not (left and right and heads(left) and heads(right)):
                continue
            if not two and abs(_measure(left) - _measure(right)) < OWN_MEASURE:
                continue        # (alternate lines of one measure are a column of text)
            if not two and used == 3 and not _round_one(left, words):
                continue        # (a box's two lines round another box's one: only its wrap and a
                                # word the page prints whole tell them from a stack of three)
            c = _cuts(left, words) + _cuts(right, words)
            key = (c, _wrapped(left) + _wrapped(right), used)
            if c > printed and c > 2 * printed and key > best_key:
                best, best_key = Reading(left, right, used), key
    return best


def _overlap(box: list[Piece], after: str) -> int:
    return len(bigrams("".join(p.text for p in box)) & bigrams(after))


def _by_words(block: list[Line], after: str) -> Reading | None:
    """The block as two boxes when no reading cuts a word but a line printed from two boxes says
    there are two: the box whose piece of that line the text under the block repeats heads that
    text, and each other line goes to it when the text repeats it too, else to the other box."""
    items = _items(block)
    pairs = [it for it in items if len(it) == 2]
    if not pairs or len(items) - len(pairs) > MAX_FREE:
        return None
    said = bigrams(after)
    lefts = sum(len(bigrams(it[0].text) & said) for it in pairs)
    rights = sum(len(bigrams(it[1].text) & said) for it in pairs)
    if abs(lefts - rights) < MIN_SAID:
        return None             # (the text under says neither box more)
    own = 0 if lefts > rights else 1
    boxes: tuple[list[Piece], list[Piece]] = ([], [])
    for k, side in enumerate(_sides(items, said, own)):
        if side is None:
            boxes[0].append(items[k][0])
            boxes[1].append(items[k][1])
        else:
            boxes[side].append(items[k][0])
    left, right = boxes
    if not (_headline_box(left) and _headline_box(right)):
        return None
    return Reading(left, right, len(block))


def _said(piece: Piece, said: set[str]) -> bool:
    return len(bigrams(piece.text) & said) >= MIN_SAID


def _sides(items: list[tuple[Piece, ...]], said: set[str], own: int) -> list[int | None]:
    """The box (0 left, 1 right; None for a two-piece line) of each line of the block. A line
    the text under repeats goes to the box over that text, another to the other box — except
    two lines printed one by one right under a two-piece line, neither repeated: pdftotext
    prints the lines of one baseline left to right, so they are the two boxes' short last
    lines, the left box's first."""
    sides: list[int | None] = []
    k = 0
    while k < len(items):
        if len(items[k]) == 2:
            sides.append(None)
            k += 1
            continue
        run = k
        while run < len(items) and len(items[run]) == 1 and not _said(items[run][0], said):
            run += 1
        if run - k == 2 and k > 0 and len(items[k - 1]) == 2:
            sides += [0, 1]
            k = run
            continue
        sides.append(own if _said(items[k][0], said) else 1 - own)
        k += 1
    return sides


def _text_under(lines: list[Line], j: int) -> str:
    return "".join(l.text for l in lines[j:j + AFTER] if l.kind == "text")


def unweave_heads(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each block of two interleaved headline boxes put back box after box."""
    if any(l.kind == "heading" for l in lines):
        return lines
    words = wordcut.page_bigrams(text)
    out: list[Line] = []
    foot: list[Line] = []
    i = 0
    while i < len(lines):
        starts = lines[i].kind == "text" and (i == 0 or lines[i - 1].kind != "text")
        j = _block_end(lines, i) if starts else i
        # (a block the text of a column runs on from is no pair of headline boxes, unless that
        # text opens a story under the block)
        closed = j == len(lines) or lines[j].kind != "text" or _opens_story(lines[j].text)
        reading = _reread(lines[i:j], words) if j - i >= 2 and closed else None
        if reading is None and j - i >= 2 and closed:
            reading = _by_words(lines[i:j], _text_under(lines, j))
        if reading is None:
            out.append(lines[i])
            i += 1
            continue
        rest = lines[i + reading.used:j]
        after = "".join(l.text for l in (rest + lines[j:j + AFTER]) if l.kind == "text")
        left, right = reading.left, reading.right
        other, own = (left, right) if _overlap(right, after) >= _overlap(left, after) else (right, left)
        foot.append(Line(other[0].no, "", "blank"))
        foot.extend(Line(p.no, p.text, "text") for p in other)
        out.extend(Line(p.no, p.text, "text") for p in own)
        out.extend(rest)
        i = j
    return out + foot
