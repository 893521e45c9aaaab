"""A subtitle without a dash printed between two headlines, on a page a PDF→Markdown converter
printed.

A subtitle set in smaller type under a headline need not open on '——'. When the converter prints
two head boxes one under the other (the first story's text elsewhere), such a subtitle comes out
as a plain line alone between the two `#` headlines:

    # 真主党拒绝接受美国斡旋的以黎停火协议
    (blank)
    以色列和黎巴嫩将致力于达成一项
    (blank)
    # 参议员推立法取消国际学生OPT项目…

No text runs there: a story's first line reads on into a next line, and a kicker touches the
headline it tops (on a page that prints kickers so: some plain line touches a headline; or a page whose text is wrapped at its columns' measure, as only a converter prints it). So a line standing alone between a headline and the next one's block (a kicker
touching it, or the headline itself), that finishes no sentence, holds no sentence mark and is no
byline, dateline or name, is the first headline's subtitle: marked as a subtitle line, which the
head stages read (and `stackswap` moves with its headline).
"""
from __future__ import annotations

import re

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.lines import Line, next_nonblank, prev_nonblank
from generator.ingest.split.text.textutil import width

SUB_MAX = 30.0          # em: a subtitle is one line of a head box
KICKER_MAX = 24         # characters of a kicker line
_MARKS = re.compile(r"[。！？!?；;]")
_DATELINE = re.compile(r"\d+\s*日\s*电|本报讯|记者|通讯员")


def subs_between_heads(lines: list[Line]) -> list[Line]:
    """`lines` with each plain line alone between two headlines, or between a headline and the
    byline or dateline opening its story, made a subtitle line."""
    if not (_kickers_touch(lines) or _column_wrapped(lines)):
        return lines
    out = list(lines)
    for i, l in enumerate(lines):
        if l.kind != "text" or not 0 < i < len(lines) - 1:
            continue
        if lines[i - 1].kind != "blank" or lines[i + 1].kind != "blank":
            continue
        p, n = prev_nonblank(lines, i), next_nonblank(lines, i)
        if p is None or n is None or lines[p].kind != "heading" or not (_heads_next(lines, n) or _opens_story(lines[n])):
            continue
        t = l.text.strip()
        if (not t or width(t) > SUB_MAX or _MARKS.search(t) or t[-1] in "，、,：:"
                or bylines.parse_lead(t) or bylines.parse_standalone(t) is not None
                or bylines.bare_signature(t) or _DATELINE.search(t)):
            continue
        out[i] = Line(l.no, t, "sub", {"plain": True})
    return out


def _kickers_touch(lines: list[Line]) -> bool:
    """Does the page print a kicker in one block with its headline (a plain line right over a
    `#` line, no blank between), as pymupdf4llm does? Then a line set apart from the headline
    under it by a blank is no kicker of it. (Other converters print every line as a block of
    its own, a kicker too.)"""
    return any(a.kind == "text" and b.kind == "heading" and len(a.text.strip()) <= KICKER_MAX
               for a, b in zip(lines, lines[1:]))


MAX_COL = 24.0          # em: the widest column a converter wraps a story's lines to


def _column_wrapped(lines: list[Line]) -> bool:
    """Is the page a PDF→Markdown converter's, headlines marked '#' and the text wrapped at its
    columns' measure (most text lines no wider than MAX_COL)? Such a converter prints a kicker
    in one block with its headline, so a line set apart from the headline under it is none
    of its kicker — on a page without any kicker too. (A page of one line per paragraph is no
    converter's column text.)"""
    if not any(l.kind == "heading" and not l.data.get("found") for l in lines):
        return False
    ws = sorted(width(l.text.strip()) for l in lines if l.kind == "text")
    return len(ws) >= 20 and ws[len(ws) // 2] <= MAX_COL and ws[(len(ws) * 9) // 10] <= MAX_COL


def _opens_story(line: Line) -> bool:
    """Does the line open the headline's story: a byline of its own, or a lead's dateline or
    byline ('新华社兰州3月23日电', '本报讯（记者 X）…')? A line alone between the headline and it
    is no text of the story — the story starts there — but a line of the head box."""
    t = line.text.strip()
    return line.kind == "byline" or (line.kind == "text" and bool(
        bylines.parse_lead(t) or bylines.parse_standalone(t) is not None))


def _heads_next(lines: list[Line], n: int) -> bool:
    """Is line n a headline, or a kicker line touching the headline under it?"""
    if lines[n].kind == "heading":
        return True
    return (lines[n].kind == "text" and n + 1 < len(lines) and lines[n + 1].kind == "heading")
