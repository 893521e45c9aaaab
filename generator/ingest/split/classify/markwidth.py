"""How wide a page sets its punctuation: compressed to half an em, as justified Chinese type
often does, or a full em. Why: the column rules compare each line's width with the column's
measure; measured the wrong way, a full line holding a few marks reads as short of the column (a
paragraph's last line, a headline). The page's own column lines tell: the lines that run on into
the next line without ending a sentence all fill the column, so their widths agree best under
the way the page sets its marks."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from generator.ingest.split.text.textutil import full_width, half_width, set_marks_full

FULL_LINE_CHARS = 8       # shorter lines are no column lines worth measuring
MIN_LINES = 5
_ENDS = set("。！？”")


def _spread(widths: list[float]) -> float:
    """Mean distance from the median."""
    ordered = sorted(widths)
    mid = ordered[len(ordered) // 2]
    return sum(abs(w - mid) for w in widths) / len(widths)


def sets_marks_full(text: str) -> bool:
    """Whether the page's run-on lines agree better with marks measured a full em than half."""
    lines = text.split("\n")
    full = []
    for line, nxt in zip(lines, lines[1:]):
        s = line.strip()
        if len(s) < FULL_LINE_CHARS or not nxt.strip() or s.startswith("#") or s[-1] in _ENDS:
            continue
        full.append(line)
    if len(full) < MIN_LINES:
        return False
    return _spread([full_width(x) for x in full]) < _spread([half_width(x) for x in full])


@contextmanager
def page_marks(text: str) -> Iterator[None]:
    """Measure marks as `text` sets them while the page is split."""
    before = set_marks_full(sets_marks_full(text))
    try:
        yield
    finally:
        set_marks_full(before)
