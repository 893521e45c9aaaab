"""Does a line end inside a head box cut what no headline, kicker or subtitle ends or opens on?

A head box wraps its headline at any character, as a column does. Where two head lines meet,
the break is a wrap — one headline going on — when it cuts a word of the word list
('…策划无人' / '机和狙击手…'), a number from the word it counts ('…以每州一' / '花庆祝…'), or
when the lower line opens on the predicate of a subject the upper one ends on ('…称中俄伊朝' /
'是北约的对手…'): a kicker ends on a whole phrase and a title or subtitle opens on one.
"""
from __future__ import annotations

import re

from generator.ingest.split.text.textutil import HAN
from generator.ingest.split.text.wordcut import word_across

_HAN_END = re.compile(f"[{HAN}]$")
_NUMERAL_END = re.compile(r"[一二两三四五六七八九十百千万亿\d]$")
_HAN_START = re.compile(f"^[{HAN}]")
# a copula or an adverb that stands between a subject and its verb: no headline opens on one
_PREDICATE = re.compile(f"^(?:是(?![否非])|将(?![军领士])|并(?!非)|却|则|便|均)[{HAN}]")
_ORDINAL = re.compile(r"(?:第|星期|周|初)[一二两三四五六七八九十]$")   # a whole word ending on a numeral


def cuts_inside(upper: str, lower: str) -> bool:
    """Is the break between two head lines (spaces squashed, stripped) a wrap inside a word,
    a number or a clause?"""
    if not (upper and (_HAN_END.search(upper) or upper[-1].isdigit()) and _HAN_START.match(lower)):
        return False
    if word_across(upper, lower) is not None:
        return True
    if _NUMERAL_END.search(upper) and not _ORDINAL.search(upper) and len(upper) >= 2:
        return True            # a number wrapped from what it counts
    return _PREDICATE.match(lower) is not None


_BOUND_OPEN = re.compile(r"^[的之了着过”’）》」』]")


def box_wrap(upper: str, lower: str) -> bool:
    """Is the break between two head lines a box's wrap that no line of its own shows: inside a
    word, a number or a clause (`cuts_inside`), between two digits ('…《独立宣言》25' / '0周年'),
    before a bound particle or closing mark ('…特工经营' / '的假…'), or with a quotation or
    bracket the upper line opens and the lower one closes ('…“并非最终' / '协议”')? A kicker,
    title or subtitle is a whole phrase with its marks paired."""
    from generator.ingest.split.text.runon import leaves_open
    u, lo = upper.strip(), lower.strip()
    if not (u and lo):
        return False
    return (cuts_inside(u, lo) or (u[-1].isdigit() and lo[0].isdigit()) or _BOUND_OPEN.match(lo) is not None
            or (leaves_open(u) and not leaves_open(u + lo)))
