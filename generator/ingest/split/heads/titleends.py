"""Column pages: where a title wrapped in its head box ends, and a plain subtitle under it begins.

A PDF's plain-text extraction gives a headline set in a narrow box as a stack of short lines,
and a subtitle without '——' set in its own (smaller) box right under it as one more line:

    美国商务部周末急发新规：禁止向中
    国境外的中企出口先进AI芯片   ← the title's last line stops well short of the measure
    处置或售后维护服务          ← so what follows is a line of its own: the subtitle

Chinese text wraps at any character: every line of a wrapped title but the last fills the
box's measure (a mark that may not end or open a line moves a break by a character). A second
line that stops clearly short of the first, where the two are one title wrapped, ends the
title; a third line under it is the subtitle.
"""
from __future__ import annotations

import re

from generator.ingest.split.heads.headstacks import (Plan, balanced_wrap, cuts_word, fills, open_end, restates, short_rest,
                                               starts_mid)
from generator.ingest.split.text.textutil import nonspace, squash_spaces, width
from generator.ingest.split.heads.wrapcut import box_wrap

SHORT = 2.0      # em: a wrapped line never stops this far short of the measure
_MARK = re.compile(r"[^\w\s]")


def _wrapped(upper: str, lower: str, story: set[str]) -> bool:
    """Are the two lines one title wrapped at the end of `upper`?"""
    return (balanced_wrap(upper, lower) or open_end(upper) or starts_mid(lower)
            or cuts_word(upper, lower, story) or box_wrap(upper, lower))


def title_over_plain_subtitle(texts: list[str], story: set[str]) -> Plan | None:
    """Three plain lines (no '——'): a title wrapped over the first two and a subtitle on the
    third, when the second stops clearly short of the first; else None."""
    if len(texts) != 3:
        return None
    lines = [squash_spaces(t.strip()) for t in texts]
    if not _wrapped(lines[0], lines[1], story) or open_end(lines[1]) or starts_mid(lines[2]):
        return None
    if _stops_short(lines[0], lines[1]) and not _MARK.search(lines[1][-1:]):
        return Plan([], [], [0, 1], [2], [])
    return None


KICKER_SHORT = 2.0    # em: a kicker found by width is this much narrower than the title under it
NARROW_KICKER = 0.6   # a line this narrow over a title wrapped full in its box is no part of it


def _wraps(upper: str, lower: str, story: set[str]) -> bool:
    """Do the marks, the words or the shape say that `upper` goes on into `lower`?"""
    return (_wrapped(upper, lower, story) or short_rest(upper, lower))


def _own_line(upper: str, lower: str, full: float | None) -> bool:
    """Is `lower` a line of its own under the title line `upper`: it says one of its words
    again (a subtitle restates the title's subject; a title does not say a word twice), or
    `upper` stops short of the column where no mark, word or even halves call for a wrap?"""
    return restates(upper, lower) or (full is not None and not fills(upper, full))


def three_plain_lines(texts: list[str], story: set[str], full: float | None) -> Plan | None:
    """Three plain head lines read by the breaks between them: a break that is a wrap (a mark,
    a word cut, even halves, a short rest) joins two lines into the title; a break that is none,
    under a line of its own, sets a kicker over the title or a subtitle under it. None when
    the breaks do not say."""
    if len(texts) != 3:
        return None
    a, b, c = (squash_spaces(t.strip()) for t in texts)
    ab, bc = _wraps(a, b, story), _wraps(b, c, story)
    if ab and not bc and _own_line(a + b, c, full) and _own_line(b, c, full):
        return Plan([], [], [0, 1], [2], [])
    if bc and not ab and restates(a, b):
        return Plan([], [0], [1, 2], [], [])              # a kicker saying the title's word again
    if bc and not ab and width(a) <= NARROW_KICKER * width(b):
        # the title's box wraps its first line full; a line far narrower over it, with no wrap
        # cue at its end, is a line of its own: the kicker
        return Plan([], [0], [1, 2], [], [])
    if not (ab or bc) and width(a) + KICKER_SHORT <= width(b) and _own_line(b, c, full):
        return Plan([], [0], [1], [2], [])
    return None


def _stops_short(upper: str, lower: str) -> bool:
    """Does `lower` stop clearly short of `upper`, in em and in characters? A head box may set
    digits and Latin letters a full em wide, so a line holding a count ('1250万桶石油') that
    measures short in em yet has as many characters as the line over it fills the box."""
    return width(lower) <= width(upper) - SHORT and len(nonspace(lower)) <= len(nonspace(upper)) - SHORT


_JOINING = ("并", "而")        # 'and', 'while': a clause going on from the line above


def join_clause_heads(units: list) -> None:
    """Two headline units on consecutive lines, the lower opening on a joining word ('…防务责任' /
    '并开始审议…'), are one title wrapped: no subtitle or kicker opens so. In place."""
    out: list = []
    for u in units:
        up = out[-1] if out else None
        if (up is not None and u.kind == "head" and up.kind == "head" and u.lines and up.lines
                and u.lines[0] == up.lines[-1] + 1 and u.text.startswith(_JOINING)
                and not up.data.get("bullet") and not u.data.get("bullet")):
            up.text = up.text + u.text
            up.lines = up.lines + u.lines
            up.data["raw"] = up.data.get("raw", [up.text]) + u.data.get("raw", [u.text])
            continue
        out.append(u)
    units[:] = out
