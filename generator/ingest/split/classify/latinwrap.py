"""A column line cut short by the Latin gloss opening the next line.

Chinese papers gloss foreign names and bodies in brackets right after them: '美国中央司令部
(CENTCOM)', '佩尔佐夫斯基 (Oleksandr Pertsovskyi)'. A Latin word is not broken between lines, so
when the bracketed word does not fit at the end of a line, the line stops short and the gloss
opens the next one. The short line then looks like a headline (no mark, well short of the
column), but no headline or paragraph ever stops right before '(Latin…': only wrapped text
does. So a line whose next line opens on a bracketed Latin word too wide for the room left on
it is text going on, never a headline line. The same holds inside a gloss of several words
('…卢比奥(Marco' / 'Rubio)星期二…'): a line ending on a Latin word inside a bracket it opened,
whose next line opens on the next Latin word, too wide for the room left, was pushed short by it.
"""
from __future__ import annotations

import re

from generator.ingest.split.text.textutil import squash_spaces, width

# the unbreakable opening of a bracketed gloss: '(' and the first Latin word, up to a space
_GLOSS_OPEN = re.compile(r"^[(（][A-Za-z][A-Za-z0-9.'&\-]*[)）]?")
# a Latin word opening a line, and a line ending on one (a gloss of several words cut between two)
_WORD_OPEN = re.compile(r"^[A-Za-z][A-Za-z0-9.'&\-]*[)）]?")
_WORD_END = re.compile(r"[A-Za-z][A-Za-z0-9.'&\-]*$")
# em a line may stop short of the column and still be full: a paragraph's first line is indented
# by two characters, and a Latin word measures up to a third wider than `width` counts it
ROOM = 3.5


def _in_gloss(t: str) -> bool:
    """Does `t` end inside a bracket it opened ('…卢比奥(Marco')?"""
    return max(t.rfind("("), t.rfind("（")) > max(t.rfind(")"), t.rfind("）"))


def pushed_short(line: str, nxt: str | None, full: float | None) -> bool:
    """Did `line` stop short of the column `full` (em) because the bracketed Latin word opening
    `nxt` did not fit after it?"""
    if nxt is None or full is None:
        return False
    t = squash_spaces(line.strip())
    m = _GLOSS_OPEN.match(nxt.strip())
    if m is None and _WORD_END.search(t) and _in_gloss(t):
        m = _WORD_OPEN.match(nxt.strip())
        t += " "                # the space between the two words
    if m is None:
        return False
    return bool(t.strip()) and width(t) + width(m.group(0)) > full - ROOM
