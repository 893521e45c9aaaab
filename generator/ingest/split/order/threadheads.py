"""A headline box pdftotext threaded into another story's column, taken out of it.

pdftotext reads a page by baselines within the text flow it finds: where a headline box stands
beside a column of text (a narrow box over its own column, or one set lower than the column's
top), it can print the box's lines between two lines of that column —

    经久不衰，40多年来始终如
    此。我们对台湾的政策没有改
    变。它依然受《台湾关系
    航空航天局公
    布“阿尔忒
    弥斯三号”太
    空乘组人员
    法》、三个联合公报和六项保

— so the headline reads as a paragraph of the story it cut, and its own story has none. Three
cues tell such a run, whatever the words:

- the column runs on across it: the line over the run is column text that stops mid-sentence
  and the line under it goes on from it — the seam cuts a word the page prints elsewhere
  ('关系|法'), or the lower line opens on a mark or particle no line of its own starts with;
- the run itself is a headline box's lines: none holds a sentence mark or byline, none is set
  to the column's measure, and the box's own breaks cut words the page prints ('公|布',
  '忒|弥斯'), while neither end of the run goes on from the column line next to it;
- the run is short: a headline of 6–60 characters over at most six lines.

The run goes to the page's foot, after a blank line, where the later stages read headlines
printed apart from their stories (`edgeheads`, `grouped`); the column closes up. Lines are moved,
never changed. Only on plain-text pages: a Markdown converter prints a headline as a `#` line.
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from generator.ingest.split.authors import bylines
from generator.ingest.split.classify.columns import column_fulls
from generator.ingest.split.classify.lines import Line
from generator.ingest.split.text.wordcut import BOUND_START, cuts_page_word, page_bigrams
from generator.ingest.split.text.textutil import (BULLETS, SENTENCE_MARKS, ends_text, full_width, han_count,
                                             nonspace, squash_spaces, width)

MAX_RUN = 6             # lines of a threaded headline box
MIN_CHARS, MAX_CHARS = 6, 60    # Han characters of the box
FULL = 1.0              # em: a column line may run this far over the column's measure…
SHORT = 2.5             # …or stop this far short of it (a word and its mark moved down whole)
OFF = 1.5               # em: every line of the box is this far from the column's measure


def _goes_on(upper: str, lower: str, words: Counter) -> bool:
    """Does `lower` go on from `upper` (a word cut at the seam, or a bound opening)?"""
    return cuts_page_word(upper, lower, words) or nonspace(lower)[:1] in BOUND_START


def _two_columns(text: str, full: float) -> bool:
    """Is the line two lines of columns side by side, printed as one with a space between?"""
    parts = text.split()
    return len(parts) >= 2 and width(text) > full + OFF and sum(han_count(x) >= 4 for x in parts) >= 2


def _off_column(text: str, full: float) -> bool:
    """A line no column line could be (the cheap test, first): no sentence mark, set off the
    column's measure."""
    t = text.strip()
    return bool(t) and not SENTENCE_MARKS.search(t) and abs(width(squash_spaces(t)) - full) >= OFF


def _box_line(text: str, full: float) -> bool:
    t = text.strip()
    return (bool(t) and not SENTENCE_MARKS.search(t) and not _two_columns(t, full) and t[:1] not in BULLETS and han_count(t) >= 1
            and abs(width(squash_spaces(t)) - full) >= OFF and not bylines.parse_lead(t)
            and not bylines.parse_standalone(t))


def _box(run: list[Line], full: float, words: Counter) -> bool:
    """Could the run be one headline box threaded into the column?"""
    texts = [l.text.strip() for l in run]
    joined = "".join(nonspace(t) for t in texts)
    if not MIN_CHARS <= han_count(joined) <= MAX_CHARS or not all(_box_line(t, full) for t in texts):
        return False
    if joined.count("（") != joined.count("）") or joined.count("(") != joined.count(")"):
        return False
    # the box's own line breaks cut words: a box of several lines wrapped (a line alone says
    # too little: a column's short line reads the same)
    cuts = sum(cuts_page_word(u, l, words) for u, l in zip(texts, texts[1:]))
    return len(texts) >= 2 and cuts >= max(1, (len(texts) - 1) // 2)


class Run(NamedTuple):
    start: int              # first line moved (a blank line over the box, if printed)
    end: int                # past the last line moved (a blank line under the box, if printed)


def _threaded(lines: list[Line], a: int, b: int, full: float, words: Counter) -> Run | None:
    """lines[a:b] as a headline box printed inside the column that runs on across it (a blank
    line either side of the box goes with it), or None."""
    run = lines[a:b]
    if not run or not all(l.kind == "text" for l in run):
        return None
    start, end = a, b
    if start > 0 and lines[start - 1].kind == "blank":
        start -= 1
    if end < len(lines) and lines[end].kind == "blank":
        end += 1
    if start == 0 or end >= len(lines):
        return None
    p, q = lines[start - 1], lines[end]
    if p.kind != "text" or q.kind != "text" or ends_text(p.text):
        return None
    if not -SHORT <= full_width(squash_spaces(p.text)) - full <= FULL or _two_columns(p.text, full):
        return None             # (the line over the run is a column line cut mid-sentence)
    if _goes_on(p.text, run[0].text, words) or _goes_on(run[-1].text, q.text, words):
        return None             # (the run goes on from the column, or the column from the run)
    if not (_goes_on(p.text, q.text, words) and _box(run, full, words)):
        return None
    return Run(start, end)


def take_threaded_heads(lines: list[Line], text: str) -> list[Line]:
    """`lines` with each headline box printed inside a column moved to the page's foot."""
    if any(l.kind == "heading" for l in lines):
        return lines
    words = page_bigrams(text)
    texts = [l.text for l in lines]
    wrapped = [l.kind == "text" and k + 1 < len(lines) and lines[k + 1].kind == "text"
               for k, l in enumerate(lines)]
    fulls = column_fulls(texts, wrapped)
    out: list[Line] = []
    foot: list[Line] = []
    i = 0
    while i < len(lines):
        found = None
        # a box starts after a text line, or after a blank line under one
        if lines[i].kind == "text" and i > 0:
            above = i - 1 if lines[i - 1].kind == "text" else i - 2
            full = fulls[above] if above >= 0 else None
            for b in range(i + 1, min(len(lines), i + MAX_RUN + 1)):
                if full is None or lines[b - 1].kind != "text" or not _off_column(lines[b - 1].text, full):
                    break
                found = _threaded(lines, i, b, full, words)
                if found:
                    break
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        # (the blank line over the box was already copied: it goes, the column closes up)
        if found.start < i and out and out[-1] is lines[found.start]:
            out.pop()
        foot.append(Line(lines[i].no, "", "blank"))
        foot.extend(lines[i:found.end])
        i = found.end
    return out + foot
