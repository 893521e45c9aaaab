"""How wide a page sets its punctuation: compressed to half an em, as justified Chinese type
often does, or a full em. Why: the column rules compare each line's width with the column's
measure; measured the wrong way, a full line holding a few marks reads as short of the column (a
paragraph's last line, a headline).

The page's own column lines tell. A line that runs on into the next without ending a sentence
fills the column, so the width those lines agree on is the column's measure; the lines holding
two marks or more land on that measure under one count only (a single mark is half an em either side of it and tells too little: real
justified type sets a lone mark a full em and compresses pairs). The page sets marks a full em
only when its many-mark lines hit the measure clearly more often that way; a page of mixed
measures (a box beside the column) is judged by its commonest one, and a page with too few
such lines stays at the half count."""
from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from typing import Iterator

from generator.ingest.split.text.textutil import full_width, half_width, marks_full

FULL_LINE_CHARS = 8       # shorter lines are no column lines worth measuring
MIN_LINES = 5             # run-on lines that tell the measure
MIN_HITS = 4              # many-mark lines on the measure under the full count
MARGIN = 3                # ... and this many times as many as under the half count
_ENDS = set("。！？”")


def _run_on_lines(text: str) -> list[str]:
    """The lines followed by text that end no sentence: lines that fill their column."""
    lines = text.split("\n")
    return [line for line, nxt in zip(lines, lines[1:])
            if len(s := line.strip()) >= FULL_LINE_CHARS and nxt.strip() and not s.startswith("#")
            and s[-1] not in _ENDS]


def mark_hits(text: str) -> tuple[int, int] | None:
    """(full, half): how many run-on lines holding two marks or more fill the column's measure
    counted each way; None when too few lines tell the measure. The measure is the width the
    lines agree on, each line voting its width under both counts (a mark-free line's one width
    twice): the right count's votes pile up on the measure, the wrong one's scatter."""
    lines = _run_on_lines(text)
    if len(lines) < MIN_LINES:
        return None
    votes = Counter(w for x in lines for w in (full_width(x), half_width(x)))
    measure = max(votes, key=lambda w: (votes[w], w))
    marked = [x for x in lines if full_width(x) - half_width(x) >= 1]
    return (sum(full_width(x) == measure for x in marked), sum(half_width(x) == measure for x in marked))


def sets_marks_full(text: str) -> bool:
    """Whether the page's column lines clearly fill the column with marks measured a full em."""
    hits = mark_hits(text)
    return hits is not None and hits[0] >= MIN_HITS and hits[0] >= MARGIN * hits[1]


@contextmanager
def page_marks(text: str) -> Iterator[None]:
    """Measure marks as `text` sets them while the page is split (reset however the split ends)."""
    with marks_full(sets_marks_full(text)):
        yield
